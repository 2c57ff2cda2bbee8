// An open objection without an owner is one nobody is working on.
import type { Rule } from '../types.js';
import { atLeastReview } from './_util/status.js';
import { declaredObjections, describeObjection, fieldSpan } from './_util/objections.js';
import { addObjectionColumn } from '../fixes/table.js';

export const objectionOwner: Rule<Record<string, unknown>, 'noOwner'> = {
  meta: {
    id: 'objection-owner',
    description: 'Every open objection has an owner (information while the document is a draft)',
    category: 'objections',
    recommended: 'warn',
    fixable: 'objections',
    messages: { noOwner: '{{objection}} is open and has no owner; add an owner or resolve it' },
  },
  check(doc, ctx) {
    // While drafting, an unowned objection is a note to self; from review on, nobody is working on it.
    const due = atLeastReview(doc);
    for (const objection of declaredObjections(doc.objections)) {
      if (objection.status !== 'open' || objection.owner?.trim()) continue;
      ctx.report({
        ...(due ? {} : { severity: 'info' as const }),
        messageId: 'noOwner',
        data: { objection: describeObjection(objection) },
        span: objection.fields.owner?.span ?? fieldSpan(objection, 'status'),
        // A table without an Owner column gets one (empty cells to fill); who owns what is the author's call.
        fix: objection.table !== undefined ? addObjectionColumn(doc, objection.table, 'owner') : undefined,
      });
    }
  },
};
