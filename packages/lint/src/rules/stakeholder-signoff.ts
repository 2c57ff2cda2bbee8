// An approved PR/FAQ carries every stakeholder's sign-off; one rejection blocks the decision.
import type { Rule } from '../types.js';
import { describeStakeholder } from '@prfaq/core/stakeholders';

export const stakeholderSignoff: Rule<Record<string, unknown>, 'rejected' | 'notSignedOff' | 'noSignoff'> = {
  meta: {
    id: 'stakeholder-signoff',
    description: 'Every stakeholder has signed off before approved; a rejection blocks from review on',
    category: 'stakeholders',
    recommended: 'error',
    messages: {
      rejected:
        'Stakeholder {{stakeholder}} rejected the proposal; address their objection before the decision, or record why it goes ahead anyway',
      notSignedOff:
        'Document is approved but {{stakeholder}} has not signed off (sign-off is "{{signoff}}"); get their sign-off: approved',
      noSignoff:
        'Document is approved but {{stakeholder}} has not signed off (no sign-off is recorded); get their sign-off: approved',
    },
  },
  check(doc, ctx) {
    if (doc.status !== 'review' && doc.status !== 'approved') return;
    for (const stakeholder of doc.stakeholders) {
      const span = stakeholder.fields.signoff?.span ?? stakeholder.fields.name?.span ?? stakeholder.span;
      const who = describeStakeholder(stakeholder);
      if (stakeholder.signoff === 'rejected') {
        ctx.report({
          messageId: 'rejected',
          data: { stakeholder: who },
          span,
        });
      } else if (doc.status === 'approved' && stakeholder.signoff !== 'approved') {
        const signoff = stakeholder.rawSignoff?.trim();
        ctx.report({
          messageId: signoff ? 'notSignedOff' : 'noSignoff',
          data: { stakeholder: who, signoff: signoff ?? '' },
          span,
        });
      }
    }
  },
};
