import { parse } from '@prfaq/core';
import { describe, expect, it } from 'vitest';
import { generateDoc, rng, worstCases } from './generate.js';

const bytes = (text: string): number => Buffer.byteLength(text);

describe('generateDoc', () => {
  it('gives the same bytes for the same seed and different bytes for another', () => {
    expect(generateDoc(42).text).toBe(generateDoc(42).text);
    expect(generateDoc(42).text).not.toBe(generateDoc(43).text);
  });

  it('keeps every document of the 2,000-document corpus between 8 and 20 KB', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => generateDoc(i + 1).text);
    const sizes = texts.map(bytes);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20_000);
    // Varied, not one document repeated: the corpus should look like many authors wrote it.
    expect(new Set(texts).size).toBe(2000);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThan(8_000);
  });

  it('writes 10 to 30 FAQ entries split between external and internal, and both FAQ styles across seeds', () => {
    const styles = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) {
      const doc = generateDoc(seed);
      const total = doc.externalFaq + doc.internalFaq;
      expect(total).toBeGreaterThanOrEqual(10);
      expect(total).toBeLessThanOrEqual(30);
      expect(doc.externalFaq).toBeGreaterThan(0);
      const marker = doc.faqStyle === 'heading' ? /^#### .*\?$/gm : /^\*\*Q: .*\?\*\*$/gm;
      expect(doc.text.match(marker)).toHaveLength(total);
      styles.add(doc.faqStyle);
    }
    expect([...styles].sort()).toEqual(['bold', 'heading']);
  });

  it('contains frontmatter, every press-release part, lists, links, code and the objections table', () => {
    const doc = generateDoc(7);
    expect(doc.text.startsWith('---\ntitle: ')).toBe(true);
    expect(doc.text.match(/^ {2}- name: /gm)).toHaveLength(doc.stakeholders);
    expect(doc.text.match(/^ {2}- statement: /gm)).toHaveLength(doc.outcomes);
    for (const part of [
      'Summary',
      'Problem',
      'Solution',
      'Leader quote',
      'How it works',
      'Customer quote',
      'Call to action',
      'FAQ',
      'Objections',
    ]) {
      expect(doc.text).toContain(`\n## ${part}\n`);
    }
    expect(doc.text).toMatch(/^# Acme launches /m);
    expect(doc.text).toMatch(/\]\(https:\/\//);
    const objectionRows = doc.text.split('## Objections')[1]!.match(/^\| (?!Stakeholder|---).*\|$/gm);
    expect(objectionRows).toHaveLength(doc.objections);
  });

  it('grows to about 5 MB when asked', () => {
    const size = bytes(generateDoc(5, { targetBytes: 5_000_000, faqCount: 3_000, objectionCount: 400 }).text);
    expect(size).toBeGreaterThan(4_500_000);
    expect(size).toBeLessThan(5_500_000);
  });
});

describe('generated documents through @prfaq/core', () => {
  it.each([1, 2, 3, 17, 99])('seed %i parses into the parts it was generated with', (seed) => {
    const generated = generateDoc(seed);
    const doc = parse(generated.text);
    expect(doc.problems).toEqual([]);
    expect(doc.frontmatter.present).toBe(true);
    expect(doc.stakeholders).toHaveLength(generated.stakeholders);
    expect(doc.outcomes).toHaveLength(generated.outcomes);
    expect(doc.faq.filter((entry) => entry.audience === 'external')).toHaveLength(generated.externalFaq);
    expect(doc.faq.filter((entry) => entry.audience === 'internal')).toHaveLength(generated.internalFaq);
    // Internal questions like "Why should we not do this?" also count as objections (source `faq`).
    expect(doc.objections.filter((objection) => objection.source === 'table')).toHaveLength(generated.objections);
    expect(doc.headline?.text).toContain(generated.title);
    const kinds = new Set(doc.sections.map((section) => section.kind));
    for (const kind of [
      'summary',
      'problem',
      'solution',
      'leader-quote',
      'how-it-works',
      'customer-quote',
      'call-to-action',
      'external-faq',
      'internal-faq',
      'objections',
    ] as const) {
      expect(kinds).toContain(kind);
    }
    expect(doc.detectedProfile).toBe('full');
  });
});

describe('worst cases', () => {
  it('builds each pathological input at the size the issue measured', () => {
    const table = worstCases['table-100k-rows']();
    expect(table.split('\n').filter((line) => line.startsWith('| Team'))).toHaveLength(100_000);
    expect(worstCases['link-defs-50k']().match(/^\[ref\d+\]: /gm)).toHaveLength(50_000);
    expect(worstCases['headings-100k']().match(/^#{1,4} Heading \d+$/gm)).toHaveLength(100_000);
    const list = worstCases['list-nested-1000']().trimEnd().split('\n');
    expect(list).toHaveLength(1_000);
    expect(list[999]).toBe(`${'  '.repeat(999)}- level 999`);
    const line = worstCases['line-1mb']().split('\n');
    expect(Math.max(...line.map((l) => l.length))).toBeGreaterThanOrEqual(1_000_000);
  });

  it('rng is deterministic and spread over [0, 1)', () => {
    const a = rng(9);
    const b = rng(9);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
  });
});
