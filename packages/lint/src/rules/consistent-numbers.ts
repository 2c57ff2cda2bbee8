// One change, one pair of numbers: "1 hour instead of 3 days" in the press release and "2 hours" in the FAQ
// or the frontmatter makes a reviewer doubt all of them.
import type { PrfaqDocument, Span } from '@prfaq/core';
import type { MessageData, Rule } from '../types.js';
import { type Change, changes, parseQuantity, type Quantity, sameQuantity } from './_util/quantity.js';
import { spanAt } from './_util/spans.js';
import { proseBlocks, quoteText } from './_util/text.js';

interface Located extends Change {
  beforeSpan: Span;
  afterSpan: Span;
}

function locatedChanges(doc: PrfaqDocument): Located[] {
  return proseBlocks(doc).flatMap((block) =>
    changes(block.text).map((change) => ({
      ...change,
      beforeSpan: spanAt(
        doc,
        block.offset + change.before.index,
        block.offset + change.before.index + change.before.text.length,
      ),
      afterSpan: spanAt(
        doc,
        block.offset + change.after.index,
        block.offset + change.after.index + change.after.text.length,
      ),
    })),
  );
}

type MessageId = 'differsFromTarget' | 'differsFromBaseline' | 'differentResult' | 'differentStart';

type Reporter = (span: Span, messageId: MessageId, data: MessageData) => void;

/** A change that starts from an outcome's baseline must reach its target, and vice versa. */
function againstFrontmatter(doc: PrfaqDocument, found: readonly Located[], report: Reporter): void {
  for (const outcome of doc.outcomes) {
    const baseline = parseQuantity(outcome.baseline);
    const target = parseQuantity(outcome.target);
    if (!baseline || !target || baseline.class !== target.class) continue;
    const name = outcome.metric ?? quoteText(outcome.statement, 40);
    for (const change of found) {
      if (
        sameQuantity(change.before, baseline) &&
        !sameQuantity(change.after, target) &&
        change.after.class === target.class
      ) {
        report(change.afterSpan, 'differsFromTarget', {
          after: change.after.text,
          name,
          target: outcome.target ?? target.text,
        });
      } else if (
        sameQuantity(change.after, target) &&
        !sameQuantity(change.before, baseline) &&
        change.before.class === baseline.class
      ) {
        report(change.beforeSpan, 'differsFromBaseline', {
          before: change.before.text,
          name,
          baseline: outcome.baseline ?? baseline.text,
        });
      }
    }
  }
}

export const consistentNumbers: Rule<Record<string, unknown>, MessageId> = {
  meta: {
    id: 'consistent-numbers',
    description: 'The same change carries the same numbers in the press release, the FAQ and the frontmatter outcomes',
    category: 'customer',
    recommended: 'warn',
    messages: {
      differsFromTarget:
        '"{{after}}" for {{name}} differs from the target in the frontmatter ({{target}}); use one number everywhere',
      differsFromBaseline:
        '"{{before}}" for {{name}} differs from the baseline in the frontmatter ({{baseline}}); use one number everywhere',
      differentResult:
        'Change from {{before}} goes to "{{after}}" here but to "{{earlierAfter}}" on line {{line}}; use one number everywhere',
      differentStart:
        'Change to {{after}} starts from "{{before}}" here but from "{{earlierBefore}}" on line {{line}}; use one number everywhere',
    },
  },
  check(doc, ctx) {
    const found = locatedChanges(doc);
    const reported = new Set<number>();
    const report: Reporter = (span, messageId, data) => {
      if (reported.has(span.start.offset)) return;
      reported.add(span.start.offset);
      ctx.report({ messageId, data, span });
    };

    againstFrontmatter(doc, found, report);

    // Between the prose: the same starting point with two different results (or the reverse).
    const describe = (q: Quantity): string => q.text;
    // The earliest earlier change that conflicts is among the first two distinct values seen on the other
    // side for the same start (or result): indexing them keeps this linear (comparing all pairs took 86 s on 720 KB).
    const firstBySide = { before: new Map<string, Located[]>(), after: new Map<string, Located[]>() };
    const order = new Map(found.map((change, i) => [change, i]));
    const keyOf = (q: Quantity): string => `${q.class}:${q.value.toPrecision(12)}`;
    const candidates = (change: Located): Located[] => {
      const list = [
        ...(firstBySide.before.get(keyOf(change.before)) ?? []),
        ...(firstBySide.after.get(keyOf(change.after)) ?? []),
      ];
      return list.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    };
    const remember = (change: Located): void => {
      for (const [side, other] of [
        ['before', 'after'],
        ['after', 'before'],
      ] as const) {
        const key = keyOf(change[side]);
        const list = firstBySide[side].get(key) ?? [];
        if (list.length < 2 && !list.some((seen) => sameQuantity(seen[other], change[other]))) list.push(change);
        firstBySide[side].set(key, list);
      }
    };
    found.forEach((change) => {
      const earlierChanges = candidates(change);
      remember(change);
      for (const earlier of earlierChanges) {
        if (sameQuantity(change.before, earlier.before) && !sameQuantity(change.after, earlier.after)) {
          report(change.afterSpan, 'differentResult', {
            before: describe(change.before),
            after: describe(change.after),
            earlierAfter: describe(earlier.after),
            line: earlier.afterSpan.start.line,
          });
          return;
        }
        if (sameQuantity(change.after, earlier.after) && !sameQuantity(change.before, earlier.before)) {
          report(change.beforeSpan, 'differentStart', {
            after: describe(change.after),
            before: describe(change.before),
            earlierBefore: describe(earlier.before),
            line: earlier.beforeSpan.start.line,
          });
          return;
        }
      }
    });
  },
};
