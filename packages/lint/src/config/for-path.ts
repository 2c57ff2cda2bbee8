// The config `prfaq lint` uses for a file's path, for callers that get one document at a time (the
// language server, the markdownlint and remark adapters; lint-at-path.ts): the nearest config file up to
// the repository root (data only, never code), cached until it changes, and its `files`/`ignores`
// deciding whether the file is a PR/FAQ at all. It does not import the engine, so the CLI can resolve
// configs (a `--cache` run that finds every result cached) without loading the parser.
import fs from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfigFile } from './load.js';
import { filesMatcher, globMatcher } from './resolve.js';
import { configSource, type SourcedConfig } from './types.js';

/** Config files by path, reloaded when their size or modification time changes. */
export class ConfigCache {
  private readonly loaded = new Map<string, { stamp: string; config: SourcedConfig }>();

  /** The config for a file (undefined: none found, the recommended preset). Throws `ConfigError`. */
  configFor(file: string): SourcedConfig | undefined {
    const found = findConfigFile(path.dirname(file));
    if (!found) return undefined;
    const stamp = stampOf(found);
    const cached = this.loaded.get(found);
    if (cached?.stamp === stamp) return cached.config;
    const config = loadConfigFile(found);
    this.loaded.set(found, { stamp, config });
    return config;
  }

  clear(): void {
    this.loaded.clear();
  }
}

function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * The same test as the CLI's directory search: `file` (absolute) matches the config's `files` (default
 * DEFAULT_FILES), relative to the config's folder, and not its `ignores`. Without a config the default
 * globs are matched from `root`, or from the filesystem root for a file outside `root` (they all start
 * with `**` + `/`, so `prfaq lint /elsewhere/docs` finds the same files as `cd /elsewhere/docs && prfaq lint`).
 */
export function isPrfaqFile(file: string, config: SourcedConfig | undefined, root: string): boolean {
  const source = configSource(config);
  let rel = relativeInside(file, source?.dir ?? root);
  if (rel === undefined && !source) rel = relativeInside(file, path.parse(file).root);
  if (rel === undefined) return false;
  return filesMatcher(config?.files)(rel) && !ignores(config, rel);
}

/**
 * Whether the config's `ignores` exclude `file` (absolute), matched relative to the config's folder, or
 * `root` for a config that came from no file. A file outside that folder is not ignored.
 */
export function isIgnoredFile(file: string, config: SourcedConfig | undefined, root: string): boolean {
  const rel = relativeInside(file, configSource(config)?.dir ?? root);
  return rel !== undefined && ignores(config, rel);
}

/** Whether the config's `ignores` match `rel`, a path relative to the folder they are matched from. */
function ignores(config: SourcedConfig | undefined, rel: string): boolean {
  const globs = config?.ignores;
  return globs !== undefined && globs.length > 0 && globMatcher(globs)(rel);
}

/** `file` relative to `dir` with `/`, or undefined when it is not inside `dir`. */
function relativeInside(file: string, dir: string): string | undefined {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  return rel.startsWith('../') || rel === '..' || path.isAbsolute(rel) ? undefined : rel;
}
