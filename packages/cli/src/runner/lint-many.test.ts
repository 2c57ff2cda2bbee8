import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reporters, rules, docsUrl, type LintResult } from '@prfaq/lint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME, hashContent, STAMP_SETTLED_MS } from './cache.js';
import { ConfigResolver, discoverFiles, type DiscoveredFile } from '../shared/files.js';
import type { LintFilesOptions } from './lint-file.js';
import { lintMany, type ScaleOptions } from './lint-many.js';

// Worker threads do not go through vitest's transform: this hook lets them load the TypeScript sources
// (slow: each worker transpiles the engine, hence the long timeouts on the tests that start workers).
const execArgv = ['--import', new URL('../../test/workers/ts-register.mjs', import.meta.url).href];
const fixtures = fileURLToPath(new URL('../../../lint/fixtures/', import.meta.url));

let dir: string;
let files: DiscoveredFile[];

/** Every rule fixture (valid and invalid, from every rule) as one flat corpus of varied documents. */
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prfaq-many-'));
  for (const rule of readdirSync(fixtures)) {
    for (const kind of ['valid', 'invalid', '']) {
      let names: string[];
      try {
        names = readdirSync(path.join(fixtures, rule, kind)).filter((name) => name.endsWith('.md'));
      } catch {
        continue;
      }
      for (const name of names)
        cpSync(path.join(fixtures, rule, kind, name), path.join(dir, `${rule}--${kind || 'doc'}--${name}`));
    }
  }
  files = discover();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function discover(): DiscoveredFile[] {
  const configs = new ConfigResolver({ cwd: dir, configFile: undefined });
  return discoverFiles(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort(),
    { cwd: dir, configs },
  );
}

const options = (): LintFilesOptions => ({
  configs: new ConfigResolver({ cwd: dir, configFile: undefined }),
  fix: false,
  only: undefined,
  reportUnusedDirectives: undefined,
});

const scale = (overrides: Partial<ScaleOptions> = {}): ScaleOptions => ({
  cwd: dir,
  configFile: undefined,
  cache: false,
  cacheLocation: undefined,
  concurrency: 'off',
  warn: (message) => {
    throw new Error(`unexpected warning: ${message}`);
  },
  execArgv,
  ...overrides,
});

const asJson = (results: LintResult[]): string =>
  reporters.json(results, {
    color: false,
    rules: new Map(rules.map((rule) => [rule.meta.id, rule.meta])),
    docsUrl,
    version: '0.0.0',
    fixed: false,
  });

describe('lintMany: serial and parallel', () => {
  it('gives byte-identical JSON output with --concurrency off and with 3 threads (the main thread and 2 workers)', async () => {
    expect(files.length).toBeGreaterThan(50);
    const serial = await lintMany(files, options(), scale({ concurrency: 'off' }));
    const parallel = await lintMany(files, options(), scale({ concurrency: 3 }));
    // The corpus must be worth comparing: many files with problems, in a known order.
    expect(serial.filter((r) => r.diagnostics.length > 0).length).toBeGreaterThan(30);
    expect(serial.map((r) => r.path)).toEqual(files.map((f) => f.displayPath));
    expect(asJson(parallel)).toBe(asJson(serial));
  }, 120_000);
});

