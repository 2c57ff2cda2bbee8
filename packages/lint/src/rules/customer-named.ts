// Working backwards starts from a named customer: the summary must say who they are and what changes for them.
import type { Rule } from '../types.js';
import { summary } from './_util/press.js';
import { frontmatterBlockStart } from './_util/spans.js';
import { keywordCoverage, plainText, quoteText } from './_util/text.js';

export const customerNamed: Rule<Record<string, unknown>, 'noCustomer' | 'notInSummary'> = {
  meta: {
    id: 'customer-named',
    description: 'The customer is named (frontmatter `customer` or a metadata line) and the summary talks about them',
    category: 'customer',
    recommended: 'warn',
    messages: {
      noCustomer:
        'Frontmatter names no customer; add customer: (who this is for, e.g. "independent merchants selling on Acme")',
      notInSummary:
        'Summary does not mention the customer ("{{customer}}"); say in it who they are and what changes for them',
    },
  },
  check(doc, ctx) {
    const customer = doc.meta.customer?.value.trim();
    if (!customer) {
      // Without frontmatter the customer lives in the prose, where only a reader can judge it: stay quiet.
      if (!doc.frontmatter.present) return;
      ctx.report({
        messageId: 'noCustomer',
        span: frontmatterBlockStart(doc),
      });
      return;
    }
    const found = summary(doc);
    if (!found) return; // required-sections reports a missing summary
    if (keywordCoverage(customer, plainText(doc, found.span)) > 0) return;
    ctx.report({
      messageId: 'notInSummary',
      data: { customer: quoteText(customer, 40) },
      span: found.anchor,
    });
  },
};
