// The outline: every heading (ATX, setext, or a bold line standing alone) as a Section with its kind,
// level, parent, body span and word count, built in one pass over the top-level blocks.
import type { Heading, Nodes, Paragraph } from 'mdast';
import { endOf, startOf, type ParseContext } from './context.js';
import type { HeadingStyle, Section, SectionKind } from './model.js';
import { classifyTitle, FAQ_KINDS, normalizeTitle } from './sections.js';
import { blockWords, countWords, plainText, squash, trimEndChars } from './text.js';
import { QUESTION_ID, QUESTION_MARKER, ANSWER_MARKER } from './vocabulary.js';

interface BoldHeading {
  title: string;
  /** End of the label (`**Headline:**`), where the heading span stops. */
  labelEnd: number;
  /** Where the body text starts when the label is followed by text on the same line. */
  inlineBody: number | undefined;
}

/**
 * A paragraph that is only bold text (`**Problem**`, `**Headline:**`) is a pseudo-heading when its
 * text names a known part, ends with a colon, or groups questions inside a FAQ. `**Headline:** text`
 * is a pseudo-heading for a known part whose body starts with the text.
 */
export function boldHeading(
  paragraph: Paragraph,
  text: string,
  inFaq: boolean,
  ctx: Pick<ParseContext, 'aliases'>,
): BoldHeading | undefined {
  const first = paragraph.children[0];
  if (!first || first.type !== 'strong' || !first.position) return undefined;
  const raw = plainText(first);
  if (/[\r\n]/u.test(raw.trim())) return undefined;
  const strongText = squash(raw);
  if (!strongText) return undefined;
  const rest = paragraph.children.slice(1);
  const restText = squash(plainText(rest));
  const colonInside = /[:：]$/u.test(strongText);
  const title = trimEndChars(strongText, ':：').trim();
  if (!title) return undefined;
  if (QUESTION_MARKER.test(strongText) || ANSWER_MARKER.test(strongText) || QUESTION_ID.test(`${strongText} `))
    return undefined;
  if (/[?？]$/u.test(title)) return undefined;
  const kind = classifyTitle(title, ctx.aliases);
  const labelEnd = endOf(first);
  if (restText === '' || restText === ':' || restText === '：') {
    const end = restText ? endOf(paragraph) : labelEnd;
    const words = countWords(title);
    if (kind !== 'unknown') return { title, labelEnd: end, inlineBody: undefined };
    if ((colonInside || restText !== '') && words <= 6) return { title, labelEnd: end, inlineBody: undefined };
    if (inFaq && words <= 8 && !/[.!]$/u.test(title)) return { title, labelEnd: end, inlineBody: undefined };
    return undefined;
  }
  // A run-in label names a known part and ends with a colon, a period or a dash, inside or after the bold:
  // `**Problem:** Sellers…`, `**Problem.** Sellers…`, `**Problem** — Sellers…`. Inside a FAQ it is part of an
  // answer (`**Risks:** fraud may rise`), not a part of the document.
  const separatorInside = colonInside || /[.。]$/u.test(title);
  const separatorAfter = RUN_IN_SEPARATOR.exec(restText);
  if (!(separatorInside || separatorAfter) || inFaq || kind === 'unknown' || kind === 'metadata') return undefined;
  // The body starts at the first character of the text after the label and its separator.
  let body = labelEnd;
  while (body < text.length && /\s/u.test(text[body] as string)) body++;
  if (!separatorInside && separatorAfter) body += separatorAfter[0].length;
  while (body < text.length && /\s/u.test(text[body] as string)) body++;
  return { title: trimEndChars(title, '.。'), labelEnd, inlineBody: Math.min(body, endOf(paragraph)) };
}

/** What separates a run-in label from its text when it follows the bold: `**Problem**: …`, `**Problem** — …`. */
const RUN_IN_SEPARATOR = /^(?:[:：.。]|[—–]|--?(?=\s))/u;

const AUDIENCE_KINDS = new Set(['external-faq', 'internal-faq']);

// Under a plain FAQ, a topic group named for who asks (`### Customers`, `### Internal`) is that audience's FAQ.
const AUDIENCE_GROUPS: Readonly<Record<string, SectionKind>> = {
  customer: 'external-faq',
  customers: 'external-faq',
  external: 'external-faq',
  public: 'external-faq',
  users: 'external-faq',
  internal: 'internal-faq',
  stakeholders: 'internal-faq',
};

function audienceGroup(title: string, open: readonly Section[]): SectionKind {
  const faq = open.findLast((section) => FAQ_KINDS.has(section.kind));
  if (faq?.kind !== 'faq') return 'unknown';
  return AUDIENCE_GROUPS[normalizeTitle(title)] ?? 'unknown';
}

