// The rule registry: every rule, registered once. Presets, the `prfaq rules` table, the config
// JSON Schema, docs links and the docs/fixtures meta-test all read this list.
import type { Rule } from '../types.js';

// eslint-style: keep sorted by id.
export const rules: Rule[] = [];

export const docsUrl = (id: string): string => `https://github.com/prfaq/prfaq/blob/main/docs/rules/${id}.md`;
