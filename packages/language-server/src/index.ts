// @prfaq/language-server: prfaq in any LSP editor. `startServer` wires a connection; the rest is for tests and embedders.
export { startServer, DEFAULT_DEBOUNCE_MS, type ServerSettings } from './server.js';
export { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
export { FIX_ALL_KIND } from './actions.js';
export { READINESS_NOTIFICATION, SHOW_READINESS_COMMAND, readinessSummary, type ReadinessParams } from './readiness.js';
