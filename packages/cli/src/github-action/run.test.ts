// The Action's entry point run as GitHub would run it, with a fake job summary and GITHUB_* environment.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../shared/git-testing.js';
import { prfaqText } from '../review/fixture.js';
import { captureIo } from '../shared/testing.js';
import { outcome, readInputs, runAction } from './run.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

function pullRequest(r: TestRepo) {
  const raj = { name: 'Raj Patel', role: 'Finance', prealigned: '2026-11-20', signoff: 'approved' as const };
  r.write(
    'docs/prfaq/payouts.md',
    prfaqText({
      stakeholders: [raj],
      objections: [{ stakeholder: 'Finance', objection: 'The float costs money', status: 'open' }],
    }),
  );
  r.commit('base');
  r.git('tag', 'base');
  r.write(
    'docs/prfaq/payouts.md',
    prfaqText({
      stakeholders: [raj],
      objections: [
        {
          stakeholder: 'Finance',
          objection: 'The float costs money',
          status: 'resolved',
          owner: 'Raj Patel',
          resolution: 'A credit line',
        },
        { stakeholder: 'Legal', objection: 'Licences in every state', status: 'open' },
      ],
    }),
  );
  return r.commit('head');
}

function github(r: TestRepo, sha: string, inputs: Record<string, string>) {
  const summary = path.join(r.dir, '.summary.md');
  const output = path.join(r.dir, '.output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: r.dir,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/plans',
    GITHUB_SHA: sha,
    ...inputs,
  };
  return { io: captureIo({ cwd: r.dir, env }), summary, output };
}

