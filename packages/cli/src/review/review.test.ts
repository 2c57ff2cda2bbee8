// `prfaq ready` and `prfaq diff` end to end on git repositories built in the test.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../shared/git-testing.js';
import { main } from '../main.js';
import { captureIo } from '../shared/testing.js';
import { prfaqText, type FixtureObjection, type FixtureStakeholder } from './fixture.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

async function prfaq(cwd: string, ...args: string[]) {
  const io = captureIo({ cwd });
  const code = await main(['node', 'prfaq', ...args], io);
  return { code, out: io.out, err: io.err };
}

const raj: FixtureStakeholder = { name: 'Raj Patel', role: 'Finance', prealigned: '2026-11-20', signoff: 'approved' };
const ana: FixtureStakeholder = { name: 'Ana Lima', role: 'Legal', signoff: 'approved' };
const float: FixtureObjection = {
  stakeholder: 'Finance',
  objection: 'Instant payouts tie up working capital for the float',
  status: 'open',
};
const licences: FixtureObjection = {
  stakeholder: 'Legal',
  objection: 'Money transmitter licences are needed in every state',
  status: 'open',
  owner: 'Ana Lima',
};
const tickets: FixtureObjection = {
  stakeholder: 'Support',
  objection: 'More tickets at launch',
  status: 'deferred',
  owner: 'Sam Wu',
};

/** Base: one document with open objections, one to rename, one to delete. Head: objections resolved and opened, a rename, a deletion, a new document. */
function history(r: TestRepo) {
  r.write('docs/prfaq/payouts.md', prfaqText({ stakeholders: [raj, ana], objections: [float, licences, tickets] }));
  r.write('docs/prfaq/old-name.md', prfaqText({ title: 'Payout Insights', stakeholders: [raj], objections: [] }));
  // Short and unlike the others, so that git does not take its deletion for a rename.
  r.write(
    'docs/prfaq/retired.md',
    '# Paper cheques by mail\n\n## Summary\n\nWe stop printing cheques.\n\n## FAQ\n\n### Why?\n\nNobody cashes them.\n',
  );
  r.write('README.md', '# Not a PR/FAQ\n');
  r.commit('base');
  r.git('tag', 'v1');
  r.write(
    'docs/prfaq/payouts.md',
    prfaqText({
      stakeholders: [raj, { ...ana, prealigned: '2026-11-21' }],
      objections: [
        {
          ...float,
          objection: 'Instant payouts tie up our working capital for the float',
          status: 'resolved',
          owner: 'Raj Patel',
          resolution: 'A $20M credit line covers the float',
        },
        licences,
        tickets,
        {
          stakeholder: 'Security',
          objection: 'Account takeover could drain balances instantly',
          status: 'open',
          owner: 'Lee Park',
        },
      ],
      target: '30 minutes',
      extraFaq: '\n#### Can a merchant cancel an instant payout?\n\nNo; it is sent within seconds of confirmation.\n',
    }),
  );
  r.git('mv', 'docs/prfaq/old-name.md', 'docs/prfaq/insights.md');
  r.remove('docs/prfaq/retired.md');
  r.remove('README.md'); // deleted too, but never a PR/FAQ: not listed
  r.write('docs/prfaq/brand-new.md', prfaqText({ title: 'Payout Scheduling', stakeholders: [raj], objections: [] }));
  r.commit('head');
}

