// Linting a file's text with the config `prfaq lint` would use for its path: the nearest config file up to
// the repository root (data only, never code), its `files`/`ignores` deciding whether the file is a PR/FAQ.
// @prfaq/markdownlint has the same module: the two adapters are published apart, each without the other.
import fs from 'node:fs';
import path from 'node:path';
import {
  CONFIG_SOURCE,
  DEFAULT_FILES,
  findConfigFile,
  findRepoRoot,
  globMatcher,
  lint,
  loadConfigFile,
  resolveConfig,
  type LintResult,
  type SourcedConfig,
} from '@prfaq/lint';

/**
 * The lint result for `text` at `file` (relative to the working directory, or absolute), or undefined
 * when the file is not a PR/FAQ by the config's `files` and `ignores`. Throws `ConfigError` for a bad config.
 */
export function lintAtPath(text: string, file: string | undefined, cwd = process.cwd()): LintResult | undefined {
  if (file === undefined) return lint(text);
  const absolute = path.resolve(cwd, file);
  const found = findConfigFile(path.dirname(absolute));
  const config = found ? loadCached(found) : undefined;
  const base = config?.[CONFIG_SOURCE]?.dir ?? findRepoRoot(path.dirname(absolute)) ?? cwd;
  const rel = path.relative(base, absolute).split(path.sep).join('/');
  if (rel.startsWith('../') || !globMatcher(config?.files ?? DEFAULT_FILES)(rel)) return undefined;
  if (config?.ignores?.length && globMatcher(config.ignores)(rel)) return undefined;
  const shown = path.relative(cwd, absolute).split(path.sep).join('/') || path.basename(absolute);
  return lint(text, { path: shown, config: resolveConfig(config, { path: absolute }) });
}

/** Config files already loaded in this run, by path, reloaded when their size or modification time changes. */
const loaded = new Map<string, { stamp: string; config: SourcedConfig }>();

function loadCached(file: string): SourcedConfig {
  const stat = fs.statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = loaded.get(file);
  if (cached?.stamp === stamp) return cached.config;
  const config = loadConfigFile(file);
  loaded.set(file, { stamp, config });
  return config;
}
