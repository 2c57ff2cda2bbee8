// Open objections made visible before the meeting: information in a draft, a blocker once the document is in review.
import type { Rule } from '../types.js';
import { describeObjection } from './_util/objections.js';
import { atLeastReview } from './_util/status.js';

export const openObjections: Rule<Record<string, unknown>, 'open' | 'openInReview'> = {
  meta: {
    id: 'open-objections',
    description: 'Open objections are listed with stakeholder and owner; an error once the document is in review',
    category: 'objections',
    recommended: 'error',
    messages: {
      open: '{{objection}} is open ({{owner}}); resolve, accept or defer it before review',
      openInReview:
        '{{objection}} is still open ({{owner}}) and the document is in {{status}}; resolve, accept or defer it before the decision',
    },
  },
  check(doc, ctx) {
    const blocking = atLeastReview(doc);
    for (const objection of doc.objections) {
      if (objection.status !== 'open') continue;
      const owner = objection.owner?.trim() ? `owner ${objection.owner.trim()}` : 'no owner';
      const data = { objection: describeObjection(objection), owner, status: doc.status ?? '' };
      ctx.report({
        messageId: blocking ? 'openInReview' : 'open',
        data,
        span: objection.span,
        ...(blocking ? {} : { severity: 'info' as const }),
      });
    }
  },
};
