// Objections hiding in the FAQ ("Why should we not do this?", drawbacks, risks) have no stakeholder,
// status or owner: nobody is on the hook to resolve them before the decision. This makes them visible.
import type { FaqEntry, Objection } from '@prfaq/core';
import type { Rule } from '../types.js';
import { quoteText } from './_util/text.js';

/** The FAQ entry the objection was found in (its question or its answer), when there is one. */
function askedBy(faq: readonly FaqEntry[], objection: Objection): FaqEntry | undefined {
  const at = objection.span.start.offset;
  const within = (span: FaqEntry['span'] | undefined): boolean =>
    span !== undefined && span.start.offset <= at && at < span.end.offset;
  return faq.find((entry) => within(entry.span) || within(entry.answerSpan));
}

export const untrackedObjections: Rule<Record<string, unknown>, 'inAnswer' | 'inRisks'> = {
  meta: {
    id: 'untracked-objections',
    description:
      'A document that raises objections only in its FAQ or a risks section tracks them with a stakeholder, status and owner',
    category: 'objections',
    // Information only: answering "Why should we not do this?" is good practice; tracking what it raises is the next step.
    recommended: 'info',
    messages: {
      inAnswer:
        'The answer to "{{question}}" raises an objection nobody owns ("{{objection}}"); the document tracks no objections: add an Objections table with a stakeholder, status and owner for it',
      inRisks:
        'The risks section raises an objection nobody owns ("{{objection}}"); the document tracks no objections: add an Objections table with a stakeholder, status and owner for it',
    },
  },
  check(doc, ctx) {
    // A document that tracks objections (a table, a task list, frontmatter) already makes them legible;
    // its FAQ may discuss risks in prose. The ones to surface are in documents that track none at all.
    if (doc.objections.some((objection) => objection.source !== 'faq')) return;
    // The same concern written twice (in the Risks part and again in an answer) is reported once.
    const seen = new Set<string>();
    for (const objection of doc.objections) {
      if (objection.source !== 'faq') continue;
      // An unanswered "Why should we not do this?" states no concern yet; faq-answered reports it.
      if (objection.fields.question !== undefined && objection.objection === objection.fields.question.text) continue;
      const key = objection.objection.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const question = askedBy(doc.faq, objection);
      ctx.report({
        messageId: question ? 'inAnswer' : 'inRisks',
        data: {
          question: question ? quoteText(question.question, 50) : '',
          objection: quoteText(objection.objection, 50),
        },
        span: objection.span,
      });
    }
  },
};
