// Regression tests for hostile-input fixes in the core (see docs/robustness.md).
import { describe, expect, it } from 'vitest';
import { MAX_FRONTMATTER_LINES } from './frontmatter.js';
import { parse } from './parse.js';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');

describe('frontmatter size', () => {
  it('ignores frontmatter over the line limit at once, instead of minutes in the duplicate-key check', () => {
    const started = performance.now();
    const doc = parse(`---\n${keys(100_000)}\n---\n# Title\n`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(doc.problems).toEqual([
      expect.objectContaining({
        code: 'yaml-unsafe',
        message: `Frontmatter has more than ${MAX_FRONTMATTER_LINES.toLocaleString('en-US')} lines; it is ignored`,
      }),
    ]);
    expect(doc.frontmatter.data).toEqual({});
    // The rest of the document is still read.
    expect(doc.headline?.text).toBe('Title');
  });

  it('still reads frontmatter just under the limit, duplicates included', () => {
    const doc = parse(`---\n${keys(MAX_FRONTMATTER_LINES - 2)}\nk0: again\n---\n# Title\n`);
    expect(doc.problems.map((p) => p.code)).toEqual(['yaml-duplicate-key']);
    expect(doc.frontmatter.data.k1).toBe('v');
  });
});
