// The press release's headline: the first real title of the release. A label is not a headline: "# PR/FAQ",
// "# Press Release and FAQ", "**FOR IMMEDIATE RELEASE**" name the document or the genre, so the headline is
// the next heading, bold line or short paragraph. docs/format.md gives the order in which places are tried.
import type { Nodes } from 'mdast';
import { blockAt, contentSpan, enclosing, endOf, startOf, type ParseContext } from './context.js';
import type { Headline, Section, SectionKind } from './model.js';
import { normalizeTitle } from './sections.js';
import { countWords, plainText, squash } from './text.js';

/** The headline, and the section it was read from when that section is the headline itself. */
export interface FoundHeadline {
  headline: Headline;
  /** Index of a heading that is the headline: the parse gives it the kind `headline`. */
  section: number | undefined;
}

// Compared after normalizeTitle: "PR/FAQ" -> "pr faq", "Press Release & FAQ" -> "press release and faq".
const LABEL =
  '(?:pr faq|prfaq|pr and faq|press release(?: and)? faq|press release and frequently asked questions|for immediate release|immediate release|working backwards(?: document| doc)?|press release|pressemitteilung|comunicado de prensa|communiqué de presse)';
const PURE_LABEL = new RegExp(`^${LABEL}$`, 'u');
const LABELLED = new RegExp(`^${LABEL} \\S|\\S ${LABEL}$`, 'u');

/**
 * `label`: only a label ("PR/FAQ", "FOR IMMEDIATE RELEASE"); `labelled`: a label and a name ("PRFAQ: Parcel
 * Lockers", "Shared Carts — PR/FAQ"), a document title that is the headline only when nothing better follows.
 */
export function titleLabel(title: string): 'label' | 'labelled' | undefined {
  const key = normalizeTitle(title);
  if (PURE_LABEL.test(key)) return 'label';
  return LABELLED.test(key) ? 'labelled' : undefined;
}

const WORKING_BACKWARDS = new Set<SectionKind>(['working-backwards']);

const found = (headline: Headline, section?: number): FoundHeadline => ({ headline, section });

export function findHeadline(ctx: ParseContext): FoundHeadline | undefined {
  const { sections } = ctx;
  const h1Count = sections.filter((section) => section.level === 1 && section.style !== 'bold').length;
  const titled = sections.find((section) => section.kind === 'headline');
  if (titled) {
    const fromSection = headlineSection(ctx, titled, h1Count);
    if (fromSection) return found(fromSection);
  }
  // Inside a press-release section (a "Blog post" under Working Backwards, "Part 1 — Press Release"): its first
  // unrecognised heading, bold line or short first paragraph. An H1 above it is the document's title.
  const pressRelease = sections.find((section) => section.kind === 'press-release');
  const h1 = sections.find(
    (section) =>
      section.level === 1 && section.style !== 'bold' && (section.kind === 'unknown' || section.kind === 'headline'),
  );
  const label = h1 ? titleLabel(h1.title) : undefined;
  if (pressRelease) {
    const inRelease = headlineIn(ctx, blockAt(ctx, pressRelease.heading.start.offset) + 1, pressRelease, h1Count);
    // "# Acme launches X" then "## Press Release": the H1 is the headline and the release's first paragraph is its
    // dateline; under Working Backwards the H1 is the RFC's title. A release that opens with its own heading or bold
    // line, or under an H1 that is only a label, has its headline there.
    const h1First =
      h1 !== undefined &&
      label === undefined &&
      h1.index < pressRelease.index &&
      !enclosing(ctx, pressRelease.index, WORKING_BACKWARDS);
    if (inRelease && (!h1First || inRelease.headline.source !== 'paragraph')) return inRelease;
  }
  if (h1) {
    // "# PR/FAQ" then "## WHO? Announces…" or "**FOR IMMEDIATE RELEASE**" then "### Corundum ships…".
    if (label !== undefined) {
      const under = headlineIn(ctx, blockAt(ctx, h1.heading.start.offset) + 1, h1, h1Count, label);
      if (under) return under;
    }
    if (label !== 'label') {
      const block = ctx.blocks[blockAt(ctx, h1.heading.start.offset)] as Nodes;
      return found({ text: h1.title, span: contentSpan(ctx, block), source: 'h1', h1Count }, h1.index);
    }
  }
  // Before any section: the first bold line or short paragraph.
  return pressRelease ? undefined : headlineIn(ctx, 0, undefined, h1Count);
}

