// Machine-readable output with a stable, documented shape (docs/cli.md): one object holding totals
// and every file's diagnostics. Key order is fixed so diffs of two runs are meaningful.
import type { Diagnostic, LintResult } from '../types.js';
import type { Reporter } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export const json: Reporter = (results, context = {}) => {
  const total = (key: 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount') =>
    results.reduce((sum, r) => sum + r[key], 0);
  const out = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'prfaq', version: context.version ?? null },
    errorCount: total('errorCount'),
    warningCount: total('warningCount'),
    infoCount: total('infoCount'),
    fixableCount: total('fixableCount'),
    results: results.map(file),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

function file(result: LintResult) {
  return {
    path: result.path ?? null,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fixableCount: result.fixableCount,
    ...(result.fixedCount !== undefined ? { fixedCount: result.fixedCount } : {}),
    diagnostics: result.diagnostics.map(diagnostic),
    ...(result.output !== undefined ? { output: result.output } : {}),
  };
}

function diagnostic(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.offset,
    endOffset: d.endOffset,
    ...(d.fix ? { fix: { edits: d.fix.edits.map((e) => ({ range: [...e.range], text: e.text })) } } : {}),
  };
}
