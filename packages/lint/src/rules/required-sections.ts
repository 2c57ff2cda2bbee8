// Every part of the PR/FAQ that the profile requires is present; all missing parts are reported at once.
import type { PrfaqDocument, SectionKind, Span } from '@prfaq/core';
import type { Rule } from '../types.js';
import { documentStart, spanAt } from './_util/spans.js';
import { entryLabel, kindLabel } from './_util/labels.js';

function present(doc: PrfaqDocument, kind: string): boolean {
  if (doc.sections.some((section) => section.kind === kind)) return true;
  // Audiences can be recognised from the questions themselves (`I1. …?`) without a section heading.
  if (kind === 'internal-faq') return doc.faq.some((entry) => entry.audience === 'internal');
  if (kind === 'external-faq') return doc.faq.some((entry) => entry.audience === 'external');
  if (kind === 'faq') return doc.faq.length > 0;
  // A press release written as untitled paragraphs under the headline is still a press release.
  if (kind === 'press-release') return (doc.pressRelease?.words ?? 0) > 0;
  return false;
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

export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    description: 'The press-release parts and FAQ sections the profile requires are present',
    category: 'structure',
    recommended: 'error',
  },
  check(doc, ctx) {
    const entries = ctx.profileDef.required.map((entry) => (typeof entry === 'string' ? [entry] : entry));
    entries.forEach((kinds, index) => {
      // The headline has a rule of its own (present, single, short), so it is not reported twice.
      if (kinds.includes('headline')) return;
      if (kinds.some((kind) => present(doc, kind))) return;
      const previous = entries
        .slice(0, index)
        .reverse()
        .find((earlier) => earlier.some((kind) => present(doc, kind)));
      const where = previous ? ` after "${kindLabel[previous.find((kind) => present(doc, kind)) as SectionKind]}"` : '';
      ctx.report({
        message: `Missing section "${entryLabel(kinds)}" required by the ${ctx.profileDef.name} profile; add a "${entryLabel(kinds.slice(0, 1))}" section${where}`,
        span: insertionPoint(doc, entries, index),
      });
    });
  },
};
