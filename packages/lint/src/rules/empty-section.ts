// A heading with nothing under it: a stub left from the template, or a part the author meant to write.
import type { Section, SectionKind } from '@prfaq/core';
import type { Rule } from '../types.js';
import { findHeadline } from './_util/press.js';
import { quoteText } from './_util/text.js';

/** Parts that a group title stands above, when its own parts follow at the same level (bold pseudo-headings have no nesting). */
const groups: Partial<Record<SectionKind, readonly SectionKind[]>> = {
  faq: ['external-faq', 'internal-faq', 'faq'],
  'press-release': [
    'headline',
    'subheading',
    'summary',
    'problem',
    'solution',
    'leader-quote',
    'how-it-works',
    'customer-quote',
    'call-to-action',
  ],
  'working-backwards': ['press-release', 'summary', 'unknown'],
};

function titlesGroup(sections: readonly Section[], section: Section): boolean {
  const next = sections[section.index + 1];
  return next !== undefined && next.level === section.level && (groups[section.kind]?.includes(next.kind) ?? false);
}

export const emptySection: Rule<Record<string, unknown>, 'emptyRequired' | 'empty'> = {
  meta: {
    id: 'empty-section',
    description: 'No section is empty (only whitespace or HTML comments under its heading)',
    category: 'structure',
    recommended: 'error',
    messages: {
      emptyRequired: 'Section "{{title}}" is empty; write it',
      empty: 'Section "{{title}}" is empty; write it or remove the heading',
    },
  },
  check(doc, ctx) {
    const required = new Set(ctx.profileDef.required.flat());
    const headline = findHeadline(doc);
    // The headline's own heading often has nothing under it before the next part ("# Title" then "# FAQ").
    const holdsHeadline = (heading: Section['heading']): boolean =>
      headline !== undefined &&
      heading.start.offset <= headline.span.start.offset &&
      headline.span.end.offset <= heading.end.offset;
    // A question heading with nothing under it is an unanswered question: faq-answered reports it, once.
    const questionAt = new Set(
      doc.faq.filter((entry) => entry.style === 'heading').map((entry) => entry.span.start.line),
    );
    for (const section of doc.sections) {
      if (
        !section.empty ||
        section.kind === 'headline' ||
        holdsHeadline(section.heading) ||
        titlesGroup(doc.sections, section)
      )
        continue;
      if (questionAt.has(section.heading.start.line)) continue;
      // An empty part the profile requires is as good as missing; any other empty heading is untidy.
      const isRequired = required.has(section.kind);
      ctx.report({
        messageId: isRequired ? 'emptyRequired' : 'empty',
        data: { title: quoteText(section.title) },
        span: section.heading,
        ...(isRequired ? {} : { severity: 'warn' as const }),
      });
    }
  },
};
