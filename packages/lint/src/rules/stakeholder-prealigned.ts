// Stakeholder pre-alignment: everyone who decides has been met one-to-one before the review, so nothing surprises the meeting.
import type { Rule } from '../types.js';
import { isIsoDate } from './_util/status.js';
import { describeStakeholder } from '@prfaq/core/stakeholders';

export const stakeholderPrealigned: Rule<
  Record<string, unknown>,
  'noDate' | 'noDateInFrontmatter' | 'invalidDate' | 'afterDecision'
> = {
  meta: {
    id: 'stakeholder-prealigned',
    description:
      'From review on, every stakeholder has a pre-alignment date; any date given is real and not after the decision date',
    category: 'stakeholders',
    recommended: 'error',
    messages: {
      noDate:
        'Stakeholder {{stakeholder}} has no pre-alignment date and the document is in {{status}}; meet them before the decision and record the date (YYYY-MM-DD)',
      noDateInFrontmatter:
        'Stakeholder {{stakeholder}} has no pre-alignment date and the document is in {{status}}; meet them before the decision and record prealigned: YYYY-MM-DD',
      invalidDate: 'Pre-alignment date "{{date}}" of {{stakeholder}} is not a date; write YYYY-MM-DD',
      afterDecision:
        'Stakeholder {{stakeholder}} is pre-aligned on {{date}}, after the decision date {{decision}}; meet them before the decision',
    },
  },
  check(doc, ctx) {
    const due = doc.status === 'review' || doc.status === 'approved';
    const decision = doc.meta.decisionDate?.value.trim();
    for (const stakeholder of doc.stakeholders) {
      const date = stakeholder.prealigned?.trim();
      const who = describeStakeholder(stakeholder);
      const span = stakeholder.fields.prealigned?.span ?? stakeholder.fields.name?.span ?? stakeholder.span;
      if (!date) {
        if (!due) continue;
        ctx.report({
          messageId: stakeholder.source === 'frontmatter' ? 'noDateInFrontmatter' : 'noDate',
          data: { stakeholder: who, status: String(doc.status) },
          span,
        });
      } else if (!isIsoDate(date)) {
        ctx.report({
          messageId: 'invalidDate',
          data: { date, stakeholder: who },
          span,
        });
      } else if (decision && isIsoDate(decision) && date > decision) {
        ctx.report({
          messageId: 'afterDecision',
          data: { stakeholder: who, date, decision },
          span,
        });
      }
    }
  },
};
