// Property tests of --fix on generated PR/FAQs (random fragments: missing sections, status aliases, missing
// frontmatter keys and table columns, a second H1, CRLF, BOM, author formatting a re-serialiser would change).
import { parse } from '@prfaq/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, lintDocument } from './engine.js';
import { applyFixes, MAX_FIX_PASSES } from './fix.js';
import type { Fix, TextEdit } from './types.js';

const words = fc.constantFrom(
  'merchants',
  'get',
  'paid',
  'within',
  '1 hour',
  '_instead_',
  'of',
  '3 days',
  '**today**',
  'Acme',
  'cards',
  '→',
  '🚀',
);
const sentence = fc.array(words, { minLength: 3, maxLength: 9 }).map((w) => `${w.join(' ')}.`);
// Things remark-stringify would rewrite: `*` bullets, `_x_`, a GitHub alert, escaped characters, a tab-indented list.
const paragraph = fc.oneof(
  sentence,
  fc.tuple(fc.constantFrom('*', '-', '+'), sentence, sentence).map(([m, a, b]) => `${m} ${a}\n${m} ${b}`),
  sentence.map((s) => `> [!NOTE]\n> ${s}`),
  sentence.map((s) => `1) ${s}\n\n\t2) nested \\* not a list`),
);

const parts = ['Summary', 'Problem', 'Solution', 'Leader quote', 'How it works', 'Customer quote', 'Call to action'];
const statuses = fc.constantFrom(
  'open',
  'Done',
  'done',
  'resolved',
  'Closed',
  'wontfix',
  'reslved',
  'accepted',
  'Open',
  '',
);

const frontmatter = fc
  .record({
    title: fc.boolean(),
    status: fc.option(fc.constantFrom('draft', 'In Review', '"in review"', 'review', 'Draft')),
    owner: fc.boolean(),
    objection: fc.option(statuses.filter((s) => s !== '')),
    stakeholderWithoutName: fc.boolean(),
  })
  .map(({ title, status, owner, objection, stakeholderWithoutName }) =>
    [
      '---',
      ...(title ? ['title: Instant Payouts'] : []),
      ...(status !== null ? [`status: ${status}`] : []),
      ...(owner ? ['owner: Jane Doe'] : []),
      ...(objection !== null
        ? ['objections:', '  - stakeholder: Legal', '    objection: Licences', `    status: ${objection}`]
        : []),
      ...(stakeholderWithoutName
        ? ['stakeholders:', '  - role: Legal', '    constraints:', '      - No new PCI scope']
        : []),
      '---',
    ].join('\n'),
  );

const table = fc
  .record({
    columns: fc.subarray(['Stakeholder', 'Status', 'Owner', 'Resolution']),
    rows: fc.array(fc.tuple(statuses, fc.constantFrom('Finance', 'Legal', '')), { minLength: 1, maxLength: 3 }),
    pipes: fc.constantFrom('both', 'none', 'leading'),
    align: fc.constantFrom('---', ':--', '-----:'),
  })
  .map(({ columns, rows, pipes, align }) => {
    const headers = ['Objection', ...columns];
    const line = (cells: string[]) =>
      pipes === 'both'
        ? `| ${cells.join(' | ')} |`
        : pipes === 'leading'
          ? `| ${cells.join(' | ')}`
          : cells.join(' | ');
    const body = rows.map(([status, who]) =>
      line(
        headers.map(
          (h) => ({ Objection: 'Fraud losses', Stakeholder: who, Status: status, Owner: '', Resolution: '' })[h] ?? '',
        ),
      ),
    );
    return ['## Objections', '', line(headers), line(headers.map(() => align)), ...body].join('\n');
  });

const faq = fc
  .record({ external: fc.boolean(), internal: fc.boolean(), plain: fc.boolean(), level: fc.constantFrom(2, 3) })
  .map(({ external, internal, plain, level }) => {
    const h = (n: number) => '#'.repeat(n);
    const question = (n: number) => `${h(n)} How much does it cost?\n\nOne percent.`;
    return [
      ...(plain ? [`${h(level - 1 || 1)} FAQ`, ''] : []),
      ...(external ? [`${h(level)} External FAQ`, '', question(level + 1), ''] : []),
      ...(internal ? [`${h(level)} Internal FAQ`, '', question(level + 1), ''] : []),
      ...(!external && !internal && plain ? [question(level), ''] : []),
    ].join('\n');
  });

