// The FAQ answers both audiences: customers (external) and the stakeholders who decide (internal).
import type { PrfaqDocument } from '@prfaq/core';
import type { Rule } from '../types.js';
import { sectionsOf } from './_util/text.js';
import { audienceFix } from '../fixes/sections.js';

function audiences(doc: PrfaqDocument): { external: boolean; internal: boolean } {
  const internal = sectionsOf(doc, 'internal-faq').length > 0 || doc.faq.some((entry) => entry.audience === 'internal');
  const external =
    sectionsOf(doc, 'external-faq').length > 0 ||
    doc.faq.some((entry) => entry.audience === 'external') ||
    // Next to an Internal FAQ, a plain "FAQ" is the customers' one.
    (internal && doc.faq.some((entry) => entry.audience === 'unknown'));
  return { external, internal };
}

export const faqAudiences: Rule<Record<string, unknown>, 'noInternal' | 'noAudiences' | 'onlyInternal'> = {
  meta: {
    id: 'faq-audiences',
    description: 'The FAQ has an external (customer) part and an internal (stakeholder) part',
    category: 'structure',
    recommended: 'warn',
    fixable: 'structure',
    messages: {
      noInternal:
        'FAQ has no internal questions; add an Internal FAQ with what stakeholders will ask (cost, risk, why now)',
      noAudiences:
        'FAQ does not say who asks its questions; split it into an External FAQ (customers) and an Internal FAQ (stakeholders)',
      onlyInternal: 'FAQ has only internal questions; add an External FAQ with what customers will ask',
    },
  },
  check(doc, ctx) {
    const faqSections = sectionsOf(doc, 'faq', 'external-faq', 'internal-faq');
    if (faqSections.length === 0 && doc.faq.length === 0) return; // no FAQ at all: required-sections says so
    const where = faqSections[0]?.heading ?? doc.faq[0]!.span;
    const found = audiences(doc);
    // An Internal FAQ the profile requires on its own is reported by required-sections, not twice.
    const only = (kind: string): boolean =>
      ctx.profileDef.required.some((entry) =>
        typeof entry === 'string' ? entry === kind : entry.every((k) => k === kind),
      );
    if (!found.internal) {
      if (only('internal-faq')) return;
      ctx.report({
        messageId: found.external ? 'noInternal' : 'noAudiences',
        span: where,
        // Which questions are whose is the author's call, so only the missing half is added, never a split.
        fix: found.external ? audienceFix(doc, 'internal-faq') : undefined,
      });
    } else if (!found.external && !only('external-faq')) {
      ctx.report({
        messageId: 'onlyInternal',
        span: where,
        fix: audienceFix(doc, 'external-faq'),
      });
    }
  },
};
