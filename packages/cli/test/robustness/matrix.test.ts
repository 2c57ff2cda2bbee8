// The bad-input matrix through the real CLI (main() in-process, real files in temp directories, the
// real rule catalogue): every case ends in one clear line or diagnostic, the other files are still
// processed, the documented exit code, never a stack trace, a hang or a partial write.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigResolver, type DiscoveredFile } from '../../src/shared/files.js';
import { lintFiles } from '../../src/runner/lint-file.js';
import { lintMany } from '../../src/runner/lint-many.js';
import { main } from '../../src/main.js';
import { captureIo, runCli } from '../../src/shared/testing.js';
import { VALID } from './hostile.js';

let root: string;

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

interface JsonFile {
  path: string;
  diagnostics: { ruleId: string; message: string; line: number }[];
}

/** The files of a `--format json` report. */
function files(out: string): JsonFile[] {
  return (JSON.parse(out) as { results: JsonFile[] }).results;
}

const run = (...args: string[]) => runCli(root, ...args);

/** What no run may print: a stack frame, an internal error, a rule that crashed. */
function expectNoCrash(out: string, err: string): void {
  expect(`${out}\n${err}`).not.toMatch(
    /\n\s+at .+:\d+:\d+|internal error|failed on this document|could not read this document/,
  );
}

/** stderr is empty or exactly one `prfaq: ...` line. */
function expectOneLine(err: string): void {
  expect(err).toMatch(/^prfaq: [^\n]+\n$/);
}

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'prfaq-robust-')));
  mkdirSync(path.join(root, '.git'));
});
afterEach(() => {
  // Put permissions back so the directory can be removed.
  for (const rel of ['locked.md', 'ro.md'])
    if (existsSync(path.join(root, rel))) chmodSync(path.join(root, rel), 0o644);
  rmSync(root, { recursive: true, force: true });
});

describe('bytes that are not UTF-8 Markdown', () => {
  it('each bad file gets one io-error line, the good files are still linted, exit 2', async () => {
    write('a-binary.md', Buffer.from('# T\n\0\0\0PNG', 'latin1'));
    write('b-invalid-utf8.md', Buffer.from([0x23, 0x20, 0x54, 0x0a, 0xc3, 0x28, 0x0a]));
    write('c-utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title\n', 'utf16le')]));
    write('d-utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# T', 'utf16le').swap16()]));
    write('e-valid.md', VALID);
    write('f-empty.md', '');
    write('g-whitespace.md', ' \n\t\n');
    const { code, out, err } = await run(
      'lint',
      '--format',
      'json',
      'a-binary.md',
      'b-invalid-utf8.md',
      'c-utf16.md',
      'd-utf16be.md',
      'e-valid.md',
      'f-empty.md',
      'g-whitespace.md',
    );
    expectNoCrash(out, err);
    expect(err).toBe('');
    expect(code).toBe(2);
    const byFile = Object.fromEntries(files(out).map((r) => [path.basename(r.path), r.diagnostics]));
    expect(byFile['a-binary.md']).toEqual([
      expect.objectContaining({
        ruleId: 'io-error',
        message: expect.stringMatching(/binary \(it contains NUL bytes\)/),
        line: 2,
      }),
    ]);
    expect(byFile['b-invalid-utf8.md']).toEqual([
      expect.objectContaining({
        ruleId: 'io-error',
        message: expect.stringMatching(/not valid UTF-8 \(byte 0xC3 at offset 4\)/),
        line: 2,
      }),
    ]);
    expect(byFile['c-utf16.md']).toEqual([
      expect.objectContaining({ ruleId: 'io-error', message: expect.stringMatching(/UTF-16/) }),
    ]);
    expect(byFile['d-utf16be.md']).toEqual([
      expect.objectContaining({ ruleId: 'io-error', message: expect.stringMatching(/UTF-16/) }),
    ]);
    // The readable files were linted with the real rules.
    expect(byFile['e-valid.md']!.every((m) => m.ruleId !== 'io-error')).toBe(true);
    for (const name of ['f-empty.md', 'g-whitespace.md']) {
      expect(byFile[name]!.map((m) => m.ruleId)).toContain('headline');
      expect(byFile[name]!.map((m) => m.ruleId)).toContain('required-sections');
    }
  });

  it('CRLF, lone CR and a BOM are read, and --fix keeps them byte for byte outside its edits', async () => {
    const crlf = `\uFEFF${VALID.replace(/\n/g, '\r\n')}`.replace(
      '## Problem\r\n\r\nMerchants wait three days.\r\n\r\n',
      '',
    );
    const file = write('crlf.md', crlf);
    const { code, out, err } = await run('lint', '--fix', 'crlf.md');
    expectNoCrash(out, err);
    expect(code).toBeLessThanOrEqual(1);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\uFEFF---\r\n')).toBe(true);
    // Every line break is still CRLF, the inserted section included.
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(fixed).toMatch(/## Problem\r\n/);
    // Everything the author wrote is still there, in order.
    let at = 0;
    for (const line of crlf.split('\r\n')) {
      const found = fixed.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(0);
      at = found + line.length;
    }
  });
});

