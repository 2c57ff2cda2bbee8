// Text left from a template ({{customer}}, TODO, TBD, XX%, [Customer name]) means the thinking is not done yet.
import type { Rule } from '../types.js';
import { spanAt } from './_util/spans.js';
import { allMatches, textRuns } from './_util/text.js';

interface Options {
  /** Extra words or phrases that count as placeholders (matched as whole words, case-sensitive). */
  extra: string[];
}

// [Customer name], [NAME, TITLE], [Date]: a bracketed label, which Markdown leaves as text when no link is defined.
const bracketed = /\[(?:[A-Z][\p{L}]*)(?:[ ,/-]+[\p{L}]+){0,4}\](?!\()/gu;

// Each pattern is what templates and half-written documents really leave behind.
const builtin: RegExp[] = [
  /\{\{[^{}\n]*\}\}/g, // {{customer}}
  /\{[A-Z][A-Z0-9_]{2,}\}/g, // {RFC_TITLE}
  /\bTODO\b:?/g,
  /\bTBD\b/g,
  /\bTBC\b/g,
  /\bFIXME\b/g,
  /\bXX+(?:[.,]X+)?%?(?![\p{L}])/gu, // XX%, XXX
  /\blorem ipsum\b/gi,
  /\bWHO\?/g,
  /\?{3,}/g,
  bracketed,
];

// Brackets that label the document itself (`# [Draft] Instant Payouts`, `[Internal]`): its status or who
// may read it, not a slot of a template. Compared lower-case, without the brackets.
const documentLabels = new Set([
  'draft',
  'wip',
  'work in progress',
  'rfc',
  'proposal',
  'for review',
  'internal',
  'confidential',
  'do not distribute',
]);

// Every built-in pattern needs one of these: one test per run is cheaper than eleven searches, and most runs
// hold none of them.
const mayHoldBuiltin = /[{[]|\?{3}|WHO\?|TODO|TB[CD]|FIXME|XX|lorem ipsum/i;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const noPlaceholders: Rule<Options, 'placeholder'> = {
  meta: {
    id: 'no-placeholders',
    description: 'No template placeholders, TODO, TBD, XX% or lorem ipsum left in the text or frontmatter',
    category: 'writing',
    recommended: 'error',
    schema: {
      type: 'object',
      properties: { extra: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
    defaultOptions: { extra: [] },
    messages: { placeholder: 'Placeholder "{{text}}" left in the {{where}}; replace it with the real content' },
  },
  check(doc, ctx) {
    const extra = ctx.options.extra.map(
      (word) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu'),
    );
    const patterns = [...builtin, ...extra];
    // A draft is allowed to be unfinished: still shown, but not as an error.
    const severity = doc.status === 'draft' ? ('warn' as const) : undefined;
    const runs = textRuns(doc);
    // Frontmatter values come from templates too (`owner: "{{owner}}"`).
    // Only leaves: a mapping's span holds its children. (A key's `/` is escaped in its path, so every `/`
    // separates an ancestor.)
    const ancestors = new Set<string>();
    for (const path of Object.keys(doc.frontmatter.locations)) {
      for (
        let cut = path.lastIndexOf('/');
        cut > 0 && !ancestors.has(path.slice(0, cut));
        cut = path.lastIndexOf('/', cut - 1)
      )
        ancestors.add(path.slice(0, cut));
    }
    for (const [path, location] of Object.entries(doc.frontmatter.locations)) {
      if (ancestors.has(path)) continue;
      runs.push({
        text: doc.text.slice(location.value.start.offset, location.value.end.offset),
        offset: location.value.start.offset,
      });
    }
    const frontmatterEnd = doc.frontmatter.span?.end.offset ?? 0;
    const found: Array<[number, string]> = [];
    for (const run of runs) {
      const taken: Array<[number, number]> = [];
      for (const pattern of mayHoldBuiltin.test(run.text) ? patterns : extra) {
        for (const match of allMatches(pattern, run.text)) {
          if (pattern === bracketed && documentLabels.has(match[0].slice(1, -1).toLowerCase())) continue;
          const start = run.offset + match.index;
          const end = start + match[0].length;
          if (taken.some(([s, e]) => start < e && end > s)) continue;
          taken.push([start, end]);
          found.push([start, match[0]]);
        }
      }
    }
    const seen = new Set<number>();
    for (const [start, text] of found.sort((a, b) => a[0] - b[0])) {
      if (seen.has(start)) continue;
      seen.add(start);
      ctx.report({
        messageId: 'placeholder',
        data: { text, where: start < frontmatterEnd ? 'frontmatter' : 'text' },
        span: spanAt(doc, start, start + text.length),
        ...(severity ? { severity } : {}),
      });
    }
  },
};
