// An outcome a reviewer can hold the team to: a metric, where it is today, where it will be, and by when.
import type { Rule } from '../types.js';
import { hasMeasure, summary } from './_util/press.js';
import { listWords, plainText, quoteText } from './_util/text.js';

const fieldHelp = {
  metric: 'metric: (what is measured)',
  baseline: 'baseline: (its value today)',
  target: 'target: (the value to reach)',
} as const;

type MessageId = 'missingFields' | 'noMeasure' | 'summaryNoMeasure';

export const outcomeMeasurable: Rule<Record<string, unknown>, MessageId> = {
  meta: {
    id: 'outcome-measurable',
    description:
      'Each outcome has a metric, a baseline and a target and states a number or time frame; a summary without outcomes states a measurable result',
    category: 'customer',
    recommended: 'error',
    messages: {
      missingFields: '{{outcome}} has no {{fields}}; add {{help}}',
      noMeasure:
        '{{outcome}} has no number or time frame; say how much and by when (e.g. "from 3 days to 1 hour by Q3")',
      summaryNoMeasure:
        'Summary states no measurable result; add the number the customer will notice (from what, to what, by when)',
    },
  },
  check(doc, ctx) {
    for (const outcome of doc.outcomes) {
      const span = outcome.fields.statement?.span ?? outcome.span;
      const label = outcome.statement.trim()
        ? `Outcome "${quoteText(outcome.statement, 50)}"`
        : 'Outcome with no statement';
      const missing = (Object.keys(fieldHelp) as Array<keyof typeof fieldHelp>).filter((key) => !outcome[key]?.trim());
      if (missing.length > 0) {
        ctx.report({
          messageId: 'missingFields',
          data: {
            outcome: label,
            fields: listWords(missing, 'or'),
            help: missing.map((key) => fieldHelp[key]).join(', '),
          },
          span,
        });
      }
      if (outcome.statement.trim() && !hasMeasure(outcome.statement)) {
        ctx.report({
          messageId: 'noMeasure',
          data: { outcome: label },
          span,
        });
      }
    }
    if (doc.outcomes.length > 0) return;
    // No declared outcome: the summary is where a reader looks for one. Heuristic, so a warning at most.
    const found = summary(doc);
    if (!found || hasMeasure(plainText(doc, found.span))) return;
    ctx.report({
      messageId: 'summaryNoMeasure',
      span: found.anchor,
      severity: 'warn',
    });
  },
};
