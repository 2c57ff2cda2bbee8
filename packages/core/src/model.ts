// The PR/FAQ document model: what prfaq recognised in a Markdown file, every element positioned
// in the source so that a diagnostic can point at the exact text. Pure data: no fs, no process.
import type { Root } from 'mdast';

/** A point in the source. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index into `PrfaqDocument.text`. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range of source text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: Position;
  end: Position;
}

/** What a section is for, recognised from its title through the alias table. */
export type SectionKind =
  | 'press-release'
  | 'headline'
  | 'subheading'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'leader-quote'
  | 'how-it-works'
  | 'customer-quote'
  | 'call-to-action'
  | 'faq'
  | 'external-faq'
  | 'internal-faq'
  | 'objections'
  | 'risks'
  | 'stakeholders'
  | 'outcomes'
  | 'working-backwards'
  | 'metadata'
  | 'appendix'
  | 'unknown';

/** How a section heading was written. `bold` is a paragraph holding only strong text (`**Problem:**`). */
export type HeadingStyle = 'atx' | 'setext' | 'bold';

export interface Section {
  /** Index of this section in `PrfaqDocument.sections`. */
  index: number;
  kind: SectionKind;
  /** The heading's plain text as written, without markers (`## 2. Problem ##` -> `2. Problem`). */
  title: string;
  /** 1..6 for ATX/setext headings. A bold pseudo-heading takes the level below its enclosing heading. */
  level: number;
  style: HeadingStyle;
  /** The heading itself. */
  heading: Span;
  /** From the end of the heading to the start of the next heading of the same or a higher level (or end of text). */
  body: Span;
  /** Index of the enclosing section, if any. */
  parent: number | undefined;
  /** Words in the body, excluding code, HTML comments and nested headings' own text. */
  words: number;
  /** True when the body holds nothing but whitespace and HTML comments (nested sections count as content). */
  empty: boolean;
}

export type Audience = 'external' | 'internal' | 'unknown';

/** How a FAQ question was written. `paragraph` is a one-line paragraph ending in `?` inside a FAQ section. */
export type FaqStyle = 'heading' | 'bold' | 'q-colon' | 'list' | 'numbered' | 'paragraph' | 'details';

export interface FaqEntry {
  question: string;
  /** Plain text of the answer (may be empty). */
  answer: string;
  answered: boolean;
  audience: Audience;
  style: FaqStyle;
  /** An id written before the question, like `C1` or `I3`, when present. */
  id: string | undefined;
  /** The question text. */
  span: Span;
  /** The answer text, when there is one. */
  answerSpan: Span | undefined;
  /** Index of the section the entry belongs to. */
  section: number | undefined;
}

/** Canonical objection statuses; anything else keeps its raw text in `rawStatus` and `status` is undefined. */
export type ObjectionStatus = 'open' | 'resolved' | 'accepted' | 'deferred' | 'withdrawn';

export type ObjectionSource = 'table' | 'tasklist' | 'list' | 'frontmatter' | 'faq';

/** One field of an objection as written in the source (a table cell, a frontmatter value). */
export interface Field {
  text: string;
  span: Span;
}

export interface Objection {
  source: ObjectionSource;
  stakeholder: string | undefined;
  objection: string;
  /** The status as written (`Done`, `open`, ``), trimmed. */
  rawStatus: string | undefined;
  /** The canonical status, when `rawStatus` is one of the statuses or a known alias (`done` -> `resolved`). */
  status: ObjectionStatus | undefined;
  owner: string | undefined;
  resolution: string | undefined;
  /** The whole row / list item / frontmatter entry. */
  span: Span;
  /** Each recognised field by canonical name (`stakeholder`, `objection`, `status`, `owner`, `resolution`) and every extra column by its header text. */
  fields: Record<string, Field>;
  /** For a table: index of the table in `PrfaqDocument.objectionTables`. */
  table: number | undefined;
}

/** A GFM table recognised as an objections table: which column holds what. */
export interface ObjectionTable {
  span: Span;
  /** Header cells in order, as written. */
  headers: string[];
  /** Canonical field name -> column index. Missing fields are absent. */
  columns: Partial<Record<'stakeholder' | 'objection' | 'status' | 'owner' | 'resolution', number>>;
  section: number | undefined;
}

export type Signoff = 'pending' | 'approved' | 'rejected';

