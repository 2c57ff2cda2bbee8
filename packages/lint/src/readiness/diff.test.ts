import { describe, expect, it } from 'vitest';
import type { PrfaqDocument } from '@prfaq/core';
import { diffDocuments, hasChanges, similarity } from './diff.js';
import { assessReadiness } from './ready.js';
import { fakeDoc, fakeLint } from './testing.js';

const side = (path: string, doc: PrfaqDocument) => ({ path, doc, readiness: assessReadiness(doc, fakeLint([])) });

describe('diffDocuments', () => {
  it('classifies objections as opened, resolved, changed and removed, matching reworded ones', () => {
    const before = fakeDoc({
      objections: [
        {
          stakeholder: 'Finance',
          objection: 'Instant payouts tie up working capital for the float',
          status: 'open',
          line: 30,
        },
        {
          stakeholder: 'Legal',
          objection: 'Money transmitter licences in every state',
          status: 'open',
          owner: 'Ann',
          line: 31,
        },
        { stakeholder: 'Support', objection: 'More tickets at launch', status: 'resolved', line: 32 },
        { stakeholder: 'Risk', objection: 'Fraud exposure', status: 'open', line: 33 },
        { stakeholder: 'Ops', objection: 'On-call load', status: 'deferred', line: 34 },
      ],
    });
    const after = fakeDoc({
      objections: [
        // Reworded slightly: still the same objection, now resolved.
        {
          stakeholder: 'finance',
          objection: 'Instant payouts tie up our working capital for the float.',
          status: 'resolved',
          resolution: 'Credit line',
          line: 40,
        },
        {
          stakeholder: 'Legal',
          objection: 'Money transmitter licences in every state',
          status: 'open',
          owner: 'Bob',
          line: 41,
        },
        { stakeholder: 'Support', objection: 'More tickets at launch', status: 'open', line: 42 },
        { stakeholder: 'Security', objection: 'Account takeover drains balances', status: 'open', line: 43 },
        { stakeholder: 'Ops', objection: 'On-call load', status: 'accepted', line: 44 },
      ],
    });
    const d = diffDocuments(side('a.md', before), side('a.md', after));
    expect(d.change).toBe('modified');
    const show = (list: typeof d.objections.opened) =>
      list.map((c) => `${(c.after ?? c.before)!.stakeholder}: ${c.before?.status ?? '-'} -> ${c.after?.status ?? '-'}`);
    expect(show(d.objections.opened)).toEqual(['Support: resolved -> open', 'Security: - -> open']);
    expect(show(d.objections.resolved)).toEqual(['finance: open -> resolved', 'Ops: deferred -> accepted']);
    expect(show(d.objections.changed)).toEqual(['Legal: open -> open']);
    expect(d.objections.changed[0]!.fields).toEqual(['owner']);
    expect(show(d.objections.removed)).toEqual(['Risk: open -> -']);
    expect(d.objections.resolved[0]!.fields).toEqual(['objection', 'status', 'resolution']);
  });

  it('tracks stakeholders: added, removed, pre-aligned, signed off, rejected', () => {
    const before = fakeDoc({
      stakeholders: [
        { name: 'Raj', role: 'Finance', signoff: 'pending' },
        { name: 'Ana', role: 'Legal', prealigned: '2026-11-01', signoff: 'pending' },
        { name: 'Lee', role: 'Ops', signoff: 'pending' },
        { name: 'Kim', role: 'Risk', signoff: 'pending' },
      ],
    });
    const after = fakeDoc({
      stakeholders: [
        { name: 'Raj', role: 'Finance', prealigned: '2026-11-20', signoff: 'pending' },
        { name: 'Ana', role: 'Legal', prealigned: '2026-11-01', signoff: 'approved' },
        { name: 'Lee', role: 'Ops', signoff: 'rejected' },
        { name: 'Sam', role: 'Support', signoff: 'pending' },
      ],
    });
    const d = diffDocuments(side('a.md', before), side('a.md', after)).stakeholders;
    const names = (list: typeof d.added) => list.map((c) => (c.after ?? c.before)!.name);
    expect({
      added: names(d.added),
      removed: names(d.removed),
      prealigned: names(d.prealigned),
      signedOff: names(d.signedOff),
      rejected: names(d.rejected),
      changed: names(d.changed),
    }).toEqual({
      added: ['Sam'],
      removed: ['Kim'],
      prealigned: ['Raj'],
      signedOff: ['Ana'],
      rejected: ['Lee'],
      changed: [],
    });
  });

  it('compares sections by title ignoring numbering, FAQ questions by text, outcomes by metric', () => {
    const before = fakeDoc({
      sections: [
        { title: '1. Summary', kind: 'summary' },
        { title: 'Risks', kind: 'risks' },
      ],
      faq: [{ question: 'How much does it cost?', answered: false }, { question: 'Is it safe?' }],
      outcomes: [{ statement: 'Paid fast', metric: 'median payout time', baseline: '3 days', target: '1 hour' }],
    });
    const after = fakeDoc({
      sections: [
        { title: 'Summary', kind: 'summary' },
        { title: 'Objections', kind: 'objections' },
      ],
      faq: [{ question: 'How much does it cost?', answered: true }, { question: 'Who can use it?' }],
      outcomes: [
        { statement: 'Paid fast', metric: 'Median payout time', baseline: '3 days', target: '30 minutes' },
        { statement: 'Retention', metric: 'churn', baseline: '5%', target: '4%' },
      ],
    });
    const d = diffDocuments(side('a.md', before), side('a.md', after));
    expect(d.sections.added.map((s) => s.title)).toEqual(['Objections']);
    expect(d.sections.removed.map((s) => s.title)).toEqual(['Risks']);
    expect(d.faq.added.map((q) => q.question)).toEqual(['Who can use it?']);
    expect(d.faq.removed.map((q) => q.question)).toEqual(['Is it safe?']);
    expect(d.faq.answered.map((q) => q.question)).toEqual(['How much does it cost?']);
    expect(d.outcomes.changed.map((c) => [c.before!.target, c.after!.target])).toEqual([['1 hour', '30 minutes']]);
    expect(d.outcomes.added.map((c) => c.after!.metric)).toEqual(['churn']);
  });

  it('reports readiness before and after, and new, deleted and renamed files', () => {
    const open = fakeDoc({ text: 'v1', objections: [{ stakeholder: 'Finance', objection: 'Cost', status: 'open' }] });
    const closed = fakeDoc({
      text: 'v2',
      objections: [{ stakeholder: 'Finance', objection: 'Cost', status: 'resolved' }],
    });
    const modified = diffDocuments(side('a.md', open), side('a.md', closed));
    expect(modified.readiness).toEqual({
      before: { ready: false, closed: false, target: 'review', blockers: 1 },
      after: { ready: true, closed: false, target: 'review', blockers: 0 },
    });
    const added = diffDocuments(undefined, side('new.md', open));
    expect([added.change, added.basePath, added.readiness.before, added.objections.opened.length]).toEqual([
      'added',
      undefined,
      undefined,
      1,
    ]);
    const deleted = diffDocuments(side('old.md', open), undefined);
    expect([deleted.change, deleted.path, deleted.readiness.after, deleted.objections.removed.length]).toEqual([
      'deleted',
      'old.md',
      undefined,
      1,
    ]);
    const renamed = diffDocuments(side('old.md', open), side('new.md', open), true);
    expect([renamed.change, renamed.basePath, renamed.path, hasChanges(renamed)]).toEqual([
      'renamed',
      'old.md',
      'new.md',
      true,
    ]);
    const same = diffDocuments(side('a.md', open), side('a.md', open));
    expect([same.change, hasChanges(same)]).toEqual(['unchanged', false]);
  });

  it('scores similarity on words, ignoring case and punctuation', () => {
    expect(similarity('Fraud exposure!', 'fraud exposure')).toBe(1);
    expect(similarity('a b c d', 'a b c e')).toBe(0.75);
    expect(similarity('Cost', 'Timeline')).toBe(0);
  });
});
