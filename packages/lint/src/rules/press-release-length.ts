// The press release fits on about one page: if it cannot, the idea is not yet clear.
import type { Rule } from '../types.js';
import { documentStart } from './_util/spans.js';

interface Options {
  maxWords: number;
}

export const pressReleaseLength: Rule<Options, 'tooLong'> = {
  meta: {
    id: 'press-release-length',
    description: 'The press release is about one page (at most `maxWords` words)',
    category: 'writing',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: { maxWords: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxWords: 700 },
    messages: {
      tooLong:
        'Press release has {{words}} words; keep it to about one page ({{maxWords}} words) and move detail to the FAQ',
    },
  },
  check(doc, ctx) {
    const words = doc.pressRelease?.words ?? doc.words.pressRelease;
    if (words <= ctx.options.maxWords) return;
    ctx.report({
      messageId: 'tooLong',
      data: { words, maxWords: ctx.options.maxWords },
      span: doc.headline?.span ?? doc.pressRelease?.span ?? documentStart(doc),
    });
  },
};
