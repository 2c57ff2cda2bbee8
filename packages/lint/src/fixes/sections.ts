// Stub sections for fixes: the Markdown of a missing section (heading + the template's guidance comment,
// serialised as remark-stringify would) and where it goes, so that inserting it touches no other byte.
import type { PrfaqDocument, Section, SectionKind } from '@prfaq/core';
import type { Heading, Html, RootContent } from 'mdast';
import type { Fix, ProfileDef, TextEdit } from '../types.js';
import { kindLabel } from '../rules/_util/labels.js';

/**
 * The guidance comment under each section of the built-in templates (`templates/full`, and `templates/rfc`
 * for the working-backwards parts). Copied here because the library must not read files at run time;
 * `sections.test.ts` fails when a template's comment and this table drift apart.
 */
export const guidance: Partial<Record<SectionKind, { template: string; comment: string }>> = {
  subheading: {
    template: 'full',
    comment: 'One sentence under the headline: who the customer is and the single benefit they will notice.',
  },
  summary: {
    template: 'full',
    comment:
      'Who the customer is, what launches, and the one benefit with its number; a reader who stops here knows enough.',
  },
  problem: {
    template: 'full',
    comment: 'The problem as the customer lives it today, with evidence of how often and how much it hurts.',
  },
  solution: {
    template: 'full',
    comment: "How the product removes the problem, described from the customer's side, not the architecture.",
  },
  'leader-quote': {
    template: 'full',
    comment: 'A named leader says why this matters to customers, in plain words; no buzzwords.',
  },
  'how-it-works': {
    template: 'full',
    comment: "The customer's first five minutes, step by step: what they see and do.",
  },
  'customer-quote': {
    template: 'full',
    comment: 'A believable customer, named with who they are, describing the change in their own life or work.',
  },
  'call-to-action': { template: 'full', comment: 'Where the customer goes and what they do to start today.' },
  'external-faq': {
    template: 'full',
    comment:
      'Questions customers will ask: price, availability, what changes for them; answer each in two or three sentences.',
  },
  'internal-faq': {
    template: 'full',
    comment: 'Questions the decision makers will ask: evidence, cost, risk, why now; answer with data.',
  },
  objections: {
    template: 'full',
    comment:
      'One row per concern a stakeholder raised; status is open, resolved, accepted, deferred or withdrawn, and a closed one says how.',
  },
  'working-backwards': {
    template: 'rfc',
    comment: 'The documents users will read on launch day, written now as if the change had shipped.',
  },
  'press-release': {
    template: 'rfc',
    comment:
      'The announcement or blog post: a headline, who it is for and what they can now do, the problem in their words, how to try it.',
  },
};

const clampLevel = (level: number): 1 | 2 | 3 | 4 | 5 | 6 => Math.min(6, Math.max(1, level)) as 1 | 2 | 3 | 4 | 5 | 6;

/** How a document writes its part headings: `## Problem`, or a bold line standing alone (`**Problem**`). */
export type StubStyle = 'atx' | 'bold';

/** The mdast of one stub section; exported so a test can hold `renderStubs` to remark-stringify's output. */
export function stubNodes(kind: SectionKind, level: number, style: StubStyle): RootContent[] {
  const title = [{ type: 'text' as const, value: kindLabel[kind] }];
  const heading: RootContent =
    style === 'bold'
      ? { type: 'paragraph', children: [{ type: 'strong', children: title }] }
      : ({ type: 'heading', depth: clampLevel(level), children: title } satisfies Heading);
  // A bare "FAQ" is what the templates write: a heading holding both audiences.
  if (kind === 'faq')
    return [heading, ...stubNodes('external-faq', level + 1, style), ...stubNodes('internal-faq', level + 1, style)];
  const note = guidance[kind];
  const comment: Html[] = note ? [{ type: 'html', value: `<!-- ${note.comment} -->` }] : [];
  return [heading, ...comment];
}

/** The Markdown of stub sections (LF line endings; `applyFixes` writes the file's own), ending with one newline. */
export function renderStubs(
  stubs: ReadonlyArray<{ kind: SectionKind; level: number }>,
  style: StubStyle = 'atx',
): string {
  const nodes = stubs.flatMap((stub) => stubNodes(stub.kind, stub.level, style));
  return `${nodes.map(stubMarkdown).join('\n\n')}\n`;
}

