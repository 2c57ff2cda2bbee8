// prfaq's offsets and diagnostics in LSP terms. Offsets index the text without a BOM; the editor's
// TextDocument does the UTF-16 and line-ending arithmetic.
import { docsUrl, rules, type Diagnostic as PrfaqDiagnostic, type TextEdit as PrfaqEdit } from '@prfaq/lint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { Analysis } from './analyze.js';

export const SOURCE = 'prfaq';
const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

export function rangeOf(document: TextDocument, analysis: Analysis, start: number, end: number): Range {
  return { start: document.positionAt(start + analysis.bom), end: document.positionAt(end + analysis.bom) };
}

const severities = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toLspDiagnostic(document: TextDocument, analysis: Analysis, d: PrfaqDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, analysis, d.offset, d.endOffset),
    severity: severities[d.severity],
    code: d.ruleId,
    source: SOURCE,
    message: d.message,
  };
  // Engine ids (frontmatter-yaml, parse-limit, ...) have no rule page.
  if (ruleIds.has(d.ruleId)) diagnostic.codeDescription = { href: docsUrl(d.ruleId) };
  return diagnostic;
}

/** Every diagnostic of an analysis, a config problem as one error on the first line. */
export function diagnosticsOf(document: TextDocument, analysis: Analysis): Diagnostic[] {
  if (analysis.configError) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: 'config',
        source: SOURCE,
        message: analysis.configError,
      },
    ];
  }
  return (analysis.result?.diagnostics ?? []).map((d) => toLspDiagnostic(document, analysis, d));
}

/** A fix's edits as LSP edits; edit text written with `\n` keeps a CRLF document CRLF, as `applyFixes` does. */
export function toLspEdits(document: TextDocument, analysis: Analysis, edits: readonly PrfaqEdit[]): TextEdit[] {
  const eol = analysis.doc?.eol ?? '\n';
  return edits.map((edit) => ({
    range: rangeOf(document, analysis, edit.range[0], edit.range[1]),
    newText: eol === '\r\n' ? edit.text.replace(/\r?\n/g, '\r\n') : edit.text,
  }));
}

/** One edit turning `before` into `after`: the common prefix and suffix stay untouched (the cursor does not jump). */
export function minimalEdit(document: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

export function contains(range: Range, line: number, character: number): boolean {
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && character < range.start.character) return false;
  if (line === range.end.line && character > range.end.character) return false;
  return true;
}
