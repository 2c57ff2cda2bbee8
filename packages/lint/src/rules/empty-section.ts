// A heading with nothing under it: a stub left from the template, or a part the author meant to write.
import type { Rule } from '../types.js';
import { quoteText } from './_util/text.js';

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    description: 'No section is empty (only whitespace or HTML comments under its heading)',
    category: 'structure',
    recommended: 'error',
  },
  check(doc, ctx) {
    const required = new Set(ctx.profileDef.required.flat());
    for (const section of doc.sections) {
      if (!section.empty || section.kind === 'headline') continue;
      // An empty part the profile requires is as good as missing; any other empty heading is untidy.
      const isRequired = required.has(section.kind);
      ctx.report({
        message: `Section "${quoteText(section.title)}" is empty; write ${isRequired ? 'it' : 'it or remove the heading'}`,
        span: section.heading,
        ...(isRequired ? {} : { severity: 'warn' as const }),
      });
    }
  },
};
