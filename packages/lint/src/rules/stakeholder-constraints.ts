// A constraint a stakeholder stated ("no new PCI scope") must be answered somewhere the decision meeting will read it.
import type { PrfaqDocument } from '@prfaq/core';
import type { Rule } from '../types.js';
import { describeStakeholder } from '@prfaq/core/stakeholders';
import { keywordCoverage, plainText, quoteText, sectionSpan, sectionsOf } from './_util/text.js';

interface Options {
  /** Share of a constraint's words that must appear in one internal FAQ entry or objection for it to count as addressed. */
  minCoverage: number;
}

/** Each place a constraint can be addressed: an internal question with its answer, or an objection with its resolution. */
function answers(doc: PrfaqDocument): string[] {
  const internalSections = sectionsOf(doc, 'internal-faq').map(sectionSpan);
  const inInternal = (offset: number): boolean =>
    internalSections.some((s) => offset >= s.start.offset && offset < s.end.offset);
  const entries = doc.faq
    .filter((entry) => entry.audience === 'internal' || inInternal(entry.span.start.offset))
    .map((entry) => `${entry.question} ${entry.answer}`);
  const objections = doc.objections.map((o) => `${o.objection} ${o.resolution ?? ''}`);
  // Internal FAQ prose that is not a recognised question still answers things.
  const prose = internalSections.map((span) => plainText(doc, span));
  return [...entries, ...objections, ...prose];
}

export const stakeholderConstraints: Rule<Options, 'unaddressed'> = {
  meta: {
    id: 'stakeholder-constraints',
    description: "Each stakeholder's listed constraint is addressed in the internal FAQ or an objection",
    category: 'stakeholders',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: { minCoverage: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { minCoverage: 0.5 },
    messages: {
      unaddressed:
        'Constraint "{{constraint}}" from {{stakeholder}} is not addressed; answer it in the Internal FAQ or record it as an objection',
    },
  },
  check(doc, ctx) {
    if (!doc.stakeholders.some((s) => s.constraints.length > 0)) return;
    const places = answers(doc);
    const frontmatterStakeholders = doc.stakeholders.filter((s) => s.source === 'frontmatter');
    for (const stakeholder of doc.stakeholders) {
      const index = frontmatterStakeholders.indexOf(stakeholder);
      stakeholder.constraints.forEach((constraint, j) => {
        if (places.some((text) => keywordCoverage(constraint, text) >= ctx.options.minCoverage)) return;
        const location = index >= 0 ? doc.frontmatter.locations[`/stakeholders/${index}/constraints/${j}`] : undefined;
        ctx.report({
          messageId: 'unaddressed',
          data: { constraint: quoteText(constraint), stakeholder: describeStakeholder(stakeholder) },
          span: location?.value ?? stakeholder.fields.constraints?.span ?? stakeholder.span,
        });
      });
    }
  },
};
