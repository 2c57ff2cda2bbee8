// The same question asked twice splits its answer in two places that will drift apart.
import type { Rule } from '../types.js';
import { quoteText } from './_util/text.js';

/** Case, punctuation and a leading id (`C1.`, `3)`) do not make a question different. */
function normalise(question: string): string {
  return question
    .toLowerCase()
    .replace(/^\s*(?:[a-z]{0,2}\d+[.):]?\s+)/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const duplicateQuestion: Rule<Record<string, unknown>, 'duplicate'> = {
  meta: {
    id: 'duplicate-question',
    description: 'No FAQ question is asked twice',
    category: 'structure',
    recommended: 'warn',
    messages: {
      duplicate: 'Question "{{question}}" is already asked on line {{line}}; merge the two answers into one',
    },
  },
  check(doc, ctx) {
    const first = new Map<string, number>();
    for (const entry of doc.faq) {
      const key = normalise(entry.question);
      if (key === '') continue;
      const line = first.get(key);
      if (line === undefined) {
        first.set(key, entry.span.start.line);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        data: { question: quoteText(entry.question), line },
        span: entry.span,
      });
    }
  },
};
