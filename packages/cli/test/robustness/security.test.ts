// No code execution from what a pull request brings (configs, templates, documents): the source tree
// itself is checked for the constructs that could run code or reach a shell.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../../', import.meta.url));

function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const pkg of ['core', 'lint', 'cli']) {
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          entry.name.endsWith('.ts') &&
          !entry.name.endsWith('.test.ts') &&
          !/testing|fixture/.test(entry.name)
        ) {
          out.push({ file: path.relative(packages, full), text: readFileSync(full, 'utf8') });
        }
      }
    };
    walk(path.join(packages, pkg, 'src'));
  }
  return out;
}

/** Comments are prose, not code. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('no code execution', () => {
  const files = sources();

  it('reads the shipped sources (the scan is not vacuous)', () => {
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['lint/src/config/load.ts', 'core/src/frontmatter.ts', 'cli/src/shared/git.ts']),
    );
  });

  it('has no eval, Function constructor or vm', () => {
    for (const { file, text } of files) {
      expect(code(text), file).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|node:vm/);
    }
  });

  it('loads modules (import(), require) only by a literal name: its own files or a dependency, never a path from input', () => {
    let checked = 0;
    for (const { file, text } of files) {
      // `typeof import('x')` is a type, not a load.
      const body = code(text).replace(/typeof\s+import\s*\(/g, 'typeof_import(');
      for (const match of body.matchAll(/(?:\bimport|\brequire|createRequire\([^)]*\))\s*\(\s*([^)]*)\)/g)) {
        checked++;
        const argument = match[1]!.trim();
        // Its own file, a dependency, or a Node builtin named with its `node:` prefix.
        const literal = /^'(\.{1,2}\/[^']+\.js|[@a-z][\w@/.-]*|node:[a-z][a-z_/]*)'$/.test(argument);
        // A pool worker (worker.ts) loads `task`, a URL lint-many.ts makes from its own import.meta.url, never a user path.
        const worker = file === path.join('cli', 'src', 'runner', 'worker.ts') && argument === 'data.task';
        // createRequire(import.meta.url) itself.
        const base = argument === 'import.meta.url';
        expect(literal || worker || base, `${file}: ${match[0]}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('runs child processes only in git.ts, with execFile and an argument array (no shell)', () => {
    for (const { file, text } of files) {
      if (file === path.join('cli', 'src', 'shared', 'git.ts')) {
        expect(code(text)).toMatch(/execFile\(\s*'git',\s*\[/);
        expect(code(text)).not.toMatch(/shell\s*:|\bexec\(|execSync|spawn/);
      } else {
        expect(code(text), file).not.toMatch(/node:child_process/);
      }
    }
  });

  it('parses YAML only with the yaml package defaults: no custom tags, no YAML 1.1 object types on request', () => {
    for (const { file, text } of files) {
      expect(code(text), file).not.toMatch(/customTags|schema:\s*'yaml-1\.1'|js-yaml/);
    }
  });

  it('reaches the network only from the GitHub Action comment, which is opt-in', () => {
    for (const { file, text } of files) {
      if (/\bfetch\s*\(|node:https?['"]|node:net['"]/.test(code(text))) expect(file).toMatch(/^cli\/src\/action\//);
    }
  });
});
