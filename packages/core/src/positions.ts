// Offset -> line/column conversion for one text: a table of line starts built once, searched in O(log n).
import type { Position, Span } from './model.js';

export interface Locator {
  /** Converts a UTF-16 offset (clamped into the text) to a 1-based line/column position. */
  positionAt: (offset: number) => Position;
  span(start: number, end: number): Span;
  readonly length: number;
}

/** Line starts for `\n`, `\r\n` and a lone `\r`, the three line endings CommonMark (and remark) accept. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most text has no `\r`: then indexOf jumps from break to break instead of reading every character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function createLocator(text: string): Locator {
  const starts = lineStarts(text);
  const length = text.length;
  const positionAt = (raw: number): Position => {
    const offset = Number.isFinite(raw) ? Math.min(Math.max(Math.trunc(raw), 0), length) : 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  };
  const span = (start: number, end: number): Span => {
    const a = positionAt(start);
    const b = positionAt(end);
    return a.offset <= b.offset ? { start: a, end: b } : { start: b, end: a };
  };
  return { positionAt, span, length };
}
