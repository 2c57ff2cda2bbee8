// parse(): Markdown text -> PrfaqDocument. One mdast parse, then every stage reads the tree and the
// source text. Never throws: a failure inside becomes a ParseProblem on an otherwise empty model.
import { blockAt, endOf, startOf, type ParseContext } from './context.js';
import { extractFaq } from './faq.js';
import { findHeadline } from './headline.js';
import { readFrontmatter } from './frontmatter.js';
import { checkLimits } from './limits.js';
import { frontmatterMeta, textMeta } from './meta.js';
import type { Headline, ParseOptions, PrfaqDocument, Profile, Section, SectionKind, Span } from './model.js';
import { extractObjections } from './objections.js';
import { extractOutcomes, extractStakeholders } from './people.js';
import { buildOutline } from './outline.js';
import { createLocator, type Locator } from './positions.js';
import { aliasTableFor, FAQ_KINDS, normalizeTitle } from './sections.js';
import { countWords } from './text.js';
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
  // JavaScript callers can pass anything: a non-string is read as its string form, never thrown on.
  const raw: unknown = input;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- "[object Object]" is a fine document for a wrong argument
  const source = typeof raw === 'string' ? raw : String(raw ?? '');
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
    Object.assign(doc, {
      sections: [],
      headline: undefined,
      pressRelease: undefined,
      faq: [],
      objections: [],
      objectionTables: [],
      stakeholders: [],
      outcomes: [],
    });
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
  const found = findHeadline(ctx);
  doc.headline = found?.headline;
  // The heading the headline was read from is the press release's headline part, not an unknown section.
  const titled = found?.section === undefined ? undefined : doc.sections[found.section];
  if (titled) titled.kind = 'headline';
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

const PRESS_RELEASE_END = new Set<SectionKind>([
  'faq',
  'external-faq',
  'internal-faq',
  'objections',
  'risks',
  'appendix',
  'stakeholders',
  'outcomes',
]);

function findPressRelease(
  ctx: ParseContext,
  headline: Headline | undefined,
): { span: Span; words: number } | undefined {
  const { sections, blocks } = ctx;
  const section = sections.find((s) => s.kind === 'press-release');
  let start: number | undefined;
  if (section) start = section.heading.start.offset;
  else if (headline) {
    const owner = sections.find(
      (s) =>
        s.heading.start.offset <= headline.span.start.offset &&
        headline.span.end.offset <= s.body.end.offset &&
        (s.kind === 'headline' || s.heading.end.offset >= headline.span.end.offset),
    );
    start =
      owner && owner.heading.end.offset >= headline.span.start.offset
        ? owner.heading.start.offset
        : headline.span.start.offset;
  } else {
    const firstContent = blocks.find(
      (block) => block.type !== 'yaml' && block.type !== 'html' && block.type !== 'definition',
    );
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

const PRESS_RELEASE_PARTS: readonly SectionKind[] = [
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'how-it-works',
  'customer-quote',
  'call-to-action',
];

function detectProfile(sections: readonly Section[]): Profile {
  if (
    sections.some((section) => section.kind === 'working-backwards' || normalizeTitle(section.title) === 'public faq')
  )
    return 'rfc';
  const kinds = new Set(sections.map((section) => section.kind));
  const parts = PRESS_RELEASE_PARTS.filter((kind) => kinds.has(kind)).length;
  return parts >= 4 ? 'full' : 'lite';
}
