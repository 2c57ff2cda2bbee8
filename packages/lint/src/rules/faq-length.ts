// The FAQ stays readable in a meeting: about five pages, not an appendix of everything.
import type { Rule } from '../types.js';
import { documentStart } from './_util/spans.js';
import { sectionsOf } from './_util/text.js';

interface Options {
  maxWords: number;
}

export const faqLength: Rule<Options, 'tooLong'> = {
  meta: {
    id: 'faq-length',
    description: 'The FAQ is at most about five pages (`maxWords` words)',
    category: 'writing',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: { maxWords: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxWords: 2500 },
    messages: {
      tooLong:
        'FAQ has {{words}} words; keep it to about five pages ({{maxWords}} words): merge questions or move detail to an appendix',
    },
  },
  check(doc, ctx) {
    if (doc.words.faq <= ctx.options.maxWords) return;
    const first = sectionsOf(doc, 'faq', 'external-faq', 'internal-faq')[0];
    ctx.report({
      messageId: 'tooLong',
      data: { words: doc.words.faq, maxWords: ctx.options.maxWords },
      span: first?.heading ?? doc.faq[0]?.span ?? documentStart(doc),
    });
  },
};