/** A local stand-in for the GitHub REST API's issue comments, recording every request. */
async function fakeGitHub(status = 200) {
  const requests: Array<{ method: string; url: string; authorization: string | undefined; body: string }> = [];
  const comments: Array<{ id: number; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
      res.setHeader('content-type', 'application/json');
      if (status !== 200) {
        res.statusCode = status;
        res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      } else if (req.method === 'GET') {
        res.end(JSON.stringify([{ id: 50, body: 'Nice work' }, ...comments]));
      } else if (req.method === 'POST') {
        comments.push({ id: comments.length + 1, body: JSON.parse(body).body });
        res.statusCode = 201;
        res.end('{}');
      } else {
        const id = Number(req.url!.split('/').pop());
        comments.find((c) => c.id === id)!.body = JSON.parse(body).body;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

describe('the GitHub Action', () => {
  it('writes readiness and diff to the job summary, annotates each verdict, sets the ready output, and fails on not-ready', async () => {
    repo = makeRepo();
    const sha = pullRequest(repo);
    const { io, summary, output } = github(repo, sha, {
      PRFAQ_PATHS: 'docs',
      PRFAQ_COMMANDS: 'ready diff',
      PRFAQ_BASE: 'base',
      PRFAQ_FAIL_ON: 'not-ready',
    });
    const code = await runAction(io);
    expect(io.err).toBe('');
    expect(code).toBe(1);

    const blob = `https://github.com/acme/plans/blob/${sha}/docs/prfaq/payouts.md`;
    const text = readFileSync(summary, 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('### PR/FAQ readiness: 0 of 1 ready');
    expect(lines).toContain(`#### ❌ NOT READY for review: [Instant Payouts (docs/prfaq/payouts.md)](${blob})`);
    expect(
      lines.some(
        (l) =>
          l.startsWith('- [ ] Legal: "Licences in every state" is open (no owner) ([line ') &&
          l.includes(`](${blob}#L`),
      ),
    ).toBe(true);
    expect(lines).toContain('### PR/FAQ changes since `base`');
    expect(lines).toContain(`#### [docs/prfaq/payouts.md](${blob}): modified`);
    expect(lines).toContain('Objections 1 opened, 1 resolved.');

    const annotations = io.out.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations).toContain(
      '::error file=docs/prfaq/payouts.md,line=1,title=NOT READY for review::1 blocking: Open objections (1)',
    );
    expect(readFileSync(output, 'utf8')).toBe('ready=false\n');
  });

  it('annotates lint problems through the github format, and lints only changed documents with changed-only', async () => {
    repo = makeRepo();
    repo.write('docs/prfaq/untouched.md', '# Untouched\n\nTODO: write this\n');
    const sha = pullRequest(repo);
    const { io } = github(repo, sha, {
      PRFAQ_PATHS: 'docs',
      PRFAQ_COMMANDS: 'lint',
      PRFAQ_BASE: 'base',
      PRFAQ_CHANGED_ONLY: 'true',
    });
    expect(await runAction(io)).toBe(1);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('::group::prfaq lint');
    const annotations = lines.filter((l) => l.startsWith('::error ') || l.startsWith('::warning '));
    expect(
      annotations.some((l) =>
        /^::error file=docs\/prfaq\/payouts\.md,line=\d+,col=\d+,.*title=prfaq\(open-objections\)::Objection by Legal/.test(
          l,
        ),
      ),
    ).toBe(true);
    // untouched.md did not change since the base: not linted.
    expect(annotations.filter((l) => l.includes('untouched.md'))).toEqual([]);
  });

  it('posts the summary as a pull-request comment, then edits that same comment on the next run', async () => {
    repo = makeRepo();
    const sha = pullRequest(repo);
    const api = await fakeGitHub();
    try {
      const inputs = {
        PRFAQ_PATHS: 'docs',
        PRFAQ_COMMANDS: 'ready diff',
        PRFAQ_BASE: 'base',
        PRFAQ_FAIL_ON: 'never',
        PRFAQ_COMMENT: 'true',
        PRFAQ_GITHUB_TOKEN: 'secret-token',
        PRFAQ_PR_NUMBER: '7',
        GITHUB_API_URL: api.url,
      };
      const first = github(repo, sha, inputs);
      expect(await runAction(first.io)).toBe(0);
      expect(first.io.out).toContain('prfaq: created the readiness comment on pull request #7\n');
      const second = github(repo, sha, inputs);
      expect(await runAction(second.io)).toBe(0);
      expect(second.io.out).toContain('prfaq: updated the readiness comment on pull request #7\n');
      expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /repos/acme/plans/issues/7/comments?per_page=100',
        'POST /repos/acme/plans/issues/7/comments',
        'GET /repos/acme/plans/issues/7/comments?per_page=100',
        'PATCH /repos/acme/plans/issues/comments/1',
      ]);
      expect(api.requests.every((r) => r.authorization === 'Bearer secret-token')).toBe(true);
      const body = JSON.parse(api.requests[1]!.body).body as string;
      expect(body.split('\n').slice(0, 2)).toEqual(['<!-- prfaq:readiness -->', '### PR/FAQ readiness: 0 of 1 ready']);
      expect(body).toContain('### PR/FAQ changes since `base`');
      expect(api.comments).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('warns without failing when the comment cannot be posted', async () => {
    repo = makeRepo();
    const sha = pullRequest(repo);
    const api = await fakeGitHub(403);
    try {
      const { io } = github(repo, sha, {
        PRFAQ_PATHS: 'docs',
        PRFAQ_COMMANDS: 'ready',
        PRFAQ_COMMENT: 'true',
        PRFAQ_GITHUB_TOKEN: 't',
        PRFAQ_PR_NUMBER: '7',
        GITHUB_API_URL: api.url,
      });
      expect(await runAction(io)).toBe(0);
      expect(io.out).toContain(
        '::warning title=prfaq comment::cannot list comments: HTTP 403 Resource not accessible by integration (the token needs pull-requests: write; pull requests from forks get a read-only token)\n',
      );
    } finally {
      await api.close();
    }
  });

  it('passes with fail-on never, and skips diff with a notice outside a pull request', async () => {
    repo = makeRepo();
    const sha = pullRequest(repo);
    const { io, summary } = github(repo, sha, {
      PRFAQ_PATHS: 'docs',
      PRFAQ_COMMANDS: 'ready,diff',
      PRFAQ_FAIL_ON: 'never',
    });
    expect(await runAction(io)).toBe(0);
    expect(io.out).toContain(
      '::warning file=docs/prfaq/payouts.md,line=1,title=NOT READY for review::1 blocking: Open objections (1)\n',
    );
    expect(io.out).toContain(
      '::notice title=prfaq diff::No base revision (not a pull request, and no base input): skipping prfaq diff\n',
    );
    expect(readFileSync(summary, 'utf8')).not.toContain('PR/FAQ changes since');
  });

  it('fails the step with an error annotation on a bad input or an unknown base', async () => {
    repo = makeRepo();
    const sha = pullRequest(repo);
    const bad = github(repo, sha, { PRFAQ_FAIL_ON: 'sometimes' });
    expect(await runAction(bad.io)).toBe(2);
    expect(bad.io.out).toBe(
      "::error title=prfaq::fail-on: unknown value 'sometimes', expected one of: error, warning, not-ready, never\n",
    );
    const unknown = github(repo, sha, { PRFAQ_PATHS: 'docs', PRFAQ_COMMANDS: 'diff', PRFAQ_BASE: 'no-such-sha' });
    expect(await runAction(unknown.io)).toBe(2);
    expect(unknown.io.out).toBe(
      "::error title=prfaq::unknown revision 'no-such-sha': not a branch, tag or commit in this repository; check out the history with actions/checkout and fetch-depth: 0\n",
    );
  });

  it('reads inputs tolerantly and maps results to the step outcome', () => {
    expect(
      readInputs({
        PRFAQ_PATHS: 'docs/a.md\n  docs/b dir ',
        PRFAQ_COMMANDS: 'lint, ready',
        PRFAQ_CHANGED_ONLY: 'true',
        PRFAQ_BASE: ' abc ',
      }),
    ).toEqual({
      paths: ['docs/a.md', 'docs/b', 'dir'],
      commands: ['lint', 'ready'],
      failOn: 'error',
      base: 'abc',
      changedOnly: true,
      config: undefined,
      comment: false,
    });
    expect(readInputs({ PRFAQ_COMMANDS: 'lint report' })).toBe(
      "commands: unknown command 'report', expected some of: lint, ready, diff",
    );
    expect(outcome({ lint: 0, ready: 1 }, 'error')).toBe(0);
    expect(outcome({ lint: 0, ready: 1 }, 'not-ready')).toBe(1);
    expect(outcome({ lint: 1 }, 'error')).toBe(1);
    expect(outcome({ lint: 1, diff: 2 }, 'never')).toBe(2);
    expect(outcome({ lint: 1, ready: 1 }, 'never')).toBe(0);
  });
});
