// Vague intensifiers and buzzwords where a number belongs: "significantly faster" says nothing a reviewer can check.
import type { Rule } from '../types.js';
import { spanAt } from './_util/spans.js';
import { allMatches, sectionSpan, sectionsOf, textRuns } from './_util/text.js';

interface Options {
  /** Replaces the built-in list. */
  words?: string[];
  /** Added to the list. */
  extra: string[];
  /** Removed from the list. */
  allow: string[];
}

// Chosen for being almost never backed by data in a PR/FAQ; common words like "many" are left out to stay quiet on good prose.
export const defaultWeaselWords = [
  'a lot of',
  'best-in-class',
  'blazing fast',
  'countless',
  'cutting-edge',
  'dramatically',
  'extremely',
  'game-changing',
  'greatly',
  'hugely',
  'lightning fast',
  'lots of',
  'massively',
  'nearly all',
  'numerous',
  'revolutionary',
  'seamless',
  'seamlessly',
  'significantly',
  'state-of-the-art',
  'substantially',
  'tons of',
  'vastly',
  'world-class',
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');

// Every file of a run has the same list (or one of a few, with overrides): the pattern is built once per list.
const patterns = new Map<string, RegExp>();

function patternFor(list: readonly string[]): RegExp {
  const key = list.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    // Longest first so that "lightning fast" wins over a shorter entry it contains.
    const alternatives = [...list]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'giu');
    if (patterns.size >= 32) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

export const weaselWords: Rule<Options, 'weaselWord'> = {
  meta: {
    id: 'weasel-words',
    description: 'No weasel words or buzzwords where data belongs (configurable list)',
    category: 'writing',
    recommended: 'warn',
    schema: {
      type: 'object',
      properties: {
        words: { type: 'array', items: { type: 'string', minLength: 1 } },
        extra: { type: 'array', items: { type: 'string', minLength: 1 } },
        allow: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { extra: [], allow: [] },
    messages: {
      weaselWord: '"{{word}}" is a weasel word; state the data instead (how much, for whom, compared with what)',
    },
  },
  check(doc, ctx) {
    const allow = new Set(ctx.options.allow.map((w) => w.toLowerCase()));
    const list = [...(ctx.options.words ?? defaultWeaselWords), ...ctx.options.extra].filter(
      (w) => !allow.has(w.toLowerCase()),
    );
    if (list.length === 0) return;
    const pattern = patternFor(list);
    // Quotes are a person's own words; the rule is about the author's claims.
    const quotes = sectionsOf(doc, 'leader-quote', 'customer-quote').map(sectionSpan);
    for (const run of textRuns(doc, undefined, quotes)) {
      for (const match of allMatches(pattern, run.text)) {
        const start = run.offset + match.index;
        ctx.report({
          messageId: 'weaselWord',
          data: { word: match[0] },
          span: spanAt(doc, start, start + match[0].length),
        });
      }
    }
  },
};
