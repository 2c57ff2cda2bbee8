// A resolved or accepted objection says how: the resolution is what the stakeholder agreed to.
import type { Rule } from '../types.js';
import { declaredObjections, describeObjection, fieldSpan, resolutionOf } from './_util/objections.js';
import { addObjectionColumn } from '../fixes/table.js';

export const objectionResolution: Rule<Record<string, unknown>, 'resolvedWithoutHow' | 'acceptedWithoutWhy'> = {
  meta: {
    id: 'objection-resolution',
    description: 'Resolved and accepted objections say how they were resolved or why they were accepted',
    category: 'objections',
    recommended: 'warn',
    fixable: 'objections',
    messages: {
      resolvedWithoutHow:
        '{{objection}} is resolved but does not say how; add the resolution (what changed, what was agreed)',
      acceptedWithoutWhy:
        '{{objection}} is accepted but does not say how; add why it was accepted (disagree and commit)',
    },
  },
  check(doc, ctx) {
    for (const objection of declaredObjections(doc.objections)) {
      if ((objection.status !== 'resolved' && objection.status !== 'accepted') || resolutionOf(objection)) continue;
      ctx.report({
        messageId: objection.status === 'resolved' ? 'resolvedWithoutHow' : 'acceptedWithoutWhy',
        data: { objection: describeObjection(objection) },
        span: objection.fields.resolution?.span ?? fieldSpan(objection, 'status'),
        // A table without a Resolution column gets one (empty cells to fill).
        fix: objection.table !== undefined ? addObjectionColumn(doc, objection.table, 'resolution') : undefined,
      });
    }
  },
};
