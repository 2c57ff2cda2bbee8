// A resolved or accepted objection says how: the resolution is what the stakeholder agreed to.
import type { Rule } from '../types.js';
import { describeObjection, fieldSpan } from './_util/objections.js';

export const objectionResolution: Rule = {
  meta: {
    id: 'objection-resolution',
    description: 'Resolved and accepted objections say how they were resolved or why they were accepted',
    category: 'objections',
    recommended: 'warn',
  },
  check(doc, ctx) {
    for (const objection of doc.objections) {
      if ((objection.status !== 'resolved' && objection.status !== 'accepted') || objection.resolution?.trim()) continue;
      const expected =
        objection.status === 'resolved' ? 'add the resolution (what changed, what was agreed)' : 'add why it was accepted (disagree and commit)';
      ctx.report({
        message: `${describeObjection(objection)} is ${objection.status} but does not say how; ${expected}`,
        span: objection.fields.resolution?.span ?? fieldSpan(objection, 'status'),
      });
    }
  },
};
