// The ids of diagnostics that the engine and the CLI report themselves, not a rule: a module of their
// own so that code which only names them (the CLI's io-error result) does not load the engine and parser.
import { DIRECTIVE_UNKNOWN_RULE, DIRECTIVE_UNUSED } from './suppress.js';

/**
 * Diagnostic ids that do not come from a rule. Documented in docs/configuration.md; a suppression
 * comment may name them.
 */
export const ENGINE_IDS = {
  /** The frontmatter is not valid YAML, not a mapping, or repeats a key. */
  frontmatterYaml: 'frontmatter-yaml',
  /** The document exceeded a parser limit and was not analysed in full. */
  parseLimit: 'parse-limit',
  /** The text has an encoding problem the parser noticed (the CLI reports unreadable bytes as io-error). */
  encoding: 'encoding',
  /** The CLI could not read the file: missing, a directory, binary, not UTF-8. */
  ioError: 'io-error',
  directiveUnknownRule: DIRECTIVE_UNKNOWN_RULE,
  directiveUnused: DIRECTIVE_UNUSED,
} as const;
