// The decision-flow figures of `prfaq report --history`, from versions given directly (the CLI test
// in packages/cli/src/report/report.test.ts builds them from a real git repository).
import { parse } from '@prfaq/core';
import { describe, expect, it } from 'vitest';
import { aggregateHistory, documentHistory, median, parseDay } from './history.js';

describe('decision flow from git history', () => {
  const doc = (frontmatter: string, objections = '') =>
    `---\n${frontmatter}\n---\n\n# Headline\n\n## Summary\n\nText.\n${objections ? `\n## Objections\n\n| Stakeholder | Objection | Status | Owner | Resolution |\n| --- | --- | --- | --- | --- |\n${objections}` : ''}`;
  const v = (date: string, text: string) => ({ date, doc: parse(text) });
  const now = new Date('2026-12-01T00:00:00Z');

  it('parses days and medians', () => {
    expect(parseDay('2026-11-10')).toBe(Date.UTC(2026, 10, 10));
    expect(parseDay('2026-11-10T09:00')).toBe(Date.UTC(2026, 10, 10));
    expect(parseDay('next Tuesday')).toBeUndefined();
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('measures one document: days to decision, objections raised and resolved before it, pre-alignment at review', () => {
    const stakeholders = (raj: string) =>
      `stakeholders:\n  - name: Raj\n    role: Finance\n${raj}  - name: Mia\n    role: Risk\n`;
    const facts = documentHistory(
      {
        group: 'Payments',
        decisionDate: '2026-11-10',
        versions: [
          v('2026-10-01T09:00:00Z', doc('status: draft', '| Finance | Cost | open | Raj | |\n')),
          v(
            '2026-10-20T09:00:00Z',
            doc(
              `status: review\n${stakeholders('    prealigned: 2026-10-15\n')}`,
              '| Finance | Cost | open | Raj | |\n| Risk | Fraud | open | Mia | |\n',
            ),
          ),
          v(
            '2026-11-09T09:00:00Z',
            doc(
              `status: review\n${stakeholders('    prealigned: 2026-10-15\n')}`,
              '| Finance | Cost | resolved | Raj | Fee |\n| Risk | Fraud | open | Mia | |\n',
            ),
          ),
          // After the decision: neither raised nor resolved "before the decision".
          v(
            '2026-11-20T09:00:00Z',
            doc(
              'status: approved',
              '| Finance | Cost | resolved | Raj | Fee |\n| Risk | Fraud | resolved | Mia | Hold |\n| Legal | Terms | open | Ann | |\n',
            ),
          ),
        ],
      },
      now,
    );
    expect(facts).toEqual({
      firstCommit: '2026-10-01T09:00:00Z',
      daysToDecision: 40,
      objectionsOpened: 2,
      objectionsResolved: 1,
      reviewDate: '2026-10-20T09:00:00Z',
      stakeholdersAtReview: 2,
      prealignedAtReview: 1,
    });
  });

  it('does not count a decision that has not happened, nor a pre-alignment dated after review', () => {
    const facts = documentHistory(
      {
        group: 'x',
        decisionDate: '2027-01-15',
        versions: [
          v('2026-11-01T09:00:00Z', doc('status: review\nstakeholders:\n  - name: Raj\n    prealigned: 2026-11-05\n')),
        ],
      },
      now,
    );
    expect(facts.daysToDecision).toBeUndefined();
    expect(facts).toMatchObject({ stakeholdersAtReview: 1, prealignedAtReview: 0 });
  });

  it('aggregates by team, alphabetically, and counts documents never committed', () => {
    const decided = (first: string) => ({
      group: 'Payments',
      decisionDate: '2026-11-10',
      versions: [v(first, doc('status: approved'))],
    });
    const report = aggregateHistory(
      [
        decided('2026-10-31T12:00:00Z'),
        decided('2026-10-01T12:00:00Z'),
        decided('2026-11-08T12:00:00Z'),
        { group: 'Growth', decisionDate: undefined, versions: [v('2026-11-01T00:00:00Z', doc('status: draft'))] },
        { group: 'Growth', decisionDate: undefined, versions: [] },
      ],
      now,
    );
    expect(report.uncommitted).toBe(1);
    expect(report.documents).toBe(4);
    expect(
      report.groups.map((g) => [g.group, g.documents, g.decided, g.medianDaysToDecision, g.reachedReview]),
    ).toEqual([
      ['Growth', 1, 0, undefined, 0],
      ['Payments', 3, 3, 10, 3],
    ]);
  });
});