/**
 * The Markdown of one stub node, written by hand: stubs are only ATX headings, bold lines and HTML
 * comments with fixed labels that need no escaping, and loading unified + remark-stringify for them
 * cost every `prfaq lint` run ~35 ms of start-up (a document missing a section renders stubs).
 */
function stubMarkdown(node: RootContent): string {
  const text = (children: readonly RootContent[]): string =>
    children
      .map((child) =>
        'value' in child ? child.value : 'children' in child ? text(child.children as RootContent[]) : '',
      )
      .join('');
  if (node.type === 'heading') return `${'#'.repeat(node.depth)} ${text(node.children)}`;
  if (node.type === 'paragraph')
    return node.children
      .map((child) => (child.type === 'strong' ? `**${text(child.children)}**` : text([child])))
      .join('');
  if (node.type === 'html') return node.value;
  throw new Error(`stub node ${node.type} has no Markdown form`);
}

/**
 * An edit inserting a block of Markdown at `offset` (a line start or the end of the text) with exactly one
 * blank line on each side, adding only the line breaks that are missing.
 */
export function insertBlock(doc: PrfaqDocument, offset: number, block: string): TextEdit {
  const before = doc.text.slice(0, offset);
  const prefix = offset === 0 || /\n[ \t]*\r?\n$/.test(before) ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const suffix = offset === doc.text.length ? '' : '\n';
  return { range: [offset, offset], text: prefix + block + suffix };
}

/**
 * True when the text ends inside an open block (a fenced code block or an HTML comment never closed):
 * anything appended would become part of it, and the stub's own `-->` could even close a comment early.
 */
export function endsInOpenBlock(doc: PrfaqDocument): boolean {
  const last = doc.tree.children[doc.tree.children.length - 1];
  if (!last?.position) return false;
  const source = doc.text.slice(last.position.start.offset, last.position.end.offset);
  if (last.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!fence) return false; // indented code ends at the blank line before the stub
    const lines = source.split(/\r?\n/);
    const closing = new RegExp(`^ {0,3}\\${fence[1]![0]}{${fence[1]!.length},}[ \\t]*$`);
    return lines.length < 2 || !closing.test(lines[lines.length - 1]!);
  }
  if (last.type !== 'html') return false;
  const open: Array<[RegExp, RegExp]> = [
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<(?:script|pre|style|textarea)[\s>]/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    [/^ {0,3}<![A-Za-z]/, />/],
  ];
  return open.some(([start, end]) => start.test(source) && !end.test(source));
}

const PART_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'press-release',
  'working-backwards',
  'subheading',
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'how-it-works',
  'customer-quote',
  'call-to-action',
  'faq',
  'objections',
]);
const AUDIENCE_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['external-faq', 'internal-faq']);

const headings = (doc: PrfaqDocument): Section[] => doc.sections.filter((s) => s.style !== 'bold');

/** Bold stubs in a document whose parts are mostly bold pseudo-headings: an ATX heading there would swallow the bold parts after it. */
export function stubStyle(doc: PrfaqDocument): StubStyle {
  const parts = doc.sections.filter((s) => PART_KINDS.has(s.kind) || AUDIENCE_KINDS.has(s.kind));
  const bold = parts.filter((s) => s.style === 'bold').length;
  return parts.length > 0 && bold * 2 > parts.length ? 'bold' : 'atx';
}

/** Sections that hold the parts rather than being one (`# Press release` over `## Summary`, `## Working Backwards`). */
const CONTAINER_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['press-release', 'working-backwards']);

/** The heading level the document uses for the parts of the PR/FAQ (Summary, Problem, FAQ...): 2 when it has none. */
function partLevel(doc: PrfaqDocument): number {
  const levels = headings(doc)
    .filter((s) => PART_KINDS.has(s.kind) && !CONTAINER_KINDS.has(s.kind))
    .map((s) => s.level);
  return levels.length > 0 ? Math.min(...levels) : 2;
}

