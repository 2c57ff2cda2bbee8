// The `git` binary, run safely: argument arrays (never a shell), revisions checked so none is read as
// an option, and git's failures turned into one clear line. Used by `diff` and `--changed-since`.
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './exit.js';

interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Options that keep a repository's own settings from running programs or changing output:
 * no external diff or textconv drivers, no pager, paths printed raw.
 */
const safeConfig = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.pager=cat', '--no-pager'];

/** 256 MiB: a document is at most a few MB; this bounds what one `git show` may hold in memory. */
const maxBuffer = 256 * 1024 * 1024;

function run(args: string[], cwd: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...safeConfig, ...args],
      {
        cwd,
        maxBuffer,
        encoding: 'buffer',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : error
              ? -1
              : 0;
        if (error && code === -1) {
          const cause =
            (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
          reject(new CliError(`git: ${cause}`));
          return;
        }
        resolve({ code, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
      },
    );
  });
}

/** The first line git wrote to stderr, for an error message. */
function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.replace(/^(fatal|error): /, '') ?? 'failed'
  );
}

/**
 * Refuses what git could read as an option (`--output=/tmp/x`) or that cannot be a revision.
 * Checked before anything runs, even though every call also ends options explicitly.
 */
export function checkRevision(revision: string): string {
  if (revision === '' || revision.startsWith('-') || /[\0\r\n]/.test(revision)) {
    throw new CliError(
      `invalid revision '${revision.replace(/[\0\r\n]/g, '?')}': a revision cannot be empty, contain a line break or start with '-'`,
    );
  }
  return revision;
}

/** The top directory of the repository holding `cwd`; exits 2 when there is none. */
export async function repoRoot(cwd: string): Promise<string> {
  if (!existsSync(cwd)) throw new CliError(`${cwd}: no such directory`);
  const out = await run(['rev-parse', '--show-toplevel'], cwd);
  if (out.code !== 0) throw new CliError(`${cwd}: not inside a git repository`);
  return out.stdout.trim();
}

/** The commit a revision names (branch, tag, sha, `HEAD~2`); exits 2 with a clear line when git does not know it. */
export async function resolveCommit(revision: string, cwd: string): Promise<string> {
  checkRevision(revision);
  await repoRoot(cwd);
  const out = await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  if (out.code !== 0)
    throw new CliError(`unknown revision '${revision}': not a branch, tag or commit in this repository`);
  return out.stdout.trim();
}

/** The text of a file at a commit (`git show <commit>:<path>`), `path` relative to the repository root; undefined when absent. */
export async function showFile(commit: string, repoPath: string, cwd: string): Promise<string | undefined> {
  checkRevision(commit);
  const out = await run(['show', '--no-textconv', '--end-of-options', `${commit}:${toGitPath(repoPath)}`], cwd);
  return out.code === 0 ? out.stdout : undefined;
}

export type ChangeStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied' | 'type-changed';

export interface FileStatus {
  status: ChangeStatus;
  /** Path relative to the repository root, in the working tree (for a deleted file: at the base). */
  path: string;
  /** Path at the base, for renames and copies. */
  from: string | undefined;
}

const statusCodes: Record<string, ChangeStatus> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/**
 * Files that differ between a commit and the working tree, with renames detected
 * (`git diff --name-status -M <commit> -- <paths>`). Paths are relative to the repository root.
 */
export async function changesSince(commit: string, cwd: string, pathspecs: string[] = []): Promise<FileStatus[]> {
  checkRevision(commit);
  const args = [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--end-of-options',
    commit,
    '--',
    ...literalPathspecs(pathspecs),
  ];
  const out = await run(args, cwd);
  if (out.code !== 0) throw new CliError(`git diff against ${commit}: ${firstLine(out.stderr)}`);
  const fields = out.stdout.split('\0');
  const result: FileStatus[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const code = fields[i++]!;
    const status = statusCodes[code.charAt(0)];
    if (code.startsWith('R') || code.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (status) result.push({ status, path: to, from });
    } else {
      const file = fields[i++]!;
      if (status) result.push({ status, path: file, from: undefined });
    }
  }
  return result;
}

