// `prfaq lint` and `prfaq rules` through main(), on real files in temp directories, with small test
// rules in place of the catalogue so that every expectation is exact.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigResolver } from '../../shared/files.js';
import { main } from '../../main.js';
import { lintFiles } from '../../runner/lint-file.js';
import { captureIo, runCli } from '../../shared/testing.js';

vi.mock('../../../../lint/src/rules/index.ts', async (importOriginal) => {
  const { wordRule } = await import('../../../../lint/src/testing/rules.js');
  return {
    // ENGINE_IDS and FIX_TYPES, which the module also exports, stay real.
    ...(await importOriginal<Record<string, unknown>>()),
    rules: [
      wordRule('no-foo', 'foo', 'warn'),
      wordRule('no-bar', 'bar', 'error', 'BAR'),
      wordRule('no-baz', 'baz', 'off'),
    ],
    docsUrl: (id: string) => `https://docs.test/rules/${id}.md`,
  };
});

let root: string;
const write = (rel: string, content: string | Buffer) => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};
const run = (...args: string[]) => runCli(root, ...args);

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'prfaq-lint-')));
  mkdirSync(path.join(root, '.git'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('prfaq lint: exit codes', () => {
  it('0 when there are no problems', async () => {
    write('prfaq/clean.md', '# Clean\n\nNothing to see.\n');
    expect(await run('lint')).toEqual({ code: 0, out: '✔ no problems in 1 file\n', err: '' });
  });

  it('0 with warnings only, 1 past --max-warnings (even with --quiet)', async () => {
    write('prfaq/warn.md', '# W\n\nfoo\n');
    expect((await run('lint')).code).toBe(0);
    expect((await run('lint', '--max-warnings', '1')).code).toBe(0);
    const over = await run('lint', '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.err).toBe('prfaq: 1 warning found; --max-warnings allows 0\n');
    const quiet = await run('lint', '--quiet', '--max-warnings', '0');
    expect(quiet.code).toBe(1);
    expect(quiet.out).toBe('✔ no problems in 1 file\n');
  });

  it('1 when there is an error, with stylish output a person can act on', async () => {
    write('prfaq/a.md', '# A\n\nfoo then bar\n');
    const { code, out } = await run('lint');
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual(
      [
        'prfaq/a.md',
        '  3:1  warning  Unexpected "foo"  no-foo',
        '  3:10  error    Unexpected "bar"  no-bar',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '  1 problem fixable with --fix',
        '',
      ].map((line) => line.replace('3:1  warning', '3:1   warning')),
    );
  });

  it('2 when a path matches nothing, unless allowed', async () => {
    const missing = await run('lint', 'nope.md');
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe(
      'prfaq: nope.md: no such file or directory (use --no-error-on-unmatched-pattern to allow this)\n',
    );
    expect((await run('lint', 'nope.md', '--no-error-on-unmatched-pattern')).code).toBe(0);
    write('docs/notes.md', 'foo\n');
    const dir = await run('lint', 'docs');
    expect(dir.code).toBe(2);
    expect(dir.err).toMatch(
      /^prfaq: docs: no PR\/FAQ found in this directory \(looked for \*\*\/\*\.prfaq\.md, .*\*\*\/press-release\.md\); skipped docs\/notes\.md, which matches none of them; to lint one, name the file on the command line, rename it to \*\.prfaq\.md, or add it to "files" in prfaq\.config\.yaml \(use --no-error-on-unmatched-pattern to allow this\)\n$/,
    );
    write('docs/plan.md', 'foo\n');
    expect((await run('lint', 'docs')).err).toContain(
      'skipped 2 Markdown files that match none of them (docs/notes.md, docs/plan.md); to lint one,',
    );
  });

  it('2 with one line for a bad config', async () => {
    write('prfaq.config.yaml', 'rules:\n  no-foo: warning\n');
    write('prfaq/a.md', 'foo\n');
    const { code, out, err } = await run('lint');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `prfaq: prfaq.config.yaml:2:11: rules.no-foo: must be one of off, info, warn, error, or [severity, { options }]; got "warning"\n`,
    );
  });

  it('2 for a bad flag value', async () => {
    write('prfaq/a.md', 'x\n');
    expect((await run('lint', '--format', 'xml')).err).toBe(
      'prfaq: --format xml: unknown format; expected one of stylish, json, sarif, github, junit, markdown\n',
    );
    expect((await run('lint', '--rule', 'no-such-rule')).code).toBe(2);
    expect((await run('lint', '--max-warnings', 'many')).code).toBe(2);
  });

  it('2 when a file cannot be read, after linting the others', async () => {
    write('prfaq/binary.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x0a]));
    write('prfaq/latin1.md', Buffer.from('# Caf\xe9\n', 'latin1'));
    write('prfaq/utf16.md', Buffer.from('\ufeff# Hi\n', 'utf16le'));
    write('prfaq/good.md', '# Good\n\nbar\n');
    const { code, out } = await run('lint', '--format', 'json');
    expect(code).toBe(2);
    const report = JSON.parse(out);
    const byPath = Object.fromEntries(
      report.results.map((r: { path: string; diagnostics: Array<{ ruleId: string; message: string }> }) => [
        r.path,
        r.diagnostics.map((d) => `${d.ruleId}: ${d.message}`),
      ]),
    );
    expect(byPath).toEqual({
      'prfaq/binary.md': ['io-error: the file looks binary (it contains NUL bytes); expected UTF-8 Markdown'],
      'prfaq/good.md': ['no-bar: Unexpected "bar"'],
      'prfaq/latin1.md': [
        'io-error: the file is not valid UTF-8 (byte 0xE9 at offset 5); expected UTF-8 Markdown (save it as UTF-8)',
      ],
      'prfaq/utf16.md': ['io-error: the file is UTF-16 encoded; expected UTF-8 Markdown (save it as UTF-8)'],
    });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as io-error', async () => {
    const file = write('prfaq/secret.md', 'x\n');
    chmodSync(file, 0o000);
    const { code, out } = await run('lint');
    expect(code).toBe(2);
    expect(out).toContain('permission denied');
  });

  it('reports a file that became a directory or vanished after discovery as io-error', async () => {
    mkdirSync(path.join(root, 'prfaq/odd.md'), { recursive: true });
    const configs = new ConfigResolver({ cwd: root });
    const options = { configs, fix: false, only: undefined, reportUnusedDirectives: undefined };
    const [dir, gone] = await lintFiles(
      [
        { path: path.join(root, 'prfaq/odd.md'), displayPath: 'prfaq/odd.md' },
        { path: path.join(root, 'prfaq/gone.md'), displayPath: 'prfaq/gone.md' },
      ],
      options,
    );
    expect(dir!.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['io-error', 'error', 'is a directory; expected a Markdown file'],
    ]);
    expect(gone!.diagnostics.map((d) => d.message)).toEqual(['no such file (was it deleted or moved during the run?)']);
  });
});

describe('prfaq lint: files, config and flags', () => {
  it('searches directories with the default files globs, .gitignore and config ignores; explicit files always', async () => {
    write('README.md', 'foo\n');
    write('docs/guide.md', 'foo\n');
    write('docs/payouts.prfaq.md', 'foo\n');
    write('prfaq/b.md', 'foo\n');
    write('prfaq/a.md', 'foo\n');
    write('prfaq/generated/x.md', 'foo\n');
    write('prfaq/node_modules/y.md', 'foo\n');
    write('.gitignore', 'generated/\n');
    const paths = async (...args: string[]) =>
      JSON.parse((await run('lint', '--format', 'json', ...args)).out).results.map((r: { path: string }) => r.path);
    expect(await paths()).toEqual(['docs/payouts.prfaq.md', 'prfaq/a.md', 'prfaq/b.md']);
    expect(await paths('README.md', 'prfaq')).toEqual(['README.md', 'prfaq/a.md', 'prfaq/b.md']);
    expect(await paths('**/*.md')).toEqual([
      'README.md',
      'docs/guide.md',
      'docs/payouts.prfaq.md',
      'prfaq/a.md',
      'prfaq/b.md',
    ]);
    write('prfaq.config.yaml', 'files: ["docs/**/*.md"]\nignores: ["guide.md"]\n');
    expect(await paths()).toEqual(['docs/payouts.prfaq.md']);
  });

  it('uses the nearest config for each file, and --config for all', async () => {
    write('prfaq.config.yaml', 'rules: { no-foo: error }\nfiles: ["**/*.md"]\n');
    write('team/.prfaqrc.json', '{ "extends": [], "rules": { "no-baz": "warn" } }');
    write('top.md', 'foo baz\n');
    write('team/doc.md', 'foo baz\n');
    const rules = async (...args: string[]) =>
      Object.fromEntries(
        JSON.parse((await run('lint', '--format', 'json', ...args)).out).results.map(
          (r: { path: string; diagnostics: Array<{ ruleId: string; severity: string }> }) => [
            r.path,
            r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`),
          ],
        ),
      );
    expect(await rules('top.md', 'team/doc.md')).toEqual({
      'top.md': ['no-foo:error'],
      'team/doc.md': ['no-baz:warn'],
    });
    write('ci.yaml', 'extends: strict\n');
    expect(await rules('top.md', 'team/doc.md', '--config', 'ci.yaml')).toEqual({
      'top.md': ['no-foo:error', 'no-baz:warn'],
      'team/doc.md': ['no-foo:error', 'no-baz:warn'],
    });
  });

  it('--print-config shows the effective config for a file', async () => {
    write(
      'prfaq.config.yaml',
      'rules: { no-foo: [error, { word: zap }] }\noverrides:\n  - files: drafts/**\n    rules: { no-bar: off }\n',
    );
    const { code, out } = await run('lint', '--print-config', 'drafts/x.md');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      file: 'drafts/x.md',
      configFile: 'prfaq.config.yaml',
      profile: null,
      sections: {},
      profiles: {},
      rules: {
        'no-foo': ['error', { word: 'zap' }],
        'no-bar': ['off', { word: 'bar', replacement: 'BAR' }],
        'no-baz': ['off', { word: 'baz' }],
      },
    });
  });

  it('--rule runs only that rule', async () => {
    write('prfaq/a.md', 'foo bar baz\n');
    const out = JSON.parse((await run('lint', '--format', 'json', '--rule', 'no-baz', '--rule', 'no-foo')).out);
    expect(
      out.results[0].diagnostics.map((d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`),
    ).toEqual(['no-foo:warn', 'no-baz:warn']);
  });

  it('-o writes the report to a file, and fails cleanly on a directory', async () => {
    write('prfaq/a.md', 'bar\n');
    const written = await run('lint', '-f', 'sarif', '-o', 'out/report.sarif');
    expect(written).toMatchObject({ code: 1, out: '' });
    expect(JSON.parse(readFileSync(path.join(root, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    mkdirSync(path.join(root, 'adir'));
    const failed = await run('lint', '-o', 'adir');
    expect(failed.code).toBe(2);
    expect(failed.err).toBe('prfaq: adir: cannot write the report (is a directory)\n');
  });

  it('--fix writes fixed files; --fix-dry-run writes nothing', async () => {
    const file = write('prfaq/a.md', '# A\r\n\r\nbar and bar\r\n');
    const dry = await run('lint', '--fix-dry-run', '--format', 'json');
    expect(readFileSync(file, 'utf8')).toBe('# A\r\n\r\nbar and bar\r\n');
    expect(JSON.parse(dry.out).results[0].output).toBe('# A\r\n\r\nBAR and BAR\r\n');
    const fixed = await run('lint', '--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.out).toBe('✔ no problems in 1 file\n  2 problems fixed\n');
    expect(readFileSync(file, 'utf8')).toBe('# A\r\n\r\nBAR and BAR\r\n');
    expect(existsSync(path.join(root, 'prfaq', `.a.md.prfaq-${process.pid}.tmp`))).toBe(false);
  });

  it('reports unknown rules in suppression comments, and unused ones when asked', async () => {
    write(
      'prfaq/a.md',
      '# A\n\n<!-- prfaq-disable no-such-rule -->\n\n<!-- prfaq-disable-next-line no-foo -- reviewed -->\nfoo\n\n<!-- prfaq-disable-next-line no-bar -->\nclean\n',
    );
    const plain = JSON.parse((await run('lint', '--format', 'json')).out).results[0].diagnostics;
    expect(plain.map((d: { ruleId: string; line: number }) => `${d.line} ${d.ruleId}`)).toEqual([
      '3 directive-unknown-rule',
    ]);
    const unused = JSON.parse((await run('lint', '--format', 'json', '--report-unused-directives')).out).results[0]
      .diagnostics;
    expect(unused.map((d: { ruleId: string; line: number }) => `${d.line} ${d.ruleId}`)).toEqual([
      '3 directive-unknown-rule',
      '8 directive-unused',
    ]);
  });

  it('colours stylish output only on a colour-capable terminal and never with --no-color', async () => {
    write('prfaq/a.md', 'bar\n');
    const coloured = captureIo({ cwd: root, color: true });
    await main(['node', 'prfaq', 'lint'], coloured);
    expect(coloured.out).toContain('\u001b[');
    const plain = captureIo({ cwd: root, color: true });
    await main(['node', 'prfaq', 'lint', '--no-color'], plain);
    expect(plain.out).not.toContain('\u001b[');
  });
});

describe('prfaq rules', () => {
  it('lists every rule with its preset severities, fixable and docs link', async () => {
    const table = await run('rules');
    expect(table.code).toBe(0);
    const lines = table.out.split('\n');
    expect(lines[0]).toMatch(/^rule +category +recommended +strict +fixable +docs$/);
    expect(lines.slice(1, 4).map((l) => l.split(/ {2,}/))).toEqual([
      ['no-bar', 'writing', 'error', 'error', 'writing', 'https://docs.test/rules/no-bar.md'],
      ['no-baz', 'writing', 'off', 'warn', '-', 'https://docs.test/rules/no-baz.md'],
      ['no-foo', 'writing', 'warn', 'error', '-', 'https://docs.test/rules/no-foo.md'],
    ]);
    const json = JSON.parse((await run('rules', '--format', 'json')).out);
    expect(json[2]).toEqual({
      id: 'no-foo',
      category: 'writing',
      description: 'Reports the word "foo"',
      recommended: 'warn',
      strict: 'error',
      fixable: null,
      docs: 'https://docs.test/rules/no-foo.md',
    });
  });
});
