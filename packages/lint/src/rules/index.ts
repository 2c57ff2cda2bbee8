// The rule registry: every rule, registered once. Presets, the `prfaq rules` table, the config
// JSON Schema, docs links and the docs/fixtures meta-test all read this list. Also @prfaq/lint/rules,
// with the other ids a diagnostic can carry and the kinds of fix: what the CLI needs to check `--rule`
// and `--fix-type` and to report results, without loading the lint engine and the Markdown parser.
import type { Rule } from '../types.js';

import { consistentNumbers } from './consistent-numbers.js';
import { customerCentric } from './customer-centric.js';
import { customerNamed } from './customer-named.js';
import { decisionDate } from './decision-date.js';
import { duplicateQuestion } from './duplicate-question.js';
import { emptySection } from './empty-section.js';
import { faqAnswered } from './faq-answered.js';
import { faqAudiences } from './faq-audiences.js';
import { faqLength } from './faq-length.js';
import { frontmatterSchemaRule } from './frontmatter-schema.js';
import { headline } from './headline.js';
import { noPlaceholders } from './no-placeholders.js';
import { objectionFields } from './objection-fields.js';
import { objectionOwner } from './objection-owner.js';
import { objectionResolution } from './objection-resolution.js';
import { objectionStakeholderKnown } from './objection-stakeholder-known.js';
import { openObjections } from './open-objections.js';
import { outcomeInPressRelease } from './outcome-in-press-release.js';
import { outcomeMeasurable } from './outcome-measurable.js';
import { pressReleaseLength } from './press-release-length.js';
import { quoteAttribution } from './quote-attribution.js';
import { requiredSections } from './required-sections.js';
import { sectionOrder } from './section-order.js';
import { stakeholderConstraints } from './stakeholder-constraints.js';
import { stakeholderPrealigned } from './stakeholder-prealigned.js';
import { stakeholderSignoff } from './stakeholder-signoff.js';
import { untrackedObjections } from './untracked-objections.js';
import { weaselWords } from './weasel-words.js';

export { ENGINE_IDS } from '../engine-ids.js';
export { FIX_TYPES } from '../fix.js';

// Rules with typed options are stored as `Rule`: the engine validates options against `meta.schema` before `check` sees them.
const typed = <Options>(rule: Rule<Options>): Rule => rule as unknown as Rule;

// eslint-style: sorted by id (a test checks it).
export const rules: Rule[] = [
  typed(consistentNumbers),
  typed(customerCentric),
  typed(customerNamed),
  typed(decisionDate),
  typed(duplicateQuestion),
  typed(emptySection),
  typed(faqAnswered),
  typed(faqAudiences),
  typed(faqLength),
  typed(frontmatterSchemaRule),
  typed(headline),
  typed(noPlaceholders),
  typed(objectionFields),
  typed(objectionOwner),
  typed(objectionResolution),
  typed(objectionStakeholderKnown),
  typed(openObjections),
  typed(outcomeInPressRelease),
  typed(outcomeMeasurable),
  typed(pressReleaseLength),
  typed(quoteAttribution),
  typed(requiredSections),
  typed(sectionOrder),
  typed(stakeholderConstraints),
  typed(stakeholderPrealigned),
  typed(stakeholderSignoff),
  typed(untrackedObjections),
  typed(weaselWords),
];

export const docsUrl = (id: string): string => `https://github.com/prfaq/prfaq/blob/main/docs/rules/${id}.md`;