/** The level a new section of `kind` takes: FAQ audiences sit under the FAQ heading, or beside each other. */
export function levelFor(doc: PrfaqDocument, kind: SectionKind): number {
  if (!AUDIENCE_KINDS.has(kind)) return partLevel(doc);
  const faq = headings(doc).find((s) => s.kind === 'faq');
  if (faq) return faq.level + 1;
  const sibling = headings(doc).find((s) => AUDIENCE_KINDS.has(s.kind));
  return sibling ? sibling.level : partLevel(doc);
}

/** The outermost section enclosing `section` that is still at `level` or deeper (a new heading at `level` must not split it). */
function climb(doc: PrfaqDocument, section: Section, level: number): Section {
  let current = section;
  while (current.level > level && current.parent !== undefined && doc.sections[current.parent]!.level >= level) {
    current = doc.sections[current.parent]!;
  }
  return current;
}

/** The start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Where a section of `kind` goes so that it follows the profile order: before the first later part the
 * document has, else after the last earlier one, else at the end of the document.
 */
export function insertionOffset(
  doc: PrfaqDocument,
  entries: readonly string[][],
  index: number,
  kind: SectionKind,
): number {
  const level = levelFor(doc, kind);
  for (const later of entries.slice(index + 1)) {
    const section = doc.sections.find((s) => later.includes(s.kind));
    if (section) return lineStart(doc.text, climb(doc, section, level).heading.start.offset);
  }
  for (const earlier of entries.slice(0, index).reverse()) {
    const section = [...doc.sections].reverse().find((s) => earlier.includes(s.kind));
    if (section) return sectionEnd(doc, climb(doc, section, level));
  }
  return doc.text.length;
}

/** Where a section's content ends: the start of the line of the next heading, or the end of the text. */
function sectionEnd(doc: PrfaqDocument, section: Section): number {
  const end = section.body.end.offset;
  return end >= doc.text.length ? doc.text.length : lineStart(doc.text, end);
}

/**
 * One fix per missing profile entry. Entries that go at the same place share one fix inserting all of them
 * in profile order (two insertions at one offset would conflict), so one pass repairs every gap.
 */
export function missingSectionFixes(
  doc: PrfaqDocument,
  profile: ProfileDef,
  missing: readonly number[],
): Map<number, Fix> {
  const entries = profile.required.map((entry) => (typeof entry === 'string' ? [entry] : entry));
  const groups = new Map<number, Array<{ index: number; kind: SectionKind }>>();
  for (const index of missing) {
    const kind = entries[index]![0] as SectionKind;
    if (!(kind in kindLabel) || kind === 'headline' || kind === 'unknown') continue;
    const offset = insertionOffset(doc, entries, index, kind);
    if (offset === doc.text.length && endsInOpenBlock(doc)) continue;
    groups.set(offset, [...(groups.get(offset) ?? []), { index, kind }]);
  }
  const fixes = new Map<number, Fix>();
  for (const [offset, group] of groups) {
    const block = renderStubs(
      group.map(({ kind }) => ({ kind, level: levelFor(doc, kind) })),
      stubStyle(doc),
    );
    const fix: Fix = { edits: [insertBlock(doc, offset, block)] };
    for (const { index } of group) fixes.set(index, fix);
  }
  return fixes;
}

/** A fix adding the FAQ audience section that is missing: Internal after the external questions, External before the internal ones. */
export function audienceFix(doc: PrfaqDocument, missing: 'external-faq' | 'internal-faq'): Fix | undefined {
  const all = doc.sections;
  const style = stubStyle(doc);
  if (missing === 'external-faq') {
    const internal = all.find((s) => s.kind === 'internal-faq');
    if (!internal) return undefined;
    const block = renderStubs([{ kind: 'external-faq', level: internal.level }], style);
    return { edits: [insertBlock(doc, lineStart(doc.text, internal.heading.start.offset), block)] };
  }
  const external = [...all].reverse().find((s) => s.kind === 'external-faq');
  const faq = all.find((s) => s.kind === 'faq');
  const anchor = external ?? faq;
  if (!anchor) return undefined;
  const level = external ? external.level : anchor.level + 1;
  const block = renderStubs([{ kind: 'internal-faq', level }], style);
  const offset = sectionEnd(doc, anchor);
  if (offset === doc.text.length && endsInOpenBlock(doc)) return undefined;
  return { edits: [insertBlock(doc, offset, block)] };
}