/** Files git does not track yet but does not ignore either: new documents not yet committed. */
export async function untrackedFiles(cwd: string, pathspecs: string[] = []): Promise<string[]> {
  const out = await run(
    ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...literalPathspecs(pathspecs)],
    cwd,
  );
  if (out.code !== 0) throw new CliError(`git ls-files: ${firstLine(out.stderr)}`);
  return out.stdout.split('\0').filter(Boolean);
}

/** Files at a commit under the given paths (relative to the repository root). */
export async function filesAt(commit: string, cwd: string, pathspecs: string[] = []): Promise<string[]> {
  checkRevision(commit);
  const out = await run(
    ['ls-tree', '-r', '-z', '--name-only', '--full-name', commit, '--', ...literalPathspecs(pathspecs)],
    cwd,
  );
  if (out.code !== 0) throw new CliError(`git ls-tree ${commit}: ${firstLine(out.stderr)}`);
  return out.stdout.split('\0').filter(Boolean);
}

/**
 * The files changed since `ref`, as absolute paths that exist now: committed changes since the point
 * where the current branch left `ref` (so a base branch that moved on adds nothing), uncommitted
 * changes, and new untracked files. Deleted files are left out: there is nothing to lint.
 */
export async function changedFiles(ref: string, cwd: string): Promise<string[]> {
  const root = await repoRoot(cwd);
  const target = await resolveCommit(ref, cwd);
  const base = await mergeBase(target, cwd);
  const changed = await changesSince(base, root);
  const untracked = await untrackedFiles(root);
  const files = new Set<string>();
  for (const change of changed) if (change.status !== 'deleted') files.add(path.join(root, change.path));
  for (const file of untracked) files.add(path.join(root, file));
  return [...files].filter((file) => existsSync(file)).sort();
}

/** Where HEAD forked from `commit`; the commit itself when there is no common history or no HEAD yet. */
async function mergeBase(commit: string, cwd: string): Promise<string> {
  const out = await run(['merge-base', '--end-of-options', commit, 'HEAD'], cwd);
  return out.code === 0 && out.stdout.trim() !== '' ? out.stdout.trim() : commit;
}

/** Pathspecs taken literally, so a file named `*.md` or `:(exclude)x` means just that file. */
function literalPathspecs(pathspecs: string[]): string[] {
  return pathspecs.map((spec) => `:(literal)${toGitPath(spec)}`);
}

function toGitPath(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * `--changed-since <ref>`: a test for "this file changed since ref". Compares real paths, so a
 * working directory reached through a symbolic link (macOS /tmp) still matches git's paths.
 */
export async function changedSince(ref: string, cwd: string): Promise<(file: string) => boolean> {
  const changed = new Set((await changedFiles(ref, cwd)).map(realOrSame));
  return (file) => changed.has(realOrSame(file));
}

/** The real path of a file (symbolic links resolved), or the path itself when it does not exist. */
export function realOrSame(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export interface FileCommit {
  commit: string;
  /** Author date, ISO 8601: when the change was written, which a rebase does not move. */
  date: string;
  /** The file's path at that commit, relative to the repository root (renames followed). */
  path: string;
}

/**
 * The commits that changed a file, newest first, following renames (`git log --follow`), at most
 * `limit`. Empty when the file was never committed or the repository has no commit yet.
 */
export async function fileLog(repoPath: string, cwd: string, limit = 200): Promise<FileCommit[]> {
  const args = [
    'log',
    '--follow',
    '--no-color',
    `--max-count=${limit}`,
    '--format=%x1e%H %aI',
    '--name-only',
    '-z',
    '--end-of-options',
    'HEAD',
    '--',
    toGitPath(repoPath),
  ];
  const out = await run(args, cwd);
  if (out.code !== 0) return [];
  const commits: FileCommit[] = [];
  for (const record of out.stdout.split('\x1e')) {
    const [header = '', rest = ''] = record.split('\0');
    const [commit, date] = header.split(' ');
    const file = rest.replace(/^\n/, '');
    if (commit && date && file) commits.push({ commit, date, path: file });
  }
  return commits;
}
