// Test helpers for templates: a throwaway repository and a complete, realistic set of answers.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../main.js';
import { captureIo } from '../shared/testing.js';

/** A directory that looks like a repository root (prfaq finds the root by its `.git`). */
export function tempRepo(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-new-'));
  mkdirSync(path.join(dir, '.git'));
  return { dir, cleanup: () => { rmSync(dir, { recursive: true, force: true }); } };
}

/** Runs the CLI in `cwd` the way a user would (never a terminal, so never a prompt). */
export async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ cwd, env: {} });
  const code = await main(['node', 'prfaq', ...argv], io);
  return { code, out: io.out, err: io.err };
}

/**
 * One answer for every variable of every built-in template, written the way a good PR/FAQ reads:
 * a named customer, numbers with a baseline and target, attributed quotes, a resolved objection.
 */
export const FILLED: Readonly<Record<string, string>> = {
  title: 'Instant Payouts',
  owner: 'Jane Doe',
  customer: 'independent merchants selling on Acme',
  problem: 'Merchants wait 3 days for their money, so many borrow at high rates to pay suppliers.',
  benefit: 'Merchants get paid within 1 hour instead of 3 days.',
  evidence: 'In 40 interviews, 31 merchants named payout delay as their top cash-flow problem.',
  experience: 'A merchant opens Payouts, taps Instant, and sees the money in their bank within the hour.',
  headline: 'Acme merchants get paid in an hour, not three days',
  subheading: 'Independent merchants can move their sales to their bank account the moment they need it.',
  solution: 'Instant Payouts sends each sale to the merchant bank account as soon as the merchant asks.',
  leader_quote: 'Merchants told us cash flow keeps them up at night. Now their money is theirs within the hour.',
  leader_name: 'Ana Lopez',
  leader_role: 'VP of Payments',
  customer_quote: 'I paid my flower supplier the same afternoon I sold the bouquets.',
  customer_name: 'Sam Lee',
  customer_role: 'owner of Bloom Florists',
  call_to_action: 'Merchants turn on Instant Payouts today in the Payouts tab of the Acme dashboard.',
  price: 'Each instant payout costs 1% of the amount, with a minimum of 25 cents.',
  getting_started: 'Open the Payouts tab and choose Instant.',
  investment: 'Two engineers for one quarter and a banking partner fee of 0.2% per payout.',
  risks: 'Fraud on instant payouts; limits per merchant keep exposure under 500 dollars a day.',
  product: 'the Acme dashboard',
  migration: 'Teams point their deploy job at the new endpoint; nothing else changes.',
  support: 'The platform team is on call around the clock.',
  announcement: 'Payouts now arrive within 1 hour. Turn it on in settings.',
  changelog: 'Added: instant payouts for every merchant.',
  breaking: 'No. Existing payouts keep working.',
  alternatives: 'Faster batch runs, which only cut the wait to 1 day.',
  drawbacks: 'A fee of 1% per instant payout.',
  outcome: 'Merchants get paid within 1 hour instead of 3 days',
  metric: 'median payout time',
  baseline: '3 days',
  target: '1 hour',
  stakeholder_name: 'Raj Patel',
  stakeholder_role: 'Finance',
  objection: 'Fraud losses could exceed the fee revenue.',
  objection_status: 'resolved',
  objection_resolution: 'Daily limits per merchant cap the exposure.',
  decision_date: '2026-12-10',
};
