// `--shard i/n`: a deterministic split of the file set for CI matrices. A file belongs to the shard given
// by a stable hash of its repository-relative path, so every machine agrees without talking to the others,
// and adding a file never moves the other files between shards.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../shared/exit.js';

export interface Shard {
  /** 1-based, as CI systems number their jobs (`matrix.shard`, `$CI_NODE_INDEX`). */
  index: number;
  total: number;
}

/** Parses `i/n` with 1 <= i <= n; anything else is a usage error. */
export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new CliError(`--shard ${spec}: expected i/n with 1 <= i <= n, for example --shard 2/4`);
  }
  return { index, total };
}

/** FNV-1a over the UTF-16 code units: tiny, stable across Node versions and platforms, and well spread. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The 1-based shard that `relativePath` (forward slashes, relative to the repository root) belongs to. */
export function shardOf(relativePath: string, total: number): number {
  return (fnv1a(relativePath) % total) + 1;
}

/** The repository root (nearest ancestor holding `.git`), else `cwd`: the base every machine shares. */
export function shardBase(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** The files of one shard, in their original order; `pathOf` gives each item's absolute path. */
export function selectShard<T>(
  files: readonly T[],
  shard: Shard,
  base: string,
  pathOf: (file: T) => string = String,
): T[] {
  return files.filter(
    (file) => shardOf(path.relative(base, pathOf(file)).split(path.sep).join('/'), shard.total) === shard.index,
  );
}
