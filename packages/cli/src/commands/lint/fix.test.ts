// `prfaq lint --fix`, `--fix-dry-run` and `--fix-type` through main() with the real rule catalogue, on
// copies of the bundled examples and on small documents: exact outputs, atomic writes, refusals.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  lstatSync,
  symlinkSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatch } from 'diff';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../shared/testing.js';
import { hashInput, type FixedResult } from '../../runner/result.js';
import { writeFixes } from './fix.js';

// Lets one test make rename() fail the way a crash between writing the temporary file and renaming it would.
const crash = vi.hoisted(() => ({ rename: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (crash.rename) throw Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
      return actual.rename(from, to);
    },
  };
});

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const expectedDir = path.join(repo, 'packages/lint/fixtures/_fixed/examples');
const update = process.env.PRFAQ_UPDATE === '1';

let root: string;
const write = (rel: string, content: string) => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};
const run = (...args: string[]) => runCli(root, ...args);

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'prfaq-fix-')));
  mkdirSync(path.join(root, '.git'));
  crash.rename = false;
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

// Missing Solution and Internal FAQ, an alias status, a missing frontmatter key; CRLF and a BOM.
const broken = [
  '\uFEFF---',
  'title: Instant Payouts',
  'status: draft',
  '---',
  '',
  '# Acme launches Instant Payouts',
  '',
  '## Summary',
  '',
  'Merchants get paid within 1 hour instead of 3 days.',
  '',
  '## Problem',
  '',
  'Merchants wait three days for their money.',
  '',
  '## FAQ',
  '',
  '### External FAQ',
  '',
  '#### How much does it cost?',
  '',
  'One percent of the payout.',
  '',
  '## Objections',
  '',
  '| Stakeholder | Objection | Status | Owner | Resolution |',
  '| --- | --- | --- | --- | --- |',
  '| Finance | Fraud losses | Done | Raj Patel | 24-hour hold on new accounts |',
  '',
].join('\r\n');

describe('prfaq lint --fix on the bundled examples', () => {
  const examples = readdirSync(path.join(repo, 'examples')).filter(
    (name) => name.endsWith('.md') && !name.endsWith('.expected.md'),
  );

  it('writes exactly the reviewed output for every example, and a second run changes nothing', async () => {
    expect(examples.length).toBeGreaterThan(0);
    cpSync(path.join(repo, 'examples'), path.join(root, 'examples'), { recursive: true });
    await run('lint', '--fix', 'examples');
    for (const name of examples) {
      const input = readFileSync(path.join(repo, 'examples', name), 'utf8');
      const output = readFileSync(path.join(root, 'examples', name), 'utf8');
      const expectedFile = path.join(expectedDir, name);
      if (update) {
        if (output !== input) writeFileSync(expectedFile, output);
        else rmSync(expectedFile, { force: true });
      }
      // No expectation file means the reviewed answer is "--fix leaves this example alone".
      expect(output, name).toBe(existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : input);
    }
    const again = await run('lint', '--fix', 'examples');
    expect(again.err).toContain('prfaq: fixed 0 problems in 0 files;');
    for (const name of readdirSync(expectedDir))
      expect(examples, `${name} is the expectation of no example`).toContain(name);
  });
});

