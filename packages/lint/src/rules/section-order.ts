// The parts of the press release and the FAQ come in the order a reader expects them.
import type { Section } from '@prfaq/core';
import type { Rule } from '../types.js';
import { canonicalRank, kindLabel } from './_util/labels.js';

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    description: 'Press-release parts and the FAQ come in the canonical PR/FAQ order',
    category: 'structure',
    recommended: 'warn',
  },
  check(doc, ctx) {
    // Only the parts the profile asks for are ordered: a custom section anywhere is the author's choice.
    const checked = new Set(ctx.profileDef.required.flat());
    checked.delete('headline');
    const seen = new Set<string>();
    let furthest: Section | undefined;
    for (const section of doc.sections) {
      const rank = canonicalRank[section.kind];
      if (rank === undefined || !checked.has(section.kind) || seen.has(section.kind)) continue;
      seen.add(section.kind);
      if (furthest && rank < canonicalRank[furthest.kind]!) {
        ctx.report({
          message: `Section "${section.title}" comes after "${furthest.title}"; move ${kindLabel[section.kind]} before ${kindLabel[furthest.kind]}`,
          span: section.heading,
        });
        continue;
      }
      furthest = section;
    }
  },
};