describe('lintMany: --cache', () => {
  const cacheFile = (): string => path.join(dir, 'cache', CACHE_FILE_NAME);
  const cached = (overrides: Partial<ScaleOptions> = {}) =>
    lintMany(files, options(), scale({ cache: true, cacheLocation: 'cache/', ...overrides }));

  /** Marks every stored result, so a result read back from the cache can be told from a fresh one. */
  function markCache(): void {
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: Record<string, { result: LintResult }> };
    for (const entry of Object.values(data.entries)) entry.result.diagnostics.unshift({ ...marker });
    writeFileSync(cacheFile(), JSON.stringify(data));
  }
  const marker = {
    ruleId: 'from-cache',
    severity: 'info' as const,
    message: 'served from the cache',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
  };
  const fromCache = (result: LintResult | undefined): boolean => result?.diagnostics[0]?.ruleId === 'from-cache';

  beforeAll(() => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
  });

  it('stores every result on the first run, identical to an uncached run, and serves them on the second', async () => {
    const uncached = await lintMany(files, options(), scale());
    const first = await cached();
    expect(asJson(first)).toBe(asJson(uncached));
    markCache();
    const second = await cached();
    expect(second.every(fromCache)).toBe(true);
  });

  it('lints a file again when its content changes, and only that file', async () => {
    markCache();
    const changed = files[3]!;
    const original = readFileSync(changed.path, 'utf8');
    writeFileSync(changed.path, `${original}\nOne more paragraph.\n`);
    try {
      const results = await cached();
      expect(fromCache(results[3])).toBe(false);
      expect(results.filter(fromCache)).toHaveLength(files.length - 1);
    } finally {
      writeFileSync(changed.path, original);
    }
  });

  it('reports a cached file that is no longer UTF-8, or no longer there, as unreadable (not its cached result)', async () => {
    await cached();
    markCache();
    const [broken, gone] = [files[4]!, files[6]!];
    const [brokenBytes, goneBytes] = [readFileSync(broken.path), readFileSync(gone.path)];
    writeFileSync(broken.path, Buffer.concat([brokenBytes, Buffer.from([0xc0, 0xaf])]));
    rmSync(gone.path);
    try {
      const results = await cached();
      expect(results[4]?.diagnostics.map((d) => d.ruleId)).toEqual(['io-error']);
      expect(results[4]?.diagnostics[0]?.message).toMatch(/^the file is not valid UTF-8 \(byte 0xC0 at offset/);
      expect(results[6]?.diagnostics.map((d) => d.ruleId)).toEqual(['io-error']);
      expect(results[6]?.diagnostics[0]?.message).toMatch(/^no such file/);
      expect(results.filter(fromCache)).toHaveLength(files.length - 2);
    } finally {
      writeFileSync(broken.path, brokenBytes);
      writeFileSync(gone.path, goneBytes);
    }
  });

  it('lints every file again when the effective config changes', async () => {
    await cached();
    markCache();
    writeFileSync(path.join(dir, 'prfaq.config.yaml'), 'rules:\n  open-objections: off\n');
    try {
      const results = await cached();
      expect(results.some(fromCache)).toBe(false);
      expect(results.flatMap((r) => r.diagnostics).some((d) => d.ruleId === 'open-objections')).toBe(false);
    } finally {
      rmSync(path.join(dir, 'prfaq.config.yaml'));
    }
  });

  it('drops the whole cache when the prfaq version changes', async () => {
    await cached();
    markCache();
    expect((await cached()).every(fromCache)).toBe(true);
    markCache();
    expect((await cached({ version: '99.0.0' })).some(fromCache)).toBe(false);
  });

  it('works with workers: cached files are served, the rest linted in parallel, output identical', async () => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    const serial = await lintMany(files, options(), scale());
    const parallel = await cached({ concurrency: 2 });
    expect(asJson(parallel)).toBe(asJson(serial));
  }, 120_000);

  it('caches, on a cold run, under the hash of the text each worker read: the next run serves every file', async () => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    await cached({ concurrency: 2 });
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: Record<string, { content: string }> };
    const file = files[5]!;
    expect(data.entries[file.path]?.content).toBe(hashContent(readFileSync(file.path, 'utf8')));
    markCache();
    expect((await cached()).every(fromCache)).toBe(true);
  }, 120_000);

  type StoredEntries = Record<string, { content: string; stamp?: string }>;
  const stored = (): StoredEntries =>
    (JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: StoredEntries }).entries;
  /** A clock past STAMP_SETTLED_MS after every write of the test: each file's stamp can be trusted. */
  const settled = (): number => Date.now() + STAMP_SETTLED_MS + 1000;

  it('serves a file whose stamp is unchanged without reading or hashing it', async () => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    await cached({ now: settled() });
    expect(Object.values(stored()).every((entry) => entry.stamp !== undefined)).toBe(true);
    // Wrong content hashes: a run that read and hashed the files would miss every one.
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: StoredEntries };
    for (const entry of Object.values(data.entries)) entry.content = 'not the hash';
    writeFileSync(cacheFile(), JSON.stringify(data));
    markCache();
    expect((await cached({ now: settled() })).every(fromCache)).toBe(true);
  });

  it('reads, hashes and lints again a file rewritten with text of the same size', async () => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    await cached({ now: settled() });
    markCache();
    const changed = files[3]!;
    const original = readFileSync(changed.path, 'utf8');
    // Past the file system's timestamp tick, so that the rewrite moves the file's change time.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(
      changed.path,
      original.replace(/[a-z]/, (letter) => (letter === 'x' ? 'y' : 'x')),
    );
    try {
      const results = await cached({ now: settled() });
      expect(fromCache(results[3])).toBe(false);
      expect(results.filter(fromCache)).toHaveLength(files.length - 1);
    } finally {
      writeFileSync(changed.path, original);
    }
  });

  it('stamps no file changed within STAMP_SETTLED_MS, and stamps it once its content hash hits later', async () => {
    rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    const fresh = files[2]!;
    writeFileSync(fresh.path, readFileSync(fresh.path));
    await cached({ now: Date.now() });
    expect(stored()[fresh.path]?.stamp).toBeUndefined();
    markCache();
    const results = await cached({ now: settled() });
    expect(results.every(fromCache)).toBe(true);
    expect(stored()[fresh.path]?.stamp).toBeDefined();
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    writeFileSync(cacheFile(), '{"prfaqCache":1,"entr');
    const results = await cached();
    expect(results.some(fromCache)).toBe(false);
    expect(() => JSON.parse(readFileSync(cacheFile(), 'utf8')) as unknown).not.toThrow();
  });

  it('warns, and still returns results, when the cache cannot be written', async () => {
    const warnings: string[] = [];
    writeFileSync(path.join(dir, 'blocker'), 'a file where the cache directory should be');
    const results = await cached({ cacheLocation: 'blocker/sub/', warn: (message) => void warnings.push(message) });
    expect(results).toHaveLength(files.length);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot write the cache .*blocker/);
  });
});
