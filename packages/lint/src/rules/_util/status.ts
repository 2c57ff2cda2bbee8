// Document status and dates: the facts that make stakeholder and objection rules stricter as a document matures.
import type { DocumentStatus, PrfaqDocument } from '@prfaq/core';

const stage: Record<DocumentStatus, number> = { draft: 0, review: 1, approved: 2, rejected: -1, shelved: -1 };

/** True when the document is at least in `review` (review or approved): the stage where a decision meeting is near. */
export function atLeastReview(doc: PrfaqDocument): boolean {
  return doc.status !== undefined && stage[doc.status] >= 1;
}

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