describe('files', () => {
  it('an unreadable file is one io-error and the next file is still linted', async () => {
    write('b.md', VALID);
    if (process.getuid?.() === 0) {
      // root reads any file whatever its mode: a directory where the file should be stands in for it.
      mkdirSync(path.join(root, 'locked.md'));
      const files: DiscoveredFile[] = ['locked.md', 'b.md'].map((rel) => ({
        path: path.join(root, rel),
        displayPath: rel,
      }));
      const results = await lintFiles(files, {
        configs: new ConfigResolver({ cwd: root }),
        fix: false,
        only: undefined,
        reportUnusedDirectives: undefined,
      });
      expect(results[0]!.diagnostics).toEqual([
        expect.objectContaining({ ruleId: 'io-error', message: 'is a directory; expected a Markdown file' }),
      ]);
      expect(results[1]!.diagnostics.every((d) => d.ruleId !== 'io-error')).toBe(true);
      return;
    }
    chmodSync(write('locked.md', VALID), 0o000);
    const { code, out, err } = await run('lint', 'locked.md', 'b.md');
    expectNoCrash(out, err);
    expect(code).toBe(2);
    expect(out).toMatch(/permission denied; cannot read the file\s+io-error/);
  });

  it('a directory symbolic link loop ends (links to directories are not followed)', async () => {
    write('docs/a.prfaq.md', VALID);
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs', 'loop'));
    symlinkSync('x.prfaq.md', path.join(root, 'docs', 'x.prfaq.md'));
    const { code, out, err } = await run('lint', '--format', 'json', 'docs');
    expectNoCrash(out, err);
    expect(err).toBe('');
    expect(code).toBeLessThanOrEqual(1);
    expect(files(out).map((r) => path.basename(r.path))).toEqual(['a.prfaq.md']);
  });

  it('a file named explicitly that is a self-referencing symbolic link is one usage line, exit 2', async () => {
    symlinkSync('self.md', path.join(root, 'self.md'));
    const { code, out, err } = await run('lint', 'self.md');
    expectNoCrash(out, err);
    expectOneLine(err);
    expect(err).toMatch(/^prfaq: self\.md: /);
    expect(code).toBe(2);
  });

  it('a file deleted after discovery is one io-error; the other files are still linted', async () => {
    const gone = write('gone.md', VALID);
    write('kept.md', VALID);
    const files: DiscoveredFile[] = ['gone.md', 'kept.md'].map((rel) => ({
      path: path.join(root, rel),
      displayPath: rel,
    }));
    unlinkSync(gone);
    const results = await lintFiles(files, {
      configs: new ConfigResolver({ cwd: root }),
      fix: false,
      only: undefined,
      reportUnusedDirectives: undefined,
    });
    expect(results[0]!.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'io-error',
        message: 'no such file (was it deleted or moved during the run?)',
      }),
    ]);
    expect(results[1]!.path).toBe('kept.md');
    expect(results[1]!.diagnostics.every((d) => d.ruleId !== 'io-error')).toBe(true);
  });

  it('a read-only file with --fix is fixed through a rename, keeps its mode and leaves no temporary file', async () => {
    const text = VALID.replace('## Problem\n\nMerchants wait three days.\n\n', '');
    const file = write('ro.md', text);
    chmodSync(file, 0o444);
    const { code, out, err } = await run('lint', '--fix', 'ro.md');
    expectNoCrash(out, err);
    expect(code).toBeLessThanOrEqual(1);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(file, 'utf8')).toMatch(/## Problem/);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('paths with spaces, unicode and a leading dash (after --) are linted and named as given', async () => {
    write('my doc é 🚀.md', VALID);
    write('-x.md', VALID);
    const { code, out, err } = await run('lint', '--format', 'json', '--', 'my doc é 🚀.md', '-x.md');
    expectNoCrash(out, err);
    expect(err).toBe('');
    expect(code).toBeLessThanOrEqual(1);
    expect(files(out).map((r) => r.path)).toEqual(['my doc é 🚀.md', '-x.md']);
  });

  it('a leading-dash file name without -- is an unknown option (usage, exit 2), never read as a file', async () => {
    write('-x.md', VALID);
    const { code, out, err } = await run('lint', '-x.md');
    expectNoCrash(out, err);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option '-x.md'/);
  });
});

