// The shared rule helpers whose judgement several rules rely on: quantities, comparisons, dates, suggestions, words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changes, parseQuantity, quantities, sameQuantity } from './quantity.js';
import { isIsoDate } from './status.js';
import { closest } from '../../suggest.js';
import { parse } from '@prfaq/core';
import { allMatches, keywordCoverage, proseBlocks, stem, textRuns } from './text.js';

describe('quantities', () => {
  it('normalises time units so that 60 minutes equals 1 hour and "an hour" is one', () => {
    const [a, b, c] = quantities('60 minutes, 1 hour and an hour');
    expect(a && b && c && sameQuantity(a, b) && sameQuantity(b, c)).toBe(true);
    expect(sameQuantity(parseQuantity('3 days')!, parseQuantity('72 hours')!)).toBe(true);
    expect(sameQuantity(parseQuantity('3 days')!, parseQuantity('3 hours')!)).toBe(false);
  });

  it('reads percentages and money, and keeps classes apart', () => {
    expect(quantities('40% of $2.5k').map((q) => [q.class, q.value])).toEqual([
      ['percent', 40],
      ['money', 2500],
    ]);
    expect(sameQuantity(parseQuantity('40%')!, parseQuantity('40 minutes')!)).toBe(false);
  });

  it('ignores bare numbers and words that only look like units', () => {
    expect(quantities('1,240 merchants in 3 states, a s')).toEqual([]);
  });
});

describe('changes', () => {
  const pairs = (text: string) => changes(text).map((c) => [c.before.text, c.after.text]);
  it('reads the ways documents state a change', () => {
    expect(pairs('drops from 3 days to 1 hour')).toEqual([['3 days', '1 hour']]);
    expect(pairs('paid in an hour, not three days')).toEqual([['three days', 'an hour']]);
    expect(pairs('1 hour instead of 3 days')).toEqual([['3 days', '1 hour']]);
    expect(pairs('1 hour, down from 2 days')).toEqual([['2 days', '1 hour']]);
  });

  it('does not pair unrelated quantities', () => {
    expect(pairs('held for 24 hours on payouts over $10,000 and 3 days for the rest')).toEqual([]);
    expect(pairs('40% instead of 3 days')).toEqual([]);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-12-10')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('10/12/2026')).toBe(false);
    expect(isIsoDate('next week')).toBe(false);
  });
});

describe('closest', () => {
  it('suggests a near miss and nothing for an unrelated word', () => {
    expect(closest('stakholders', ['stakeholders', 'status'])).toBe('stakeholders');
    expect(closest('reveiw', ['draft', 'review', 'approved'])).toBe('review');
    expect(closest('team', ['title', 'status', 'owner'])).toBeUndefined();
  });

  it('gives what comparing every candidate gives (it skips candidates whose length alone rules them out)', () => {
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      }
      return d[a.length]![b.length]!;
    };
    const reference = (word: string, candidates: string[]): string | undefined => {
      const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) [best, bestDistance] = [c, d];
      }
      return bestDistance <= limit ? best : undefined;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 12 });
    fc.assert(
      fc.property(
        word,
        fc.array(word, { maxLength: 8 }),
        (w, candidates) => closest(w, candidates) === reference(w, candidates),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('keywords', () => {
  it('matches plurals and ignores stopwords', () => {
    expect(stem('merchants')).toBe(stem('merchant'));
    expect(stem('policies')).toBe('policy');
    expect(keywordCoverage('independent merchants', 'every merchant on Acme')).toBe(0.5);
    expect(keywordCoverage('the and of', 'anything')).toBe(0);
  });
});

describe('keywordCoverage', () => {
  it("answers for the text it is given when the texts alternate (it keeps the last text's keywords)", () => {
    expect(keywordCoverage('merchants', 'every merchant')).toBe(1);
    expect(keywordCoverage('merchants', 'nothing here')).toBe(0);
    expect(keywordCoverage('payouts', 'nothing here')).toBe(0);
    expect(keywordCoverage('merchants', 'every merchant')).toBe(1);
  });
});

describe('allMatches', () => {
  const same = (pattern: RegExp, text: string): void => {
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
    expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(expected);
    // The shared regex's lastIndex does not leak into the next call.
    expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(expected);
  };

  it('finds what String#matchAll finds', () => {
    same(/\bTBD\b/g, 'TBD, then TBD again; not TBDs');
    same(/(\d+)\s*(days?)/giu, '3 days or 1 DAY');
    same(/x/g, 'none');
  });

  it('steps past empty matches as matchAll does, by whole code points under the u flag', () => {
    same(/a*/g, 'baac');
    same(/a*/gu, '😀a😀');
    same(/(?:)/g, '😀');
  });
});

describe('textRuns and proseBlocks', () => {
  const doc = parse('# Title\n\nHello **bold** world.\n\n```\ncode\n```\n\n| a | b |\n| - | - |\n| c | d |\n');
  const paragraph = doc.tree.children[1]!.position!;
  const within = { start: doc.positionAt(paragraph.start.offset! + 2), end: doc.positionAt(paragraph.end.offset!) };

  it('gives the same runs on every call, whole or within a span, and never code', () => {
    expect(textRuns(doc).map((run) => run.text)).toEqual(['Title', 'Hello ', 'bold', ' world.', 'a', 'b', 'c', 'd']);
    expect(textRuns(doc, within).map((run) => [run.text, run.offset])).toEqual([
      ['llo ', within.start.offset],
      ['bold', doc.text.indexOf('bold')],
      [' world.', doc.text.indexOf(' world.')],
    ]);
    const bold = { start: doc.positionAt(doc.text.indexOf('bold')), end: doc.positionAt(doc.text.indexOf('bold') + 4) };
    expect(textRuns(doc, undefined, [bold]).map((run) => run.text)).toEqual([
      'Title',
      'Hello ',
      ' world.',
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(textRuns(doc).map((run) => run.text)).toEqual(['Title', 'Hello ', 'bold', ' world.', 'a', 'b', 'c', 'd']);
  });

  it('gives paragraphs, headings and table cells (from their opening pipe) as blocks', () => {
    expect(proseBlocks(doc).map((block) => block.text)).toEqual([
      '# Title',
      'Hello **bold** world.',
      '| a ',
      '| b |',
      '| c ',
      '| d |',
    ]);
    expect(proseBlocks(doc, within).map((block) => block.text)).toEqual(['llo **bold** world.']);
  });
});
