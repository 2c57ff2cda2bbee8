// The section kinds a config may name in `sections`, checked against the core model's type so the two never drift.
import type { SectionKind } from '@prfaq/core';

const kinds: Record<Exclude<SectionKind, 'unknown'>, true> = {
  'press-release': true,
  headline: true,
  subheading: true,
  summary: true,
  problem: true,
  solution: true,
  'leader-quote': true,
  'how-it-works': true,
  'customer-quote': true,
  'call-to-action': true,
  faq: true,
  'external-faq': true,
  'internal-faq': true,
  objections: true,
  risks: true,
  stakeholders: true,
  outcomes: true,
  'working-backwards': true,
  metadata: true,
  appendix: true,
};

export const sectionKinds = Object.keys(kinds) as Array<Exclude<SectionKind, 'unknown'>>;
