// An objection from someone who is not a listed stakeholder means the stakeholder list is incomplete (or misspelt).
import type { Rule } from '../types.js';
import { declaredObjections, describeObjection, fieldSpan } from './_util/objections.js';
import { findStakeholder } from '@prfaq/core/stakeholders';
import { didYouMean } from '../suggest.js';

export const objectionStakeholderKnown: Rule<Record<string, unknown>, 'unknownStakeholder'> = {
  meta: {
    id: 'objection-stakeholder-known',
    description: 'Every objection is raised by a listed stakeholder (by name or role)',
    category: 'objections',
    recommended: 'warn',
    messages: {
      unknownStakeholder:
        '{{objection}} comes from "{{who}}", who is not a listed stakeholder{{suggestion}}; add them to the stakeholders or correct the name',
    },
  },
  check(doc, ctx) {
    // Without a stakeholder list there is nothing to compare with; frontmatter-schema and the template ask for one.
    if (doc.stakeholders.length === 0) return;
    const known = doc.stakeholders.flatMap((s) => (s.role ? [s.name, s.role] : [s.name]));
    for (const objection of declaredObjections(doc.objections)) {
      const who = objection.stakeholder?.trim();
      if (!who || findStakeholder(who, doc.stakeholders)) continue;
      ctx.report({
        messageId: 'unknownStakeholder',
        data: { objection: describeObjection(objection), who, suggestion: didYouMean(who, known) },
        span: fieldSpan(objection, 'stakeholder'),
      });
    }
  },
};
