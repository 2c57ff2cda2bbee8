// A document in review is heading to a meeting: the decision date says when, and it must be a real date.
import type { Rule } from '../types.js';
import { metaSpan } from './_util/spans.js';
import { isIsoDate } from './_util/status.js';

export const decisionDate: Rule<Record<string, unknown>, 'missing' | 'notADate'> = {
  meta: {
    id: 'decision-date',
    description: 'A decision date is set from review on, and is a real YYYY-MM-DD date',
    category: 'stakeholders',
    recommended: 'error',
    messages: {
      missing: 'Document is in {{status}} but has no decision date; add decision-date: YYYY-MM-DD',
      notADate: 'Decision date "{{date}}" is not a real date; write it as YYYY-MM-DD',
    },
  },
  check(doc, ctx) {
    const date = doc.meta.decisionDate;
    if (date === undefined || date.value.trim() === '') {
      if (doc.status !== 'review' && doc.status !== 'approved') return;
      ctx.report({
        messageId: 'missing',
        data: { status: doc.status },
        span: metaSpan(doc, 'status'),
      });
      return;
    }
    if (!isIsoDate(date.value)) {
      ctx.report({
        messageId: 'notADate',
        data: { date: date.value.trim() },
        span: doc.frontmatter.locations['/decision-date']?.value ?? date.span,
      });
    }
  },
};
