import { describe, expect, it } from 'vitest';
import { assessReadiness, defaultTarget } from './ready.js';
import { fakeDoc, fakeLint } from './testing.js';

const aligned = { name: 'Raj Patel', role: 'Finance', prealigned: '2026-11-20', signoff: 'approved' as const };

describe('assessReadiness', () => {
  it('is ready when nothing blocks', () => {
    const doc = fakeDoc({ status: 'review', stakeholders: [aligned], faq: [{ question: 'Why?' }] });
    const r = assessReadiness(doc, fakeLint([]));
    expect(r).toMatchObject({ ready: true, target: 'review', blockers: [], notes: [] });
  });

  it('groups lint diagnostics by the rule that reported them, errors of other rules under lint-errors', () => {
    const doc = fakeDoc({ status: 'draft' });
    const lint = fakeLint([
      { ruleId: 'required-sections', line: 1, message: 'Missing section "Problem"' },
      { ruleId: 'no-placeholders', line: 7, message: 'Placeholder "TBD" left', severity: 'warn' },
      { ruleId: 'headline', line: 3, message: 'Headline too long' },
      { ruleId: 'weasel-words', line: 4, message: 'Weasel word', severity: 'warn' },
    ]);
    const r = assessReadiness(doc, lint);
    expect(r.ready).toBe(false);
    expect(r.blockers.map((b) => [b.check, b.line, b.ruleId])).toEqual([
      ['missing-sections', 1, 'required-sections'],
      ['placeholders', 7, 'no-placeholders'],
      ['lint-errors', 3, 'headline'],
    ]);
  });

  it('lists open objections with stakeholder, text and owner, and notes deferred and accepted ones', () => {
    const doc = fakeDoc({
      objections: [
        { stakeholder: 'Finance', objection: 'Float costs money', status: 'open', owner: 'Jane', line: 40 },
        { stakeholder: 'Legal', objection: 'Licensing in the EU', status: undefined, rawStatus: '', line: 41 },
        { stakeholder: 'Support', objection: 'More tickets', status: 'deferred', line: 42 },
        { stakeholder: 'Risk', objection: 'Fraud exposure', status: 'accepted', resolution: 'Cap at $10k', line: 43 },
        { stakeholder: 'Ops', objection: 'On-call load', status: 'resolved', line: 44 },
      ],
    });
    const r = assessReadiness(doc, fakeLint([{ ruleId: 'objection-owner', line: 41, message: 'no owner' }]));
    expect(r.blockers.map((b) => b.message)).toEqual([
      'Finance: "Float costs money" is open (owner Jane)',
      'Legal: "Licensing in the EU" is open (no owner)',
    ]);
    expect(r.blockers[0]!.objection).toMatchObject({ stakeholder: 'Finance', owner: 'Jane', status: 'open' });
    expect(r.notes.map((n) => [n.check, n.line])).toEqual([
      ['deferred-objection', 42],
      ['accepted-objection', 43],
    ]);
    expect(r.notes[1]!.message).toBe('Risk disagrees and commits on "Fraud exposure": Cap at $10k');
  });

  it('does not count an objection inferred from the FAQ as open unless it is marked so', () => {
    const doc = fakeDoc({ objections: [{ source: 'faq', objection: 'Why should we not do this?' }] });
    expect(assessReadiness(doc, fakeLint([])).ready).toBe(true);
  });

  it('blocks review on pre-alignment, approval also on sign-off; a rejection says so', () => {
    const doc = fakeDoc({
      status: 'review',
      stakeholders: [
        { name: 'Raj', role: 'Finance', prealigned: '2026-11-20', signoff: 'pending', line: 5 },
        { name: 'Ana', role: undefined, prealigned: undefined, signoff: 'rejected', line: 6 },
      ],
    });
    const review = assessReadiness(doc, fakeLint([{ ruleId: 'stakeholder-prealigned', line: 6, message: 'dup' }]));
    expect(review.blockers.map((b) => b.message)).toEqual(['Ana has no pre-alignment date']);
    expect(review.notes.map((n) => n.message)).toEqual(['Raj (Finance) not signed off (pending)', 'Ana rejected']);
    const approved = assessReadiness(doc, fakeLint([]), { target: 'approved' });
    expect(approved.blockers.map((b) => b.check)).toEqual(['not-prealigned', 'not-signed-off', 'not-signed-off']);
  });

  it('takes unanswered questions and unmeasurable outcomes from the model, without repeating a rule that reported them', () => {
    const doc = fakeDoc({
      faq: [
        { question: 'How much?', answered: false, line: 20 },
        { question: 'When?', answered: false, line: 22 },
        { question: 'Who?', line: 24 },
      ],
      outcomes: [
        { statement: 'Faster payouts', metric: 'median payout time', target: '1 hour', line: 8 },
        { statement: 'Happier merchants', metric: 'NPS', baseline: '30', target: '45', line: 12 },
      ],
    });
    const r = assessReadiness(
      doc,
      fakeLint([{ ruleId: 'faq-answered', line: 20, message: '"How much?" is not answered' }]),
    );
    expect(r.blockers.map((b) => b.message)).toEqual([
      '"How much?" is not answered',
      '"When?" has no answer',
      'Outcome "Faster payouts" has no baseline',
    ]);
  });

  it('follows the configured checks per target', () => {
    const doc = fakeDoc({ objections: [{ stakeholder: 'Finance', objection: 'Cost', status: 'open' }] });
    const lint = fakeLint([{ ruleId: 'no-placeholders', line: 3, message: 'TBD' }]);
    const r = assessReadiness(doc, lint, { config: { review: { block: ['placeholders'] } } });
    expect(r.blocking).toEqual(['placeholders']);
    expect(r.blockers.map((b) => b.check)).toEqual(['placeholders']);
    expect(r.notes.map((n) => n.check)).toEqual(['open-objections']);
    const approved = assessReadiness(doc, lint, { target: 'approved', config: { review: { block: [] } } });
    expect(approved.blockers.map((b) => b.check)).toEqual(['placeholders', 'open-objections']);
  });

  it('closes rejected and shelved documents: nothing blocks unless a target is asked for', () => {
    const doc = fakeDoc({
      status: 'shelved',
      objections: [{ stakeholder: 'Finance', objection: 'Cost', status: 'open' }],
    });
    const closed = assessReadiness(doc, fakeLint([]));
    expect(closed).toMatchObject({ closed: true, ready: true, blockers: [], blocking: [] });
    expect(closed.notes.map((n) => n.check)).toEqual(['open-objections']);
    expect(assessReadiness(doc, fakeLint([]), { target: 'review' })).toMatchObject({ closed: false, ready: false });
  });

  it('derives the target from the status', () => {
    expect(defaultTarget(undefined)).toBe('review');
    expect(defaultTarget('draft')).toBe('review');
    expect(defaultTarget('review')).toBe('review');
    expect(defaultTarget('approved')).toBe('approved');
  });
});
