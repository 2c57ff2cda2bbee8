// The readiness verdict: lint results and the document model turned into "is this PR/FAQ ready for
// its decision meeting?", with the blocking items grouped the way a reviewer reads them.
import type { DocumentStatus, Objection, PrfaqDocument, Span, Stakeholder } from '@prfaq/core';
import type { Diagnostic, LintResult } from '../types.js';

/** A group of checks that can block a document. Which ones block is configured per target status. */
export type ReadinessCheck =
  | 'missing-sections'
  | 'unanswered-questions'
  | 'outcomes-not-measurable'
  | 'placeholders'
  | 'open-objections'
  | 'not-prealigned'
  | 'not-signed-off'
  | 'lint-errors';

/** The milestone a document is checked against: ready to be reviewed in the decision meeting, or ready to be approved. */
export type ReadinessTarget = 'review' | 'approved';

export const readinessChecks: readonly ReadinessCheck[] = [
  'missing-sections',
  'unanswered-questions',
  'outcomes-not-measurable',
  'placeholders',
  'open-objections',
  'not-prealigned',
  'not-signed-off',
  'lint-errors',
];

export const readinessTargets: readonly ReadinessTarget[] = ['review', 'approved'];

export const checkLabels: Record<ReadinessCheck, string> = {
  'missing-sections': 'Missing sections',
  'unanswered-questions': 'Unanswered questions',
  'outcomes-not-measurable': 'Outcomes not measurable',
  placeholders: 'Placeholders',
  'open-objections': 'Open objections',
  'not-prealigned': 'Stakeholders not pre-aligned',
  'not-signed-off': 'Stakeholders not signed off',
  'lint-errors': 'Lint errors',
};

/** The `ready` key of the config file: per target, the checks that block. A target left out keeps its default. */
export type ReadyConfig = Partial<Record<ReadinessTarget, { block?: ReadinessCheck[] }>>;

/**
 * Before the meeting every stakeholder must have been heard (pre-aligned) and nothing may be left
 * unsaid; sign-off is what the meeting produces, so it only blocks `approved`.
 */
export const defaultReadyConfig: Record<ReadinessTarget, { block: ReadinessCheck[] }> = {
  review: { block: readinessChecks.filter((check) => check !== 'not-signed-off') },
  approved: { block: [...readinessChecks] },
};

/** Which rule's diagnostics feed which check. Rules not listed count under `lint-errors` when they are errors. */
export const ruleChecks: Record<string, ReadinessCheck> = {
  'required-sections': 'missing-sections',
  'faq-answered': 'unanswered-questions',
  'outcome-measurable': 'outcomes-not-measurable',
  'no-placeholders': 'placeholders',
  'open-objections': 'open-objections',
  'objection-owner': 'open-objections',
  'stakeholder-prealigned': 'not-prealigned',
  'stakeholder-signoff': 'not-signed-off',
};

/** Checks whose items come from the model (which carries stakeholder, owner and dates), so their rules' diagnostics would only repeat them. */
const modelChecks = new Set<ReadinessCheck>(['open-objections', 'not-prealigned', 'not-signed-off']);

export type NoteKind = 'deferred-objection' | 'accepted-objection';

export interface ObjectionInfo {
  stakeholder: string | undefined;
  objection: string;
  status: string | undefined;
  owner: string | undefined;
  resolution: string | undefined;
}

export interface ReadinessItem {
  /** The check this item belongs to, or the kind of note. */
  check: ReadinessCheck | NoteKind;
  message: string;
  line: number;
  column: number;
  /** The rule that reported it, when it came from lint. */
  ruleId?: string;
  objection?: ObjectionInfo;
  stakeholder?: { name: string; role: string | undefined; prealigned: string | undefined; signoff: string | undefined };
}

export interface Readiness {
  path: string | undefined;
  title: string | undefined;
  /** The document's own status, when recognised. */
  status: DocumentStatus | undefined;
  target: ReadinessTarget;
  ready: boolean;
  /**
   * True for a `rejected` or `shelved` document checked without an explicit target: its decision is
   * made, so nothing blocks (it counts as ready) and every item is shown as a note.
   */
  closed: boolean;
  /** The checks that block for this target, in checklist order. */
  blocking: ReadinessCheck[];
  /** What stops the document, grouped by check in checklist order. */
  blockers: ReadinessItem[];
  /** What a reviewer should see but does not block: deferred and accepted objections, and items of checks that do not block for this target. */
  notes: ReadinessItem[];
}

