// A Markdown table for a pull-request comment or a job summary: a headline with the totals, then one
// row per problem with a link to the rule's docs.
import type { Reporter } from './types.js';

const label = { error: '🔴 error', warn: '🟡 warning', info: '🔵 info' } as const;

export const markdown: Reporter = (results, context = {}) => {
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const infos = results.reduce((sum, r) => sum + r.infoCount, 0);
  const files = results.length;
  const total = errors + warnings + infos;
  if (total === 0) return `### prfaq lint: no problems in ${files} file${files === 1 ? '' : 's'}\n`;
  const with_ = results.filter((r) => r.diagnostics.length > 0).length;
  const lines = [
    `### prfaq lint: ${count(errors, 'error')}, ${count(warnings, 'warning')}${infos ? `, ${infos} info` : ''} in ${count(with_, 'file')}`,
    '',
    '| File | Line | Severity | Problem | Rule |',
    '| --- | ---: | --- | --- | --- |',
  ];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const rule =
        context.docsUrl && context.rules?.has(d.ruleId)
          ? `[${d.ruleId}](${context.docsUrl(d.ruleId)})`
          : `\`${d.ruleId}\``;
      lines.push(
        `| ${code(result.path ?? '')} | ${d.line}:${d.column} | ${label[d.severity]} | ${cell(d.message)} | ${rule} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Table cell text: pipes escaped, line breaks as spaces, HTML and Markdown markers neutralised. */
export function cell(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** A path as inline code; backticks inside are fenced with a longer run. */
function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
