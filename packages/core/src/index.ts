// @prfaq/core: Markdown -> PrfaqDocument. Pure: no fs, no process, no console.
export type * from './model.js';
export { parse } from './parse.js';
export { SECTION_ALIASES, classifyTitle, normalizeTitle } from './sections.js';
export {
  DOCUMENT_STATUS_ALIASES,
  OBJECTION_COLUMNS,
  OBJECTION_STATUS_ALIASES,
  SIGNOFF_ALIASES,
  STAKEHOLDER_COLUMNS,
} from './vocabulary.js';
export { LIMITS } from './limits.js';
export { MAX_YAML_ALIASES } from './frontmatter.js';
export { describeStakeholder, findStakeholder, namesStakeholder, personKey } from './stakeholders.js';
