// The parts of the press release and the FAQ come in the order a reader expects them.
import type { Section } from '@prfaq/core';
import type { Rule } from '../types.js';
import { canonicalRank } from './_util/labels.js';

/**
 * Indexes of a longest run in which each section may follow the one before (`follows(j, i)`), keeping the earliest
 * sections on ties: those are "in place".
 */
function inPlace(ranks: number[], follows: (j: number, i: number) => boolean): Set<number> {
  // With nothing to order, the walk back below would start at a missing index and never end.
  if (ranks.length === 0) return new Set();
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (follows(j, i) && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  length.forEach((l, i) => {
    if (l > length[end]!) end = i;
  });
  const kept = new Set<number>();
  for (let i = end; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

export const sectionOrder: Rule<Record<string, unknown>, 'moveBefore' | 'moveAfter'> = {
  meta: {
    id: 'section-order',
    description: 'Press-release parts and the FAQ come in the canonical PR/FAQ order',
    category: 'structure',
    recommended: 'warn',
    messages: {
      moveBefore: 'Section "{{section}}" comes after "{{other}}"; move it before "{{other}}"',
      moveAfter: 'Section "{{section}}" comes before "{{other}}"; move it after "{{other}}"',
    },
  },
  check(doc, ctx) {
    // Only the parts the profile asks for are ordered: a custom section anywhere is the author's choice.
    const checked = new Set(ctx.profileDef.required.flat());
    checked.delete('headline');
    const seen = new Set<string>();
    const parts: Section[] = [];
    for (const section of doc.sections) {
      if (canonicalRank[section.kind] === undefined || !checked.has(section.kind) || seen.has(section.kind)) continue;
      seen.add(section.kind);
      parts.push(section);
    }
    const rank = (section: Section): number => canonicalRank[section.kind]!;
    // Alternatives for one required slot are not ordered among themselves: the RFC's "## Summary" before its
    // "## Working Backwards" fills the same slot twice, it is not out of order.
    const group = new Map<string, number>();
    ctx.profileDef.required.forEach((entry, slot) => {
      if (Array.isArray(entry)) for (const kind of entry) group.set(kind, slot);
    });
    const sameSlot = (a: Section, b: Section): boolean => group.has(a.kind) && group.get(a.kind) === group.get(b.kind);
    const kept = inPlace(
      parts.map(rank),
      (j, i) => rank(parts[j]!) <= rank(parts[i]!) || sameSlot(parts[j]!, parts[i]!),
    );
    // Report only the sections outside the longest in-order run: moving those fixes the order.
    parts.forEach((section, i) => {
      if (kept.has(i)) return;
      const after = parts.slice(0, i).find((other, j) => kept.has(j) && rank(other) > rank(section));
      const before = [...parts.slice(i + 1)]
        .reverse()
        .find((other) => kept.has(parts.indexOf(other)) && rank(other) < rank(section));
      ctx.report({
        messageId: after ? 'moveBefore' : 'moveAfter',
        data: { section: section.title, other: (after ?? before!).title },
        span: section.heading,
      });
    });
  },
};
