import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../shared/exit.js';
import { parseShard, selectShard, shardBase, shardOf } from './shard.js';

const base = '/repo';
const files = Array.from(
  { length: 1000 },
  (_, i) => `/repo/docs/${['payments', 'growth', 'infra'][i % 3]}/prfaq-${i}.md`,
);

describe('parseShard', () => {
  it('accepts i/n with 1 <= i <= n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, total: 4 });
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/2', ''])('rejects %j as a usage error', (spec) => {
    expect(() => parseShard(spec)).toThrow(CliError);
  });
});

describe('selectShard', () => {
  it.each([1, 2, 3, 4, 7, 16])(
    'splits 1,000 files into %i shards whose union is every file, pairwise disjoint',
    (total) => {
      const shards = Array.from({ length: total }, (_, i) => selectShard(files, { index: i + 1, total }, base));
      const union = shards.flat();
      expect(union).toHaveLength(files.length);
      expect(new Set(union)).toEqual(new Set(files));
      // No file in two shards: the sizes add up exactly and the union has no duplicates (checked above).
      expect(shards.reduce((sum, shard) => sum + shard.length, 0)).toBe(files.length);
    },
  );

  it('balances the shards within 25% of an even split', () => {
    const total = 4;
    for (let index = 1; index <= total; index++) {
      const size = selectShard(files, { index, total }, base).length;
      expect(size).toBeGreaterThan((files.length / total) * 0.75);
      expect(size).toBeLessThan((files.length / total) * 1.25);
    }
  });

  it('depends only on the repository-relative path: same split in another checkout, and adding a file moves no other', () => {
    const elsewhere = files.map((file) => file.replace('/repo/', '/home/ci/work/repo/'));
    const here = selectShard(files, { index: 2, total: 3 }, base).map((file) => path.relative(base, file));
    const there = selectShard(elsewhere, { index: 2, total: 3 }, '/home/ci/work/repo').map((file) =>
      path.relative('/home/ci/work/repo', file),
    );
    expect(there).toEqual(here);
    const grown = selectShard([...files, '/repo/docs/new.md'], { index: 2, total: 3 }, base).filter(
      (file) => file !== '/repo/docs/new.md',
    );
    expect(grown).toEqual(selectShard(files, { index: 2, total: 3 }, base));
  });

  it('keeps the original order inside a shard', () => {
    const shard = selectShard(files, { index: 1, total: 2 }, base);
    const positions = shard.map((file) => files.indexOf(file));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('puts every file in shard 1 of 1', () => {
    expect(selectShard(files, { index: 1, total: 1 }, base)).toEqual(files);
    expect(shardOf('anything.md', 1)).toBe(1);
  });
});

describe('shardBase', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'prfaq-shard-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('is the nearest directory holding .git, so a sub-directory run splits like a root run', () => {
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'docs', 'deep'), { recursive: true });
    expect(shardBase(path.join(root, 'docs', 'deep'))).toBe(root);
  });
});
