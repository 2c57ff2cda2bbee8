// Size and hostile input: a 5 MB realistic document parses completely; the constructs that make
// remark-parse super-linear are refused by the pre-scan with a limit-exceeded problem.
import { describe, expect, it } from 'vitest';
import { LIMITS, parse } from '@prfaq/core';
import { fixture } from './helpers.js';

/** The canonical fixture's FAQ and objections, repeated until the document is about `bytes` long. */
function bigDocument(bytes: number): { text: string; questions: number; rows: number } {
  const parts = [
    '---\ntitle: Big\nstatus: draft\n---\n\n# Acme launches a very long document\n\n## Summary\n\nA summary.\n\n## FAQ\n\n### External FAQ\n',
  ];
  let size = parts[0]!.length;
  let questions = 0;
  const paragraph =
    'Merchants see the payout in their dashboard within the hour, and the fee is shown before they confirm. '.repeat(5);
  while (size < bytes * 0.95) {
    const entry = `\n#### Question ${questions} about payouts?\n\n${paragraph}\n\n${paragraph}See the [payout guide](https://example.com/${questions}).\n`;
    parts.push(entry);
    size += entry.length;
    questions++;
  }
  parts.push(
    '\n## Objections\n\n| Stakeholder | Objection | Status | Owner | Resolution |\n| --- | --- | --- | --- | --- |\n',
  );
  let rows = 0;
  while (size < bytes) {
    const row = `| Team ${rows} | Concern number ${rows} about cost | open | Owner ${rows} | |\n`;
    parts.push(row);
    size += row.length;
    rows++;
  }
  return { text: parts.join(''), questions, rows };
}

describe('scale', () => {
  it('parses a 5 MB document completely', { timeout: 240_000 }, () => {
    const { text, questions, rows } = bigDocument(5_000_000);
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const doc = parse(text);
    expect(doc.problems).toEqual([]);
    expect(doc.faq.length).toBe(questions);
    expect(doc.faq.every((entry) => entry.answered && entry.audience === 'external')).toBe(true);
    expect(doc.objections.filter((o) => o.source === 'table').length).toBe(rows);
    expect(doc.faq[questions - 1]!.span.start.line).toBeGreaterThan(questions * 6);
  });

  it.each([
    ['table rows', () => `| Stakeholder | Objection |\n| --- | --- |\n${'| a | b |\n'.repeat(LIMITS.tableRows + 1)}`],
    ['headings', () => '# h\n\n'.repeat(LIMITS.headings + 1)],
    [
      'link definitions',
      () =>
        Array.from({ length: LIMITS.linkDefinitions + 1 }, (_, i) => `[r${i}]: https://example.com/${i}`).join('\n'),
    ],
    [
      'nested lists',
      () => Array.from({ length: LIMITS.nestingDepth + 5 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    ],
    ['nested block quotes', () => `${'> '.repeat(LIMITS.nestingDepth + 5)}deep\n`],
    ['a long line', () => `# T\n\n${'word '.repeat(LIMITS.lineLength / 5 + 1)}\n`],
    [
      'list items',
      () =>
        `## Objections\n\n${'- [ ] Finance: fraud\n'.repeat(LIMITS.listItems / 2)}${'1. Legal: terms\n'.repeat(LIMITS.listItems / 2 + 1)}`,
    ],
    [
      'items in one loose list',
      () => `## FAQ\n\n${'1. What does it cost?\n\n   Nothing.\n\n'.repeat(LIMITS.looseListItems + 1)}`,
    ],
    [
      'emphasis markers on one line',
      () => `${'*'.repeat(LIMITS.emphasisDelimiters / 2 + 1)}a${'*'.repeat(LIMITS.emphasisDelimiters / 2 + 1)}\n`,
    ],
  ])('refuses too many %s with one limit-exceeded problem, quickly', (_name, make) => {
    const text = make();
    const started = performance.now();
    const doc = parse(text);
    expect(doc.problems.map((p) => p.code)).toEqual(['limit-exceeded']);
    expect(doc.sections).toEqual([]);
    expect(doc.tree.children).toEqual([]);
    // The pre-scan is linear: far below the seconds remark-parse would need.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('parses a long tight list, and loose lists that are each under the limit', () => {
    const tight = `## Objections\n\n${'- [ ] Finance: fraud\n'.repeat(LIMITS.looseListItems * 2)}`;
    expect(parse(tight).problems).toEqual([]);
    const loose = `1. Why?\n\n   Because.\n\n`.repeat(LIMITS.looseListItems / 2);
    expect(parse(`# T\n\n${loose}Between the lists.\n\n${loose}`).problems).toEqual([]);
  });

  it('parses a document just under every limit', () => {
    const table = `| Stakeholder | Objection | Status |\n| --- | --- | --- |\n${'| Finance | cost | open |\n'.repeat(200)}`;
    const nested = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const doc = parse(`${fixture('canonical.md')}\n${table}\n${nested}\n`);
    expect(doc.problems).toEqual([]);
    expect(doc.objections.filter((o) => o.source === 'table').length).toBe(202);
  });
});