describe('config files', () => {
  const lintWith = async (name: string, config: string) => {
    write(name, config);
    write('doc.md', VALID);
    return run('lint', 'doc.md');
  };

  it.each([
    ['invalid YAML', 'prfaq.config.yaml', 'rules: [unclosed\n', /^prfaq: prfaq\.config\.yaml:\d+:\d+: invalid YAML: /],
    [
      'invalid JSON',
      '.prfaqrc.json',
      '{"rules": {"headline": "off",}',
      /^prfaq: \.prfaqrc\.json:\d+:\d+: invalid JSON: /,
    ],
    ['not a mapping', 'prfaq.config.yaml', '- a\n- b\n', /expected a mapping of config keys/],
    ['an unknown key', 'prfaq.config.yaml', 'rulez: {}\n', /rulez/],
    ['an unknown rule', 'prfaq.config.yaml', 'rules:\n  no-such-rule: error\n', /no-such-rule/],
    ['a bad severity', 'prfaq.config.yaml', 'rules:\n  headline: loud\n', /rules\.headline/],
    ['a __proto__ key', 'prfaq.config.yaml', '__proto__:\n  polluted: yes\n', /the key "__proto__" is not allowed/],
    [
      'a nested __proto__ key',
      'prfaq.config.yaml',
      'rules:\n  __proto__:\n    polluted: yes\n',
      /rules\.__proto__: the key "__proto__" is not allowed/,
    ],
    [
      'a constructor.prototype path',
      'prfaq.config.yaml',
      'constructor:\n  prototype:\n    polluted: yes\n',
      /the key "constructor" is not allowed/,
    ],
    [
      'a __proto__ key in JSON',
      '.prfaqrc.json',
      '{"__proto__": {"polluted": true}}',
      /the key "__proto__" is not allowed/,
    ],
    [
      'a YAML alias bomb',
      'prfaq.config.yaml',
      `a0: &a0 [x]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`,
      /^prfaq: prfaq\.config\.yaml/,
    ],
    [
      'a code-loading extends',
      'prfaq.config.yaml',
      'extends: ./evil.js\n',
      /neither a preset nor a \.yaml\/\.yml\/\.json file/,
    ],
    [
      'a !!js/function tag',
      'prfaq.config.yaml',
      'rules: !!js/function "function () { globalThis.polluted = 1 }"\n',
      /^prfaq: prfaq\.config\.yaml/,
    ],
    [
      '100,000 keys (quadratic in the YAML duplicate-key check)',
      'prfaq.config.yaml',
      `rules:\n${Array.from({ length: 100_000 }, (_, i) => `  r${i}: off`).join('\n')}\n`,
      /more than 10,000 lines/,
    ],
  ])('%s: one line naming the file, exit 2, no prototype pollution', async (_name, file, config, message) => {
    const { code, out, err } = await lintWith(file, config);
    expectNoCrash(out, err);
    expectOneLine(err);
    expect(err).toMatch(message);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an extends cycle is one line naming the chain, exit 2', async () => {
    write('a.yaml', 'extends: ./b.yaml\n');
    write('b.yaml', 'extends: ./a.yaml\n');
    const { code, out, err } = await lintWith('prfaq.config.yaml', 'extends: ./a.yaml\n');
    expectNoCrash(out, err);
    expectOneLine(err);
    expect(err).toMatch(/extends back to .*a\.yaml -> b\.yaml|expected no cycles/);
    expect(code).toBe(2);
  });

  it('an extends path outside the repository is refused, even through a symbolic link', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'prfaq-outside-'));
    try {
      writeFileSync(path.join(outside, 'base.yaml'), 'rules: {}\n');
      symlinkSync(path.join(outside, 'base.yaml'), path.join(root, 'linked.yaml'));
      for (const target of [path.relative(root, path.join(outside, 'base.yaml')), './linked.yaml']) {
        const { code, out, err } = await lintWith('prfaq.config.yaml', `extends: ${JSON.stringify(target)}\n`);
        expectNoCrash(out, err);
        expectOneLine(err);
        expect(err).toMatch(/is outside the repository/);
        expect(code).toBe(2);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('word-list options are matched literally: a catastrophic-backtracking pattern is just text', async () => {
    const evil = '(a+)+$';
    write(
      'prfaq.config.yaml',
      `rules:\n  weasel-words: [warn, { extra: ["${evil}", "(x|x)*y"] }]\n  no-placeholders: [warn, { extra: ["${evil}"] }]\n`,
    );
    write('doc.md', `${VALID}\n${'a'.repeat(50_000)}!\n\nThe literal (a+)+$ stays.\n`);
    const started = performance.now();
    const { code, out, err } = await run('lint', '--format', 'json', 'doc.md');
    expect(performance.now() - started).toBeLessThan(15_000);
    expectNoCrash(out, err);
    expect(code).toBeLessThanOrEqual(1);
    const messages = files(out)[0]!.diagnostics;
    const line = VALID.split('\n').length + 3;
    expect(messages.filter((m) => m.ruleId === 'weasel-words' && m.line === line)).toHaveLength(1);
    expect(messages.filter((m) => m.ruleId === 'no-placeholders' && m.line === line)).toHaveLength(1);
  });
});

describe('prfaq new', () => {
  it('never replaces an existing file (exit 2, one line, the file unchanged)', async () => {
    const file = write('prfaq/idea.md', 'my weeks of work\n');
    const { code, out, err } = await run('new', 'prfaq/idea.md', '--yes', '--title', 'Idea');
    expectNoCrash(out, err);
    expectOneLine(err);
    expect(err).toMatch(/already exists/);
    expect(code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('my weeks of work\n');
  });

  it('refuses a path that climbs out of the repository', async () => {
    mkdirSync(path.join(root, 'sub'));
    const io = captureIo({ cwd: path.join(root, 'sub') });
    // A name of this run's own: the folder above the repository is the shared temp folder.
    const outside = `${path.basename(root)}-outside.md`;
    const code = await main(['node', 'prfaq', 'new', `../../${outside}`, '--yes', '--title', 'X'], io);
    expectNoCrash(io.out, io.err);
    expectOneLine(io.err);
    expect(io.err).toMatch(/outside the repository/);
    expect(code).toBe(2);
    expect(existsSync(path.join(root, '..', outside))).toBe(false);
  });

  it('template values with YAML and Markdown specials cannot add frontmatter keys or sections', async () => {
    const title = 'X\nstatus: approved\n---\n# Injected';
    const owner = '"quoted" #hash: {a: 1} [b] &anchor *alias !!js/function';
    const { code, out, err } = await run(
      'new',
      'prfaq/x.md',
      '--yes',
      '--title',
      title,
      '--owner',
      owner,
      '--customer',
      '</p><script>alert(1)</script>',
    );
    expectNoCrash(out, err);
    expect(code).toBe(0);
    const written = readFileSync(path.join(root, 'prfaq/x.md'), 'utf8');
    const { parse } = await import('@prfaq/core');
    const doc = parse(written);
    expect(doc.problems).toEqual([]);
    expect(doc.frontmatter.data.status).not.toBe('approved');
    expect(String(doc.frontmatter.data.owner)).toBe(owner);
    expect(doc.sections.some((s) => s.title === 'Injected')).toBe(false);
    // The title is one value (line breaks and all), not new keys.
    expect(String(doc.frontmatter.data.title)).toBe(title);
  });
});

// Worker threads through main() cannot load the TypeScript sources under vitest; lintMany is called with a loader below.
describe('every command on a folder of bad files', () => {
  const bad = () => {
    write('prfaq/a-binary.md', Buffer.from('# T\n\0\0', 'latin1'));
    write('prfaq/b-utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# T\n', 'utf16le')]));
    write('prfaq/c-bad-yaml.md', `---\ntitle: [x\n---\n${VALID.slice(VALID.indexOf('# Acme'))}`);
    write(
      'prfaq/d-bomb.md',
      `---\na0: &a0 [x]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n')}\n---\n# T\n`,
    );
    write('prfaq/e-empty.md', '');
    write('prfaq/f-valid.md', VALID);
  };

  it.each([
    ['ready', ['ready', 'prfaq']],
    ['ready --format json', ['ready', '--format', 'json', 'prfaq']],
    ['report', ['report', '--format', 'json', 'prfaq']],
    ['inspect', ['inspect', 'prfaq/a-binary.md', 'prfaq/c-bad-yaml.md', 'prfaq/d-bomb.md', 'prfaq/e-empty.md']],
    ['lint --cache with a corrupt cache file', ['lint', '--cache', '--cache-location', 'cache.json', 'prfaq']],
  ])('%s: no crash, the valid file is still processed', async (_name, args) => {
    bad();
    write('cache.json', '{"version": 1, "files": {"x": [1, 2');
    const { code, out, err } = await run(...args);
    expectNoCrash(out, err);
    expect([1, 2]).toContain(code);
    if (args[0] !== 'inspect') expect(out).toContain('f-valid.md');
    for (const line of err.split('\n').filter(Boolean)) expect(line).toMatch(/^prfaq: /);
  });
});

