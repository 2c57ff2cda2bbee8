// YAML frontmatter: the data as plain JSON-compatible values, the span of every key and value, and
// YAML problems as positioned ParseProblems. Nothing here throws and no YAML tag constructs an object.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Frontmatter, ParseProblem, Span, YamlLocation } from './model.js';
import type { Locator } from './positions.js';

/** Aliases expanded while building `data`; a "billion laughs" document needs millions. */
export const MAX_YAML_ALIASES = 100;

/** Lines of YAML read: the parser's duplicate-key check is quadratic in a mapping's size (20,000 keys took 5 s, 100,000 minutes); real frontmatter has tens. */
export const MAX_FRONTMATTER_LINES = 10_000;

export interface FrontmatterResult {
  frontmatter: Frontmatter;
  problems: ParseProblem[];
}

/**
 * Reads the frontmatter block spanning `[start, end)` of `text` (the `---` fences included), as
 * found by remark-frontmatter. Offsets in problems and locations are offsets in `text`.
 */
export function readFrontmatter(text: string, start: number, end: number, locator: Locator): FrontmatterResult {
  const problems: ParseProblem[] = [];
  const frontmatter: Frontmatter = { present: true, data: {}, span: locator.span(start, end), locations: {} };
  const opening = /^[^\r\n]*(?:\r\n|\r|\n)/u.exec(text.slice(start, Math.min(end, start + 64)));
  const contentStart = start + (opening ? opening[0].length : end - start);
  // The closing fence is the last line of the block; the YAML is everything between the fences.
  const lastBreak = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1));
  const contentEnd = Math.max(contentStart, lastBreak + 1);
  const source = text.slice(contentStart, contentEnd);
  const at = (from: number, to: number) => locator.span(contentStart + from, contentStart + Math.max(from, to));

  let lines = 0;
  for (let i = source.indexOf('\n'); i !== -1 && lines <= MAX_FRONTMATTER_LINES; i = source.indexOf('\n', i + 1))
    lines++;
  if (lines > MAX_FRONTMATTER_LINES) {
    problems.push({
      code: 'yaml-unsafe',
      message: `Frontmatter has more than ${MAX_FRONTMATTER_LINES.toLocaleString('en-US')} lines; it is ignored`,
      span: at(0, 0),
    });
    return { frontmatter, problems };
  }

  try {
    const doc = parseDocument(source, {
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      version: '1.2',
      logLevel: 'silent',
    });
    problems.push(...yamlProblems(doc, source, at));
    const contents = doc.contents;
    if (contents !== null && !isMap(contents)) {
      const range = contents.range;
      problems.push({
        code: 'yaml-not-mapping',
        message: 'Frontmatter is not a mapping; expected `key: value` lines such as `status: draft`',
        span: at(range[0], range[1]),
      });
      return { frontmatter, problems };
    }
    if (contents) walk(contents, '', frontmatter.locations, at);
    // A syntax error leaves the data untrustworthy; a duplicate key does not (the last one wins).
    if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return { frontmatter, problems };
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch {
      // toJS throws only when expanding aliases past maxAliasCount.
      problems.push({
        code: 'yaml-unsafe',
        message: `Frontmatter expands too many YAML aliases (more than ${MAX_YAML_ALIASES}); it is ignored`,
        span: at(0, source.length),
      });
      return { frontmatter, problems };
    }
    const data = plain(raw, 0);
    if (data && typeof data === 'object' && !Array.isArray(data)) frontmatter.data = data as Record<string, unknown>;
  } catch (error) {
    problems.push({
      code: 'yaml-syntax',
      message: `Frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}`,
      span: at(0, source.length),
    });
  }
  return { frontmatter, problems };
}

/** yaml's errors and warnings as ParseProblems: duplicate keys (spanning the key), syntax errors, unknown tags. */
function yamlProblems(doc: Document, source: string, at: (from: number, to: number) => Span): ParseProblem[] {
  const out: ParseProblem[] = [];
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      // yaml points at the key's first character; the whole key reads better.
      const key = /^\s*("[^"]*"|'[^']*'|[^:#\r\n]+?)\s*:/u.exec(source.slice(from, from + 200));
      const name = key ? (key[1] as string).replace(/^["']|["']$/gu, '') : firstLine(source.slice(from, to));
      out.push({
        code: 'yaml-duplicate-key',
        message: `Duplicate key "${name}" in frontmatter; the last value wins, remove the other`,
        span: at(
          from,
          key ? from + (key[0].length - key[0].replace(/^\s*/u, '').length) + (key[1] as string).length : to,
        ),
      });
      continue;
    }
    out.push({
      code: 'yaml-syntax',
      message: `Invalid YAML in frontmatter: ${cleanMessage(error.message)}`,
      span: at(from, to),
    });
  }
  for (const warning of doc.warnings) {
    const [from, to] = warning.pos;
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      out.push({
        code: 'yaml-unsafe',
        message: `Unknown YAML tag ${firstLine(source.slice(from, to)).split(/\s/u)[0] ?? ''} in frontmatter is ignored; the value is kept as plain text`,
        span: at(from, to),
      });
    }
  }
  return out;
}

function firstLine(value: string): string {
  return (value.split(/\r?\n|\r/u)[0] ?? '').trim().slice(0, 80);
}

function cleanMessage(message: string): string {
  return (message.split(/\r?\n/u)[0] ?? message).replace(/ at line \d+, column \d+:?$/u, '').trim();
}

function pointerSegment(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}

type At = (from: number, to: number) => YamlLocation['value'];

/** Records the key and value span of every mapping entry and sequence item, without expanding aliases. */
function walk(node: unknown, path: string, out: Record<string, YamlLocation>, at: At): void {
  // An explicit stack, not recursion: a deeply nested flow collection must not overflow.
  const stack: { node: unknown; path: string }[] = [{ node, path }];
  while (stack.length > 0) {
    const item = stack.pop() as { node: unknown; path: string };
    if (isMap(item.node)) {
      for (const pair of item.node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyNode = pair.key;
        const childPath = `${item.path}/${pointerSegment(String(keyNode.value))}`;
        const keyRange = keyNode.range;
        const value = pair.value as YamlNode | null;
        const keySpan = keyRange ? at(keyRange[0], keyRange[1]) : undefined;
        // `key:` with no value: point at the key. An alias value is located where the `*name` is written.
        const valueRange = value?.range;
        const valueSpan = valueRange ? at(valueRange[0], valueRange[1]) : (keySpan ?? at(0, 0));
        out[childPath] = { key: keySpan, value: valueSpan };
        if (value && (isMap(value) || isSeq(value))) stack.push({ node: value, path: childPath });
      }
    } else if (isSeq(item.node)) {
      item.node.items.forEach((child, index) => {
        const childPath = `${item.path}/${index}`;
        const range = (child as YamlNode | null)?.range;
        if (range) out[childPath] = { key: undefined, value: at(range[0], range[1]) };
        if (isMap(child) || isSeq(child)) stack.push({ node: child, path: childPath });
      });
    }
  }
}

/**
 * JSON-compatible copy of the YAML data: dates become their ISO text, maps objects and sets arrays
 * (a `%YAML 1.1` directive can bring those back), and a `__proto__` key stays an own property.
 */
function plain(value: unknown, depth: number): unknown {
  if (depth > 500) return undefined;
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  if (value instanceof Set) return [...value].map((item) => plain(item, depth + 1));
  if (ArrayBuffer.isView(value)) return '';
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    Object.defineProperty(out, String(key), {
      value: plain(item, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
