import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LintResult } from '@prfaq/lint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CACHE_FILE_NAME,
  defaultCacheDir,
  fileStamp,
  hashConfig,
  hashContent,
  LintCache,
  resolveCacheFile,
  STAMP_SETTLED_MS,
} from './cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prfaq-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const result = (path: string, errors: number): LintResult => ({
  path,
  diagnostics: Array.from({ length: errors }, (_, i) => ({
    ruleId: 'open-objections',
    severity: 'error' as const,
    message: `m${i}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    offset: 0,
    endOffset: 1,
  })),
  errorCount: errors,
  warningCount: 0,
  infoCount: 0,
  fixableCount: 0,
});

function saved(version = '1.0.0'): { file: string; doc: string } {
  const file = path.join(dir, 'cache', CACHE_FILE_NAME);
  const doc = path.join(dir, 'a.md');
  writeFileSync(doc, '# A\n');
  const cache = LintCache.load(file, version);
  cache.set(doc, hashContent('# A\n'), hashConfig({ rules: { x: 'error' } }), result('a.md', 2));
  expect(cache.save()).toBeUndefined();
  return { file, doc };
}

describe('LintCache', () => {
  it('returns the stored result when content, config and version are unchanged', () => {
    const { file, doc } = saved();
    const hit = LintCache.load(file, '1.0.0').get(doc, hashContent('# A\n'), hashConfig({ rules: { x: 'error' } }));
    expect(hit).toEqual(result('a.md', 2));
  });

  it('misses when the content changes', () => {
    const { file, doc } = saved();
    expect(
      LintCache.load(file, '1.0.0').get(doc, hashContent('# A changed\n'), hashConfig({ rules: { x: 'error' } })),
    ).toBeUndefined();
  });

  it('misses when the effective config changes, but not when only its key order does', () => {
    const { file, doc } = saved();
    const cache = LintCache.load(file, '1.0.0');
    expect(cache.get(doc, hashContent('# A\n'), hashConfig({ rules: { x: 'warn' } }))).toBeUndefined();
    expect(hashConfig({ a: 1, b: { c: 2, d: 3 } })).toBe(hashConfig({ b: { d: 3, c: 2 }, a: 1 }));
    expect(hashConfig({ a: [1, 2] })).not.toBe(hashConfig({ a: [2, 1] }));
  });

  it('drops every entry when the prfaq version changes', () => {
    const { file, doc } = saved('1.0.0');
    expect(
      LintCache.load(file, '1.0.1').get(doc, hashContent('# A\n'), hashConfig({ rules: { x: 'error' } })),
    ).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"prfaqCache":1,'],
    ['another format', JSON.stringify({ prfaqCache: 99, version: '1.0.0', entries: {} })],
    ['entries of the wrong shape', JSON.stringify({ prfaqCache: 1, version: '1.0.0', entries: [] })],
  ])('ignores a corrupt cache (%s) and overwrites it with a good one', (_, text) => {
    const file = path.join(dir, CACHE_FILE_NAME);
    writeFileSync(file, text);
    const cache = LintCache.load(file, '1.0.0');
    const doc = path.join(dir, 'b.md');
    writeFileSync(doc, 'b');
    expect(cache.get(doc, hashContent('b'), 'c')).toBeUndefined();
    cache.set(doc, hashContent('b'), 'c', result('b.md', 1));
    expect(cache.save()).toBeUndefined();
    expect(LintCache.load(file, '1.0.0').get(doc, hashContent('b'), 'c')).toEqual(result('b.md', 1));
  });

  it('ignores an entry whose stored result is not a lint result', () => {
    const file = path.join(dir, CACHE_FILE_NAME);
    writeFileSync(
      file,
      JSON.stringify({
        prfaqCache: 1,
        version: '1.0.0',
        entries: { '/x.md': { content: 'h', config: 'c', result: { diagnostics: 'no' } } },
      }),
    );
    expect(LintCache.load(file, '1.0.0').get('/x.md', 'h', 'c')).toBeUndefined();
  });

  it('never stores fixed output, and forgets files that were deleted', () => {
    const file = path.join(dir, CACHE_FILE_NAME);
    const kept = path.join(dir, 'kept.md');
    const gone = path.join(dir, 'gone.md');
    writeFileSync(kept, 'k');
    writeFileSync(gone, 'g');
    const first = LintCache.load(file, '1');
    first.set(kept, 'hk', 'c', { ...result('kept.md', 0), output: 'fixed text' });
    first.set(gone, 'hg', 'c', result('gone.md', 0));
    first.save();
    rmSync(gone);
    const second = LintCache.load(file, '1');
    second.set(kept, 'hk2', 'c', result('kept.md', 0));
    second.save();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { result: LintResult }> };
    expect(Object.keys(stored.entries)).toEqual([kept]);
    expect(stored.entries[kept]!.result.output).toBeUndefined();
  });

  it('writes atomically, leaving no temporary file, and reports (does not throw) when it cannot write', () => {
    const { file } = saved();
    expect(readdirSync(path.dirname(file))).toEqual([CACHE_FILE_NAME]);
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where a directory should be');
    const cache = LintCache.load(path.join(blocked, CACHE_FILE_NAME), '1');
    cache.set(path.join(dir, 'a.md'), 'h', 'c', result('a.md', 0));
    expect(cache.save()).toMatch(/^cannot write the cache .*blocked.*: E/);
  });
});

describe('fileStamp', () => {
  const later = (): number => Date.now() + STAMP_SETTLED_MS + 1000;

  it('is the same while a file is untouched, and another after any write, even of the same size', async () => {
    const doc = path.join(dir, 'a.md');
    writeFileSync(doc, '# A\n');
    const stamp = fileStamp(doc, later());
    expect(stamp).toMatch(/^\d+:4:[\d.]+:[\d.]+$/);
    expect(fileStamp(doc, later())).toBe(stamp);
    const { mtime } = statSync(doc);
    // Past the file system's timestamp tick (a few milliseconds): within one, two writes keep the same
    // times, which is why a file changed within STAMP_SETTLED_MS gets no stamp.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(doc, '# B\n');
    // Setting the old modification time back does not hide the write: the change time moved.
    utimesSync(doc, mtime, mtime);
    expect(fileStamp(doc, later() + 10)).not.toBe(stamp);
  });

  it('is undefined for a file changed within STAMP_SETTLED_MS of now, and for a missing file', () => {
    const doc = path.join(dir, 'a.md');
    writeFileSync(doc, '# A\n');
    expect(fileStamp(doc, Date.now())).toBeUndefined();
    expect(fileStamp(path.join(dir, 'missing.md'), later())).toBeUndefined();
  });
});

describe('LintCache stamps', () => {
  const config = hashConfig({ rules: { x: 'error' } });

  it('serves a result by stamp only when the stamp and the config are the ones stored', () => {
    const file = path.join(dir, CACHE_FILE_NAME);
    const doc = path.join(dir, 'a.md');
    const first = LintCache.load(file, '1');
    first.set(doc, hashContent('# A\n'), config, result('a.md', 1), 's1');
    first.save();
    const cache = LintCache.load(file, '1');
    expect(cache.getStamped(doc, 's1', config)).toEqual(result('a.md', 1));
    expect(cache.getStamped(doc, 's2', config)).toBeUndefined();
    expect(cache.getStamped(doc, 's1', hashConfig({ rules: { x: 'warn' } }))).toBeUndefined();
  });

  it('stores the new stamp of a file whose content hash still hits (a fresh checkout)', () => {
    const file = path.join(dir, CACHE_FILE_NAME);
    const doc = path.join(dir, 'a.md');
    writeFileSync(doc, '# A\n');
    const first = LintCache.load(file, '1');
    first.set(doc, hashContent('# A\n'), config, result('a.md', 1));
    first.save();
    const second = LintCache.load(file, '1');
    expect(second.getStamped(doc, 's1', config)).toBeUndefined();
    expect(second.get(doc, hashContent('# A\n'), config, 's1')).toEqual(result('a.md', 1));
    expect(second.save()).toBeUndefined();
    expect(LintCache.load(file, '1').getStamped(doc, 's1', config)).toEqual(result('a.md', 1));
  });
});

describe('cache location', () => {
  it('defaults to node_modules/.cache/prfaq when node_modules exists, else .prfaq-cache', () => {
    expect(defaultCacheDir(dir)).toBe(path.join(dir, '.prfaq-cache'));
    mkdirSync(path.join(dir, 'node_modules'));
    expect(defaultCacheDir(dir)).toBe(path.join(dir, 'node_modules', '.cache', 'prfaq'));
    expect(resolveCacheFile(undefined, dir)).toBe(path.join(dir, 'node_modules', '.cache', 'prfaq', CACHE_FILE_NAME));
  });

  it('takes --cache-location as a file, or as a directory when it exists or ends with a slash', () => {
    expect(resolveCacheFile('ci/cache.json', dir)).toBe(path.join(dir, 'ci', 'cache.json'));
    expect(resolveCacheFile('ci/', dir)).toBe(path.join(dir, 'ci', CACHE_FILE_NAME));
    mkdirSync(path.join(dir, 'existing'));
    expect(resolveCacheFile('existing', dir)).toBe(path.join(dir, 'existing', CACHE_FILE_NAME));
    expect(existsSync(path.join(dir, 'ci'))).toBe(false);
  });
});
