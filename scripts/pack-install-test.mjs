#!/usr/bin/env node
// Installs the packages the way a user does: packs every publishable package (`pnpm pack`, which
// rewrites workspace: ranges and runs prepack), checks what each tarball holds, then installs all the
// tarballs with npm into an empty folder outside the workspace and runs the commands and imports users
// run. Prints one TAP-like line per check (`ok <name>` / `not ok <name>`) and exits 1 on any failure.
// Needs `pnpm build` first (the tarballs ship dist/) and the npm registry for third-party dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const isWindows = process.platform === 'win32';
let failed = 0;

function report(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} ${name}`);
  if (!ok) {
    failed++;
    if (detail)
      console.log(
        detail
          .trim()
          .split('\n')
          .slice(0, 20)
          .map((line) => `    ${line}`)
          .join('\n'),
      );
  }
}

/** Runs a command with stdin closed (nothing may prompt); never throws. */
function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: isWindows,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return {
    code: result.status,
    out: result.stdout ?? '',
    err: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

/** The publishable packages: every packages/* without `private: true`. */
function publishable() {
  return readdirSync(path.join(root, 'packages'))
    .map((dir) => path.join(root, 'packages', dir))
    .filter((dir) => existsSync(path.join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
}

function pack(dir, into) {
  const before = new Set(readdirSync(into));
  execFileSync('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', into], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: isWindows,
  });
  const made = readdirSync(into).filter((file) => !before.has(file) && file.endsWith('.tgz'));
  if (made.length !== 1) throw new Error(`${dir}: expected one tarball, got ${made.join(', ') || 'none'}`);
  return path.join(into, made[0]);
}

const tarList = (tarball) => execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
const tarRead = (tarball, file) => execFileSync('tar', ['-xzOf', tarball, file], { encoding: 'utf8' });

/** Every dependency range in the packed package.json, as `name@range`. */
function ranges(manifest) {
  return ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    Object.entries(manifest[field] ?? {}).map(([name, range]) => `${name}@${range}`),
  );
}

function checkTarball(name, tarball) {
  const files = tarList(tarball).map((file) => file.replace(/^package\//, ''));
  const manifest = JSON.parse(tarRead(tarball, 'package/package.json'));
  const workspaceRanges = ranges(manifest).filter((spec) => spec.includes('workspace:'));
  report(`${name}: no workspace: ranges`, workspaceRanges.length === 0, workspaceRanges.join('\n'));
  const unwanted = files.filter((file) => /\.test\.|(^|\/)(fixtures|testdata|test)\/|\.map$|\.tsbuildinfo$/.test(file));
  report(`${name}: no tests, fixtures or source maps`, unwanted.length === 0, unwanted.join('\n'));
  report(`${name}: has LICENSE`, files.includes('LICENSE'));
  console.log(`# ${path.basename(tarball)} ${statSync(tarball).size} bytes, ${files.length} files`);
  return { manifest, files };
}

const DOC = `---
title: Instant Payouts
status: draft
---

# Acme launches Instant Payouts for store owners

## Summary

Store owners get their money in minutes instead of days.

## FAQ

### How much does it cost?

One percent per payout.
`;

/** The checks on the installed packages, each `[name, () => true | string]` (a string is the failure detail). */
function installedChecks(dir, version) {
  return [...commandChecks(dir, version), ...libraryChecks(dir, version)];
}

const binIn = (dir) => (name, args) => run('npx', ['--no-install', name, ...args], dir);

/** prfaq's commands, as users run them. */
function commandChecks(dir, version) {
  const bin = binIn(dir);
  return [
    [
      'npx prfaq --version prints the version',
      () => {
        const r = bin('prfaq', ['--version']);
        return r.code === 0 && r.out.trim() === version ? true : `exit ${r.code}: ${r.out}${r.err}`;
      },
    ],
    [
      'npx prfaq lint doc.md reports findings on stdout (exit 0 or 1)',
      () => {
        const r = bin('prfaq', ['lint', 'doc.md']);
        return (r.code === 0 || r.code === 1) && r.out.includes('doc.md') ? true : `exit ${r.code}: ${r.out}${r.err}`;
      },
    ],
    [
      'npx prfaq new --yes writes a document',
      () => {
        const r = bin('prfaq', ['new', '-t', 'feature', '--title', 'Bulk edit', '--yes', 'prfaq/bulk-edit.md']);
        return r.code === 0 && readIf(path.join(dir, 'prfaq/bulk-edit.md')).includes('Bulk edit')
          ? true
          : `exit ${r.code}: ${r.out}${r.err}`;
      },
    ],
    [
      'npx prfaq report --html writes the page',
      () => {
        const r = bin('prfaq', ['report', '.', '--html', 'report.html']);
        return r.code === 0 && readIf(path.join(dir, 'report.html')).includes('<html')
          ? true
          : `exit ${r.code}: ${r.out}${r.err}`;
      },
    ],
    ['npx prfaq init writes a versioned $schema URL that names the shipped schema', () => checkInit(dir, version)],
  ];
}

