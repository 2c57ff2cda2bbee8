// parse(): Markdown text -> PrfaqDocument. One mdast parse, then every stage reads the tree and the
// source text. Never throws: a failure inside becomes a ParseProblem on an otherwise empty model.
import type { Nodes } from 'mdast';
import { blockAt, contentSpan, enclosing, endOf, startOf, type ParseContext } from './context.js';
import { extractFaq, FAQ_KINDS } from './faq.js';
import { readFrontmatter } from './frontmatter.js';
import { checkLimits } from './limits.js';
import { frontmatterMeta, textMeta } from './meta.js';
import type { Headline, ParseOptions, PrfaqDocument, Profile, Section, SectionKind, Span } from './model.js';
import { extractObjections } from './objections.js';
import { extractOutcomes, extractStakeholders } from './people.js';
import { buildOutline } from './outline.js';
import { createLocator, type Locator } from './positions.js';
import { aliasTableFor, normalizeTitle } from './sections.js';
import { countWords, plainText, squash } from './text.js';
import { parseTree } from './tree.js';
import { normalizeDocumentStatus } from './vocabulary.js';

function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

export function parse(input: string, options: ParseOptions = {}): PrfaqDocument {
  const source = typeof input === 'string' ? input : String(input ?? '');
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const locator = createLocator(text);
  const doc: PrfaqDocument = {
    path: options.path,
    text,
    bom,
    eol: dominantEol(text),
    frontmatter: { present: false, data: {}, span: undefined, locations: {} },
    meta: {},
    status: undefined,
    headline: undefined,
    sections: [],
    pressRelease: undefined,
    faq: [],
    objections: [],
    objectionTables: [],
    stakeholders: [],
    outcomes: [],
    words: { total: 0, pressRelease: 0, faq: 0 },
    detectedProfile: 'lite',
    problems: [],
    tree: { type: 'root', children: [] },
    positionAt: locator.positionAt,
  };
  try {
    const limit = checkLimits(text, locator);
    if (limit) {
      doc.problems.push(limit);
      return doc;
    }
    doc.tree = parseTree(text);
    fill(doc, options, locator);
  } catch (error) {
    // Half a model would mislead the rules more than none: keep only what was read before the stages.
    Object.assign(doc, { sections: [], headline: undefined, pressRelease: undefined, faq: [], objections: [], objectionTables: [], stakeholders: [], outcomes: [] });
    // Nesting the pre-scan cannot see (10,000 levels of `**` emphasis) exhausts the stack inside
    // remark's tree walks: that is the input's limit, not a prfaq bug.
    const stack = error instanceof RangeError && /call stack/iu.test(error.message);
    doc.tree = { type: 'root', children: [] };
    doc.problems.push({
      code: stack ? 'limit-exceeded' : 'internal-error',
      message: stack
        ? 'Markdown nested too deeply to read (emphasis, links or lists inside each other thousands of times); the document was not parsed'
        : `prfaq could not read this document (${error instanceof Error ? error.message : String(error)}); please report it`,
      span: locator.span(0, 0),
    });
  }
  return doc;
}

function fill(doc: PrfaqDocument, options: ParseOptions, locator: Locator): void {
  const { text, tree } = doc;
  const blocks = tree.children;
  const ctx: ParseContext = {
    text,
    locator,
    tree,
    blocks,
    aliases: aliasTableFor(options.sections),
    sections: doc.sections,
    headingOf: new Int32Array(blocks.length).fill(-1),
    sectionOf: new Int32Array(blocks.length).fill(-1),
    inlineBody: new Map(),
    wordsBefore: new Float64Array(blocks.length + 1),
  };

  const first = blocks[0];
  if (first && first.type === 'yaml') {
    const result = readFrontmatter(text, startOf(first), endOf(first), locator);
    doc.frontmatter = result.frontmatter;
    doc.problems.push(...result.problems);
  }
  buildOutline(ctx);
  doc.meta = frontmatterMeta(doc.frontmatter);
  textMeta(ctx, doc.meta);
  doc.status = normalizeDocumentStatus(doc.meta.status?.value);
  doc.headline = findHeadline(ctx);
  doc.faq = extractFaq(ctx);
  const objections = extractObjections(ctx, doc.frontmatter, doc.faq);
  doc.objections = objections.objections;
  doc.objectionTables = objections.tables;
  doc.stakeholders = extractStakeholders(ctx, doc.frontmatter);
  doc.outcomes = extractOutcomes(ctx, doc.frontmatter);
  doc.pressRelease = findPressRelease(ctx, doc.headline);
  const headingWords = doc.sections.reduce((sum, section) => sum + countWords(section.title), 0);
  doc.words = {
    total: (ctx.wordsBefore[blocks.length] ?? 0) + headingWords,
    pressRelease: doc.pressRelease?.words ?? 0,
    faq: faqWords(doc.sections),
  };
  doc.detectedProfile = detectProfile(doc.sections);
}

