// Naming stakeholders in messages and matching the names people actually write ("Finance", "Raj", "Raj Patel (Finance)").
import type { Stakeholder } from '@prfaq/core';

export function describeStakeholder(stakeholder: Stakeholder): string {
  return stakeholder.role ? `${stakeholder.name} (${stakeholder.role})` : stakeholder.name;
}

const normalise = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** True when `written` names this stakeholder by name, first name or role, in either direction of containment. */
export function namesStakeholder(written: string, stakeholder: Stakeholder): boolean {
  const text = normalise(written);
  if (text.trim() === '') return false;
  const candidates = [stakeholder.name, stakeholder.role, stakeholder.name.split(/\s+/)[0]]
    .filter((c): c is string => c !== undefined && c.trim().length > 1)
    .map(normalise);
  return candidates.some((candidate) => text.includes(candidate) || candidate.includes(text));
}
