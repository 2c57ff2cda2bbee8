// Small edits on text the parser located: replacing a value while keeping its quoting, adding frontmatter
// keys without re-serialising the YAML. Each returns undefined when the source is not what the rule read,
// because a fix applied to text it did not expect is how documents get damaged.
import type { PrfaqDocument, Section, Span } from '@prfaq/core';
import type { Fix, TextEdit } from '../types.js';

/**
 * Replaces the value at `span` with `value` when the source there reads `expected` (case-insensitively,
 * ignoring surrounding quotes). A quoted YAML value stays quoted the same way.
 */
export function replaceValue(doc: PrfaqDocument, span: Span, expected: string, value: string): Fix | undefined {
  const raw = doc.text.slice(span.start.offset, span.end.offset);
  const quote = /^(["'])(.*)\1$/s.exec(raw);
  const inner = quote ? quote[2]! : raw;
  if (inner.trim().toLowerCase() !== expected.trim().toLowerCase() || inner.includes('\n')) return undefined;
  const start = span.start.offset + (quote ? 1 : 0) + (inner.length - inner.trimStart().length);
  const end = span.end.offset - (quote ? 1 : 0) - (inner.length - inner.trimEnd().length);
  return { edits: [{ range: [start, end], text: value }] };
}

/**
 * Adds top-level `key:` lines (empty values) just before the closing fence of the frontmatter. Only for a
 * block mapping whose keys start at column 1: anything else (flow style, odd indentation) is left alone.
 */
export function addFrontmatterKeys(doc: PrfaqDocument, keys: readonly string[]): Fix | undefined {
  const block = doc.frontmatter.span;
  if (!block || keys.length === 0) return undefined;
  for (const [path, location] of Object.entries(doc.frontmatter.locations)) {
    if (path.lastIndexOf('/') === 0 && location.key && location.key.start.column !== 1) return undefined;
  }
  const text = doc.text;
  const closing = text.lastIndexOf('\n', block.end.offset - 1) + 1;
  if (closing <= block.start.offset || !/^(?:---|\.\.\.)[ \t]*\r?$/.test(text.slice(closing, block.end.offset)))
    return undefined;
  if (keys.some((key) => !/^[A-Za-z][\w-]*$/.test(key))) return undefined;
  const edit: TextEdit = { range: [closing, closing], text: keys.map((key) => `${key}:\n`).join('') };
  return { edits: [edit] };
}

/**
 * Makes a level-1 heading a level-2 one with the smallest edit: one more `#` for an ATX heading, the
 * `===` underline turned into `---` for a setext one (only at three or more, where `---` cannot be misread).
 */
export function demoteHeading(doc: PrfaqDocument, section: Section): Fix | undefined {
  if (section.level !== 1 || section.style === 'bold') return undefined;
  const { start, end } = section.heading;
  const source = doc.text.slice(start.offset, end.offset);
  if (section.style === 'atx') {
    const hash = /^ {0,3}#(?!#)/.exec(source);
    if (!hash) return undefined;
    const at = start.offset + hash[0].length;
    return { edits: [{ range: [at, at], text: '#' }] };
  }
  const underline = /\n( {0,3})(=+)[ \t]*\r?$/.exec(source);
  if (!underline || underline[2]!.length < 3) return undefined;
  const at = start.offset + underline.index + 1 + underline[1]!.length;
  return { edits: [{ range: [at, at + underline[2]!.length], text: '-'.repeat(underline[2]!.length) }] };
}

/**
 * Adds `key:` lines (empty values) to the block mapping at `path` (a list item such as `/stakeholders/1`),
 * indented like the mapping's own keys, after its last line. Left alone unless every key of the mapping
 * starts its own line at the same column (flow style or odd layouts would need rewriting).
 */
export function addNestedFrontmatterKeys(doc: PrfaqDocument, path: string, keys: readonly string[]): Fix | undefined {
  const mapping = doc.frontmatter.locations[path];
  if (!mapping || keys.length === 0 || keys.some((key) => !/^[A-Za-z][\w-]*$/.test(key))) return undefined;
  const own = Object.entries(doc.frontmatter.locations).filter(
    ([p]) => p.startsWith(`${path}/`) && !p.slice(path.length + 1).includes('/'),
  );
  const columns = new Set(own.map(([, location]) => location.key?.start.column));
  if (own.length === 0 || columns.size !== 1 || columns.has(undefined)) return undefined;
  const column = [...columns][0]!;
  const text = doc.text;
  for (const [, location] of own) {
    const start = location.key!.start.offset;
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    if (!/^[ ]*(?:-[ ]+)?$/.test(before)) return undefined;
  }
  const newline = text.indexOf('\n', Math.max(mapping.value.end.offset - 1, 0));
  if (newline === -1 || newline >= (doc.frontmatter.span?.end.offset ?? 0)) return undefined;
  const at = newline + 1;
  const indent = ' '.repeat(column - 1);
  return { edits: [{ range: [at, at], text: keys.map((key) => `${indent}${key}:\n`).join('') }] };
}
