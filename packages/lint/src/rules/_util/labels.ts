// How section kinds are named in messages, and the canonical order of a PR/FAQ's parts.
import type { SectionKind } from '@prfaq/core';

export const kindLabel: Record<SectionKind, string> = {
  'press-release': 'Press release',
  headline: 'Headline',
  subheading: 'Subheading',
  summary: 'Summary',
  problem: 'Problem',
  solution: 'Solution',
  'leader-quote': 'Leader quote',
  'how-it-works': 'How it works',
  'customer-quote': 'Customer quote',
  'call-to-action': 'Call to action',
  faq: 'FAQ',
  'external-faq': 'External FAQ',
  'internal-faq': 'Internal FAQ',
  objections: 'Objections',
  risks: 'Risks',
  stakeholders: 'Stakeholders',
  outcomes: 'Outcomes',
  'working-backwards': 'Working Backwards',
  metadata: 'Metadata',
  appendix: 'Appendix',
  unknown: 'Unknown',
};

/** A profile entry's label: `Summary` or `How it works or Call to action`. */
export function entryLabel(entry: string | string[]): string {
  const kinds = typeof entry === 'string' ? [entry] : entry;
  return kinds.map((kind) => (kindLabel as Partial<Record<string, string>>)[kind] ?? kind).join(' or ');
}

/**
 * The order in which the parts of a PR/FAQ are read (the Amazon press release, then the FAQ). The FAQ
 * audiences share one rank because real documents put the external and internal FAQ in either order.
 */
export const canonicalRank: Partial<Record<SectionKind, number>> = {
  'working-backwards': 0,
  'press-release': 0,
  headline: 1,
  subheading: 2,
  summary: 3,
  problem: 4,
  solution: 5,
  'leader-quote': 6,
  'how-it-works': 7,
  'customer-quote': 8,
  'call-to-action': 9,
  faq: 10,
  'external-faq': 10,
  'internal-faq': 10,
};