export interface Stakeholder {
  name: string;
  role: string | undefined;
  /** The pre-alignment date as written, when present. */
  prealigned: string | undefined;
  /** Canonical sign-off, when recognised; `rawSignoff` keeps what was written. */
  signoff: Signoff | undefined;
  rawSignoff: string | undefined;
  constraints: string[];
  source: 'frontmatter' | 'table' | 'list';
  span: Span;
  fields: Record<string, Field>;
}

export interface Outcome {
  statement: string;
  metric: string | undefined;
  baseline: string | undefined;
  target: string | undefined;
  source: 'frontmatter';
  span: Span;
  fields: Record<string, Field>;
}

/** A problem found while reading the document (bad YAML, a limit reached). Never thrown. */
export interface ParseProblem {
  code:
    | 'yaml-syntax'
    | 'yaml-not-mapping'
    | 'yaml-duplicate-key'
    | 'yaml-unsafe'
    | 'limit-exceeded'
    | 'encoding'
    | 'internal-error';
  message: string;
  span: Span;
}

/** Where a frontmatter value came from: JSON-pointer-like path (`/stakeholders/0/signoff`) -> spans. */
export interface YamlLocation {
  key: Span | undefined;
  value: Span;
}

export interface Frontmatter {
  /** True when the document starts with a `---` YAML block. */
  present: boolean;
  /** The parsed mapping (empty when absent or invalid). Plain JSON-compatible data: no custom tags are constructed. */
  data: Record<string, unknown>;
  /** The whole block including the `---` fences. */
  span: Span | undefined;
  /** Location of every key and value, by path (`/status`, `/stakeholders/0/name`). */
  locations: Record<string, YamlLocation>;
}

/** Document metadata with where each value came from: frontmatter, a metadata bullet (`* **Owner**: Jane`) or a blockquote (`> Status: Draft`). */
export interface MetaValue {
  value: string;
  source: 'frontmatter' | 'bullet' | 'blockquote';
  span: Span;
}

export interface Meta {
  title?: MetaValue;
  status?: MetaValue;
  owner?: MetaValue;
  customer?: MetaValue;
  decisionDate?: MetaValue;
  /** Any other `key: value` metadata found outside frontmatter, lower-cased key. */
  [key: string]: MetaValue | undefined;
}

export type DocumentStatus = 'draft' | 'review' | 'approved' | 'rejected' | 'shelved';

export interface Headline {
  text: string;
  span: Span;
  /**
   * How it was found: `section` (the text of a section titled Headline, or the first unrecognised heading inside a
   * press-release section), `h1` (the first H1 that is not a known part), `bold` or `paragraph` (the first bold line or
   * short first line of the press release). docs/format.md gives the order.
   */
  source: 'h1' | 'section' | 'bold' | 'paragraph';
  /** Number of level-1 headings in the document. */
  h1Count: number;
}

/** The profile a document looks like, detected from its sections. */
export type Profile = 'full' | 'lite' | 'rfc';

export interface PrfaqDocument {
  /** As given in `parse(text, { path })`, for messages. */
  path: string | undefined;
  /** The source text without a leading BOM. Every offset points into this string. */
  text: string;
  /** True when the source started with U+FEFF (kept by fixes when writing). */
  bom: boolean;
  /** The dominant line ending, kept by fixes. */
  eol: '\n' | '\r\n';
  frontmatter: Frontmatter;
  meta: Meta;
  /** `meta.status` when it is a known status, lower-cased. */
  status: DocumentStatus | undefined;
  headline: Headline | undefined;
  sections: Section[];
  /** The press release: the range from the headline (or first text) to the first FAQ/objections section. */
  pressRelease: { span: Span; words: number } | undefined;
  faq: FaqEntry[];
  objections: Objection[];
  objectionTables: ObjectionTable[];
  stakeholders: Stakeholder[];
  outcomes: Outcome[];
  words: { total: number; pressRelease: number; faq: number };
  /** The detected profile (`rfc` when a Working Backwards section or Public FAQ is present, `full` when the press-release parts are, else `lite`). */
  detectedProfile: Profile;
  problems: ParseProblem[];
  /** The mdast tree (CommonMark + YAML frontmatter, GFM tables and task lists), positions relative to `text`. Empty when a limit stopped the parse. */
  tree: Root;
  /** Converts an offset in `text` to a position. */
  positionAt(offset: number): Position;
}

export interface ParseOptions {
  /** Reported back in `PrfaqDocument.path`. */
  path?: string;
  /** Extra section aliases: kind -> titles, merged with the built-in table. */
  sections?: Partial<Record<SectionKind, string[]>>;
}
