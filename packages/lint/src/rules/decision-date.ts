// A document in review is heading to a meeting: the decision date says when, and it must be a real date.
import type { Rule } from '../types.js';
import { metaSpan } from './_util/spans.js';
import { isIsoDate } from './_util/status.js';

export const decisionDate: Rule = {
  meta: {
    id: 'decision-date',
    description: 'A decision date is set from review on, and is a real YYYY-MM-DD date',
    category: 'stakeholders',
    recommended: 'error',
  },
  check(doc, ctx) {
    const date = doc.meta.decisionDate;
    if (date === undefined || date.value.trim() === '') {
      if (doc.status !== 'review' && doc.status !== 'approved') return;
      ctx.report({
        message: `Document is in ${doc.status} but has no decision date; add decision-date: YYYY-MM-DD`,
        span: metaSpan(doc, 'status'),
      });
      return;
    }
    if (!isIsoDate(date.value)) {
      ctx.report({
        message: `Decision date "${date.value.trim()}" is not a real date; write it as YYYY-MM-DD`,
        span: doc.frontmatter.locations['/decision-date']?.value ?? date.span,
      });
    }
  },
};