function headingStyle(node: Heading, text: string): HeadingStyle {
  let i = startOf(node);
  while (text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 35 /* # */ ? 'atx' : 'setext';
}

interface HeadingLine {
  title: string;
  level: number;
  style: HeadingStyle;
  /** Where the heading span ends (the label's end for `**Headline:** text`). */
  headingEnd: number;
  inlineBody: number | undefined;
}

/** The heading a block opens, if any: an ATX or setext heading, or a bold pseudo-heading one level below `headingLevel`. */
function headingLine(ctx: ParseContext, block: Nodes, headingLevel: number, inFaq: boolean): HeadingLine | undefined {
  if (block.type === 'heading') {
    const title = squash(plainText(block.children));
    return {
      title,
      level: block.depth,
      style: headingStyle(block, ctx.text),
      headingEnd: endOf(block),
      inlineBody: undefined,
    };
  }
  if (block.type !== 'paragraph') return undefined;
  const bold = boldHeading(block, ctx.text, inFaq, ctx);
  if (!bold) return undefined;
  return {
    title: bold.title,
    level: headingLevel + 1,
    style: 'bold',
    headingEnd: bold.labelEnd,
    inlineBody: bold.inlineBody,
  };
}

/** Fills `ctx.sections`, `headingOf`, `sectionOf`, `inlineBody` and `wordsBefore`. */
export function buildOutline(ctx: ParseContext): void {
  const { blocks, locator } = ctx;
  const sections = ctx.sections;
  const open: Section[] = [];
  // Level of the last real heading: a bold pseudo-heading sits one level below it.
  let headingLevel = 0;
  const headingBlock: number[] = [];
  // `### Customer FAQ` then `### Does it cost anything?` at the same level: the audience heading holds the
  // questions that follow it, until a heading that is not a question (or one nested deeper) ends that.
  const adopting = new Set<number>();
  const adopter = (level: number): Section | undefined => {
    for (let k = open.length - 1; k >= 0 && (open[k] as Section).level >= level; k--) {
      if (adopting.has((open[k] as Section).index)) return open[k];
    }
    return undefined;
  };
  const closeUntil = (level: number, offset: number, keep?: Section): void => {
    while (open.length > 0 && (open[open.length - 1] as Section).level >= level && open[open.length - 1] !== keep) {
      const done = open.pop() as Section;
      done.body = locator.span(done.body.start.offset, Math.max(done.body.start.offset, offset));
    }
  };
  let words = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Nodes;
    ctx.wordsBefore[i] = words;
    const inFaq = block.type === 'paragraph' && open.some((section) => FAQ_KINDS.has(section.kind));
    const heading = headingLine(ctx, block, headingLevel, inFaq);
    if (heading === undefined) {
      ctx.sectionOf[i] = open.length > 0 ? (open[open.length - 1] as Section).index : -1;
      if (block.type !== 'yaml') words += blockWords(block as Paragraph);
      continue;
    }
    const { title, level, style, headingEnd, inlineBody } = heading;
    if (style !== 'bold') headingLevel = level;
    const start = startOf(block);
    const asks = /[?？]$/u.test(title);
    closeUntil(level, start, style !== 'bold' && asks ? adopter(level) : undefined);
    const parent = open.length > 0 ? (open[open.length - 1] as Section).index : undefined;
    const bodyStart = inlineBody ?? headingEnd;
    // A question inside a FAQ is an entry, whatever it asks ("Why should we not do this?" is not a Risks part).
    const isFaqQuestion = asks && open.some((section) => FAQ_KINDS.has(section.kind));
    const kind = isFaqQuestion ? 'unknown' : classifyTitle(title, ctx.aliases);
    const section: Section = {
      index: sections.length,
      kind: kind === 'unknown' && !isFaqQuestion ? audienceGroup(title, open) : kind,
      title,
      level,
      style,
      heading: locator.span(start, headingEnd),
      body: locator.span(bodyStart, bodyStart),
      parent,
      words: 0,
      empty: true,
    };
    if (parent !== undefined && level > (sections[parent] as Section).level) adopting.delete(parent);
    if (style !== 'bold' && AUDIENCE_KINDS.has(section.kind)) adopting.add(section.index);
    sections.push(section);
    headingBlock.push(i);
    open.push(section);
    ctx.headingOf[i] = section.index;
    ctx.sectionOf[i] = section.index;
    if (inlineBody !== undefined) {
      ctx.inlineBody.set(i, inlineBody);
      words += blockWords({ type: 'paragraph', children: (block as Paragraph).children.slice(1) });
    }
  }
  ctx.wordsBefore[blocks.length] = words;
  closeUntil(Number.NEGATIVE_INFINITY, ctx.text.length);
  measureSections(ctx, headingBlock);
}

/** Word counts and emptiness from the blocks between a heading and the end of its body. */
function measureSections(ctx: ParseContext, headingBlock: readonly number[]): void {
  const { blocks } = ctx;
  for (const section of ctx.sections) {
    const first = headingBlock[section.index] as number;
    // Blocks are sorted by offset; the body ends where a block starts at or after body.end.
    let low = first + 1;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (startOf(blocks[mid] as Nodes) < section.body.end.offset) low = mid + 1;
      else high = mid;
    }
    const last = low;
    const inline = ctx.inlineBody.has(first);
    section.words = (ctx.wordsBefore[last] as number) - (ctx.wordsBefore[first] as number);
    let empty = !inline;
    for (let b = first + 1; empty && b < last; b++) {
      const block = blocks[b] as Nodes;
      if (block.type === 'thematicBreak') continue;
      if (block.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/u.test(block.value)) continue;
      empty = false;
    }
    section.empty = empty;
  }
}
