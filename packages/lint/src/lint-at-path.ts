// Linting one document as `prfaq lint` would lint the file at its path, for the adapters that get one
// document at a time (markdownlint, remark): the config found for the path, and nothing when that
// config says the file is not a PR/FAQ.
import path from 'node:path';
import { findRepoRoot } from './config/load.js';
import { ConfigCache, isPrfaqFile } from './config/for-path.js';
import { resolveConfig } from './config/resolve.js';
import { lint } from './engine.js';
import type { LintResult } from './types.js';

const shared = new ConfigCache();

/**
 * The lint result for `text` at `file` (relative to `cwd`, or absolute) with the config `prfaq lint`
 * would use, or undefined when the file is not a PR/FAQ by that config. Without a path: the
 * recommended preset. Throws `ConfigError` for a bad config.
 */
export function lintAtPath(text: string, file: string | undefined, cwd = process.cwd()): LintResult | undefined {
  if (file === undefined) return lint(text);
  const absolute = path.resolve(cwd, file);
  const config = shared.configFor(absolute);
  if (!isPrfaqFile(absolute, config, findRepoRoot(path.dirname(absolute)) ?? cwd)) return undefined;
  const shown = path.relative(cwd, absolute).split(path.sep).join('/') || path.basename(absolute);
  return lint(text, { path: shown, config: resolveConfig(config, { path: absolute }) });
}
