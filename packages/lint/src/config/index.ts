// @prfaq/lint/config: finding, loading and resolving configuration, without the lint engine or the
// Markdown parser (the CLI resolves configs for a `--cache` run that may never lint a file).
export { resolveConfig, matches, globMatcher, filesMatcher } from './resolve.js';
export { CONFIG_FILE_NAMES, findConfigFile, findRepoRoot, loadConfigFile, parseConfigText } from './load.js';
export { configSchema } from './schema.js';
export { ConfigError, CONFIG_SOURCE, configSource, DEFAULT_FILES } from './types.js';
export type * from './types.js';
export { ConfigCache, isIgnoredFile, isPrfaqFile } from './for-path.js';
