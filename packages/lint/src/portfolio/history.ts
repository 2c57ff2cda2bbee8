// Decision-flow figures from a document's git history: how long from the first commit to the decision,
// how many objections were raised and how many resolved before it, and how many stakeholders had been
// pre-aligned when the document went to review. Pure: the versions come in, figures by team come out.
import type { PrfaqDocument } from '@prfaq/core';
import { personKey } from '@prfaq/core/stakeholders';
import { isClosedObjection } from '../readiness/index.js';

/** One committed version of a document. */
export interface Version {
  /** Author date of the commit, ISO 8601. */
  date: string;
  doc: PrfaqDocument;
}

export interface HistoryInput {
  group: string;
  /** The decision date written in the current document, when there is one. */
  decisionDate: string | undefined;
  /** Committed versions, in any order; empty when the file was never committed. */
  versions: Version[];
}

/** What the history says about one document. */
export interface DocumentHistory {
  firstCommit: string | undefined;
  /** Whole days from the first commit to a decision date that has passed; undefined when not decided yet (or no dates). */
  daysToDecision: number | undefined;
  /** Distinct objections seen in any version up to the decision (or up to now when not decided). */
  objectionsOpened: number;
  /** Of those, resolved, accepted or withdrawn in the last version before the decision. */
  objectionsResolved: number;
  /** The first version whose status was review or later, when there is one. */
  reviewDate: string | undefined;
  stakeholdersAtReview: number;
  prealignedAtReview: number;
}

export interface HistoryGroup {
  group: string;
  documents: number;
  /** Documents whose decision date has passed. */
  decided: number;
  medianDaysToDecision: number | undefined;
  objectionsOpened: number;
  objectionsResolvedBeforeDecision: number;
  /** Documents whose history shows them going to review. */
  reachedReview: number;
  stakeholdersAtReview: number;
  prealignedAtReview: number;
}

export interface HistoryReport {
  /** False when the documents are not in a git repository (then `reason` says so). */
  available: boolean;
  reason?: string;
  /** Documents with at least one commit. */
  documents: number;
  /** Documents found but never committed: no history to read. */
  uncommitted: number;
  /** By team or area, alphabetically: figures about how decisions are made, never a ranking of people. */
  groups: HistoryGroup[];
}

const DAY = 86_400_000;
const reviewStatuses = new Set(['review', 'approved', 'rejected']);

/** A `YYYY-MM-DD` at the start of a date or date-time, as UTC midnight; undefined otherwise. */
export function parseDay(text: string | undefined): number | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time;
}

function dayOf(iso: string): number {
  const time = new Date(iso).getTime();
  return Math.floor(time / DAY) * DAY;
}

/** An objection is the same objection across versions while its stakeholder and its words are. */
function objectionKey(stakeholder: string | undefined, objection: string): string {
  return `${personKey(stakeholder ?? '')}\u0000${personKey(objection)}`;
}

export function documentHistory(input: HistoryInput, now: Date): DocumentHistory {
  const versions = [...input.versions].sort((a, b) => new Date(a.date).getTime() - new Date(b.date).getTime());
  const first = versions[0];
  const decision = parseDay(input.decisionDate);
  const decided = decision !== undefined && decision <= now.getTime();
  // A decision counts from its day: a commit on the meeting day is still before the decision is recorded.
  const cutoff = decided ? decision + DAY : Number.POSITIVE_INFINITY;
  const before = versions.filter((v) => new Date(v.date).getTime() < cutoff);

  const opened = new Set<string>();
  for (const version of before) {
    for (const objection of version.doc.objections) {
      if (objection.source === 'faq' && objection.status === undefined) continue;
      opened.add(objectionKey(objection.stakeholder, objection.objection));
    }
  }
  const last = before[before.length - 1];
  const resolved = new Set(
    (last?.doc.objections ?? []).filter(isClosedObjection).map((o) => objectionKey(o.stakeholder, o.objection)),
  );

  const review = versions.find((v) => v.doc.status !== undefined && reviewStatuses.has(v.doc.status));
  let stakeholdersAtReview = 0;
  let prealignedAtReview = 0;
  if (review) {
    const reviewDay = dayOf(review.date);
    for (const stakeholder of review.doc.stakeholders) {
      stakeholdersAtReview += 1;
      const written = stakeholder.prealigned?.trim();
      if (written === undefined || written === '') continue;
      // A date after the review was written in advance or backfilled; either way, not before review.
      const day = parseDay(written);
      if (day === undefined || day <= reviewDay) prealignedAtReview += 1;
    }
  }

  let daysToDecision: number | undefined;
  if (first && decided) {
    const days = Math.round((decision - dayOf(first.date)) / DAY);
    // A document first committed after its decision was imported, not written here: no flow to measure.
    if (days >= 0) daysToDecision = days;
  }
  return {
    firstCommit: first?.date,
    daysToDecision,
    objectionsOpened: opened.size,
    objectionsResolved: [...resolved].filter((key) => opened.has(key)).length,
    reviewDate: review?.date,
    stakeholdersAtReview,
    prealignedAtReview,
  };
}

export function aggregateHistory(inputs: HistoryInput[], now: Date): HistoryReport {
  const groups = new Map<string, { facts: DocumentHistory[] }>();
  let uncommitted = 0;
  for (const input of inputs) {
    if (input.versions.length === 0) {
      uncommitted += 1;
      continue;
    }
    const entry = groups.get(input.group) ?? { facts: [] };
    entry.facts.push(documentHistory(input, now));
    groups.set(input.group, entry);
  }
  const result: HistoryGroup[] = [...groups.entries()].map(([group, { facts }]) => {
    const days = facts.map((f) => f.daysToDecision).filter((d): d is number => d !== undefined);
    const reviewed = facts.filter((f) => f.reviewDate !== undefined);
    return {
      group,
      documents: facts.length,
      decided: days.length,
      medianDaysToDecision: median(days),
      objectionsOpened: sum(facts.map((f) => f.objectionsOpened)),
      objectionsResolvedBeforeDecision: sum(facts.map((f) => f.objectionsResolved)),
      reachedReview: reviewed.length,
      stakeholdersAtReview: sum(reviewed.map((f) => f.stakeholdersAtReview)),
      prealignedAtReview: sum(reviewed.map((f) => f.prealignedAtReview)),
    };
  });
  return {
    available: true,
    documents: inputs.length - uncommitted,
    uncommitted,
    groups: result.sort((a, b) => a.group.localeCompare(b.group)),
  };
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
