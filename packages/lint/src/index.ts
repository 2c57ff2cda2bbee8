// @prfaq/lint: rules, presets, configuration, suppressions, fixes, readiness and reporters.
export type * from './types.js';
export * from './readiness/index.js';