export interface ReadinessOptions {
  /** The target; by default derived from the document's status (see `defaultTarget`). */
  target?: ReadinessTarget;
  config?: ReadyConfig;
}

/** A document marked `approved` must meet the approval bar; everything else is on its way to review (rejected and shelved ones are closed, see `Readiness.closed`). */
export function defaultTarget(status: DocumentStatus | undefined): ReadinessTarget {
  return status === 'approved' ? 'approved' : 'review';
}

const closedStatuses = new Set(['resolved', 'accepted', 'withdrawn', 'deferred']);

/**
 * An objection is open unless its status says otherwise. One inferred from the FAQ ("Why should we not
 * do this?") has no status by nature, so it counts only when marked open.
 */
export function isOpenObjection(objection: Objection): boolean {
  if (objection.status !== undefined) return !closedStatuses.has(objection.status);
  if (objection.source === 'faq') return false;
  return true;
}

export function isClosedObjection(objection: Objection): boolean {
  return objection.status === 'resolved' || objection.status === 'accepted' || objection.status === 'withdrawn';
}

export function objectionInfo(objection: Objection): ObjectionInfo {
  return {
    stakeholder: blankToUndefined(objection.stakeholder),
    objection: objection.objection.trim(),
    status: objection.status ?? blankToUndefined(objection.rawStatus),
    owner: blankToUndefined(objection.owner),
    resolution: blankToUndefined(objection.resolution),
  };
}

export function assessReadiness(doc: PrfaqDocument, lint: LintResult, options: ReadinessOptions = {}): Readiness {
  const target = options.target ?? defaultTarget(doc.status);
  const closed = options.target === undefined && (doc.status === 'rejected' || doc.status === 'shelved');
  const blocking = closed ? [] : blockingChecks(target, options.config);
  const fromLint = lintItems(lint);
  const objections = objectionItems(doc);
  const items = [
    ...fromLint.items,
    ...modelItems(doc, fromLint.byCheck),
    ...objections.items,
    ...stakeholderItems(doc),
  ];

  const order = (item: ReadinessItem) => readinessChecks.indexOf(item.check as ReadinessCheck);
  const sorted = items.sort((a, b) => order(a) - order(b) || a.line - b.line || a.column - b.column);
  const blockers = sorted.filter((item) => blocking.includes(item.check as ReadinessCheck));
  const nonBlocking = sorted.filter((item) => !blocking.includes(item.check as ReadinessCheck));
  return {
    path: doc.path ?? lint.path,
    title: doc.meta.title?.value ?? doc.headline?.text,
    status: doc.status,
    target,
    ready: blockers.length === 0,
    closed,
    blocking,
    blockers,
    notes: [...objections.notes.sort((a, b) => a.line - b.line), ...nonBlocking],
  };
}

/** One item per lint diagnostic that maps to a readiness check, and the diagnostics grouped by check. */
function lintItems(lint: LintResult): { items: ReadinessItem[]; byCheck: Map<ReadinessCheck, Diagnostic[]> } {
  const items: ReadinessItem[] = [];
  const byCheck = new Map<ReadinessCheck, Diagnostic[]>();
  for (const diagnostic of lint.diagnostics) {
    const check = ruleChecks[diagnostic.ruleId] ?? (diagnostic.severity === 'error' ? 'lint-errors' : undefined);
    if (check === undefined || modelChecks.has(check)) continue;
    const list = byCheck.get(check) ?? [];
    list.push(diagnostic);
    byCheck.set(check, list);
    items.push({
      check,
      message: diagnostic.message,
      line: diagnostic.line,
      column: diagnostic.column,
      ruleId: diagnostic.ruleId,
    });
  }
  return { items, byCheck };
}

/**
 * The model knows answers and outcome fields even when the rules are off or not yet written;
 * an item for what it sees unless a rule already reported that line.
 */
