// @prfaq/lint: rules, presets, configuration, suppressions, fixes, readiness and reporters.
export type * from './types.js';
export * from './readiness/index.js';
export { formatMessage, lint, lintDocument, type LintOptions } from './engine.js';
export { ENGINE_IDS } from './engine-ids.js';
export { applyFixes, FIX_TYPES, MAX_FIX_PASSES, selectFixes, type ApplyResult } from './fix.js';
export { findDirectives, type Directive, type DirectiveKind } from './suppress.js';
export { presetRules, presetNames, type PresetName } from './presets.js';
export * from './config/index.js';
export * from './reporters/index.js';
export { rules, docsUrl } from './rules/index.js';
export { buildReport, groupOf, statusOrder } from './portfolio/model.js';
export type * from './portfolio/model.js';
export { aggregateHistory } from './portfolio/history.js';
export type * from './portfolio/history.js';
export { frontmatterSchema } from './rules/_util/frontmatter-schema.js';
export { lintAtPath } from './lint-at-path.js';