describe('prfaq lint --fix', () => {
  it('fixes in place keeping BOM, CRLF and file mode, and says what was fixed and what remains', async () => {
    const file = write('prfaq/payouts.md', broken);
    chmodSync(file, 0o640);
    const { code, err } = await run('lint', '--fix', '--format', 'json');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\uFEFF---\r\ntitle: Instant Payouts\r\nstatus: draft\r\nowner:\r\n---\r\n')).toBe(true);
    expect(fixed).toContain('\r\n## Solution\r\n\r\n<!-- How the product removes the problem');
    expect(fixed).toContain('\r\n### Internal FAQ\r\n\r\n<!-- Questions the decision makers will ask');
    expect(fixed).toContain('| Finance | Fraud losses | resolved | Raj Patel |');
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual(['payouts.md']);
    expect(err).toMatch(/^prfaq: fixed \d+ problems in 1 file; \d+ remain\n$/);
    expect(code).toBe(1); // the owner written as an empty key is still an error to fill in
  });

  it('writes through a symbolic link to the real file and keeps the link', async () => {
    const real = write('shared/payouts.md', broken);
    mkdirSync(path.join(root, 'prfaq'));
    symlinkSync(real, path.join(root, 'prfaq/payouts.md'));
    await run('lint', '--fix', 'prfaq/payouts.md');
    expect(lstatSync(path.join(root, 'prfaq/payouts.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('## Solution');
  });

  it('--fix-dry-run prints a unified diff that turns the file into the fixed text, and writes nothing', async () => {
    const file = write('prfaq/payouts.md', broken);
    // With the report in a file, stdout is the patch alone.
    const dry = await run('lint', '--fix-dry-run', '-o', 'report.txt');
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(dry.out.startsWith('--- a/prfaq/payouts.md\n+++ b/prfaq/payouts.md\n@@ ')).toBe(true);
    expect(dry.err).toMatch(
      /^prfaq: \d+ problems would be fixed in 1 file; \d+ remain \(--fix-dry-run: nothing written\)\n$/,
    );
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).not.toMatch(/problems? fixed/);
    await run('lint', '--fix');
    expect(applyPatch(broken, dry.out)).toBe(readFileSync(file, 'utf8'));
  });

  it('--fix-dry-run keeps a machine-readable report on stdout and sends the diff to stderr', async () => {
    write('prfaq/payouts.md', broken);
    const dry = await run('lint', '--fix-dry-run', '--format', 'json');
    expect(JSON.parse(dry.out).results[0].output).toContain('## Solution');
    expect(dry.err).toContain('+++ b/prfaq/payouts.md');
  });

  it('--fix-type applies only the kinds asked for', async () => {
    const file = write('prfaq/payouts.md', broken);
    await run('lint', '--fix', '--fix-type', 'objections');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(broken.replace('| Done |', '| resolved |'));
  });

  it('rejects an unknown fix type, and --fix-type without --fix, with one line and exit 2', async () => {
    write('prfaq/payouts.md', broken);
    expect(await run('lint', '--fix', '--fix-type', 'structure,layout')).toEqual({
      code: 2,
      out: '',
      err: 'prfaq: --fix-type structure,layout: unknown fix type "layout"; expected a comma-separated list of structure, frontmatter, objections, writing\n',
    });
    expect((await run('lint', '--fix-type', 'structure')).err).toBe(
      'prfaq: --fix-type: use it with --fix or --fix-dry-run\n',
    );
  });

  it('leaves the original intact and no temporary file behind when the process fails between write and rename', async () => {
    const file = write('prfaq/payouts.md', broken);
    crash.rename = true;
    const { code, err } = await run('lint', '--fix');
    expect(code).toBe(2);
    expect(err).toBe('prfaq: prfaq/payouts.md: cannot write the fixed file (EIO)\n');
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(readdirSync(path.dirname(file))).toEqual(['payouts.md']);
  });

  it('leaves the original intact when the process is killed (SIGKILL) between writing the temporary file and the rename', () => {
    const file = write('prfaq/payouts.md', broken);
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        new URL('../../../test/workers/ts-register.mjs', import.meta.url).href,
        fileURLToPath(new URL('../../../test/fix/kill-child.ts', import.meta.url)),
        file,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe(broken);
    // A killed process cannot clean up: its flushed temporary file stays, hidden and not a .md file, so never linted.
    const left = readdirSync(path.dirname(file)).filter((name) => name !== 'payouts.md');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.payouts\\.md\\.${child.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(readFileSync(path.join(path.dirname(file), left[0]!), 'utf8')).toBe(`${broken}fixed\n`);
  }, 60_000);

  it('refuses to write a file that changed on disk after it was linted', async () => {
    const file = write('prfaq/payouts.md', 'edited by someone else\n');
    const stale: FixedResult = {
      path: 'prfaq/payouts.md',
      diagnostics: [],
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableCount: 0,
      output: 'fixed text\n',
      fixedCount: 1,
      inputHash: hashInput('the text that was linted\n'),
    };
    const refused = await writeFixes([{ path: file, displayPath: 'prfaq/payouts.md' }], [stale]);
    expect(refused).toEqual([
      'prfaq: prfaq/payouts.md: changed on disk while it was being linted; not fixed (run prfaq lint --fix again)',
    ]);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
    const fresh = await writeFixes(
      [{ path: file, displayPath: 'prfaq/payouts.md' }],
      [{ ...stale, inputHash: hashInput('edited by someone else\n') }],
    );
    expect(fresh).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('fixed text\n');
  });
});
