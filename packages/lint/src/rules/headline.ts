// The press release opens with one headline: present, a statement (not a question), short enough to read at a glance.
import type { Rule } from '../types.js';
import { findHeadline } from './_util/press.js';
import { documentStart } from './_util/spans.js';
import { quoteText } from './_util/text.js';
import { demoteHeading } from '../fixes/text.js';

interface Options {
  maxWords: number;
}

type MessageId = 'missing' | 'question' | 'tooLong' | 'secondTopLevel';

export const headline: Rule<Options, MessageId> = {
  meta: {
    id: 'headline',
    description: 'One headline, present, not a question, at most `maxWords` words',
    category: 'structure',
    recommended: 'error',
    fixable: 'structure',
    schema: {
      type: 'object',
      properties: { maxWords: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxWords: 20 },
    messages: {
      missing: 'Press release has no headline; start it with one "# " line saying what the customer gets',
      question: 'Headline "{{headline}}" is a question; state what launches and what the customer gets',
      tooLong: 'Headline has {{words}} words; keep it to {{maxWords}} and move detail to the subheading or summary',
      secondTopLevel: 'Second top-level heading "{{title}}"; keep one "# " headline and make this a "## " section',
    },
  },
  check(doc, ctx) {
    const found = findHeadline(doc);
    if (!found) {
      if (!ctx.profileDef.required.flat().includes('headline')) return;
      ctx.report({
        messageId: 'missing',
        span: documentStart(doc),
      });
      return;
    }
    const text = found.text.trim();
    if (text.endsWith('?')) {
      ctx.report({
        messageId: 'question',
        data: { headline: quoteText(text) },
        span: found.span,
        severity: 'warn',
      });
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words > ctx.options.maxWords) {
      ctx.report({
        messageId: 'tooLong',
        data: { words, maxWords: ctx.options.maxWords },
        span: found.span,
        severity: 'warn',
      });
    }
    // A second H1 that is not a recognised part ("# FAQ" in a one-H1-per-part document) competes with the headline.
    if (doc.headline?.source !== 'h1') return;
    const h1s = doc.sections.filter((section) => section.level === 1 && section.style !== 'bold');
    const isHeadline = (s: (typeof h1s)[number]): boolean =>
      s.heading.start.offset <= found.span.start.offset && found.span.end.offset <= s.heading.end.offset;
    for (const extra of h1s.filter((s) => !isHeadline(s) && (s.kind === 'unknown' || s.kind === 'headline'))) {
      ctx.report({
        messageId: 'secondTopLevel',
        data: { title: quoteText(extra.title) },
        span: extra.heading,
        fix: demoteHeading(doc, extra),
      });
    }
  },
};
