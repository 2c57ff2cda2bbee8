// Every part of the PR/FAQ that the profile requires is present; all missing parts are reported at once.
import type { PrfaqDocument, Span } from '@prfaq/core';
import type { Rule } from '../types.js';
import { documentStart, spanAt } from './_util/spans.js';
import { entryLabel } from './_util/labels.js';
import { missingSectionFixes } from '../fixes/sections.js';
import { summary } from './_util/press.js';

// The paragraphs of a press release. Most real press releases are prose under the headline, with no heading per part.
const PRESS_RELEASE_PARTS: ReadonlySet<string> = new Set([
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'how-it-works',
  'customer-quote',
  'call-to-action',
]);
// About one paragraph: below this the press release is a stub, and naming the missing parts helps the author.
const PROSE_PRESS_RELEASE_WORDS = 50;

/** A press release written as prose, with no part titled: its parts cannot be told apart, so none is reported missing. */
function prosePressRelease(doc: PrfaqDocument): boolean {
  return (
    (doc.pressRelease?.words ?? 0) >= PROSE_PRESS_RELEASE_WORDS &&
    !doc.sections.some((section) => PRESS_RELEASE_PARTS.has(section.kind))
  );
}

function present(doc: PrfaqDocument, kind: string): boolean {
  if (doc.sections.some((section) => section.kind === kind)) return true;
  if (PRESS_RELEASE_PARTS.has(kind) && prosePressRelease(doc)) return true;
  // Audiences can be recognised from the questions themselves (`I1. …?`) without a section heading.
  if (kind === 'internal-faq') return doc.faq.some((entry) => entry.audience === 'internal');
  if (kind === 'external-faq') return doc.faq.some((entry) => entry.audience === 'external');
  if (kind === 'faq') return doc.faq.length > 0;
  // A press release written as untitled paragraphs under the headline is still a press release.
  if (kind === 'press-release') return (doc.pressRelease?.words ?? 0) > 0;
  // The untitled paragraph under the headline is the summary (customer-named and outcome-measurable read it so).
  if (kind === 'summary') return untitledSummary(doc);
  return false;
}

/** The summary the rules read is a paragraph of its own, not the first paragraph of another part (Problem, …). */
function untitledSummary(doc: PrfaqDocument): boolean {
  const found = summary(doc);
  if (!found) return false;
  const offset = found.span.start.offset;
  let holder: PrfaqDocument['sections'][number] | undefined;
  for (const section of doc.sections) {
    if (section.body.start.offset <= offset && offset < section.body.end.offset) holder = section;
  }
  if (holder === undefined || holder.kind === 'press-release') return true;
  return holder.level === 1 && (holder.kind === 'headline' || holder.kind === 'unknown');
}

/** Where a missing part belongs: at the start of the next present part in profile order, else after the last one. */
function insertionPoint(doc: PrfaqDocument, entries: string[][], index: number): Span {
  for (const later of entries.slice(index + 1)) {
    const section = doc.sections.find((s) => later.includes(s.kind));
    if (section) return { start: section.heading.start, end: section.heading.end };
  }
  for (const earlier of entries.slice(0, index).reverse()) {
    const section = [...doc.sections].reverse().find((s) => earlier.includes(s.kind));
    if (section) return spanAt(doc, section.body.end.offset, section.body.end.offset);
  }
  return doc.text.length > 0 ? documentStart(doc) : spanAt(doc, 0, 0);
}

export const requiredSections: Rule<Record<string, unknown>, 'missing' | 'missingAfter'> = {
  meta: {
    id: 'required-sections',
    description: 'The press-release parts and FAQ sections the profile requires are present',
    category: 'structure',
    recommended: 'error',
    fixable: 'structure',
    messages: {
      missing: 'Missing section "{{section}}" required by the {{profile}} profile; add it to the document',
      missingAfter: 'Missing section "{{section}}" required by the {{profile}} profile; add it after "{{previous}}"',
    },
  },
  check(doc, ctx) {
    const entries = ctx.profileDef.required.map((entry) => (typeof entry === 'string' ? [entry] : entry));
    // Fix: a stub of each missing section (heading + the template's guidance comment) at its place in profile order.
    const missing = entries.flatMap((kinds, index) =>
      !kinds.includes('headline') && !kinds.some((kind) => present(doc, kind)) ? [index] : [],
    );
    const fixes = missingSectionFixes(doc, ctx.profileDef, missing);
    entries.forEach((kinds, index) => {
      // The headline has a rule of its own (present, single, short), so it is not reported twice.
      if (kinds.includes('headline')) return;
      if (kinds.some((kind) => present(doc, kind))) return;
      const previous = entries
        .slice(0, index)
        .reverse()
        .map((earlier) => [...doc.sections].reverse().find((section) => earlier.includes(section.kind)))
        .find((section) => section !== undefined);
      ctx.report({
        messageId: previous ? 'missingAfter' : 'missing',
        data: { section: entryLabel(kinds), profile: ctx.profileDef.name, previous: previous?.title ?? '' },
        span: insertionPoint(doc, entries, index),
        fix: fixes.get(index),
      });
    });
  },
};
