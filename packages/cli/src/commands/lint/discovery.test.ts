// Default discovery as a user meets it: `prfaq lint` with no arguments in a fresh git repository finds the
// names public repositories give their PR/FAQs, in any letter case, and passes over README.md and friends.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../../shared/git-testing.js';
import { runCli } from '../../shared/testing.js';

const DOC =
  '# Acme launches Sharing\n\nTeams share a cart in one click.\n\n## FAQ\n\n### What does it cost?\n\nNothing.\n';

let repo: TestRepo;
beforeEach(() => {
  repo = makeRepo();
  repo.write('README.md', '# Project\n');
  repo.write('CHANGELOG.md', '# Changes\n');
  repo.write('docs/guide.md', '# Guide\n');
});
afterEach(() => {
  repo.cleanup();
});

/** The files `prfaq lint <args>` linted, as its JSON report names them (relative to the repository). */
async function linted(...args: string[]): Promise<string[]> {
  const { code, out, err } = await runCli(repo.dir, 'lint', '--format', 'json', ...args);
  expect(err).toBe('');
  expect(code).toBeLessThan(2);
  const report = JSON.parse(out) as { results: Array<{ path: string }> };
  return report.results.map((result) => result.path);
}

it('finds PRFAQ.md and docs/pr-faq.md with no arguments, and with "."', async () => {
  repo.write('PRFAQ.md', DOC);
  repo.write('docs/pr-faq.md', DOC);
  repo.commit('docs');
  expect(await linted()).toEqual(['PRFAQ.md', 'docs/pr-faq.md']);
  expect(await linted('.')).toEqual(['PRFAQ.md', 'docs/pr-faq.md']);
});

it('matches every documented name in any letter case', async () => {
  const names = [
    'prfaq.md',
    'PR-FAQ.md',
    'Pr_Faq.md',
    'Press-Release.md',
    'launch.PRFAQ.md',
    'PRFAQs/one.md',
    'pr-faq/two.md',
  ];
  names.forEach((name, index) => {
    repo.write(`team${index}/${name}`, DOC);
  });
  expect(await linted()).toEqual(names.map((name, index) => `team${index}/${name}`));
});

it('says which Markdown files a directory named on the command line skipped', async () => {
  const { code, err } = await runCli(repo.dir, 'lint', 'docs');
  expect(code).toBe(2);
  expect(err).toContain(
    'skipped docs/guide.md, which matches none of them; to lint one, name the file on the command line',
  );
});

it('finds the same PR/FAQs in a directory outside the working directory as inside it', async () => {
  repo.write('docs/launch.prfaq.md', DOC);
  repo.write('docs/prfaq/two.md', DOC);
  const elsewhere = makeRepo();
  try {
    const { code, out, err } = await runCli(elsewhere.dir, 'lint', '--format', 'json', `${repo.dir}/docs`);
    expect(err).toBe('');
    expect(code).toBeLessThan(2);
    const report = JSON.parse(out) as { results: Array<{ path: string }> };
    const shown = (name: string) => path.relative(elsewhere.dir, path.join(repo.dir, name)).split(path.sep).join('/');
    expect(report.results.map((result) => result.path)).toEqual([
      shown('docs/launch.prfaq.md'),
      shown('docs/prfaq/two.md'),
    ]);
  } finally {
    elsewhere.cleanup();
  }
});