function findHeadline(ctx: ParseContext): Headline | undefined {
  const { sections, blocks } = ctx;
  const h1Count = sections.filter((section) => section.level === 1 && section.style !== 'bold').length;
  // 1. A section titled "Headline": its inline text or its first block.
  const titled = sections.find((section) => section.kind === 'headline');
  if (titled) {
    const index = blockAt(ctx, titled.heading.start.offset);
    const inline = ctx.inlineBody.get(index);
    if (inline !== undefined) {
      const end = endOf(blocks[index] as Nodes);
      return { text: squash(ctx.text.slice(inline, end).replace(/(\*\*|__)/gu, '')), span: ctx.locator.span(inline, end), source: 'section', h1Count };
    }
    // The first block under it with text (an HTML comment with instructions is not the headline).
    for (let i = index + 1; i < blocks.length && (ctx.headingOf[i] as number) < 0; i++) {
      const next = blocks[i] as Nodes;
      if (startOf(next) >= titled.body.end.offset) break;
      const text = squash(plainText(next));
      if (next.type === 'html' || !text) continue;
      return { text, span: contentSpan(ctx, next), source: 'section', h1Count };
    }
  }
  // 2. Inside a press-release section (a "Blog post" under Working Backwards, "Part 1 — Press Release"):
  //    its first unrecognised heading, bold line or short first paragraph. An H1 above it is the document's title.
  const pressRelease = sections.find((section) => section.kind === 'press-release');
  const titleH1 = sections.find((section) => section.level === 1 && section.style !== 'bold' && section.kind === 'unknown');
  // "# Acme launches X" then "## Press Release": the H1 is the headline. Under Working Backwards it is the RFC's title.
  const h1First = titleH1 !== undefined && pressRelease !== undefined && titleH1.index < pressRelease.index && !enclosing(ctx, pressRelease.index, WORKING_BACKWARDS);
  if (pressRelease) {
    const found = headlineIn(ctx, blockAt(ctx, pressRelease.heading.start.offset) + 1, pressRelease, h1Count);
    // After a title H1, the press release's first paragraph is its dateline, not a headline; but when it opens with
    // its own heading or bold line ("# PR/FAQ: Video Visits", "## Press release", "**Harbor brings…**"), that is it.
    if (found && (!h1First || found.source !== 'paragraph')) return found;
  }
  // 3. The first H1 that is not a known part ("# FAQ" in a one-H1-per-part document is not a headline).
  const h1 = sections.find((section) => section.level === 1 && section.style !== 'bold' && (section.kind === 'unknown' || section.kind === 'headline'));
  if (h1) {
    h1.kind = 'headline';
    const block = blocks[blockAt(ctx, h1.heading.start.offset)] as Nodes;
    return { text: h1.title, span: contentSpan(ctx, block), source: 'h1', h1Count };
  }
  // 4. Before any section: the first bold line or short paragraph.
  return pressRelease ? undefined : headlineIn(ctx, 0, undefined, h1Count);
}

