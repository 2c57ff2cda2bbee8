// A quote counts only when a reader knows who said it: a named person and their role (or, for a customer, who they are).
import type { Rule } from '../types.js';
import { plainText, sectionsOf } from './_util/text.js';

const name = String.raw`\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}`;
// English, then German, Spanish and French: PR/FAQs are written in the team's language.
const verb = String.raw`(?:said|says|explains|explained|adds|added|notes|noted|commented|shares|shared|according to|sagte|sagt|erklärte|erklärt|dijo|dice|explicó|afirmó|a déclaré|déclare|a expliqué|explique)`;
const role = String.raw`\s*[,(]\s*[^\s,.;"”)]`;
// "…," said Jane Doe, VP of Payments | Jane Doe, owner of Bloom, said | — Jane Doe (VP Payments)
const forms: RegExp[] = [
  new RegExp(`${verb}\\s+(${name})(${role})?`, 'u'),
  // The role is bounded: unbounded, a long quote made every capitalised word scan to the end (260 KB took 50 s).
  new RegExp(`(${name})(${role}[^"“”]{0,200}?)\\s+${verb}\\b`, 'u'),
  new RegExp(`(?:[—–]|(?:^|\\s)--?)\\s*(${name})(${role})?`, 'u'),
];

export const quoteAttribution: Rule<Record<string, unknown>, 'unattributed' | 'noRole'> = {
  meta: {
    id: 'quote-attribution',
    description: 'Leader and customer quotes are attributed to a named person with their role',
    category: 'writing',
    recommended: 'warn',
    messages: {
      unattributed: '{{section}} is not attributed; add who said it, with {{who}}',
      noRole: '{{section}} is attributed to "{{name}}" with no role; add {{who}}',
    },
  },
  check(doc, ctx) {
    for (const section of sectionsOf(doc, 'leader-quote', 'customer-quote')) {
      if (section.empty) continue; // empty-section reports it
      const text = plainText(doc, section.body);
      const match = forms.map((form) => form.exec(text)).find((m) => m !== null);
      const who =
        section.kind === 'leader-quote' ? 'the leader’s name and role' : 'the customer’s name and who they are';
      if (!match) {
        ctx.report({
          messageId: 'unattributed',
          data: { section: section.title, who },
          span: section.heading,
        });
      } else if (match[2] === undefined) {
        ctx.report({
          messageId: 'noRole',
          data: { section: section.title, name: match[1]!.replace(/\.$/u, ''), who },
          span: section.heading,
        });
      }
    }
  },
};
