// The rule API and the shape of lint results: the contract between rules, the engine, reporters and the CLI.
import type { PrfaqDocument, Span } from '@prfaq/core';

/** `info` is shown but never fails a run; `warn` fails only past `--max-warnings`; `error` fails. */
export type Severity = 'off' | 'info' | 'warn' | 'error';

/** What kind of change a fix makes, for `--fix-type`. */
export type FixType = 'structure' | 'frontmatter' | 'objections' | 'writing';

export type RuleCategory = 'structure' | 'customer' | 'objections' | 'stakeholders' | 'writing' | 'frontmatter';

/** One text edit: replace `text.slice(range[0], range[1])` with `text`. Offsets index `PrfaqDocument.text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** A fix is every edit needed to repair one problem; all are applied or none. */
export interface Fix {
  edits: TextEdit[];
}

export interface RuleMeta {
  /** kebab-case; also the file name, docs page and fixture folder. */
  id: string;
  description: string;
  category: RuleCategory;
  /** Severity in the `recommended` preset; `strict` turns every rule that is not `off` into `error`, and enables the rest as `warn`. */
  recommended: Severity;
  /** Present when the rule can fix what it reports. */
  fixable?: FixType;
  /** JSON Schema of the rule's options object (validated by ajv when the config is loaded). */
  schema?: Record<string, unknown>;
  /** Default options, merged under the configured ones. */
  defaultOptions?: Record<string, unknown>;
}

export interface Report {
  message: string;
  /** Where the problem is. Rules always point at the most precise span they have. */
  span: Span;
  /** A rule may lower the configured severity for this report (for example `info` for a draft); it can never raise it. */
  severity?: Exclude<Severity, 'off'>;
  fix?: Fix;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** The configured options merged over `meta.defaultOptions`, validated against `meta.schema`. */
  options: Options;
  /** The profile in force: from config, else detected from the document. */
  profile: string;
  /** The resolved profile definition (required sections and their order). */
  profileDef: ProfileDef;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(doc: PrfaqDocument, ctx: RuleContext<Options>): void;
}

/** A profile says which sections a document must have, in which order. */
export interface ProfileDef {
  name: string;
  description: string;
  /** Section kinds that must be present, in their expected order. An entry with alternatives (`['faq', 'external-faq']`) is met by any of them. */
  required: Array<string | string[]>;
}

export interface Diagnostic {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the document text (without BOM). */
  offset: number;
  endOffset: number;
  fix?: Fix;
}

export interface LintResult {
  path: string | undefined;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** Present when fixing was requested: the text after every applied fix (BOM and line endings kept). */
  output?: string;
  /** Present when fixing was requested: how many fixes were applied over all passes. */
  fixedCount?: number;
}