describe('worker threads', () => {
  it(
    'a bad file in a worker is one io-error like in the main thread, and results keep input order',
    { timeout: 60_000 },
    async () => {
      write('a.md', Buffer.from('\0'));
      write('b.md', VALID);
      write('c.md', Buffer.from([0xff, 0xfe, 0x41, 0x00]));
      write('d.md', `---\ntitle: [x\n---\n# T\n`);
      const files: DiscoveredFile[] = ['a.md', 'b.md', 'c.md', 'd.md'].map((rel) => ({
        path: path.join(root, rel),
        displayPath: rel,
      }));
      const options = {
        configs: new ConfigResolver({ cwd: root }),
        fix: false,
        only: undefined,
        reportUnusedDirectives: undefined,
      };
      const threaded = await lintMany(files, options, {
        cwd: root,
        configFile: undefined,
        cache: false,
        cacheLocation: undefined,
        concurrency: 2,
        warn: () => undefined,
        execArgv: ['--import', new URL('../workers/ts-register.mjs', import.meta.url).href],
      });
      const serial = await lintFiles(files, options);
      expect(threaded).toEqual(serial);
      expect(threaded.map((r) => r.path)).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
      expect(threaded.map((r) => r.diagnostics.some((d) => d.ruleId === 'io-error'))).toEqual([
        true,
        false,
        true,
        false,
      ]);
      expect(threaded[3]!.diagnostics.some((d) => d.ruleId === 'frontmatter-yaml')).toBe(true);
    },
  );
});
