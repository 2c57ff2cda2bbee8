// One change, one pair of numbers: "1 hour instead of 3 days" in the press release and "2 hours" in the FAQ
// or the frontmatter makes a reviewer doubt all of them.
import type { PrfaqDocument, Span } from '@prfaq/core';
import type { Rule } from '../types.js';
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

export const consistentNumbers: Rule = {
  meta: {
    id: 'consistent-numbers',
    description: 'The same change carries the same numbers in the press release, the FAQ and the frontmatter outcomes',
    category: 'customer',
    recommended: 'warn',
  },
  check(doc, ctx) {
    const found = locatedChanges(doc);
    const reported = new Set<number>();
    const report = (span: Span, message: string): void => {
      if (reported.has(span.start.offset)) return;
      reported.add(span.start.offset);
      ctx.report({ message, span });
    };

    // Against the frontmatter: a change that starts from an outcome's baseline must reach its target, and vice versa.
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
          report(
            change.afterSpan,
            `"${change.after.text}" for ${name} differs from the target in the frontmatter (${outcome.target}); use one number everywhere`,
          );
        } else if (
          sameQuantity(change.after, target) &&
          !sameQuantity(change.before, baseline) &&
          change.before.class === baseline.class
        ) {
          report(
            change.beforeSpan,
            `"${change.before.text}" for ${name} differs from the baseline in the frontmatter (${outcome.baseline}); use one number everywhere`,
          );
        }
      }
    }

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
          report(
            change.afterSpan,
            `Change from ${describe(change.before)} goes to "${describe(change.after)}" here but to "${describe(earlier.after)}" on line ${earlier.afterSpan.start.line}; use one number everywhere`,
          );
          return;
        }
        if (sameQuantity(change.after, earlier.after) && !sameQuantity(change.before, earlier.before)) {
          report(
            change.beforeSpan,
            `Change to ${describe(change.after)} starts from "${describe(change.before)}" here but from "${describe(earlier.before)}" on line ${earlier.beforeSpan.start.line}; use one number everywhere`,
          );
          return;
        }
      }
    });
  },
};
