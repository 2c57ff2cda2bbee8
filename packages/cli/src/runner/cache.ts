// `prfaq lint --cache`: remembers each file's lint result, keyed on the file's content hash, the hash of
// the effective config for that file, and the prfaq version, so an unchanged file is not parsed again.
// A file whose stamp (inode, size and times) is the one stored with its entry is not even read.
// The cache is a single JSON file: safe to delete at any time, and a corrupt or foreign one is ignored.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '@prfaq/lint';
import { crypto } from '../shared/crypto.js';

export const CACHE_FILE_NAME = 'lint-cache.json';
const FORMAT = 1;

interface Entry {
  /** Hash of the file's text. */
  content: string;
  /** Hash of the effective config for this file. */
  config: string;
  result: LintResult;
  /** The file's stamp when the hashed bytes were read (`fileStamp`), if it could be trusted then. */
  stamp?: string;
}

interface CacheFile {
  prfaqCache: number;
  version: string;
  entries: Record<string, Entry>;
}

/**
 * Where the cache lives unless `--cache-location` says otherwise: `node_modules/.cache/prfaq/` when the
 * working directory has a node_modules folder (the convention of Babel, ESLint loaders and Prettier, and
 * already git-ignored), else `.prfaq-cache/`.
 */
export function defaultCacheDir(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules'))
    ? path.join(cwd, 'node_modules', '.cache', 'prfaq')
    : path.join(cwd, '.prfaq-cache');
}

/** `--cache-location` may name a file, or a directory (existing, or written with a trailing slash). */
export function resolveCacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(defaultCacheDir(cwd), CACHE_FILE_NAME);
  const resolved = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isDir ? path.join(resolved, CACHE_FILE_NAME) : resolved;
}

/**
 * The hash of a file's text. Pass the bytes the text was decoded from when there are any: a valid UTF-8
 * file's bytes are its text's UTF-8 encoding, so both hash alike, and hashing the bytes skips encoding
 * the text again (half the time on the 200 bench documents).
 */
export function hashContent(text: string | Uint8Array): string {
  return crypto().createHash('sha1').update(text).digest('base64url');
}

/**
 * How long after its last change a file's times are trusted to tell it from a later change of the same
 * size. File systems keep times in ticks (a few milliseconds on ext4, 1 s on ext3 and HFS+, 2 s on FAT),
 * so a file written twice within one tick has the same times after both writes: a file that changed more
 * recently than this when it was read gets no stamp, and is hashed again next run (git's "racy" entries).
 */
export const STAMP_SETTLED_MS = 2000;

/**
 * What the file system says about a file's bytes without reading them: inode, size, modification and
 * change time. The change time moves on every write and cannot be set back (`touch -d`, `rsync -t` and
 * `git checkout` set only the modification time), and a file replaced by a rename has a new inode.
 * Undefined when the file changed within `STAMP_SETTLED_MS` of `now`, or cannot be stat'ed.
 */
export function fileStamp(file: string, now: number): string | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stats || now - Math.max(stats.mtimeMs, stats.ctimeMs) < STAMP_SETTLED_MS) return undefined;
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** A hash of plain data that does not depend on key order. */
export function hashConfig(value: unknown): string {
  return crypto().createHash('sha1').update(stableStringify(value)).digest('base64url');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  // JSON.stringify returns undefined for undefined (an option left unset), though it is typed string.
  return value === undefined ? 'null' : JSON.stringify(value);
}

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Loads the cache file; a missing, unreadable, corrupt or other-version cache starts empty. */
  static load(file: string, version: string): LintCache {
    let entries: Record<string, Entry> = {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (data.prfaqCache === FORMAT && data.version === version && isRecord(data.entries)) entries = data.entries;
    } catch {
      // No cache yet, or not one we can trust: lint everything and write a fresh one.
    }
    return new LintCache(file, version, entries);
  }

  /** Whether the cache holds any entry for `file` (absolute path), current or not. */
  has(file: string): boolean {
    return this.entries.has(file);
  }

  /**
   * The cached result for `file` (absolute path) when its stamp is the one stored with it and its effective
   * config is unchanged: the file need not be read.
   */
  getStamped(file: string, stamp: string, configHash: string): LintResult | undefined {
    const entry = this.entries.get(file);
    if (entry?.stamp !== stamp) return undefined;
    return this.get(file, entry.content, configHash);
  }

  /**
   * The cached result for `file` (absolute path) when its content and effective config are unchanged. A
   * `stamp` taken before the content was read is stored with the entry on a hit (after a fresh checkout,
   * every file has a new one).
   */
  get(file: string, contentHash: string, configHash: string, stamp?: string): LintResult | undefined {
    this.seen.add(file);
    const entry = this.entries.get(file);
    if (!entry || entry.content !== contentHash || entry.config !== configHash || !isLintResult(entry.result))
      return undefined;
    if (stamp !== undefined && entry.stamp !== stamp) {
      entry.stamp = stamp;
      this.dirty = true;
    }
    return entry.result;
  }

  /** Stores a result under the hashes of the content and config it was linted with, and the file's stamp then. */
  set(file: string, contentHash: string, configHash: string, result: LintResult, stamp?: string): void {
    this.seen.add(file);
    // Fixed text is never cached: a --fix run rewrites the file, and the next run must see the new text.
    const { output: _output, ...stored } = result;
    this.entries.set(file, { content: contentHash, config: configHash, result: stored, ...(stamp ? { stamp } : {}) });
    this.dirty = true;
  }

  /**
   * Writes the cache atomically (temporary file + rename), dropping entries of files that no longer exist.
   * Returns why it could not write, if it could not: a cache that cannot be saved must not fail the lint run.
   */
  save(): string | undefined {
    for (const file of this.entries.keys()) {
      if (!this.seen.has(file) && !existsSync(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return undefined;
    const data: CacheFile = { prfaqCache: FORMAT, version: this.version, entries: Object.fromEntries(this.entries) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.file);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The directory itself could not be made: there is no temporary file to remove.
      }
      return `cannot write the cache ${this.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    }
    this.dirty = false;
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isLintResult(value: unknown): value is LintResult {
  return (
    isRecord(value) &&
    Array.isArray(value.diagnostics) &&
    typeof value.errorCount === 'number' &&
    typeof value.warningCount === 'number'
  );
}
