// Every FAQ question has an answer: an unanswered question is an open issue hiding in the FAQ.
import type { Rule } from '../types.js';
import { quoteText } from './_util/text.js';

export const faqAnswered: Rule<Record<string, unknown>, 'unanswered'> = {
  meta: {
    id: 'faq-answered',
    description: 'Every FAQ question has an answer',
    category: 'structure',
    recommended: 'error',
    messages: {
      unanswered: 'Question "{{question}}" has no answer; answer it below the question or remove it',
    },
  },
  check(doc, ctx) {
    for (const entry of doc.faq) {
      if (entry.answered) continue;
      ctx.report({
        messageId: 'unanswered',
        data: { question: quoteText(entry.question) },
        span: entry.span,
      });
    }
  },
};
