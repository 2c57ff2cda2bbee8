// The report without a browser: the model built from real documents, escaping in every output, the
// page's security policy, the CLI's flags and exit codes, and the decision-flow figures from git.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../shared/git-testing.js';
import { main } from '../main.js';
import { captureIo } from '../shared/testing.js';
import { escapeHtml, renderHtml, safeHref } from './html.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';
import type { ReportModel } from '@prfaq/lint';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = 'packages/cli/src/report/fixtures';

async function run(args: string[], cwd = root) {
  const io = captureIo({ cwd });
  const code = await main(['node', 'prfaq', 'report', ...args], io);
  return { code, out: io.out, err: io.err };
}

let model: ReportModel;
const byPath = (end: string) => model.documents.find((d) => d.path.endsWith(end))!;

beforeAll(async () => {
  const { code, out } = await run([fixtures, '--format', 'json']);
  expect(code).toBe(0);
  model = JSON.parse(out) as ReportModel;
});

describe('the report model', () => {
  it('has every document with its metadata, readiness and counts', () => {
    expect(model.documents.map((d) => path.basename(d.path))).toEqual([
      'hostile.prfaq.md',
      'instant-payouts.prfaq.md',
      'refund-tracker.prfaq.md',
    ]);
    const payouts = byPath('instant-payouts.prfaq.md');
    expect(payouts).toMatchObject({
      title: 'Instant Payouts',
      status: 'approved',
      owner: 'Jane Doe',
      customer: 'independent merchants selling on Acme',
      decisionDate: '2026-11-10',
      group: 'Payments',
      ready: true,
      target: 'approved',
      openObjections: 0,
      blockers: [],
    });
    expect(payouts.outcomes).toEqual([
      expect.objectContaining({
        metric: 'median payout time',
        baseline: '3 days',
        target: '1 hour',
        link: `${fixtures}/instant-payouts.prfaq.md#L18`,
      }),
    ]);
    const refund = byPath('refund-tracker.prfaq.md');
    expect(refund.ready).toBe(false);
    expect(refund.openObjections).toBe(1);
    expect(refund.outcomes[0]!.baseline).toBe('12');
    expect(refund.outcomes[0]!.target).toBeUndefined();
    expect(refund.blockers.map((b) => b.label)).toEqual(
      expect.arrayContaining(['Open objections', 'Stakeholders not pre-aligned', 'Outcomes not measurable']),
    );
    const open = refund.blockers.find((b) => b.label === 'Open objections')!;
    expect(open.link).toBe(`${fixtures}/refund-tracker.prfaq.md#L${open.line}`);
    expect(
      readFileSync(path.join(root, fixtures, 'refund-tracker.prfaq.md'), 'utf8').split('\n')[open.line - 1],
    ).toContain('settlement time');
  });

  it('totals and chart series agree with the documents', () => {
    expect(model.totals).toMatchObject({ documents: 3, ready: 1, notReady: 2, openObjections: 2 });
    expect(model.totals.errors).toBe(model.documents.reduce((n, d) => n + d.errors, 0));
    expect(model.byStatus).toEqual([
      { status: 'draft', ready: 0, notReady: 1 },
      { status: 'review', ready: 0, notReady: 1 },
      { status: 'approved', ready: 1, notReady: 0 },
    ]);
    // The Finance objection counts under Finance; "Legal</td>" names the hostile document's stakeholder whose
    // role is "Legal</td></tr></table>" (the shared matcher, as objection-stakeholder-known reads it), so it counts under that role.
    expect(model.objectionsByGroup).toEqual([
      { group: 'Finance', open: 1 },
      { group: 'Legal</td></tr></table>', open: 1 },
    ]);
  });

  it('matches stakeholders across documents and objections to the stakeholder who raised them', () => {
    const raj = model.alignment.find((r) => r.name === 'Raj Patel')!;
    expect(raj.role).toBe('Finance');
    const payouts = byPath('instant-payouts.prfaq.md').id;
    const refund = byPath('refund-tracker.prfaq.md').id;
    expect(raj.cells.find((c) => c.document === payouts)).toEqual({
      document: payouts,
      listed: true,
      prealigned: true,
      signoff: 'approved',
      openObjections: 0,
    });
    // "Finance" in the objections table is Raj Patel's role.
    expect(raj.cells.find((c) => c.document === refund)).toEqual({
      document: refund,
      listed: true,
      prealigned: false,
      signoff: 'pending',
      openObjections: 1,
    });
    expect(model.alignment.find((r) => r.name === 'Finance')).toBeUndefined();
  });

  it('links relative to the folder the report is written to', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-report-'));
    try {
      const out = path.join(dir, 'nested', 'report.json');
      mkdirSync(path.dirname(out));
      expect((await run([`${fixtures}/instant-payouts.prfaq.md`, '-f', 'json', '-o', out])).code).toBe(0);
      const written = JSON.parse(readFileSync(out, 'utf8')) as ReportModel;
      const expected = path
        .relative(path.dirname(out), path.join(root, fixtures, 'instant-payouts.prfaq.md'))
        .split(path.sep)
        .join('/');
      expect(written.documents[0]!.link).toBe(expected);
      expect(written.documents[0]!.outcomes[0]!.link).toBe(`${expected}#L18`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('escaping', () => {
  it('escapes every character with a meaning in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('never lets a link become a script', () => {
    expect(safeHref('javascript:alert(1)')).toBe('./javascript:alert(1)');
    expect(safeHref('JaVaScRiPt:alert(1)')).toBe('./JaVaScRiPt:alert(1)');
    expect(safeHref('data:text/html,x')).toBe('./data:text/html,x');
    expect(safeHref('../docs/a.md#L3')).toBe('../docs/a.md#L3');
    expect(safeHref('https://github.com/o/r/blob/x/a.md#L3')).toBe('https://github.com/o/r/blob/x/a.md#L3');
  });

  it('shows a title with <script> as text in the HTML page', () => {
    const html = renderHtml(model);
    const hostile = byPath('hostile.prfaq.md');
    expect(hostile.title).toContain('<script>window.__pwned = 1</script>');
    expect(html).toContain(escapeHtml(hostile.title));
    // Exactly one script element, the page's own, and no element smuggled in through a value.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|<i>/i);
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
  });

  it('gives every table a caption and every header cell a scope', () => {
    const html = renderHtml(model);
    const tables = html.match(/<table[ >]/g)!.length;
    expect(tables).toBeGreaterThan(5);
    expect(html.match(/<caption[ >]/g)).toHaveLength(tables);
    expect(html.match(/<th[ >]/g)!.length).toBeGreaterThan(20);
    expect(html.match(/<th(?![^>]*scope="(col|row)")[ >]/g)).toBeNull();
    // Every toggle names the details it controls, and that element exists.
    for (const [, id] of html.matchAll(/aria-controls="([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
  });

  it('allows exactly the inline style and script in the Content-Security-Policy, and nothing from the network', () => {
    const html = renderHtml(model);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)![1]!
      .replaceAll('&#39;', "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('escapes Markdown so a value cannot break a table or inject HTML', () => {
    expect(escapeMarkdown('a | b <script> *x* [l](u)\nnext')).toBe('a \\| b &lt;script&gt; \\*x\\* \\[l\\](u) next');
    const markdown = renderMarkdown(model);
    expect(markdown).not.toContain('<script>');
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && l.includes('Mallory'));
    expect(rows).toHaveLength(1);
    for (const line of rows) {
      // A row of the documents table keeps its nine cells.
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(9);
    }
  });
});

describe('prfaq report (CLI)', () => {
  let dir: string;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one HTML file with --html and exits 0', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'prfaq-report-'));
    const file = path.join(dir, 'portfolio.html');
    const { code, out, err } = await run([fixtures, '--html', file, '--title', 'Payments <portfolio>']);
    expect({ code, out, err }).toEqual({ code: 0, out: '', err: '' });
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Payments &lt;portfolio&gt;</title>');
    expect(html).toContain('Instant Payouts');
  });

  it('prints Markdown by default', async () => {
    const { code, out } = await run([`${fixtures}/refund-tracker.prfaq.md`]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# PR\/FAQ portfolio\n/);
    expect(out).toContain(
      '| [Refund Tracker](packages/cli/src/report/fixtures/refund-tracker.prfaq.md) | review | ❌ not ready for review |',
    );
  });

  it.each([
    [['--html', 'a.html', '--format', 'json'], '--html writes HTML; it cannot be combined with --format json'],
    [['--html', 'a.html', '-o', 'b.html'], '--html and --output both name the output file; give one of them'],
  ])('refuses contradictory flags %j (exit 2, one line)', async (flags, message) => {
    const { code, err } = await run([fixtures, ...flags]);
    expect(code).toBe(2);
    expect(err).toBe(`prfaq: ${message}\n`);
  });

  it('exits 2 with one line when the report cannot be written', async () => {
    const { code, err } = await run([fixtures, '--html', 'no-such-folder/x/report.html']);
    expect(code).toBe(2);
    expect(err).toBe('prfaq: no-such-folder/x/report.html: cannot write the report: the folder does not exist\n');
  });

  it('exits 2 for a path that does not exist', async () => {
    const { code, err } = await run(['no-such-file.md', '--format', 'json']);
    expect(code).toBe(2);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(err).toMatch(/^prfaq: no-such-file\.md: /);
  });

  it('reports the documents it could read and exits 2 for one it could not', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'prfaq-report-'));
    writeFileSync(path.join(dir, 'good.prfaq.md'), '---\ntitle: Good\n---\n\n# Good\n');
    writeFileSync(path.join(dir, 'binary.prfaq.md'), Buffer.from([0x23, 0x00, 0x01]));
    const { code, out, err } = await run(['.', '-f', 'json'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^prfaq: binary\.prfaq\.md: the file looks binary/);
    expect((JSON.parse(out) as ReportModel).documents.map((d) => d.title)).toEqual(['Good']);
  });
});

describe('decision flow from git history', () => {
  const doc = (frontmatter: string, objections = '') =>
    `---\n${frontmatter}\n---\n\n# Headline\n\n## Summary\n\nText.\n${objections ? `\n## Objections\n\n| Stakeholder | Objection | Status | Owner | Resolution |\n| --- | --- | --- | --- | --- |\n${objections}` : ''}`;

  describe('prfaq report --history in a repository', () => {
    let repo: TestRepo;
    afterEach(() => {
      repo?.cleanup();
    });

    const commitAt = (date: string, message: string) => {
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', message, '--date', date);
    };

    it('reads every committed version, follows renames, and shows figures by team', async () => {
      repo = makeRepo();
      const fm = (status: string, prealigned: string) =>
        `title: Payouts\nteam: Payments\nstatus: ${status}\ndecision-date: 2026-11-10\nstakeholders:\n  - name: Raj\n    role: Finance\n${prealigned}    signoff: pending\n`;
      repo.write('prfaq/draft.md', doc(fm('draft', ''), '| Finance | Cost | open | Raj | |\n'));
      commitAt('2026-10-01T10:00:00Z', 'draft');
      repo.git('mv', 'prfaq/draft.md', 'prfaq/payouts.md');
      repo.write(
        'prfaq/payouts.md',
        doc(fm('review', '    prealigned: 2026-10-10\n'), '| Finance | Cost | open | Raj | |\n'),
      );
      commitAt('2026-10-12T10:00:00Z', 'to review');
      repo.write(
        'prfaq/payouts.md',
        doc(fm('approved', '    prealigned: 2026-10-10\n'), '| Finance | Cost | resolved | Raj | Fee |\n'),
      );
      commitAt('2026-11-09T10:00:00Z', 'approved');
      repo.write('prfaq/new.md', doc('title: New\nteam: Growth\nstatus: draft'));

      const { code, out, err } = await run(['prfaq', '--format', 'json', '--history'], repo.dir);
      expect(err).toBe('');
      expect(code).toBe(0);
      const history = (JSON.parse(out) as ReportModel).history!;
      expect(history).toMatchObject({ available: true, documents: 1, uncommitted: 1 });
      expect(history.groups).toEqual([
        {
          group: 'Payments',
          documents: 1,
          decided: 1,
          medianDaysToDecision: 40,
          objectionsOpened: 1,
          objectionsResolvedBeforeDecision: 1,
          reachedReview: 1,
          stakeholdersAtReview: 1,
          prealignedAtReview: 1,
        },
      ]);
      const html = (await run(['prfaq', '--format', 'html', '--history'], repo.dir)).out;
      expect(html).toContain('Decision flow from git history');
      expect(html).toContain('100% (1 of 1)');
      expect(html).toContain('<title>Payments: 1 raised, 1 resolved before the decision</title>');
      expect(html).not.toContain('Test Author');
    });

    it('says there is no history outside a repository, and still writes the report (exit 0)', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-nogit-'));
      try {
        writeFileSync(path.join(dir, 'a.prfaq.md'), doc('title: A'));
        const { code, out, err } = await run(['.', '-f', 'json', '--history'], dir);
        expect(code).toBe(0);
        expect(err).toMatch(/^prfaq: --history: .*: not inside a git repository; the report has no history section\n$/);
        expect((JSON.parse(out) as ReportModel).history).toMatchObject({ available: false });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
