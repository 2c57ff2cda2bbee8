// The canonical shape (what templates produce): every part of the model filled and positioned.
import { describe, expect, it } from 'vitest';
import { parse } from '@prfaq/core';
import { at, fixture } from './helpers.js';

describe('canonical PR/FAQ', () => {
  const doc = parse(fixture('canonical.md'), { path: 'canonical.md' });

  it('reads the frontmatter into meta, stakeholders and outcomes', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.frontmatter.present).toBe(true);
    expect(doc.status).toBe('review');
    expect(doc.meta.owner?.value).toBe('Jane Doe');
    expect(doc.meta.decisionDate?.value).toBe('2026-12-10');
    expect(at(doc, doc.meta.decisionDate?.span)).toBe('2026-12-10');
    expect(doc.stakeholders.map((s) => [s.name, s.role, s.prealigned, s.signoff])).toEqual([
      ['Raj Patel', 'Finance', '2026-11-20', 'approved'],
    ]);
    expect(doc.outcomes[0]).toMatchObject({ metric: 'median payout time', baseline: '3 days', target: '1 hour' });
    expect(at(doc, doc.frontmatter.locations['/stakeholders/0/signoff']?.value)).toBe('approved');
    expect(at(doc, doc.frontmatter.locations['/stakeholders/0/signoff']?.key)).toBe('signoff');
  });

  it('builds the outline with kinds, levels and parents', () => {
    expect(doc.sections.map((s) => [s.kind, s.level, s.parent])).toEqual([
      ['headline', 1, undefined],
      ['summary', 2, 0],
      ['problem', 2, 0],
      ['faq', 2, 0],
      ['external-faq', 3, 3],
      ['unknown', 4, 4],
      ['unknown', 4, 4],
      ['internal-faq', 3, 3],
      ['objections', 2, 0],
    ]);
    const summary = doc.sections[1]!;
    expect(at(doc, summary.heading)).toBe('## Summary');
    expect(summary.heading.start.line).toBe(21);
    expect(at(doc, summary.body).trim()).toBe('Today Acme launched Instant Payouts.');
    expect(doc.sections[6]!.empty).toBe(true);
  });

  it('finds the headline and the press release', () => {
    expect(doc.headline?.source).toBe('h1');
    expect(at(doc, doc.headline?.span)).toBe(
      'Acme launches Instant Payouts: merchants get paid in an hour, not three days',
    );
    expect(at(doc, doc.pressRelease?.span)).toMatch(/^# Acme launches[\s\S]*Merchants wait three days\.\n\n$/u);
    expect(doc.words.pressRelease).toBe(9);
  });

  it('records FAQ entries with audience, answer and position', () => {
    expect(doc.faq.map((e) => [e.question, e.audience, e.answered, e.style])).toEqual([
      ['How much does it cost?', 'external', true, 'heading'],
      ['Is it available everywhere?', 'external', false, 'heading'],
      ['Why should we not do this?', 'internal', true, 'q-colon'],
      ['What about margins?', 'internal', true, 'q-colon'],
    ]);
    expect(at(doc, doc.faq[0]!.answerSpan)).toBe('1% of the payout.');
    expect(at(doc, doc.faq[2]!.span)).toBe('Why should we not do this?');
    expect(doc.faq[3]!.span.start).toMatchObject({ line: 44, column: 4 });
  });

  it('records objections from the table, the task list and the FAQ', () => {
    expect(doc.objections.map((o) => [o.source, o.stakeholder, o.objection, o.status, o.rawStatus])).toEqual([
      ['faq', undefined, 'Fraud risk goes up.', undefined, undefined],
      ['table', 'Finance', 'Float cost', 'resolved', 'Done'],
      ['table', 'Legal', 'KYC', 'open', 'open'],
      ['tasklist', 'Risk', 'fraud rings', 'open', '[ ]'],
      ['tasklist', 'Support', 'volume', 'resolved', '[x]'],
    ]);
    const finance = doc.objections[1]!;
    expect(finance.owner).toBe('Raj');
    expect(finance.resolution).toBe('Capped at $2M');
    expect(finance.fields.Notes?.text).toBe('x');
    expect(at(doc, finance.fields.resolution?.span)).toBe('Capped at $2M');
    expect(doc.objectionTables[0]!.columns).toEqual({
      stakeholder: 0,
      objection: 1,
      status: 2,
      owner: 3,
      resolution: 4,
    });
  });
});
