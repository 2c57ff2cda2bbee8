// The hostile-input guard: a cheap linear pre-scan that refuses documents remark-parse would take
// minutes (or the whole stack) on, reporting a `limit-exceeded` problem instead of parsing.
import type { ParseProblem } from './model.js';
import type { Locator } from './positions.js';

/**
 * The documented limits (docs/format.md), chosen from measurements of remark-parse on a 2-core
 * machine (busy, so timings varied 2-3x between runs) so that a document at a limit still parses in seconds, not minutes. Real PR/FAQs stay far below
 * every one of them (the 5 MB benchmark document: 3,012 headings, about 400 table rows).
 */
export const LIMITS = {
  /** Lines that can be table rows (they contain a `|`): 5,000 rows took 1.4 s, 10,000 took 3-8 s, 20,000 took 7 s. */
  tableRows: 10_000,
  /** Lines that start an ATX heading: 10,000 took 3 s, 20,000 took 6-10 s. */
  headings: 20_000,
  /** Lines that start a link reference definition (`[label]: url`): super-linear: 2,000 took 1.2 s, 5,000 took 5 s, 20,000 took 27 s. */
  linkDefinitions: 2_000,
  /** Containers (block quotes, list items) opened at the start of one line, estimated from its prefix: 100 took 0.2 s, 200 took 0.5 s, 1,000 overflows the stack. */
  nestingDepth: 100,
  /** Characters on one line: a 1 MB line parses in under 2 s, so this only stops the absurd. */
  lineLength: 2_000_000,
  /** List items (task items included): linear but slow, 10,000 took 4-6 s, 100,000 over 90 s. The 5 MB benchmark document has 10,250. */
  listItems: 20_000,
  /** Items of one loose list (blank lines between items): quadratic in remark-parse, 1,000 took 0.9 s, 4,000 took 8-12 s. */
  looseListItems: 2_000,
  /** Emphasis delimiters (`*`, `_`) on one line: resolving them is quadratic, 4,000 took 1.4-2 s, 40,000 ran 95 s and overflowed the stack. */
  emphasisDelimiters: 1_000,
} as const;

/** Counts the constructs that make remark-parse super-linear, line by line, in one pass. */
export function checkLimits(text: string, locator: Locator): ParseProblem | undefined {
  const counter = new LimitCounter(text, locator);
  let lineStart = 0;
  let pipe = false;
  let delimiters = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code === 124 /* | */) pipe = true;
    else if (code === 42 /* * */ || code === 95 /* _ */) delimiters++;
    if (code !== 10 && code !== 13) continue;
    const found = counter.line(lineStart, i, pipe, delimiters);
    if (found) return found;
    pipe = false;
    delimiters = 0;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return undefined;
}

/** A line's prefix: spaces, tabs, `>` and list markers, which each open a container. */
interface Prefix {
  /** Where the line's content starts. */
  end: number;
  columns: number;
  markers: number;
  /** List markers (`-`, `*`, `+`, `12.`, `3)`). */
  items: number;
}

function linePrefix(text: string, lineStart: number, lineEnd: number): Prefix {
  let p = lineStart;
  let columns = 0;
  let markers = 0;
  let items = 0;
  while (p < lineEnd) {
    const c = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    if (c === 32) columns++;
    else if (c === 9) columns += 4;
    else if (c === 62 /* > */) markers++;
    else if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) {
      markers++;
      items++;
    } else break;
    p++;
  }
  // An ordered marker (`12.` or `3)`) after the prefix.
  let digits = p;
  while (digits < lineEnd && digits - p < 10 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57)
    digits++;
  const after = text.charCodeAt(digits);
  const space = text.charCodeAt(digits + 1);
  if (digits > p && (after === 46 || after === 41) && (space === 32 || space === 9)) items++;
  return { end: p, columns, markers, items };
}

/** The running counts; `line` returns the first limit a line takes the document past. */
class LimitCounter {
  private tableRows = 0;
  private headings = 0;
  private definitions = 0;
  private listItems = 0;
  // The current list run: its items, whether a blank line separates two of them (loose), and whether the last line was blank.
  private runItems = 0;
  private runLoose = false;
  private sawBlank = false;

  constructor(
    private readonly text: string,
    private readonly locator: Locator,
  ) {}

  line(lineStart: number, lineEnd: number, pipe: boolean, delimiters: number): ParseProblem | undefined {
    const over = (message: string, end = lineEnd): ParseProblem => problem(this.locator, lineStart, end, message);
    if (lineEnd - lineStart > LIMITS.lineLength) {
      return over(
        `Line of ${fmt(lineEnd - lineStart)} characters, expected at most ${fmt(LIMITS.lineLength)}; the document was not parsed`,
      );
    }
    if (delimiters > LIMITS.emphasisDelimiters) {
      return over(
        `More than ${fmt(LIMITS.emphasisDelimiters)} emphasis markers (* or _) on one line; the document was not parsed`,
      );
    }
    const prefix = linePrefix(this.text, lineStart, lineEnd);
    if (prefix.items > 0 && ++this.listItems > LIMITS.listItems) {
      return over(`More than ${fmt(LIMITS.listItems)} list items; the document was not parsed`);
    }
    if (this.looseListTooLong(prefix, lineEnd)) {
      return over(
        `More than ${fmt(LIMITS.looseListItems)} items in one loose list (blank lines between items); the document was not parsed`,
      );
    }
    if (prefix.markers + Math.floor(prefix.columns / 2) > LIMITS.nestingDepth) {
      const message = `Lists or block quotes nested more than ${LIMITS.nestingDepth} levels deep; the document was not parsed`;
      return over(message, Math.min(lineEnd, prefix.end + 1));
    }
    const first = this.text.charCodeAt(prefix.end);
    if (first === 35 /* # */ && prefix.columns <= 3 && ++this.headings > LIMITS.headings) {
      return over(`More than ${fmt(LIMITS.headings)} headings; the document was not parsed`);
    }
    const definition = first === 91 /* [ */ && prefix.columns <= 3 && isDefinition(this.text, prefix.end, lineEnd);
    if (definition && ++this.definitions > LIMITS.linkDefinitions) {
      return over(`More than ${fmt(LIMITS.linkDefinitions)} link reference definitions; the document was not parsed`);
    }
    if (pipe && ++this.tableRows > LIMITS.tableRows) {
      return over(`More than ${fmt(LIMITS.tableRows)} table rows; the document was not parsed`);
    }
    return undefined;
  }

  /** Follows the current list run: true when a loose run passes its limit. */
  private looseListTooLong(prefix: Prefix, lineEnd: number): boolean {
    if (prefix.end === lineEnd) this.sawBlank = true;
    else if (prefix.items > 0 && prefix.columns <= 3) {
      if (this.sawBlank && this.runItems > 0) this.runLoose = true;
      this.sawBlank = false;
      if (++this.runItems > LIMITS.looseListItems && this.runLoose) return true;
    } else if (prefix.columns >= 2 || prefix.items > 0) this.sawBlank = false;
    else {
      this.runItems = 0;
      this.runLoose = false;
      this.sawBlank = false;
    }
    return false;
  }
}

/** `[label]: ` at `start`: a link reference definition (the label ends before the line does). */
function isDefinition(text: string, start: number, lineEnd: number): boolean {
  const end = Math.min(lineEnd, start + 1001);
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 93 && text.charCodeAt(i + 1) === 58) return true;
  return false;
}

function problem(locator: Locator, start: number, end: number, message: string): ParseProblem {
  return { code: 'limit-exceeded', message, span: locator.span(start, end) };
}

function fmt(value: number): string {
  return value.toLocaleString('en-US');
}