describe('prfaq diff', () => {
  it('reports objections opened and resolved, pre-alignment, outcome targets, FAQ, and new, deleted and renamed files', async () => {
    repo = makeRepo();
    history(repo);
    const { code, out, err } = await prfaq(repo.dir, 'diff', 'v1', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.base).toBe('v1');
    const byPath = Object.fromEntries(result.documents.map((d: { path: string }) => [d.path, d]));
    expect(Object.keys(byPath).sort()).toEqual([
      'docs/prfaq/brand-new.md',
      'docs/prfaq/insights.md',
      'docs/prfaq/payouts.md',
      'docs/prfaq/retired.md',
    ]);
    expect(byPath['docs/prfaq/brand-new.md'].change).toBe('added');
    expect(byPath['docs/prfaq/retired.md'].change).toBe('deleted');
    expect(byPath['docs/prfaq/insights.md']).toMatchObject({ change: 'renamed', basePath: 'docs/prfaq/old-name.md' });

    const payouts = byPath['docs/prfaq/payouts.md'];
    expect(payouts.change).toBe('modified');
    expect(
      payouts.objections.resolved.map((c: any) => [
        c.before.stakeholder,
        c.before.status,
        c.after.status,
        c.after.resolution,
      ]),
    ).toEqual([['Finance', 'open', 'resolved', 'A $20M credit line covers the float']]);
    expect(payouts.objections.opened.map((c: any) => [c.before, c.after.stakeholder, c.after.owner])).toEqual([
      [undefined, 'Security', 'Lee Park'],
    ]);
    expect(payouts.objections.changed).toEqual([]);
    expect(payouts.objections.removed).toEqual([]);
    expect(payouts.stakeholders.prealigned.map((c: any) => c.after.name)).toEqual(['Ana Lima']);
    expect(payouts.outcomes.changed.map((c: any) => [c.before.target, c.after.target])).toEqual([
      ['1 hour', '30 minutes'],
    ]);
    expect(payouts.faq.added.map((q: any) => q.question)).toEqual(['Can a merchant cancel an instant payout?']);
    // Two open objections and a stakeholder not pre-aligned before; two open objections after.
    expect(payouts.readiness.before).toMatchObject({ ready: false, target: 'review' });
    expect(payouts.readiness.after).toMatchObject({ ready: false, target: 'review' });
  });

  it('compares the working tree: uncommitted edits and untracked documents count', async () => {
    repo = makeRepo();
    repo.write('docs/prfaq/payouts.md', prfaqText({ stakeholders: [raj], objections: [float] }));
    repo.commit('base');
    repo.write(
      'docs/prfaq/payouts.md',
      prfaqText({ stakeholders: [raj], objections: [{ ...float, status: 'withdrawn' }] }),
    );
    repo.write(
      'docs/prfaq/draft.md',
      prfaqText({ title: 'Draft Idea', status: 'draft', stakeholders: [raj], objections: [] }),
    );
    const { code, out } = await prfaq(repo.dir, 'diff', 'HEAD', '--format', 'json');
    expect(code).toBe(0);
    const docs = JSON.parse(out).documents;
    expect(docs.map((d: any) => [d.path, d.change])).toEqual([
      ['docs/prfaq/draft.md', 'added'],
      ['docs/prfaq/payouts.md', 'modified'],
    ]);
    expect(docs[1].objections.resolved.map((c: any) => c.after.status)).toEqual(['withdrawn']);
    expect(docs[1].readiness).toMatchObject({ before: { ready: false }, after: { ready: true } });

    repo.commit('everything');
    const quiet = await prfaq(repo.dir, 'diff', 'HEAD');
    expect([quiet.code, quiet.out]).toEqual([0, 'No PR/FAQ changed since HEAD.\n']);
    const all = await prfaq(repo.dir, 'diff', 'HEAD', '--all', '--format', 'json');
    expect(JSON.parse(all.out).documents.map((d: any) => [d.path, d.change])).toEqual([
      ['docs/prfaq/draft.md', 'unchanged'],
      ['docs/prfaq/payouts.md', 'unchanged'],
    ]);
  });

  it('writes Markdown for the pull request', async () => {
    repo = makeRepo();
    history(repo);
    const { code, out } = await prfaq(repo.dir, 'diff', 'v1', 'docs', '--format', 'markdown');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('### PR/FAQ changes since `v1`');
    expect(lines).toContain(
      '#### [docs/prfaq/insights.md](docs/prfaq/insights.md): renamed from docs/prfaq/old-name.md',
    );
    expect(lines).toContain('#### docs/prfaq/retired.md: deleted');
    expect(
      lines.some((l) =>
        l.startsWith('- Finance: "Instant payouts tie up our working capital for the float" (open → resolved)'),
      ),
    ).toBe(true);
  });

  it('refuses a revision that looks like an option, and says clearly when a revision is unknown or there is no repository', async () => {
    repo = makeRepo();
    history(repo);
    const target = path.join(tmpdir(), `prfaq-diff-output-${process.pid}`);
    const option = await prfaq(repo.dir, 'diff', '--', `--output=${target}`);
    expect(option.code).toBe(2);
    expect(option.err).toBe(
      `prfaq: invalid revision '--output=${target}': a revision cannot be empty, contain a line break or start with '-'\n`,
    );
    expect(existsSync(target)).toBe(false);

    const unknown = await prfaq(repo.dir, 'diff', 'no-such-branch');
    expect([unknown.code, unknown.err]).toEqual([
      2,
      "prfaq: unknown revision 'no-such-branch': not a branch, tag or commit in this repository\n",
    ]);

    const outside = mkdtempSync(path.join(tmpdir(), 'prfaq-nogit-'));
    try {
      const none = await prfaq(outside, 'diff', 'main');
      expect([none.code, none.err]).toEqual([2, `prfaq: ${outside}: not inside a git repository\n`]);
    } finally {
      rmSync(outside, { recursive: true });
    }
  });
});

