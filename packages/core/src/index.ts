// @prfaq/core: Markdown -> PrfaqDocument. Pure: no fs, no process, no console.
export type * from './model.js';
export { parse } from './parse.js';
export { SECTION_ALIASES, classifyTitle, normalizeTitle } from './sections.js';
export { OBJECTION_STATUS_ALIASES, DOCUMENT_STATUS_ALIASES, SIGNOFF_ALIASES } from './vocabulary.js';
export { LIMITS } from './limits.js';
export { MAX_YAML_ALIASES } from './frontmatter.js';
