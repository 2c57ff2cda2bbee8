// What changed in a PR/FAQ between two versions: objections, stakeholders, sections, FAQ, outcomes
// and the readiness verdict. Pure: the caller reads both versions (from git) and parses them.
import type { Objection, Outcome, PrfaqDocument, Section, Stakeholder } from '@prfaq/core';
import { isClosedObjection, isOpenObjection, objectionInfo, type ObjectionInfo, type Readiness } from './ready.js';

export type FileChange = 'added' | 'deleted' | 'renamed' | 'modified' | 'unchanged';

/** One version of a document. */
export interface DiffSide {
  path: string;
  doc: PrfaqDocument;
  readiness: Readiness;
}

export interface ObjectionRef extends ObjectionInfo {
  line: number;
}

export interface ObjectionChange {
  before: ObjectionRef | undefined;
  after: ObjectionRef | undefined;
  /** Which fields differ between the matched versions. */
  fields: Array<'stakeholder' | 'objection' | 'status' | 'owner' | 'resolution'>;
}

export interface StakeholderRef {
  name: string;
  role: string | undefined;
  prealigned: string | undefined;
  signoff: string | undefined;
  line: number;
}

export interface StakeholderChange {
  before: StakeholderRef | undefined;
  after: StakeholderRef | undefined;
}

export interface SectionRef {
  title: string;
  kind: string;
  line: number;
}

export interface QuestionRef {
  question: string;
  answered: boolean;
  line: number;
}

export interface OutcomeRef {
  statement: string;
  metric: string | undefined;
  baseline: string | undefined;
  target: string | undefined;
  line: number;
}

export interface OutcomeChange {
  before: OutcomeRef | undefined;
  after: OutcomeRef | undefined;
}

export interface ReadinessSummary {
  ready: boolean;
  /** Rejected or shelved: the decision is made (see `Readiness.closed`). */
  closed: boolean;
  target: string;
  blockers: number;
}

export interface DocumentDiff {
  /** Path in the working tree; for a deleted file, its path at the base. */
  path: string;
  /** Path at the base revision, when the file existed there. */
  basePath: string | undefined;
  change: FileChange;
  objections: {
    /** New objections that are not closed, and closed ones that were reopened. */
    opened: ObjectionChange[];
    /** Objections now resolved, accepted or withdrawn (including new ones raised and closed in this change). */
    resolved: ObjectionChange[];
    /** Same objection, other owner, status, wording or resolution. */
    changed: ObjectionChange[];
    /** Objections that disappeared from the document. */
    removed: ObjectionChange[];
  };
  stakeholders: {
    added: StakeholderChange[];
    removed: StakeholderChange[];
    prealigned: StakeholderChange[];
    signedOff: StakeholderChange[];
    rejected: StakeholderChange[];
    /** Any other change: role, sign-off back to pending, pre-alignment date moved. */
    changed: StakeholderChange[];
  };
  sections: { added: SectionRef[]; removed: SectionRef[] };
  faq: { added: QuestionRef[]; removed: QuestionRef[]; answered: QuestionRef[] };
  outcomes: { added: OutcomeChange[]; removed: OutcomeChange[]; changed: OutcomeChange[] };
  readiness: { before: ReadinessSummary | undefined; after: ReadinessSummary | undefined };
}

/** Words of a Dice similarity at or above this are the same objection reworded. */
const similarEnough = 0.6;

export function diffDocuments(
  before: DiffSide | undefined,
  after: DiffSide | undefined,
  renamed = false,
): DocumentDiff {
  const path = after?.path ?? before?.path ?? '';
  const change: FileChange =
    before === undefined
      ? 'added'
      : after === undefined
        ? 'deleted'
        : renamed || before.path !== after.path
          ? 'renamed'
          : before.doc.text === after.doc.text
            ? 'unchanged'
            : 'modified';
  return {
    path,
    basePath: before?.path,
    change,
    objections: diffObjections(before?.doc.objections ?? [], after?.doc.objections ?? []),
    stakeholders: diffStakeholders(before?.doc.stakeholders ?? [], after?.doc.stakeholders ?? []),
    sections: diffSections(before?.doc.sections ?? [], after?.doc.sections ?? []),
    faq: diffFaq(before?.doc, after?.doc),
    outcomes: diffOutcomes(before?.doc.outcomes ?? [], after?.doc.outcomes ?? []),
    readiness: { before: summarize(before?.readiness), after: summarize(after?.readiness) },
  };
}