describe('prfaq ready', () => {
  it('is NOT READY while objections are open and READY once they are resolved', async () => {
    repo = makeRepo();
    repo.write(
      'docs/prfaq/payouts.md',
      prfaqText({ stakeholders: [raj, { ...ana, prealigned: '2026-11-21' }], objections: [float, tickets] }),
    );
    repo.commit('open');
    const open = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md', '--format', 'json');
    const verdict = JSON.parse(open.out).documents[0];
    expect(open.code).toBe(1);
    expect(verdict.blockers.map((b: any) => [b.check, b.objection?.stakeholder, b.objection?.owner])).toEqual([
      ['open-objections', 'Finance', undefined],
    ]);
    expect(verdict.notes.map((n: any) => [n.check, n.objection.stakeholder])).toEqual([
      ['deferred-objection', 'Support'],
    ]);

    repo.write(
      'docs/prfaq/payouts.md',
      prfaqText({
        stakeholders: [raj, { ...ana, prealigned: '2026-11-21' }],
        objections: [
          { ...float, status: 'accepted', owner: 'Raj Patel', resolution: 'Finance commits to the credit line' },
          tickets,
        ],
      }),
    );
    const resolved = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md');
    expect(resolved.err).toBe('');
    expect(resolved.out.split('\n')[0]).toBe('docs/prfaq/payouts.md: READY for review (status review)');
    expect(resolved.code).toBe(0);
  });

  it('checks against approved: sign-off then blocks', async () => {
    repo = makeRepo();
    repo.write(
      'docs/prfaq/payouts.md',
      prfaqText({ stakeholders: [raj, { ...ana, prealigned: '2026-11-21', signoff: 'pending' }], objections: [] }),
    );
    const review = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md', '--format', 'json');
    expect(review.code).toBe(0);
    const approved = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md', '--for', 'approved', '--format', 'json');
    expect(approved.code).toBe(1);
    expect(JSON.parse(approved.out).documents[0].blockers.map((b: any) => b.message)).toEqual([
      'Ana Lima (Legal) not signed off (pending)',
    ]);
  });

  it('with --changed-since checks only the documents changed since the revision', async () => {
    repo = makeRepo();
    history(repo);
    const { code, out } = await prfaq(repo.dir, 'ready', 'docs', '--changed-since', 'v1', '--format', 'json');
    expect(code).toBe(1);
    expect(
      JSON.parse(out)
        .documents.map((d: any) => d.path)
        .sort(),
    ).toEqual(['docs/prfaq/brand-new.md', 'docs/prfaq/insights.md', 'docs/prfaq/payouts.md']);
    const none = await prfaq(repo.dir, 'ready', 'docs', '--changed-since', 'HEAD');
    expect([none.code, none.out]).toEqual([0, 'No PR/FAQ changed since HEAD.\n']);
  });

  it('prfaq lint --changed-since lints only the documents changed since the revision', async () => {
    repo = makeRepo();
    history(repo);
    const { code, out, err } = await prfaq(
      repo.dir,
      'lint',
      'docs',
      '--changed-since',
      'v1',
      '--format',
      'json',
      '--concurrency',
      'off',
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(
      JSON.parse(out)
        .results.map((r: any) => r.path)
        .sort(),
    ).toEqual(['docs/prfaq/brand-new.md', 'docs/prfaq/insights.md', 'docs/prfaq/payouts.md']);
    const bad = await prfaq(repo.dir, 'lint', 'docs', '--changed-since', '--output=x');
    expect(bad.code).toBe(2);
  });

  it('follows the ready key of the config, and exits 2 with one line on a bad one', async () => {
    repo = makeRepo();
    repo.write(
      'docs/prfaq/payouts.md',
      prfaqText({ stakeholders: [raj, { ...ana, prealigned: '2026-11-21' }], objections: [float] }),
    );
    repo.write('prfaq.config.yaml', 'ready:\n  review:\n    block: [missing-sections, placeholders]\n');
    const lenient = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md', '--format', 'json');
    expect(lenient.code).toBe(0);
    const doc = JSON.parse(lenient.out).documents[0];
    expect(doc.blocking).toEqual(['missing-sections', 'placeholders']);
    expect(doc.notes.map((n: any) => n.check)).toContain('open-objections');

    repo.write('prfaq.config.yaml', 'ready:\n  review:\n    block: [open-objectons]\n');
    const bad = await prfaq(repo.dir, 'ready', 'docs/prfaq/payouts.md');
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')).toHaveLength(2);
    expect(bad.err).toMatch(/^prfaq: .*prfaq\.config\.yaml:3:\d+: ready\.review\.block/);
  });

  it('rejects an unknown target', async () => {
    repo = makeRepo();
    const bad = await prfaq(repo.dir, 'ready', '--for', 'shipped', 'x.md');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/option '--for <target>' argument 'shipped' is invalid/);
  });
});
