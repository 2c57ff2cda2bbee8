import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './exit.js';
import { changedFiles, changesSince, checkRevision, repoRoot, resolveCommit, showFile } from './git.js';
import { makeRepo, type TestRepo } from './git-testing.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

describe('git', () => {
  it('refuses revisions git could read as options, before running anything', async () => {
    const out = path.join(tmpdir(), `prfaq-should-not-exist-${process.pid}`);
    expect(() => checkRevision(`--output=${out}`)).toThrow(CliError);
    expect(() => checkRevision('')).toThrow(/cannot be empty/);
    expect(() => checkRevision('main\n--exec=x')).toThrow(CliError);
    repo = makeRepo();
    repo.write('a.md', 'x');
    repo.commit('one');
    await expect(changesSince(`--output=${out}`, repo.dir)).rejects.toThrow(/start with '-'/);
    await expect(resolveCommit(`--output=${out}`, repo.dir)).rejects.toThrow(CliError);
    expect(existsSync(out)).toBe(false);
  });

  it('says clearly when a revision is unknown or the directory is not in a repository', async () => {
    repo = makeRepo();
    repo.write('a.md', 'x');
    repo.commit('one');
    await expect(resolveCommit('no-such-branch', repo.dir)).rejects.toThrow("unknown revision 'no-such-branch'");
    const outside = mkdtempSync(path.join(tmpdir(), 'prfaq-nogit-'));
    try {
      await expect(repoRoot(outside)).rejects.toThrow(`${outside}: not inside a git repository`);
    } finally {
      rmSync(outside, { recursive: true });
    }
  });

  it('reads a file at a commit and reports adds, deletes and renames since it', async () => {
    repo = makeRepo();
    const body = (title: string) =>
      `# ${title}\n\n${'A paragraph that stays the same across the rename. '.repeat(8)}\n`;
    repo.write('docs/keep.md', body('Keep'));
    repo.write('docs/old name.md', body('Moved'));
    repo.write('docs/gone.md', '# Gone\n\nNothing in common with any other file.\n');
    const base = repo.commit('base');
    repo.git('mv', 'docs/old name.md', 'docs/new name.md');
    repo.remove('docs/gone.md');
    repo.write('docs/keep.md', `${body('Keep')}More.\n`);
    repo.write('docs/added.md', '# Added\n\nBrand new words here.\n');
    repo.commit('change');

    expect(await showFile(base, 'docs/old name.md', repo.dir)).toBe(body('Moved'));
    expect(await showFile(base, 'docs/added.md', repo.dir)).toBeUndefined();
    const changes = await changesSince(base, repo.dir);
    expect(changes.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { status: 'added', path: 'docs/added.md', from: undefined },
      { status: 'deleted', path: 'docs/gone.md', from: undefined },
      { status: 'modified', path: 'docs/keep.md', from: undefined },
      { status: 'renamed', path: 'docs/new name.md', from: 'docs/old name.md' },
    ]);
    // Pathspecs are literal and relative to the working directory.
    expect(await changesSince(base, path.join(repo.dir, 'docs'), ['keep.md'])).toEqual([
      { status: 'modified', path: 'docs/keep.md', from: undefined },
    ]);
  });

  it('lists files changed since the fork point, with uncommitted and untracked ones, without deleted ones', async () => {
    repo = makeRepo();
    repo.write('a.md', 'a');
    repo.write('b.md', 'b');
    repo.write('c.md', 'c');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('a.md', 'a2');
    repo.commit('feature change');
    repo.remove('c.md');
    repo.write('b.md', 'b2 uncommitted');
    repo.write('new/d.md', 'd untracked');
    repo.git('checkout', '-q', 'main');
    // main moves on after the fork: its changes are not the feature's.
    repo.git('stash', '-q', '-u');
    repo.write('main-only.md', 'm');
    repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    repo.git('stash', 'pop', '-q');
    const files = await changedFiles('main', repo.dir);
    expect(files.map((f) => path.relative(repo!.dir, f))).toEqual(['a.md', 'b.md', path.join('new', 'd.md')]);
  });
});
