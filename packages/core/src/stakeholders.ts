// Matching the names people actually write ("Finance", "Raj", "Raj Patel (Finance)") to the listed
// stakeholders. One matcher for the whole toolkit: the objection rules and the portfolio report's
// alignment matrix must agree on who raised what.
import type { Stakeholder } from './model.js';

/** Case, spacing, punctuation and Unicode compatibility forms do not make two people (or groups) different. */
export function personKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Raj Patel (Finance)", or just the name. */
export function describeStakeholder(stakeholder: Stakeholder): string {
  return stakeholder.role ? `${stakeholder.name} (${stakeholder.role})` : stakeholder.name;
}

const padded = (text: string): string => ` ${personKey(text)} `;

/** True when `written` names this stakeholder by name, first name or role, in either direction of containment. */
export function namesStakeholder(written: string, stakeholder: Stakeholder): boolean {
  const text = padded(written);
  if (text.trim() === '') return false;
  const candidates = [stakeholder.name, stakeholder.role, stakeholder.name.split(/\s+/)[0]]
    .filter((c): c is string => c !== undefined && c.trim().length > 1)
    .map(padded);
  return candidates.some((candidate) => text.includes(candidate) || candidate.includes(text));
}

/**
 * The listed stakeholder `written` refers to: an exact name first, then an exact role, then the first
 * one it names loosely (first name, or a name or role contained either way). Undefined when none.
 */
export function findStakeholder<S extends Stakeholder>(
  written: string | undefined,
  stakeholders: readonly S[],
): S | undefined {
  const key = written === undefined ? '' : personKey(written);
  if (key === '') return undefined;
  return (
    stakeholders.find((s) => personKey(s.name) === key) ??
    stakeholders.find((s) => s.role !== undefined && personKey(s.role) === key) ??
    stakeholders.find((s) => namesStakeholder(key, s))
  );
}