/** A section titled "Headline": its inline text or its first block with text (not an HTML comment). */
function headlineSection(ctx: ParseContext, titled: Section, h1Count: number): Headline | undefined {
  const { blocks } = ctx;
  const index = blockAt(ctx, titled.heading.start.offset);
  const inline = ctx.inlineBody.get(index);
  if (inline !== undefined) {
    const end = endOf(blocks[index] as Nodes);
    const text = squash(ctx.text.slice(inline, end).replace(/(\*\*|__)/gu, ''));
    return { text, span: ctx.locator.span(inline, end), source: 'section', h1Count };
  }
  for (let i = index + 1; i < blocks.length && (ctx.headingOf[i] as number) < 0; i++) {
    const next = blocks[i] as Nodes;
    if (startOf(next) >= titled.body.end.offset) break;
    const text = squash(plainText(next));
    if (next.type === 'html' || !text) continue;
    return { text, span: contentSpan(ctx, next), source: 'section', h1Count };
  }
  return undefined;
}

// Metadata lines near the top are not a headline (`**Owner:** Jane`, `**Owner**: Jane`, `Owner: Jane`); a bold
// headline with a colon inside it (`**Shared Carts: one list for the household**`) is.
const METADATA_LINE = /^\s*(?:(?:\*\*|__)[\p{L} ]{1,30}(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)|[\p{L} ]{1,30}:)/u;

/**
 * The first headline-like block from `from`: a heading directly inside `container`, a bold line, or a short first
 * paragraph. Labels ("FOR IMMEDIATE RELEASE") are skipped. Under a label H1 (`underLabel`), a known part ends the
 * search; under a title that names the product ("PRFAQ: Parcel Lockers") a plain paragraph is its summary, not a
 * headline.
 */
function headlineIn(
  ctx: ParseContext,
  from: number,
  container: Section | undefined,
  h1Count: number,
  underLabel?: 'label' | 'labelled',
): FoundHeadline | undefined {
  const strict = underLabel !== undefined;
  const { sections, blocks } = ctx;
  for (let i = from; i < Math.min(blocks.length, from + 12); i++) {
    const block = blocks[i] as Nodes;
    const headingIndex = ctx.headingOf[i] as number;
    if (headingIndex >= 0) {
      const section = sections[headingIndex] as Section;
      if (titleLabel(section.title) === 'label') continue;
      if (container && section.parent === container.index && section.kind === 'unknown' && section.style !== 'bold') {
        return found({ text: section.title, span: contentSpan(ctx, block), source: 'section', h1Count }, section.index);
      }
      if (!container || section.level <= container.level || (strict && section.kind !== 'unknown')) break;
      continue;
    }
    if (
      block.type === 'yaml' ||
      block.type === 'html' ||
      block.type === 'thematicBreak' ||
      block.type === 'definition'
    ) {
      continue;
    }
    if (block.type !== 'paragraph') break;
    if (METADATA_LINE.test(ctx.text.slice(startOf(block), Math.min(endOf(block), startOf(block) + 60)))) continue;
    if (titleLabel(squash(plainText(block))) === 'label') continue;
    const firstChild = block.children[0];
    // `**SEATTLE, WA — March 3, 2027** — Acme today announced…` is the dateline, not a bold headline.
    if (firstChild?.type === 'strong' && block.children.length <= 2 && !isDateline(firstLine(ctx, block).line)) {
      return found({
        text: squash(plainText(firstChild)),
        span: contentSpan(ctx, firstChild),
        source: 'bold',
        h1Count,
      });
    }
    return underLabel === 'labelled' ? undefined : firstLineHeadline(ctx, block, h1Count);
  }
  return undefined;
}

/**
 * An untitled first paragraph: its first line is the headline when it stands on its own. Not when it is the
 * dateline that opens the release ("SEATTLE, WA — Today Northwind…"), nor when it is only the first wrapped line
 * of a sentence that the next line continues: then the release has no headline.
 */
function firstLineHeadline(ctx: ParseContext, block: Nodes, h1Count: number): FoundHeadline | undefined {
  const { start, end, line } = firstLine(ctx, block);
  const next = ctx.text.slice(end, endOf(block)).trimStart();
  if (isDateline(line) || (next !== '' && continuesLine(line, next))) return undefined;
  const words = countWords(line);
  if (words === 0 || words > 30) return undefined;
  return found({ text: line, span: ctx.locator.span(start, end), source: 'paragraph', h1Count });
}

/** A paragraph's first source line, and its text without emphasis markers. */
function firstLine(ctx: ParseContext, block: Nodes): { start: number; end: number; line: string } {
  const start = startOf(block);
  let end = start;
  while (end < endOf(block) && ctx.text.charCodeAt(end) !== 10 && ctx.text.charCodeAt(end) !== 13) end++;
  return { start, end, line: squash(ctx.text.slice(start, end).replace(/(\*\*|__|[*_`])/gu, '')) };
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
