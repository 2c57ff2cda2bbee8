import { describe, expect, it } from 'vitest';
import { lint } from './engine.js';
import { applyFixes, selectFixes } from './fix.js';
import type { Diagnostic, Fix, Rule } from './types.js';

const fix = (...edits: Array<[number, number, string]>): Fix => ({
  edits: edits.map(([a, b, text]) => ({ range: [a, b], text })),
});

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

describe('identical fixes', () => {
  it('applies one change shared by several reports once and counts it for each', () => {
    const shared = (): Fix => fix([3, 3, 'X\n']);
    const [a, b] = [shared(), shared()];
    const { output, applied, skipped } = applyFixes('abc\ndef', [a, b, fix([0, 1, 'A'])], '\r\n');
    expect(output).toBe('AbcX\r\n\ndef');
    expect(applied).toHaveLength(3);
    expect(skipped).toEqual([]);
  });

  it('still skips a fix that shares one edit but adds another that conflicts', () => {
    const first = fix([1, 2, 'B']);
    const partly = fix([1, 2, 'B'], [0, 1, 'Z']);
    const { output, skipped } = applyFixes('abc', [first, fix([0, 1, 'A']), partly]);
    expect(output).toBe('ABc');
    expect(skipped).toEqual([partly]);
  });
});

describe('selectFixes', () => {
  const diagnostic = (ruleId: string, withFix: boolean): Diagnostic => ({
    ruleId,
    severity: 'warn',
    message: ruleId,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    ...(withFix ? { fix: fix([0, 0, ruleId]) } : {}),
  });
  const types = { 'a-structure': 'structure', 'b-objections': 'objections' } as const;
  const all = [
    diagnostic('a-structure', true),
    diagnostic('b-objections', true),
    diagnostic('c-none', false),
    diagnostic('d-unknown', true),
  ];

  it('keeps every fix without types, and only fixes of rules of the given types with them', () => {
    expect(selectFixes(all, undefined, (id) => types[id as keyof typeof types]).map((f) => f.edits[0]!.text)).toEqual([
      'a-structure',
      'b-objections',
      'd-unknown',
    ]);
    expect(
      selectFixes(all, ['objections'], (id) => types[id as keyof typeof types]).map((f) => f.edits[0]!.text),
    ).toEqual(['b-objections']);
    expect(selectFixes(all, ['writing'], (id) => types[id as keyof typeof types])).toEqual([]);
  });
});

describe('lint({ fix })', () => {
  it('applies a fix that does not repair its problem once, not on every pass', () => {
    const stubborn: Rule<Record<string, unknown>, 'stillMissing'> = {
      meta: {
        id: 'stubborn',
        description: 'Never satisfied',
        category: 'writing',
        recommended: 'warn',
        fixable: 'writing',
        messages: { stillMissing: 'Still missing' },
      },
      check(doc, ctx) {
        const end = doc.positionAt(doc.text.length);
        ctx.report({
          messageId: 'stillMissing',
          span: { start: end, end },
          fix: { edits: [{ range: [doc.text.length, doc.text.length], text: 'x' }] },
        });
      },
    };
    const result = lint('text\n', { fix: true, rules: [stubborn] });
    expect(result.output).toBe('text\nx');
    expect(result.fixedCount).toBe(1);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['Still missing']);
  });

  it('changes nothing in a document the parser refused, whose empty model would make every section look missing', () => {
    const text = `# T\n\n## Summary\n\nx\n\n${'[a]: https://example.com\n'.repeat(2500)}`;
    const result = lint(text, { fix: true });
    expect(result.diagnostics.some((d) => d.ruleId === 'parse-limit')).toBe(true);
    expect(result.output).toBe(text);
    expect(result.fixedCount).toBe(0);
  });
});
