// Human output for a terminal: problems grouped by file, `line:col  severity  message  rule-id`,
// aligned per file, then one summary line.
import type { Diagnostic, LintResult } from '../types.js';
import type { Reporter } from './types.js';

const codes = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof codes;

const label = { error: 'error', warn: 'warning', info: 'info' } as const;
const styleOf = { error: 'red', warn: 'yellow', info: 'blue' } as const;

export const stylish: Reporter = (results, context = {}) => {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let fixed = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixable += result.fixableCount;
    fixed += result.fixedCount ?? 0;
    if (result.diagnostics.length === 0) continue;
    lines.push(paint('underline', result.path ?? '<text>'));
    // Columns are as wide as their longest cell in this file. Plain loops: a run over 200 files formats
    // some 4,000 rows, and this is most of what a fully cached run does besides starting.
    const wheres: string[] = [];
    const messages: string[] = [];
    let whereWidth = 0;
    let severityWidth = 0;
    let messageWidth = 0;
    for (const d of result.diagnostics) {
      const where = `${d.line}:${d.column}`;
      const message = oneLine(d.message);
      wheres.push(where);
      messages.push(message);
      whereWidth = Math.max(whereWidth, where.length);
      severityWidth = Math.max(severityWidth, label[d.severity].length);
      messageWidth = Math.max(messageWidth, message.length);
    }
    result.diagnostics.forEach((d: Diagnostic, i) => {
      const where = paint('dim', wheres[i]!.padEnd(whereWidth));
      const severity = paint(styleOf[d.severity], label[d.severity].padEnd(severityWidth));
      const row = `  ${where}  ${severity}  ${messages[i]!.padEnd(messageWidth)}  ${paint('dim', d.ruleId)}`;
      lines.push(d.ruleId ? row : row.trimEnd());
    });
    lines.push('');
  }
  const total = errors + warnings + infos;
  const summary: string[] = [];
  if (total > 0) {
    const text = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''})`;
    summary.push(paint('bold', paint(errors ? 'red' : warnings ? 'yellow' : 'blue', text)));
    if (fixable > 0 && !context.fixed) summary.push(`  ${plural(fixable, 'problem')} fixable with --fix`);
  } else {
    summary.push(`✔ no problems in ${plural(results.length, 'file')}`);
  }
  if (fixed > 0) summary.push(`  ${plural(fixed, 'problem')} fixed`);
  return [...lines, ...summary].join('\n') + '\n';
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A message always fits on its row: newlines and tabs become spaces. */
function oneLine(text: string): string {
  return /[\r\n\t]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ') : text;
}

export type { LintResult };
