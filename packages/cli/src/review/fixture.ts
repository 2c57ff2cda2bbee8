// Test helper: a complete, realistic PR/FAQ whose status, stakeholders and objections tests vary,
// so that git histories can open and resolve objections, pre-align and sign off.
export interface FixtureObjection {
  stakeholder: string;
  objection: string;
  status: string;
  owner?: string;
  resolution?: string;
}

export interface FixtureStakeholder {
  name: string;
  role: string;
  prealigned?: string;
  signoff?: 'pending' | 'approved' | 'rejected';
}

export function prfaqText(options: {
  title?: string;
  status?: string;
  stakeholders?: FixtureStakeholder[];
  objections?: FixtureObjection[];
  target?: string;
  extraFaq?: string;
}): string {
  const title = options.title ?? 'Instant Payouts';
  const stakeholders = options.stakeholders ?? [];
  const yamlStakeholders = stakeholders
    .map((s) =>
      [
        `  - name: ${s.name}`,
        `    role: ${s.role}`,
        s.prealigned ? `    prealigned: ${s.prealigned}` : '',
        `    signoff: ${s.signoff ?? 'pending'}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  const rows = (options.objections ?? []).map(
    (o) => `| ${o.stakeholder} | ${o.objection} | ${o.status} | ${o.owner ?? ''} | ${o.resolution ?? ''} |`,
  );
  return `---
title: ${title}
status: ${options.status ?? 'review'}
owner: Jane Doe
customer: independent merchants selling on Acme
decision-date: 2026-12-10
${stakeholders.length > 0 ? `stakeholders:\n${yamlStakeholders}\n` : ''}outcomes:
  - statement: Merchants get paid within 1 hour instead of 3 days
    metric: median payout time
    baseline: 3 days
    target: ${options.target ?? '1 hour'}
---

# Acme launches ${title}: merchants get paid in 1 hour instead of 3 days

## Summary

Independent merchants selling on Acme can now receive their earnings within 1 hour instead of 3 days.
Merchants choose Instant Payouts in their dashboard and the money reaches their debit card within the hour.

## Problem

Independent merchants wait 3 days for their money. Many of them pay suppliers weekly, so a three-day delay
forces them to borrow at high interest or to delay orders, which costs them sales.

## Solution

Instant Payouts sends a merchant's available balance to their debit card in 1 hour for a 1% fee.
Merchants see the fee before they confirm, and the standard 3-day payout stays free.

## Leader quote

"Merchants told us that waiting for their own money is the hardest part of selling online," said Maria Chen, VP of Payments at Acme.

## How it works

A merchant opens the Payouts page, chooses Instant, confirms the fee and receives the money within 1 hour.

## Customer quote

"I restock on Monday mornings now instead of waiting until Thursday," said Tom Reyes, owner of Reyes Ceramics.

## Call to action

Merchants can turn on Instant Payouts today from the Payouts page of their Acme dashboard.

## FAQ

### External FAQ

#### How much does Instant Payouts cost?

Each instant payout costs 1% of the amount, with a minimum of $0.50.

#### Which cards can receive an instant payout?

Visa and Mastercard debit cards issued in the United States.
${options.extraFaq ?? ''}
### Internal FAQ

#### How do we fund payouts before the card networks settle?

A $20M credit line covers the float; Finance reviewed the cost model.

#### What happens when fraud is detected after a payout?

The merchant's balance goes negative and Risk recovers it from future sales.

## Objections

| Stakeholder | Objection | Status | Owner | Resolution |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
