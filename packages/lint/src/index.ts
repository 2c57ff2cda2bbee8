// @prfaq/lint: rules, presets, configuration, suppressions, fixes, readiness and reporters.
export type * from './types.js';
export * from './readiness/index.js';
export { lint, lintDocument, ENGINE_IDS, type LintOptions } from './engine.js';
export { applyFixes, FIX_TYPES, MAX_FIX_PASSES, selectFixes, type ApplyResult } from './fix.js';
export { findDirectives, type Directive, type DirectiveKind } from './suppress.js';
export { presetRules, presetNames, type PresetName } from './presets.js';
export { resolveConfig, matches, globMatcher } from './config/resolve.js';
export { CONFIG_FILE_NAMES, findConfigFile, findRepoRoot, loadConfigFile, parseConfigText } from './config/load.js';
export { configSchema } from './config/schema.js';
export { ConfigError, CONFIG_SOURCE, DEFAULT_FILES } from './config/types.js';
export type * from './config/types.js';
export { reporters, reporterNames, type ReporterName } from './reporters/index.js';
export type { Reporter, ReporterContext } from './reporters/types.js';
export { rules, docsUrl } from './rules/index.js';
export { frontmatterSchema } from './rules/_util/frontmatter-schema.js';
