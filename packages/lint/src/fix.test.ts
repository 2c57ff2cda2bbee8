import { describe, expect, it } from 'vitest';
import { applyFixes } from './fix.js';
import type { Fix } from './types.js';

const fix = (...edits: Array<[number, number, string]>): Fix => ({ edits: edits.map(([a, b, text]) => ({ range: [a, b], text })) });

describe('applyFixes', () => {
  it('applies non-overlapping edits and leaves every other byte alone', () => {
    const { output, applied, skipped } = applyFixes('abcdefghij', [fix([7, 8, 'H']), fix([1, 3, 'BC!'])]);
    expect(output).toBe('aBC!defgHij');
    expect(applied).toHaveLength(2);
    expect(skipped).toHaveLength(0);
  });

  it('skips a fix that overlaps an earlier one, keeping the first in source order', () => {
    const first = fix([2, 5, 'X']);
    const second = fix([4, 6, 'Y']);
    const { output, applied, skipped } = applyFixes('0123456789', [second, first]);
    expect(output).toBe('01X56789');
    expect(applied).toEqual([first]);
    expect(skipped).toEqual([second]);
  });

  it('treats two insertions at the same offset as a conflict', () => {
    const { output, skipped } = applyFixes('ab', [fix([1, 1, 'X']), fix([1, 1, 'Y'])]);
    expect(output).toBe('aXb');
    expect(skipped).toHaveLength(1);
  });

  it('applies a multi-edit fix all or nothing', () => {
    const blocker = fix([0, 1, 'A']);
    const multi = fix([5, 6, 'F'], [0, 2, 'ZZ']);
    const { output, skipped } = applyFixes('abcdefg', [blocker, multi]);
    expect(output).toBe('Abcdefg');
    expect(skipped).toEqual([multi]);
  });

  it('skips edits outside the text', () => {
    const { output, skipped } = applyFixes('abc', [fix([2, 9, 'x']), fix([-1, 0, 'y'])]);
    expect(output).toBe('abc');
    expect(skipped).toHaveLength(2);
  });

  it('writes new lines in the file line ending', () => {
    expect(applyFixes('a\r\nb', [fix([1, 1, '\nX\n'])], '\r\n').output).toBe('a\r\nX\r\n\r\nb');
  });
});
