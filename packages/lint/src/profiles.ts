// Built-in profiles: which sections a PR/FAQ must have, in which order. Custom profiles come from config.
import type { PrfaqDocument } from '@prfaq/core';
import type { ProfileDef } from './types.js';

export const builtinProfiles: Record<string, ProfileDef> = {
  full: {
    name: 'full',
    description: 'The complete Amazon PR/FAQ: press release in all its parts, external and internal FAQ.',
    required: [
      'headline',
      'summary',
      'problem',
      'solution',
      'leader-quote',
      ['how-it-works', 'call-to-action'],
      'customer-quote',
      ['external-faq', 'faq'],
      'internal-faq',
    ],
  },
  lite: {
    name: 'lite',
    description: 'A feature inside an existing product: headline, summary, problem, solution and a FAQ.',
    required: [
      'headline',
      ['summary', 'press-release'],
      'problem',
      'solution',
      ['faq', 'external-faq', 'internal-faq'],
    ],
  },
  rfc: {
    name: 'rfc',
    description:
      'The working-backwards RFC: future artifacts (press release, README, changelog), then a public and an internal FAQ.',
    required: [['working-backwards', 'press-release', 'summary'], ['external-faq', 'faq'], 'internal-faq'],
  },
};

/** The profile for a document: the configured one, else the one its sections look like. */
export function resolveProfile(
  doc: PrfaqDocument,
  configured: string | undefined,
  custom: Record<string, ProfileDef> = {},
): ProfileDef {
  const name = configured ?? doc.detectedProfile;
  return custom[name] ?? builtinProfiles[name] ?? builtinProfiles.lite!;
}
