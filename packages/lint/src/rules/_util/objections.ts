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

/**
 * Objections the author declared (table, task list, frontmatter). Objections the parser found hiding in FAQ
 * questions ("Why should we not do this?") have an answer instead of fields, so field rules leave them alone.
 */
export function declaredObjections(objections: readonly Objection[]): Objection[] {
  return objections.filter((objection) => objection.source !== 'faq');
}

/**
 * The resolution as written: the field, or for a task-list item the text after a dash or in closing parentheses
 * (`- [x] Legal: GDPR — DPA signed`, `- [x] Security: encryption (done with the platform keystore)`).
 */
export function resolutionOf(objection: Objection): string | undefined {
  if (objection.resolution?.trim()) return objection.resolution.trim();
  if (objection.source !== 'tasklist') return undefined;
  const tail = /\s[—–]\s*(\S.*)$|\s-\s+(\S.*)$|\(([^()]+)\)\s*$/u.exec(objection.objection);
  const parts: Array<string | undefined> = tail ? tail.slice(1) : [];
  return parts.find((part) => part !== undefined);
}