/** True when the diff has anything to show beyond the file being there. */
export function hasChanges(diff: DocumentDiff): boolean {
  const lists = [
    ...Object.values(diff.objections),
    ...Object.values(diff.stakeholders),
    ...Object.values(diff.sections),
    ...Object.values(diff.faq),
    ...Object.values(diff.outcomes),
  ];
  const verdictChanged =
    diff.readiness.before?.ready !== diff.readiness.after?.ready ||
    diff.readiness.before?.closed !== diff.readiness.after?.closed;
  return diff.change !== 'unchanged' || verdictChanged || lists.some((list) => list.length > 0);
}

function summarize(readiness: Readiness | undefined): ReadinessSummary | undefined {
  return (
    readiness && {
      ready: readiness.ready,
      closed: readiness.closed,
      target: readiness.target,
      blockers: readiness.blockers.length,
    }
  );
}

function diffObjections(before: Objection[], after: Objection[]): DocumentDiff['objections'] {
  const result: DocumentDiff['objections'] = { opened: [], resolved: [], changed: [], removed: [] };
  const key = (o: Objection) => normalize(o.stakeholder ?? '');
  const pairs = match(before, after, (a, b) => {
    const sameText = normalize(a.objection) === normalize(b.objection);
    // The same words under another stakeholder name is most likely the name being corrected.
    if (key(a) !== key(b)) return sameText ? 0.9 : 0;
    return sameText ? 1 : similarity(a.objection, b.objection);
  });
  for (const [old, now] of pairs) {
    const change: ObjectionChange = { before: old && objectionRef(old), after: now && objectionRef(now), fields: [] };
    if (old === undefined && now !== undefined) {
      (isClosedObjection(now) ? result.resolved : result.opened).push(change);
    } else if (now === undefined) {
      result.removed.push(change);
    } else if (old !== undefined) {
      change.fields = changedFields(change.before!, change.after!);
      if (isOpenObjection(now) && !isOpenObjection(old)) result.opened.push(change);
      else if (isClosedObjection(now) && !isClosedObjection(old)) result.resolved.push(change);
      else if (change.fields.length > 0) result.changed.push(change);
    }
  }
  return result;
}

function objectionRef(objection: Objection): ObjectionRef {
  return { ...objectionInfo(objection), line: objection.span.start.line };
}

function changedFields(a: ObjectionRef, b: ObjectionRef): ObjectionChange['fields'] {
  const fields = ['stakeholder', 'objection', 'status', 'owner', 'resolution'] as const;
  return fields.filter((field) => normalize(a[field] ?? '') !== normalize(b[field] ?? ''));
}

function diffStakeholders(before: Stakeholder[], after: Stakeholder[]): DocumentDiff['stakeholders'] {
  const result: DocumentDiff['stakeholders'] = {
    added: [],
    removed: [],
    prealigned: [],
    signedOff: [],
    rejected: [],
    changed: [],
  };
  const pairs = match(before, after, (a, b) => (normalize(a.name) === normalize(b.name) ? 1 : 0));
  for (const [old, now] of pairs) {
    const change = { before: old && stakeholderRef(old), after: now && stakeholderRef(now) };
    if (old === undefined) result.added.push(change);
    else if (now === undefined) result.removed.push(change);
    else {
      const b = change.before!;
      const a = change.after!;
      let told = false;
      if (b.prealigned === undefined && a.prealigned !== undefined) told = record(result.prealigned, change);
      if (now.signoff === 'approved' && old.signoff !== 'approved') told = record(result.signedOff, change);
      if (now.signoff === 'rejected' && old.signoff !== 'rejected') told = record(result.rejected, change);
      const differs = b.role !== a.role || b.prealigned !== a.prealigned || b.signoff !== a.signoff;
      if (!told && differs) result.changed.push(change);
    }
  }
  return result;
}

function stakeholderRef(stakeholder: Stakeholder): StakeholderRef {
  return {
    name: stakeholder.name.trim(),
    role: blank(stakeholder.role),
    prealigned: blank(stakeholder.prealigned),
    signoff: stakeholder.signoff ?? blank(stakeholder.rawSignoff),
    line: stakeholder.span.start.line,
  };
}

