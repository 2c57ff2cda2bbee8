// Stakeholder pre-alignment: everyone who decides has been met one-to-one before the review, so nothing surprises the meeting.
import type { Rule } from '../types.js';
import { isIsoDate } from './_util/status.js';
import { describeStakeholder } from '@prfaq/core';

export const stakeholderPrealigned: Rule = {
  meta: {
    id: 'stakeholder-prealigned',
    description:
      'From review on, every stakeholder has a pre-alignment date; any date given is real and not after the decision date',
    category: 'stakeholders',
    recommended: 'error',
  },
  check(doc, ctx) {
    const due = doc.status === 'review' || doc.status === 'approved';
    const decision = doc.meta.decisionDate?.value.trim();
    for (const stakeholder of doc.stakeholders) {
      const date = stakeholder.prealigned?.trim();
      const span = stakeholder.fields.prealigned?.span ?? stakeholder.fields.name?.span ?? stakeholder.span;
      if (!date) {
        if (!due) continue;
        ctx.report({
          message: `Stakeholder ${describeStakeholder(stakeholder)} has no pre-alignment date and the document is in ${doc.status}; meet them before the decision and record ${stakeholder.source === 'frontmatter' ? 'prealigned: YYYY-MM-DD' : 'the date (YYYY-MM-DD)'}`,
          span,
        });
      } else if (!isIsoDate(date)) {
        ctx.report({
          message: `Pre-alignment date "${date}" of ${describeStakeholder(stakeholder)} is not a date; write YYYY-MM-DD`,
          span,
        });
      } else if (decision && isIsoDate(decision) && date > decision) {
        ctx.report({
          message: `Stakeholder ${describeStakeholder(stakeholder)} is pre-aligned on ${date}, after the decision date ${decision}; meet them before the decision`,
          span,
        });
      }
    }
  },
};
