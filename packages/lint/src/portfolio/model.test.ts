// One stakeholder matcher (@prfaq/core's findStakeholder) decides both whether objection-stakeholder-known
// fires and which row of the report's alignment matrix an objection lands in: the two must never disagree.
import { parse } from '@prfaq/core';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';
import { assessReadiness } from '../readiness/index.js';
import { buildReport } from './model.js';

const RULE = 'objection-stakeholder-known';

function document(raisedBy: string): string {
  return [
    '---',
    'status: review',
    'stakeholders:',
    '  - name: Raj Patel',
    '    role: Finance',
    '  - name: Mia Chen',
    '    role: Risk',
    '---',
    '',
    '# Payouts in an hour',
    '',
    '## Objections',
    '',
    '| Stakeholder | Objection | Status | Owner | Resolution |',
    '| --- | --- | --- | --- | --- |',
    `| ${raisedBy} | Cost of instant transfers | open | Raj Patel | |`,
    '',
  ].join('\n');
}

function both(raisedBy: string) {
  const text = document(raisedBy);
  const doc = parse(text, { path: 'payouts.md' });
  const result = lint(text, { path: 'payouts.md', only: [RULE] });
  const report = buildReport([{ doc, lint: result, readiness: assessReadiness(doc, result) }], {
    link: (p) => p,
    now: new Date(0),
  });
  const rowOfObjection = report.alignment.find((row) => row.cells.some((cell) => cell.openObjections > 0));
  return {
    ruleFires: result.diagnostics.some((d) => d.ruleId === RULE),
    row: rowOfObjection,
    rows: report.alignment.map((r) => r.name),
  };
}

describe('one stakeholder matcher for the rule and the report', () => {
  it.each([
    ['Raj', 'Raj Patel'],
    ['Raj Patel', 'Raj Patel'],
    ['raj  patel', 'Raj Patel'],
    ['Finance', 'Raj Patel'],
    ['Raj Patel (Finance)', 'Raj Patel'],
    ['Mia', 'Mia Chen'],
    ['RISK', 'Mia Chen'],
  ])('"%s" is the listed %s: the rule is silent and the matrix has no second row for them', (written, listed) => {
    const { ruleFires, row, rows } = both(written);
    expect(ruleFires).toBe(false);
    expect(row?.name).toBe(listed);
    expect(rows).toEqual(['Mia Chen', 'Raj Patel']);
  });

  it.each(['Legal', 'Zed Okafor'])(
    '"%s" is nobody listed: the rule fires and the matrix gives them a row of their own',
    (written) => {
      const { ruleFires, row, rows } = both(written);
      expect(ruleFires).toBe(true);
      expect(row?.name).toBe(written);
      expect(rows).toContain(written);
    },
  );
});
