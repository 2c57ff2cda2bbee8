// Turns a template's Markdown and the answers into a document. Values can never change the document's
// shape: frontmatter values go through the YAML serializer, body values are escaped for Markdown.
// Placeholders without a value stay as written ({{name}}), for `no-placeholders` to report.
import { parseDocument, visit } from 'yaml';

export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

export type Values = Readonly<Record<string, string | undefined>>;

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
}

/** The variable names used in a template, in order of first use. */
export function placeholdersIn(source: string): string[] {
  return [...new Set([...normalise(source).matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Renders template text. Throws `TemplateSyntaxError` when the template's own frontmatter is not valid YAML. */
export function render(source: string, values: Values): string {
  const text = normalise(source);
  const { frontmatter, body } = split(text);
  if (frontmatter === undefined) return renderBody(body, values);
  return `---\n${renderFrontmatter(frontmatter, values)}---\n${renderBody(body, values)}`;
}

function normalise(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function split(text: string): { frontmatter: string | undefined; body: string } {
  if (!text.startsWith('---\n')) return { frontmatter: undefined, body: text };
  const end = /^---[ \t]*$/m.exec(text.slice(4));
  if (!end) throw new TemplateSyntaxError('frontmatter has no closing --- line');
  const close = 4 + end.index;
  const after = text.indexOf('\n', close);
  return { frontmatter: text.slice(4, close), body: after === -1 ? '' : text.slice(after + 1) };
}

/** Substitutes once, left to right: a value that itself contains {{other}} is never expanded. */
function substitute(text: string, values: Values, escape: (value: string, at: number, placeholder: string) => string | undefined): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = values[match[1]!];
    const replacement = value === undefined ? undefined : escape(value, match.index, match[0]);
    out += text.slice(last, match.index) + (replacement ?? match[0]);
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

function renderFrontmatter(source: string, values: Values): string {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, version: '1.2', logLevel: 'silent' });
  if (doc.errors.length > 0) throw new TemplateSyntaxError(`frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const inValues = new Set<string>();
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      for (const name of placeholdersIn(node.value)) inValues.add(name);
      const next = substitute(node.value, values, (value) => value);
      if (next === node.value) return;
      node.value = next;
      // Let the serializer pick a style that holds the new value: quotes for `a: b` or `#`, a block for newlines.
      if (placeholdersIn(next).length === 0) node.type = undefined;
    },
  });
  // `count: {{n}}` is a YAML flow mapping, not text, and a key or a comment is never filled: say so instead of writing it mangled.
  const stray = placeholdersIn(source).find((name) => !inValues.has(name));
  if (stray !== undefined) throw new TemplateSyntaxError(`{{${stray}}} in the frontmatter is not inside a quoted value; write it as key: "{{${stray}}}"`);
  // Keys are never touched and every value is a scalar the serializer quotes as needed, so `title: x\nstatus: approved`
  // stays one title. lineWidth 0: no folding, so no value line can start with `---` at column 0.
  let out = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  if (!out.endsWith('\n')) out += '\n';
  return out;
}

interface Range {
  start: number;
  end: number;
}

/** HTML comments and fenced code: a value there could close the comment or the fence, so placeholders in them are left alone. */
function protectedRanges(body: string): Range[] {
  const ranges: Range[] = [];
  for (const match of body.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) ranges.push({ start: match.index, end: match.index + match[0].length });
  let fence: { char: string; length: number; start: number } | undefined;
  let offset = 0;
  for (const line of body.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && marker) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length, start: offset };
    } else if (fence !== undefined && marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.trim() === marker[1]) {
      ranges.push({ start: fence.start, end: offset + line.length });
      fence = undefined;
    }
    offset += line.length + 1;
  }
  if (fence) ranges.push({ start: fence.start, end: body.length });
  return ranges;
}

function renderBody(body: string, values: Values): string {
  const skip = protectedRanges(body);
  return substitute(body, values, (value, at, placeholder) => {
    if (skip.some((r) => at >= r.start && at < r.end)) return undefined;
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    const lineEndIndex = body.indexOf('\n', at);
    const line = body.slice(lineStart, lineEndIndex === -1 ? body.length : lineEndIndex);
    const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line);
    const table = /^\s*\|/.test(line);
    // A placeholder alone on its line is a block: the value may hold several paragraphs.
    if (!heading && !table && line === placeholder) return escapeBlock(value);
    return escapeInline(value, at === lineStart);
  });
}

// Characters that start Markdown or GFM syntax anywhere in a line: emphasis, code, links, HTML,
// table cells, strikethrough, headings and {{placeholders}} (escaped so a value never reads as one).
const SPECIAL = /[\\`*_[\]<>|~#{}]/g;

/** Escapes text for one line of Markdown (a heading, a table cell, inside a sentence). Newlines become spaces. */
export function escapeInline(value: string, atLineStart = false): string {
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  const escaped = escapeText(atLineStart ? oneLine.replace(/^[ \t]+/, '') : oneLine);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}

/** Escapes text that stands as its own block: paragraphs are kept, every line is escaped as a line start. */
export function escapeBlock(value: string): string {
  return value
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLineStart(escapeText(line.trim())))
        .join('\n'),
    )
    .join('\n\n');
}

function escapeText(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** What makes a line a list item, a setext underline or a thematic break when it starts one. */
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return line;
}
