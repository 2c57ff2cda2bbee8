// A press release is written from the customer's side: "you get paid in an hour", not "we built a payout engine".
import type { Rule } from '../types.js';
import { quoteSpans } from './_util/press.js';
import { documentStart } from './_util/spans.js';
import { allMatches, keywords, plainText } from './_util/text.js';

interface Options {
  /** Largest acceptable share of "we/our/us" among company and customer mentions. */
  maxRatio: number;
  /** Below this many "we/our/us" the press release is not judged. */
  minCount: number;
}

const company = /\b(?:we|we're|we've|we'll|our|ours|ourselves)\b|\bus\b/gi;
const customerWords = /\b(?:you|your|yours|you're|you'll|customers?|users?|clients?)\b/gi;

export const customerCentric: Rule<Options, 'aboutUs'> = {
  meta: {
    id: 'customer-centric',
    description: 'The press release speaks of the customer more than of "we/our" (a configurable ratio)',
    category: 'customer',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: {
        maxRatio: { type: 'number', minimum: 0, maximum: 1 },
        minCount: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxRatio: 0.5, minCount: 5 },
    messages: {
      aboutUs:
        'Press release says "we/our/us" {{ours}} times and speaks of the customer {{theirs}} {{times}}; rewrite it around what the customer gets',
    },
  },
  check(doc, ctx) {
    const release = doc.pressRelease;
    if (!release) return;
    // Quotes are people speaking for themselves: a leader says "we" and should.
    const text = plainText(doc, release.span, quoteSpans(doc));
    const ours = allMatches(company, text).filter((m) => m[0] !== 'US').length;
    const declared = new Set(keywords(doc.meta.customer?.value ?? ''));
    const named = declared.size === 0 ? 0 : keywords(text).filter((word) => declared.has(word)).length;
    const theirs = allMatches(customerWords, text).length + named;
    if (ours < ctx.options.minCount || ours / (ours + theirs) <= ctx.options.maxRatio) return;
    ctx.report({
      messageId: 'aboutUs',
      data: { ours, theirs, times: theirs === 1 ? 'time' : 'times' },
      span: doc.headline?.span ?? documentStart(doc),
    });
  },
};
