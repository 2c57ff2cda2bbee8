// An open objection without an owner is one nobody is working on.
import type { Rule } from '../types.js';
import { describeObjection, fieldSpan } from './_util/objections.js';

export const objectionOwner: Rule = {
  meta: {
    id: 'objection-owner',
    description: 'Every open objection has an owner',
    category: 'objections',
    recommended: 'warn',
  },
  check(doc, ctx) {
    for (const objection of doc.objections) {
      if (objection.status !== 'open' || objection.owner?.trim()) continue;
      ctx.report({
        message: `${describeObjection(objection)} is open and has no owner; add an owner or resolve it`,
        span: objection.fields.owner?.span ?? fieldSpan(objection, 'status'),
      });
    }
  },
};
