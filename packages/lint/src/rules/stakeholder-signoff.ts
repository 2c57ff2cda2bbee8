// An approved PR/FAQ carries every stakeholder's sign-off; one rejection blocks the decision.
import type { Rule } from '../types.js';
import { describeStakeholder } from '@prfaq/core';

export const stakeholderSignoff: Rule = {
  meta: {
    id: 'stakeholder-signoff',
    description: 'Every stakeholder has signed off before approved; a rejection blocks from review on',
    category: 'stakeholders',
    recommended: 'error',
  },
  check(doc, ctx) {
    if (doc.status !== 'review' && doc.status !== 'approved') return;
    for (const stakeholder of doc.stakeholders) {
      const span = stakeholder.fields.signoff?.span ?? stakeholder.fields.name?.span ?? stakeholder.span;
      const who = describeStakeholder(stakeholder);
      if (stakeholder.signoff === 'rejected') {
        ctx.report({
          message: `Stakeholder ${who} rejected the proposal; address their objection before the decision, or record why it goes ahead anyway`,
          span,
        });
      } else if (doc.status === 'approved' && stakeholder.signoff !== 'approved') {
        const state = stakeholder.rawSignoff?.trim()
          ? `sign-off is "${stakeholder.rawSignoff.trim()}"`
          : 'no sign-off is recorded';
        ctx.report({
          message: `Document is approved but ${who} has not signed off (${state}); get their sign-off: approved`,
          span,
        });
      }
    }
  },
};