/** The packages used as libraries, the schema file `prfaq init`'s $schema points at, the other binaries. */
function libraryChecks(dir, version) {
  const bin = binIn(dir);
  const importCheck = (code) => {
    const result = run(process.execPath, ['--input-type=module', '-e', code], dir);
    return result.code === 0 && result.out.includes('ok') ? true : result.out + result.err;
  };
  return [
    [
      'import @prfaq/core and parse a document',
      () =>
        importCheck(
          `import { parse } from '@prfaq/core'; const d = parse(${JSON.stringify(DOC)}); console.log(d && typeof d === 'object' ? 'ok' : 'bad');`,
        ),
    ],
    [
      'import @prfaq/lint and lint a document',
      () =>
        importCheck(
          `import { lint } from '@prfaq/lint'; const r = lint(${JSON.stringify(DOC)}, { path: 'doc.md' }); console.log(Array.isArray(r.diagnostics) && r.diagnostics.length > 0 ? 'ok' : JSON.stringify(r));`,
        ),
    ],
    [
      'import @prfaq/lint/config, /reporters, /rules and @prfaq/core/stakeholders',
      () =>
        importCheck(
          `const [c, r, l, s] = await Promise.all(['@prfaq/lint/config', '@prfaq/lint/reporters', '@prfaq/lint/rules', '@prfaq/core/stakeholders'].map((m) => import(m))); console.log(typeof c.resolveConfig === 'function' && typeof r.reporters.stylish === 'function' && l.rules.length > 0 && l.ENGINE_IDS.ioError === 'io-error' && s.personKey('Ana Li') === s.personKey('ana li') ? 'ok' : 'bad');`,
        ),
    ],
    [
      'import @prfaq/markdownlint and remark-lint-prfaq',
      () =>
        importCheck(
          `const a = await import('@prfaq/markdownlint'); const b = await import('remark-lint-prfaq'); console.log(a && b ? 'ok' : 'bad');`,
        ),
    ],
    [
      'node_modules/@prfaq/lint/schema/config.schema.json is JSON',
      () => {
        try {
          JSON.parse(readFileSync(path.join(dir, 'node_modules/@prfaq/lint/schema/config.schema.json'), 'utf8'));
          return true;
        } catch (error) {
          return String(error);
        }
      },
    ],
    [
      'npx prfaq-language-server --version',
      () => {
        const r = bin('prfaq-language-server', ['--version']);
        return r.code === 0 && r.out.includes(version) ? true : `exit ${r.code}: ${r.out}${r.err}`;
      },
    ],
    [
      'prfaq-action bin is installed',
      () =>
        existsSync(path.join(dir, 'node_modules/.bin', isWindows ? 'prfaq-action.cmd' : 'prfaq-action'))
          ? true
          : 'missing node_modules/.bin/prfaq-action',
    ],
  ];
}

function readIf(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** `prfaq init` in a sub-folder: its config's $schema must be the unpkg URL of the installed @prfaq/lint's schema. */
function checkInit(dir, version) {
  const sub = path.join(dir, 'init-here');
  run('git', ['init', '-q', sub], dir);
  const r = run('npx', ['--no-install', 'prfaq', 'init'], sub);
  const schema = readIf(path.join(sub, 'prfaq.config.yaml')).match(/^\$schema: (\S+)/m)?.[1];
  const lintVersion = JSON.parse(readFileSync(path.join(dir, 'node_modules/@prfaq/lint/package.json'), 'utf8')).version;
  const want = `https://unpkg.com/@prfaq/lint@${lintVersion}/schema/config.schema.json`;
  const shipped = existsSync(path.join(dir, 'node_modules/@prfaq/lint/schema/config.schema.json'));
  if (r.code !== 0) return `exit ${r.code}: ${r.out}${r.err}`;
  return schema === want && shipped && lintVersion === version
    ? true
    : `$schema ${schema}, expected ${want} (schema shipped: ${shipped})`;
}

function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'prfaq-pack-'));
  const tarballs = path.join(work, 'tarballs');
  const app = path.join(work, 'app');
  execFileSync('mkdir', ['-p', tarballs, app]);
  try {
    const packed = publishable().map(({ dir, manifest }) => ({
      name: manifest.name,
      version: manifest.version,
      tarball: pack(dir, tarballs),
    }));
    for (const { name, tarball } of packed) checkTarball(name, tarball);
    const version = packed.find((p) => p.name === 'prfaq')?.version;

    writeFileSync(
      path.join(app, 'package.json'),
      `${JSON.stringify({ name: 'prfaq-install-test', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
    );
    writeFileSync(path.join(app, 'doc.md'), DOC);
    // npm, not pnpm: the layout most users get. The tarballs satisfy each other's exact versions.
    const install = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((p) => p.tarball)],
      app,
    );
    report('npm install <the tarballs> outside the workspace', install.code === 0, install.out + install.err);
    if (install.code !== 0) return;
    for (const [name, check] of installedChecks(app, version)) {
      let result;
      try {
        result = check();
      } catch (error) {
        result = String(error?.stack ?? error);
      }
      report(name, result === true, result === true ? '' : result);
    }
  } catch (error) {
    report('pack and install', false, String(error?.stack ?? error));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
process.exitCode = failed > 0 ? 1 : 0;
