// Small rules for testing the engine without depending on the real catalogue.
import type { Rule, Severity } from '../types.js';

/**
 * Reports every occurrence of `options.word` (default `word`) as a whole word (so the rule id `no-foo`
 * in a suppression comment is not a "foo"), with a fix replacing it by `options.replacement` when set.
 */
export function wordRule(
  id: string,
  word: string,
  recommended: Severity = 'warn',
  replacement?: string,
): Rule<{ word: string; replacement?: string }> {
  return {
    meta: {
      id,
      description: `Reports the word "${word}"`,
      category: 'writing',
      recommended,
      ...(replacement !== undefined ? { fixable: 'writing' as const } : {}),
      schema: {
        type: 'object',
        properties: {
          word: { type: 'string', minLength: 1 },
          replacement: { type: 'string' },
          pattern: { type: 'string', format: 'regex' },
        },
        additionalProperties: false,
      },
      defaultOptions: { word, ...(replacement !== undefined ? { replacement } : {}) },
      messages: { unexpected: 'Unexpected "{{word}}"' },
    },
    check(doc, ctx) {
      const needle = ctx.options.word;
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const match of doc.text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'))) {
        const at = match.index;
        const span = { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
        const fix =
          ctx.options.replacement !== undefined
            ? { edits: [{ range: [at, at + needle.length] as [number, number], text: ctx.options.replacement }] }
            : undefined;
        ctx.report({ messageId: 'unexpected', data: { word: needle }, span, ...(fix ? { fix } : {}) });
      }
    },
  };
}

/** A rule that always throws, to prove a broken rule does not break the run. */
export const throwingRule: Rule = {
  meta: { id: 'always-throws', description: 'Throws', category: 'structure', recommended: 'error', messages: {} },
  check() {
    throw new Error('boom');
  },
};
