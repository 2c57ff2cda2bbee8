// Prose in a document: the text rules read (never code, inline code, HTML comments or YAML), with source offsets.
import type { PrfaqDocument, Section, SectionKind, Span } from '@prfaq/core';
import type { Nodes } from 'mdast';

export interface TextRun {
  /** The source text of the run, exactly as written (escapes included), so offsets stay exact. */
  text: string;
  /** Offset of `text` in `doc.text`. */
  offset: number;
}

const notProse = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition']);

function inside(start: number, end: number, span: Span | undefined): boolean {
  return span === undefined || (start >= span.start.offset && end <= span.end.offset);
}

function excluded(start: number, end: number, exclude: readonly Span[]): boolean {
  return exclude.some((span) => start < span.end.offset && end > span.start.offset);
}

interface Extent {
  start: number;
  end: number;
}

/**
 * A document's prose text nodes and prose blocks, found in one walk of the tree and shared by every rule
 * that asks (eight rules walked the whole tree for these). A subtree without positions is skipped whole.
 */
const proseCache = new WeakMap<PrfaqDocument, { texts: Extent[]; blocks: Extent[] }>();

function proseOf(doc: PrfaqDocument): { texts: Extent[]; blocks: Extent[] } {
  const cached = proseCache.get(doc);
  if (cached) return cached;
  const texts: Extent[] = [];
  const blocks: Extent[] = [];
  const walk = (node: Nodes, inBlock: boolean): void => {
    if (notProse.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const block = !inBlock && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell');
    if (block) blocks.push({ start, end });
    if (node.type === 'text') texts.push({ start, end });
    else if ('children' in node) for (const child of node.children) walk(child, inBlock || block);
  };
  walk(doc.tree, false);
  const found = { texts, blocks };
  proseCache.set(doc, found);
  return found;
}

// A node wholly outside `within` has no descendant inside it (children lie within their parent), so testing
// each text node or block on its own gives what pruning the walk at `within` gave.
const outside = (start: number, end: number, within: Span | undefined): boolean =>
  within !== undefined && (end <= within.start.offset || start >= within.end.offset);

/** Every text node inside `within` (the whole document when absent) and outside `exclude`. */
export function textRuns(doc: PrfaqDocument, within?: Span, exclude: readonly Span[] = []): TextRun[] {
  const runs: TextRun[] = [];
  for (const { start, end } of proseOf(doc).texts) {
    if (outside(start, end, within) || excluded(start, end, exclude)) continue;
    // Clipped, not dropped: a bold label's inline body (`**Summary:** Managers spend…`) starts inside a text node.
    const from = within ? Math.max(start, within.start.offset) : start;
    const to = within ? Math.min(end, within.end.offset) : end;
    if (from < to) runs.push({ text: doc.text.slice(from, to), offset: from });
  }
  return runs;
}

/** Blocks of prose (paragraphs, headings, table cells) inside `within`, as source text with offsets: for facts that span inline markup. */
export function proseBlocks(doc: PrfaqDocument, within?: Span, exclude: readonly Span[] = []): TextRun[] {
  const found: TextRun[] = [];
  for (const { start, end } of proseOf(doc).blocks) {
    if (outside(start, end, within) || excluded(start, end, exclude)) continue;
    // A paragraph that begins with a bold label (`**Summary:** text`) counts from where the body starts.
    const from = within && start < within.start.offset && end <= within.end.offset ? within.start.offset : start;
    if (inside(from, end, within)) found.push({ text: doc.text.slice(from, end), offset: from });
  }
  return found;
}

/** The prose inside a span joined by spaces, for word-level questions ("is the customer mentioned?"). */
export function plainText(doc: PrfaqDocument, within?: Span, exclude: readonly Span[] = []): string {
  return textRuns(doc, within, exclude)
    .map((run) => run.text)
    .join(' ');
}

/**
 * The matches of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them. matchAll copies the
 * regex on every call, which cost more than the search itself when rules scan thousands of short runs
 * (quantities on docs-200: 61 ms with matchAll, 17 ms with this).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // As matchAll does: step past an empty match, by a whole code point under the u flag.
    if (match[0] === '')
      pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** Sections of the given kinds, in document order. */
export function sectionsOf(doc: PrfaqDocument, ...kinds: SectionKind[]): Section[] {
  return doc.sections.filter((section) => kinds.includes(section.kind));
}

/** The whole section: heading and body. */
export function sectionSpan(section: Section): Span {
  return { start: section.heading.start, end: section.body.end };
}

const stopwords = new Set(
  'the a an and or of for to in on at by with from into over under our your their its this that these those who whom which what when where how why is are was were be been being it as not no but if then than so can will would should could may might must do does did has have had get gets got all any each every more most less other such only own same very just also about'.split(
    ' ',
  ),
);

/** A crude stem (plural and verb endings) so that "merchants" matches "merchant" and "payouts" matches "payout". */
export function stem(word: string): string {
  return stemLower(word.toLowerCase());
}

function stemLower(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The words that carry meaning (no stopwords, at least three letters), stemmed. */
export function keywords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const found: string[] = [];
  for (const word of words) if (word.length >= 3 && !stopwords.has(word)) found.push(stemLower(word));
  return found;
}

// Rules ask about several phrases against one long text (each outcome against the press release), so the
// keywords of the last text asked about are kept.
let lastText: string | undefined;
let lastKeywords: ReadonlySet<string> = new Set();

/** Share of `phrase`'s keywords found in `text` (0 when the phrase has none). */
export function keywordCoverage(phrase: string, text: string): number {
  const wanted = [...new Set(keywords(phrase))];
  if (wanted.length === 0) return 0;
  if (text !== lastText) {
    lastKeywords = new Set(keywords(text));
    lastText = text;
  }
  const present = lastKeywords;
  return wanted.filter((word) => present.has(word)).length / wanted.length;
}

/** Shortens long author text for a message. */
export function quoteText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** `a`, `a or b`, `a, b or c`. */
export function listWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
