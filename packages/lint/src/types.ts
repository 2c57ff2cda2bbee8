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

export interface RuleMeta<MessageId extends string = string> {
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
  /**
   * Every message the rule can report, by id, as ESLint's `meta.messages`: `{{name}}` is replaced by
   * `data.name` of the report. A message is reworded here, once; tests and tools match on the id. A rule that
   * never reports may leave it out; every built-in rule declares it (checked in rules.test.ts).
   */
  messages?: Readonly<Record<MessageId, string>>;
}

/** Values for the `{{name}}` placeholders of a message. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<MessageId extends string = string> {
  /** A key of the rule's `meta.messages`. */
  messageId: MessageId;
  /** Fills the message's `{{name}}` placeholders; a placeholder without data is left as written. */
  data?: MessageData;
  /** Where the problem is. Rules always point at the most precise span they have. */
  span: Span;
  /** A rule may lower the configured severity for this report (for example `info` for a draft); it can never raise it. */
  severity?: Exclude<Severity, 'off'>;
  fix?: Fix;
}

export interface RuleContext<Options = Record<string, unknown>, MessageId extends string = string> {
  /** The configured options merged over `meta.defaultOptions`, validated against `meta.schema`. */
  options: Options;
  /** The profile in force: from config, else detected from the document. */
  profile: string;
  /** The resolved profile definition (required sections and their order). */
  profileDef: ProfileDef;
  report(report: Report<MessageId>): void;
}

/** `MessageId` names the keys of `meta.messages`; annotate it (`Rule<Options, 'open' | 'blocking'>`) to have them checked. */
export interface Rule<Options = Record<string, unknown>, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(doc: PrfaqDocument, ctx: RuleContext<Options, MessageId>): void;
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
  /**
   * Which of the rule's `meta.messages` this is (for engine diagnostics: the parse problem's code,
   * `rule-failed`, `unused-directive`…). Absent on diagnostics read back from another tool's output.
   */
  messageId?: string;
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
