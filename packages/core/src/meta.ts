// Document metadata: from the frontmatter, else from `* **Owner**: Jane` bullets, `**Status:** Draft`
// lines or a `> Status: Draft` blockquote near the top of the document.
import type { Nodes } from 'mdast';
import { endOf, startOf, type ParseContext } from './context.js';
import type { Frontmatter, Meta, MetaValue } from './model.js';
import { scalarText, stripInline } from './text.js';

/** Frontmatter / bullet key (normalised) -> Meta field. */
const META_KEYS: Record<string, string> = {
  title: 'title',
  name: 'title',
  status: 'status',
  state: 'status',
  stage: 'status',
  owner: 'owner',
  author: 'owner',
  authors: 'owner',
  dri: 'owner',
  'written by': 'owner',
  customer: 'customer',
  customers: 'customer',
  'target customer': 'customer',
  'decision date': 'decisionDate',
  'decision-date': 'decisionDate',
  decision_date: 'decisionDate',
  decisiondate: 'decisionDate',
  'decision meeting': 'decisionDate',
};

// Keys that make a bullet list or blockquote metadata rather than content.
const KNOWN = new Set([
  ...Object.keys(META_KEYS),
  'date',
  'created',
  'updated',
  'last updated',
  'reviewers',
  'team',
  'version',
  'decision owner',
  'target date',
  'launch date',
  'approvers',
  'sponsor',
  'rfc',
  'tracking issue',
  'pr',
]);

function metaKey(raw: string): string {
  const key = raw.trim().toLowerCase().replace(/\s+/gu, ' ');
  return META_KEYS[key] ?? key;
}

export function frontmatterMeta(frontmatter: Frontmatter): Meta {
  const meta: Meta = {};
  for (const [rawKey, data] of Object.entries(frontmatter.data)) {
    const raw: unknown =
      Array.isArray(data) && data.every((item) => item === null || typeof item !== 'object') ? data.join(', ') : data;
    const value = scalarText(raw);
    if (value === undefined) continue;
    const key = metaKey(rawKey);
    if (meta[key]) continue;
    const location = frontmatter.locations[`/${rawKey.replace(/~/gu, '~0').replace(/\//gu, '~1')}`];
    if (!location) continue;
    meta[key] = { value, source: 'frontmatter', span: location.value };
  }
  return meta;
}

// `- **Status**: Draft`, `* Owner: Jane`, `> Status: Draft`, `**Decision date:** 2026-12-10`.
const LINE =
  /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?([\p{L}][\p{L}\p{N} _/-]{0,30}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(\S.*?)[ \t]*$/u;

interface Found {
  key: string;
  value: string;
  start: number;
  end: number;
}

// A separator counts only before another `Key:` (so `Reviewers: Ana | Bo` stays one value).
const FIELD_SEPARATOR = /[ \t]+[·•|][ \t]+(?=(?:\*\*|__)?\p{L}[\p{L}\p{N} _/-]{0,30}?(?:\*\*|__)?[ \t]*[:：])/gu;

/** One `Key: value` field in `[start, end)` of a line. */
function scanField(text: string, start: number, end: number, found: Found[]): void {
  const line = text.slice(start, end);
  const match = LINE.exec(line);
  if (!match || (match[1] as string).split(/\s+/u).length > 3) return;
  const valueRaw = (match[2] as string).replace(/(\*\*|__)$/u, '');
  const valueStart = start + line.lastIndexOf(match[2] as string);
  found.push({
    key: (match[1] as string).trim(),
    value: stripInline(valueRaw).trim(),
    start: valueStart,
    end: valueStart + valueRaw.length,
  });
}

function scanLines(text: string, start: number, end: number): Found[] {
  const found: Found[] = [];
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    // `Owner: Sofia · Status: Draft · Decision date: 2026-12-15`: several fields on one line.
    let segmentStart = lineStart;
    for (const separator of text.slice(lineStart, i).matchAll(FIELD_SEPARATOR)) {
      const segmentEnd = lineStart + separator.index;
      scanField(text, segmentStart, segmentEnd, found);
      segmentStart = segmentEnd + separator[0].length;
    }
    scanField(text, segmentStart, i, found);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return found;
}

/** Metadata written in the text: only before the first real section (or in a metadata section), and only blocks that look like metadata. */
export function textMeta(ctx: ParseContext, into: Meta): void {
  const limit = Math.min(ctx.blocks.length, 40);
  for (let i = 0; i < limit; i++) {
    const block = ctx.blocks[i] as Nodes;
    const sectionIndex = ctx.sectionOf[i] as number;
    const section = sectionIndex >= 0 ? ctx.sections[sectionIndex] : undefined;
    // Past the title/headline heading, only a metadata section still holds metadata.
    if (
      section &&
      section.kind !== 'metadata' &&
      !(section.level === 1 && (section.kind === 'unknown' || section.kind === 'headline') && section.index === 0)
    )
      break;
    if ((ctx.headingOf[i] as number) >= 0) continue;
    if (block.type !== 'list' && block.type !== 'blockquote' && block.type !== 'paragraph') continue;
    const found = scanLines(ctx.text, startOf(block), endOf(block));
    if (found.length === 0 || !found.some((item) => KNOWN.has(item.key.toLowerCase()))) continue;
    const source: MetaValue['source'] = block.type === 'blockquote' ? 'blockquote' : 'bullet';
    for (const item of found) {
      const key = metaKey(item.key);
      if (into[key] || !item.value) continue;
      into[key] = { value: item.value, source, span: ctx.locator.span(item.start, item.end) };
    }
  }
}
