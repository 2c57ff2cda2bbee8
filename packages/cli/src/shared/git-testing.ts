// Test helper: throwaway git repositories built commit by commit, isolated from the machine's git config.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Keeps the user's and the system's git config (hooks, signing, aliases) out of test repositories. */
export const gitEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmpdir(), 'prfaq-no-global-gitconfig'),
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string): string;
  cleanup(): void;
}

export function makeRepo(): TestRepo {
  Object.assign(process.env, gitEnv);
  const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-git-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test Author', '-c', 'user.email=author@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        env: { ...process.env, ...gitEnv },
        encoding: 'utf8',
      },
    );
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    remove(file) {
      rmSync(path.join(dir, file));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