function modelItems(doc: PrfaqDocument, byCheck: ReadonlyMap<ReadinessCheck, Diagnostic[]>): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const reported = (check: ReadinessCheck, span: Span) =>
    (byCheck.get(check) ?? []).some((d) => d.line >= span.start.line && d.line <= span.end.line);
  for (const entry of doc.faq) {
    if (entry.answered || reported('unanswered-questions', entry.span)) continue;
    items.push({ check: 'unanswered-questions', message: `"${entry.question}" has no answer`, ...at(entry.span) });
  }
  for (const outcome of doc.outcomes) {
    const missing = (['metric', 'baseline', 'target'] as const).filter(
      (key) => blankToUndefined(outcome[key]) === undefined,
    );
    if (missing.length === 0 || reported('outcomes-not-measurable', outcome.span)) continue;
    items.push({
      check: 'outcomes-not-measurable',
      message: `Outcome "${outcome.statement}" has no ${joinWords(missing)}`,
      ...at(outcome.span),
    });
  }
  return items;
}

/** Open objections are items; deferred and disagree-and-commit ones are notes. */
function objectionItems(doc: PrfaqDocument): { items: ReadinessItem[]; notes: ReadinessItem[] } {
  const items: ReadinessItem[] = [];
  const notes: ReadinessItem[] = [];
  for (const objection of doc.objections) {
    const info = objectionInfo(objection);
    const who = info.stakeholder ?? 'an unnamed stakeholder';
    const base = { objection: info, ...at(objection.span) };
    if (isOpenObjection(objection)) {
      const owner = info.owner === undefined ? 'no owner' : `owner ${info.owner}`;
      items.push({ check: 'open-objections', message: `${who}: "${info.objection}" is open (${owner})`, ...base });
    } else if (objection.status === 'deferred') {
      notes.push({ check: 'deferred-objection', message: `${who}: "${info.objection}" is deferred`, ...base });
    } else if (objection.status === 'accepted') {
      const how = info.resolution === undefined ? '' : `: ${info.resolution}`;
      const message = `${who} disagrees and commits on "${info.objection}"${how}`;
      notes.push({ check: 'accepted-objection', message, ...base });
    }
  }
  return { items, notes };
}

function stakeholderItems(doc: PrfaqDocument): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  for (const stakeholder of doc.stakeholders) {
    const info = stakeholderInfo(stakeholder);
    const name = info.role === undefined ? info.name : `${info.name} (${info.role})`;
    const base = { stakeholder: info, ...at(stakeholder.span) };
    if (info.prealigned === undefined) {
      items.push({ check: 'not-prealigned', message: `${name} has no pre-alignment date`, ...base });
    }
    if (stakeholder.signoff !== 'approved') {
      const state =
        stakeholder.signoff === 'rejected' ? 'rejected' : `not signed off (${info.signoff ?? 'no sign-off'})`;
      items.push({ check: 'not-signed-off', message: `${name} ${state}`, ...base });
    }
  }
  return items;
}

export function blockingChecks(target: ReadinessTarget, config: ReadyConfig | undefined): ReadinessCheck[] {
  const configured = config?.[target]?.block ?? defaultReadyConfig[target].block;
  return readinessChecks.filter((check) => configured.includes(check));
}

function stakeholderInfo(stakeholder: Stakeholder): NonNullable<ReadinessItem['stakeholder']> {
  return {
    name: stakeholder.name.trim(),
    role: blankToUndefined(stakeholder.role),
    prealigned: blankToUndefined(stakeholder.prealigned),
    signoff: stakeholder.signoff ?? blankToUndefined(stakeholder.rawSignoff),
  };
}

function at(span: Span): { line: number; column: number } {
  return { line: span.start.line, column: span.start.column };
}

function blankToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The JSON Schema of the `ready` config key, for the config schema (editor completion and validation). */
export const readyConfigSchema: Record<string, unknown> = {
  description:
    'Readiness settings for prfaq ready: for each target (review, approved), the checks that block a document. A target left out keeps its default.',
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    readinessTargets.map((target) => [
      target,
      {
        description: `What blocks a document checked for ${target}. Default: ${defaultReadyConfig[target].block.join(', ')}.`,
        type: 'object',
        additionalProperties: false,
        properties: {
          block: { type: 'array', uniqueItems: true, items: { enum: [...readinessChecks] } },
        },
      },
    ]),
  ),
};
