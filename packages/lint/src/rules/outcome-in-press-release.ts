// A declared outcome that the press release never mentions is not what the launch promises the customer.
import type { Rule } from '../types.js';
import { parseQuantity, quantities, sameQuantity } from './_util/quantity.js';
import { keywordCoverage, plainText, quoteText } from './_util/text.js';

interface Options {
  /** Share of the outcome statement's words the press release must contain when its target number is not there. */
  minCoverage: number;
}

export const outcomeInPressRelease: Rule<Options, 'notInPressRelease'> = {
  meta: {
    id: 'outcome-in-press-release',
    description: 'Each declared outcome appears in the press release (its target, or most of its words)',
    category: 'customer',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: { minCoverage: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { minCoverage: 0.6 },
    messages: {
      notInPressRelease: 'Outcome "{{outcome}}" is not in the press release; state it there{{hint}}',
    },
  },
  check(doc, ctx) {
    if (doc.outcomes.length === 0 || !doc.pressRelease) return;
    const text = plainText(doc, doc.pressRelease.span);
    const stated = quantities(text);
    for (const outcome of doc.outcomes) {
      const target = parseQuantity(outcome.target);
      if (target && stated.some((q) => sameQuantity(q, target))) continue;
      if (!target && outcome.target?.trim() && text.toLowerCase().includes(outcome.target.trim().toLowerCase()))
        continue;
      if (keywordCoverage(outcome.statement, text) >= ctx.options.minCoverage) continue;
      const hint = outcome.target?.trim() ? ` (with its target, ${outcome.target.trim()})` : '';
      ctx.report({
        messageId: 'notInPressRelease',
        data: { outcome: quoteText(outcome.statement, 50), hint },
        span: outcome.fields.statement?.span ?? outcome.span,
      });
    }
  },
};
