// Every rule on arbitrary and on randomly assembled PR/FAQ text: no rule throws (the engine would turn that into a
// "Rule … failed" diagnostic) and every report points inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';
import type { LintResult } from '../types.js';

const fragments = [
  '---\ntitle: Instant Payouts\nstatus: review\nowner: Jane\ndecision-date: 2026-12-10\n---\n',
  '---\nstatus: [draft\n---\n',
  '---\nstakeholders:\n  - name: Raj\n    constraints: [a, b]\n    signoff: rejected\n    prealigned: 2027-01-01\noutcomes:\n  - statement: x\n    baseline: 3 days\n    target: 1 hour\nobjections:\n  - objection: y\n    status: done\n---\n',
  '# Acme launches X\n',
  '# Want it?\n',
  '**Headline:**\n',
  '## Summary ##\n',
  '## Problem\n',
  '## Solution\n',
  '## Leader quote\n"Quote," said Jane Doe, VP.\n',
  '## Customer quote\n> — Maria\n',
  '## FAQ\n',
  '### External FAQ\n',
  '### Internal FAQ\n',
  '### How much?\n',
  'Q: Why?\nA: Because.\n',
  '**C1. What?**\n',
  '1. Is it?\n',
  '## Objections\n',
  '| Stakeholder | Objection | Status | Owner |\n| --- | --- | --- | --- |\n| Finance | Fraud | done | |\n| | | open | |\n',
  '| Objection |\n| --- |\n| x |\n',
  '- [ ] Finance: fraud — later\n',
  '- [x] Legal: GDPR\n',
  'Paid in 1 hour instead of 3 days, from 3 days to 2 hours, XX% TODO {{x}} [Customer name].\n',
  'We and our team and us. You and customers. Significantly seamless.\n',
  '```\n# not a heading\n```\n',
  '<!-- prfaq-disable headline -->\n',
  '\n',
  '\r\n',
  '\uFEFF',
  '* **Status**: Review\n',
  '> Decision date: soon\n',
];

function check(text: string, result: LintResult): void {
  for (const d of result.diagnostics) {
    expect(d.message).not.toMatch(/failed on this document/);
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.endOffset).toBeGreaterThanOrEqual(d.offset);
    expect(d.endOffset).toBeLessThanOrEqual(text.length);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

describe('every rule', () => {
  it('survives arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        check(text, lint(text, { config: { extends: 'strict' } }));
      }),
      { numRuns: 100 },
    );
  });

  it('survives randomly assembled PR/FAQ fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 25 }),
        fc.constantFrom('full', 'lite', 'rfc'),
        (parts, profile) => {
          const text = parts.join('');
          const result = lint(text, { config: { extends: 'strict', profile } });
          // The BOM is not part of `doc.text`, so positions are checked against the text without it.
          check(text.replace(/^\uFEFF/, ''), result);
        },
      ),
      { numRuns: 100 },
    );
  });
});