const documents = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    frontmatter: fc.option(frontmatter),
    headline: fc.boolean(),
    sections: fc.subarray(parts),
    boldParts: fc.boolean(),
    body: fc.array(paragraph, { minLength: parts.length, maxLength: parts.length }),
    faq: fc.option(faq),
    table: fc.option(table),
    extraH1: fc.boolean(),
    // Endings where anything appended would land inside a block: an unclosed fence or comment, a closed fence.
    tail: fc.option(
      fc.constantFrom('```\ncode', '~~~~\ncode\n~~~~', '<!-- note to self', '<pre>\nkept', '    indented code'),
    ),
    trailingNewline: fc.boolean(),
  })
  .map((d) => {
    const blocks = [
      ...(d.frontmatter !== null ? [d.frontmatter] : []),
      ...(d.headline ? ['# Acme launches Instant Payouts'] : []),
      ...d.sections.map((title, i) => (d.boldParts ? `**${title}:**\n\n${d.body[i]}` : `## ${title}\n\n${d.body[i]}`)),
      ...(d.extraH1 ? ['# Instant Payouts for merchants\n\nMore text.'] : []),
      ...(d.faq !== null ? [d.faq.trimEnd()] : []),
      ...(d.table !== null ? [d.table] : []),
      ...(d.tail !== null ? [d.tail] : []),
    ];
    let text = blocks.join('\n\n') + (d.trailingNewline ? '\n' : '');
    if (d.crlf) text = text.replace(/\n/g, '\r\n');
    return (d.bom ? '\uFEFF' : '') + text;
  });

/** Applies edits to text independently of applyFixes: left to right, converting new lines to `eol`. */
function splice(text: string, edits: readonly TextEdit[], eol: string): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    expect(edit.range[0]).toBeGreaterThanOrEqual(at);
    out += text.slice(at, edit.range[0]) + edit.text.replace(/\r?\n/g, eol);
    at = edit.range[1];
  }
  return out + text.slice(at);
}

const countBy = (ids: readonly string[]) =>
  ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

describe('lint --fix on generated documents', () => {
  it('touches only the bytes inside the reported edits, pass by pass, and ends where lint({ fix }) ends', () => {
    fc.assert(
      fc.property(documents, (text) => {
        let doc = parse(text);
        let result = lintDocument(doc, undefined);
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          const fixes: Fix[] = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
          if (fixes.length === 0) break;
          const { output, applied } = applyFixes(doc.text, fixes, doc.eol);
          if (output === doc.text) break;
          // Every byte outside the applied edits is kept: rebuilding from those edits alone gives the output.
          const edits = [
            ...new Map(applied.flatMap((f) => f.edits).map((e) => [`${e.range.join(',')}|${e.text}`, e])).values(),
          ];
          expect(splice(doc.text, edits, doc.eol)).toBe(output);
          doc = parse(output);
          result = lintDocument(doc, undefined);
        }
        const fixed = lint(text, { fix: true }).output!;
        expect(fixed).toBe((text.startsWith('\uFEFF') ? '\uFEFF' : '') + doc.text);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  // One document with every fixable problem, run before the random ones, so that the coverage check below
  // holds on every seed (a random run of 80 can miss a kind: seen once in CI for objection-owner).
  const everyFix = [
    '---',
    'title: Instant Payouts',
    'status: In Review',
    '---',
    '',
    '# Acme launches Instant Payouts',
    '',
    '## Summary',
    '',
    'Merchants get paid within 1 hour instead of 3 days.',
    '',
    '# A second title',
    '',
    '## Problem',
    '',
    'Merchants wait three days.',
    '',
    '## FAQ',
    '',
    '### External FAQ',
    '',
    '#### Is it free?',
    '',
    'Yes.',
    '',
    '## Objections',
    '',
    '| Stakeholder | Objection | Status |',
    '| --- | --- | --- |',
    '| Finance | Fraud losses | Done |',
    '| Legal | Licences in three states | open |',
    '',
  ].join('\n');

  it('is idempotent, keeps BOM and line endings, still parses, and leaves no more problems of the kinds it fixed', () => {
    const fixedByRule = new Map<string, number>();
    fc.assert(
      fc.property(documents, (text) => {
        const before = lint(text);
        const first = lint(text, { fix: true });
        const fixed = first.output!;
        expect(lint(fixed, { fix: true }).output).toBe(fixed);
        expect(fixed.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        if (text.includes('\r\n')) expect(fixed).not.toMatch(/(?<!\r)\n/);
        else expect(fixed).not.toContain('\r');
        const problems = (t: string) => parse(t.replace(/^\uFEFF/, '')).problems.map((p) => p.code);
        expect(problems(fixed).filter((code) => code.startsWith('yaml-'))).toEqual(
          problems(text).filter((code) => code.startsWith('yaml-')),
        );
        const fixedKinds = new Set(before.diagnostics.filter((d) => d.fix).map((d) => d.ruleId));
        for (const id of fixedKinds) fixedByRule.set(id, (fixedByRule.get(id) ?? 0) + 1);
        const was = countBy(before.diagnostics.filter((d) => fixedKinds.has(d.ruleId)).map((d) => d.ruleId));
        const now = countBy(first.diagnostics.filter((d) => fixedKinds.has(d.ruleId)).map((d) => d.ruleId));
        for (const [id, count] of now) expect(count, id).toBeLessThanOrEqual(was.get(id) ?? 0);
        expect(first.diagnostics.filter((d) => d.fix).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      { numRuns: 80, examples: [[everyFix]] },
    );
    // The generator must reach every fix, or the properties above prove little.
    expect([...fixedByRule.keys()].sort()).toEqual([
      'faq-audiences',
      'frontmatter-schema',
      'headline',
      'objection-fields',
      'objection-owner',
      'objection-resolution',
      'required-sections',
    ]);
  }, 120_000);
});