function headlineIn(ctx: ParseContext, from: number, pressRelease: Section | undefined, h1Count: number): Headline | undefined {
  const { sections, blocks } = ctx;
  for (let i = from; i < Math.min(blocks.length, from + 12); i++) {
    const block = blocks[i] as Nodes;
    const headingIndex = ctx.headingOf[i] as number;
    if (headingIndex >= 0) {
      const section = sections[headingIndex] as Section;
      if (pressRelease && section.parent === pressRelease.index && section.kind === 'unknown' && section.style !== 'bold') {
        section.kind = 'headline';
        return { text: section.title, span: contentSpan(ctx, block), source: 'section', h1Count };
      }
      if (!pressRelease || section.level <= pressRelease.level) break;
      continue;
    }
    if (block.type === 'yaml' || block.type === 'html' || block.type === 'thematicBreak' || block.type === 'definition') continue;
    if (block.type !== 'paragraph') break;
    // Metadata lines near the top are not a headline (`**Owner:** Jane`, `**Owner**: Jane`, `Owner: Jane`); a bold
    // headline with a colon inside it (`**Shared Carts: one list for the household**`) is.
    if (/^\s*(?:(?:\*\*|__)[\p{L} ]{1,30}(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)|[\p{L} ]{1,30}:)/u.test(ctx.text.slice(startOf(block), Math.min(endOf(block), startOf(block) + 60)))) continue;
    const firstChild = block.children[0];
    if (firstChild?.type === 'strong' && block.children.length <= 2) {
      return { text: squash(plainText(firstChild)), span: contentSpan(ctx, firstChild), source: 'bold', h1Count };
    }
    // An untitled first paragraph: its first line is the headline when it stands on its own. Not when it
    // is the dateline that opens the release ("SEATTLE, WA — Today Northwind…"), nor when it is only the
    // first wrapped line of a sentence that the next line continues: then the release has no headline.
    const start = startOf(block);
    let end = start;
    while (end < endOf(block) && ctx.text.charCodeAt(end) !== 10 && ctx.text.charCodeAt(end) !== 13) end++;
    const line = squash(ctx.text.slice(start, end).replace(/(\*\*|__|[*_`])/gu, ''));
    const next = ctx.text.slice(end, endOf(block)).trimStart();
    if (isDateline(line) || (next !== '' && continuesLine(line, next))) break;
    if (countWords(line) > 0 && countWords(line) <= 30) return { text: line, span: ctx.locator.span(start, end), source: 'paragraph', h1Count };
    break;
  }
  return undefined;
}

/** A press-release dateline: a place in capitals (one to three words), maybe a state or date, then a dash. */
function isDateline(line: string): boolean {
  const match = /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2})(?:,[^—–\n]{1,40}?)?\s*(?:[—–]|--?\s)/u.exec(line);
  return match !== null && /\p{Lu}{2}/u.test(match[1] as string);
}

/** The next line carries on the first line's sentence: the first ends mid-clause, or the next starts in lower case. */
function continuesLine(line: string, next: string): boolean {
  return /[,;:–—-]$/u.test(line) || /^\p{Ll}/u.test(next);
}

const WORKING_BACKWARDS = new Set<SectionKind>(['working-backwards']);

const PRESS_RELEASE_END = new Set<SectionKind>(['faq', 'external-faq', 'internal-faq', 'objections', 'risks', 'appendix', 'stakeholders', 'outcomes']);

function findPressRelease(ctx: ParseContext, headline: Headline | undefined): { span: Span; words: number } | undefined {
  const { sections, blocks } = ctx;
  const section = sections.find((s) => s.kind === 'press-release');
  let start: number | undefined;
  if (section) start = section.heading.start.offset;
  else if (headline) {
    const owner = sections.find((s) => s.heading.start.offset <= headline.span.start.offset && headline.span.end.offset <= s.body.end.offset && (s.kind === 'headline' || s.heading.end.offset >= headline.span.end.offset));
    start = owner && owner.heading.end.offset >= headline.span.start.offset ? owner.heading.start.offset : headline.span.start.offset;
  } else {
    const firstContent = blocks.find((block) => block.type !== 'yaml' && block.type !== 'html' && block.type !== 'definition');
    if (firstContent) start = startOf(firstContent);
  }
  if (start === undefined) return undefined;
  let end = ctx.text.length;
  const ender = sections.find((s) => s.heading.start.offset > start && PRESS_RELEASE_END.has(s.kind));
  if (ender) end = ender.heading.start.offset;
  if (section && section.body.end.offset < end) end = section.body.end.offset;
  if (end < start) return undefined;
  const first = blockAt(ctx, start);
  const last = blockAt(ctx, end);
  const words = (ctx.wordsBefore[last] ?? 0) - (ctx.wordsBefore[first] ?? 0);
  return { span: ctx.locator.span(start, end), words };
}

/** Words in FAQ sections, counting a nested FAQ section (External FAQ under FAQ) once. */
function faqWords(sections: readonly Section[]): number {
  let total = 0;
  for (const section of sections) {
    if (!FAQ_KINDS.has(section.kind)) continue;
    let parent = section.parent;
    let nested = false;
    while (parent !== undefined) {
      const p = sections[parent] as Section;
      if (FAQ_KINDS.has(p.kind)) {
        nested = true;
        break;
      }
      parent = p.parent;
    }
    if (!nested) total += section.words;
  }
  return total;
}

const PRESS_RELEASE_PARTS: readonly SectionKind[] = ['summary', 'problem', 'solution', 'leader-quote', 'how-it-works', 'customer-quote', 'call-to-action'];

function detectProfile(sections: readonly Section[]): Profile {
  if (sections.some((section) => section.kind === 'working-backwards' || normalizeTitle(section.title) === 'public faq')) return 'rfc';
  const kinds = new Set(sections.map((section) => section.kind));
  const parts = PRESS_RELEASE_PARTS.filter((kind) => kinds.has(kind)).length;
  return parts >= 4 ? 'full' : 'lite';
}