function diffSections(before: Section[], after: Section[]): DocumentDiff['sections'] {
  const title = (s: Section) => normalize(s.title.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+/i, ''));
  const pairs = match(before, after, (a, b) => (title(a) === title(b) && a.kind === b.kind ? 1 : 0));
  const ref = (s: Section): SectionRef => ({ title: s.title, kind: s.kind, line: s.heading.start.line });
  return {
    added: pairs.filter(([old]) => old === undefined).map(([, now]) => ref(now!)),
    removed: pairs.filter(([, now]) => now === undefined).map(([old]) => ref(old!)),
  };
}

function diffFaq(before: PrfaqDocument | undefined, after: PrfaqDocument | undefined): DocumentDiff['faq'] {
  const question = (q: string) => normalize(q.replace(/^\s*(?:[A-Za-z]{0,2}\d+[.):]|Q:)\s*/i, ''));
  const pairs = match(before?.faq ?? [], after?.faq ?? [], (a, b) => {
    if (question(a.question) === question(b.question)) return 1;
    return a.audience === b.audience ? similarity(a.question, b.question) : 0;
  });
  const ref = (entry: PrfaqDocument['faq'][number]): QuestionRef => ({
    question: entry.question,
    answered: entry.answered,
    line: entry.span.start.line,
  });
  const result: DocumentDiff['faq'] = { added: [], removed: [], answered: [] };
  for (const [old, now] of pairs) {
    if (old === undefined) result.added.push(ref(now!));
    else if (now === undefined) result.removed.push(ref(old));
    else if (!old.answered && now.answered) result.answered.push(ref(now));
  }
  return result;
}

function diffOutcomes(before: Outcome[], after: Outcome[]): DocumentDiff['outcomes'] {
  const pairs = match(before, after, (a, b) => {
    if (a.metric && b.metric && normalize(a.metric) === normalize(b.metric)) return 1;
    return normalize(a.statement) === normalize(b.statement) ? 1 : similarity(a.statement, b.statement);
  });
  const ref = (o: Outcome): OutcomeRef => ({
    statement: o.statement,
    metric: blank(o.metric),
    baseline: blank(o.baseline),
    target: blank(o.target),
    line: o.span.start.line,
  });
  const result: DocumentDiff['outcomes'] = { added: [], removed: [], changed: [] };
  for (const [old, now] of pairs) {
    const change = { before: old && ref(old), after: now && ref(now) };
    if (old === undefined) result.added.push(change);
    else if (now === undefined) result.removed.push(change);
    else {
      const fields = ['statement', 'metric', 'baseline', 'target'] as const;
      if (fields.some((f) => (change.before![f] ?? '') !== (change.after![f] ?? ''))) result.changed.push(change);
    }
  }
  return result;
}

/**
 * Pairs items of two lists: exact matches (score 1) first, in order, then the most similar remaining
 * pairs above the threshold. Unmatched items come back paired with undefined. Order follows `after`,
 * then the removed items in their old order.
 */
function match<T>(before: T[], after: T[], score: (a: T, b: T) => number): Array<[T | undefined, T | undefined]> {
  const partner = new Map<number, number>(); // after index -> before index
  const taken = new Set<number>();
  for (let j = 0; j < after.length; j++) {
    const i = before.findIndex((b, index) => !taken.has(index) && score(b, after[j]!) === 1);
    if (i >= 0) {
      partner.set(j, i);
      taken.add(i);
    }
  }
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  for (let j = 0; j < after.length; j++) {
    if (partner.has(j)) continue;
    for (let i = 0; i < before.length; i++) {
      if (taken.has(i)) continue;
      const s = score(before[i]!, after[j]!);
      if (s >= similarEnough) candidates.push({ i, j, s });
    }
  }
  for (const { i, j } of candidates.sort((a, b) => b.s - a.s || a.j - b.j || a.i - b.i)) {
    if (partner.has(j) || taken.has(i)) continue;
    partner.set(j, i);
    taken.add(i);
  }
  const pairs: Array<[T | undefined, T | undefined]> = after.map((item, j) => {
    const i = partner.get(j);
    return [i === undefined ? undefined : before[i], item];
  });
  before.forEach((item, i) => {
    if (!taken.has(i)) pairs.push([item, undefined]);
  });
  return pairs;
}

/** Case, punctuation, emoji and spacing do not make a different objection or section. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wa = new Set(normalize(a).split(' ').filter(Boolean));
  const wb = new Set(normalize(b).split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const word of wa) if (wb.has(word)) common++;
  return (2 * common) / (wa.size + wb.size);
}

function blank(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Adds a change to one list of the diff; true, for the caller's "already told" flag. */
function record<T>(list: T[], change: T): true {
  list.push(change);
  return true;
}
