// The parts of the press release that several rules read: the summary, and the press release without its quotes.
import type { PrfaqDocument, Span } from '@prfaq/core';
import type { Nodes } from 'mdast';
import { sectionSpan, sectionsOf } from './text.js';

export interface Summary {
  /** The text to read. */
  span: Span;
  /** Where to point a report: the Summary heading, or the paragraph itself when it has no heading. */
  anchor: Span;
}

/** The summary: the Summary section, else the first paragraph of the press release after the headline. */
export function summary(doc: PrfaqDocument): Summary | undefined {
  const section = sectionsOf(doc, 'summary')[0];
  if (section && !section.empty) return { span: section.body, anchor: section.heading };
  const release = doc.pressRelease?.span;
  if (!release) return undefined;
  const after = Math.max(release.start.offset, doc.headline?.span.end.offset ?? 0);
  const headings = new Set(doc.sections.map((s) => s.heading.start.offset));
  let found: Span | undefined;
  const walk = (node: Nodes): void => {
    if (found) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= after || start >= release.end.offset) return;
    // A bold pseudo-heading is a paragraph too, but it is a title, not the summary.
    if (node.type === 'paragraph' && start >= after && !headings.has(start)) {
      found = { start: doc.positionAt(start), end: doc.positionAt(end) };
      return;
    }
  };
  // Only top-level paragraphs: a metadata bullet list (`* **Owner**: …`) under the headline is not the summary.
  for (const child of doc.tree.children) walk(child);
  return found ? { span: found, anchor: found } : undefined;
}

/** The quotes: a person's own words, excluded where a rule judges the author's claims. */
export function quoteSpans(doc: PrfaqDocument): Span[] {
  return sectionsOf(doc, 'leader-quote', 'customer-quote').map(sectionSpan);
}

/** True when text states a number or a time frame: "40%", "three days", "by Q3", "within a week". */
export function hasMeasure(text: string): boolean {
  return /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|thousand|million|billion|half|twice|double|triple|percent|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|Q[1-4])\b/i.test(
    text,
  );
}

const pressParts = new Set([
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'how-it-works',
  'customer-quote',
  'call-to-action',
]);

export interface HeadlineFound {
  text: string;
  /** The headline text. */
  span: Span;
  /** The heading holding it, when it is a heading. */
  heading: Span | undefined;
}

/**
 * The headline: the parser's, else a title the parser could not tell from a part name — the first unrecognised
 * heading before the first press-release part ("# Part 1 — Press Release" then "## Acme launches …").
 */
export function findHeadline(doc: PrfaqDocument): HeadlineFound | undefined {
  if (doc.headline) {
    const holder = doc.sections.find(
      (s) =>
        s.heading.start.offset <= doc.headline!.span.start.offset &&
        doc.headline!.span.end.offset <= s.heading.end.offset,
    );
    return { text: doc.headline.text, span: doc.headline.span, heading: holder?.heading };
  }
  const firstPart = doc.sections.find((s) => pressParts.has(s.kind));
  if (!firstPart) return undefined;
  const candidate = doc.sections.find(
    (s) => s.kind === 'unknown' && s.heading.start.offset < firstPart.heading.start.offset && s.title.trim() !== '',
  );
  return candidate ? { text: candidate.title, span: candidate.heading, heading: candidate.heading } : undefined;
}
