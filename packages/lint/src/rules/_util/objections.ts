// How objections are named in messages and where to point at their fields.
import type { Objection, ObjectionStatus, Span } from '@prfaq/core';
import { quoteText } from './text.js';

export const objectionStatuses: readonly ObjectionStatus[] = ['open', 'resolved', 'accepted', 'deferred', 'withdrawn'];

/** `Objection by Finance ("Fraud risk…")` or `Objection "Fraud risk…"` when nobody is named. */
export function describeObjection(objection: Objection): string {
  const what = objection.objection.trim() === '' ? '' : ` ("${quoteText(objection.objection, 40)}")`;
  return objection.stakeholder ? `Objection by ${objection.stakeholder}${what}` : `Objection${what || ' with no text'}`;
}

/** The span of one field when it was written, else the whole objection. */
export function fieldSpan(objection: Objection, field: string): Span {
  return objection.fields[field]?.span ?? objection.span;
}
