// Code actions: each prfaq fix as a quick fix, "disable this rule for this line" through a
// `prfaq-disable-next-line` comment, and "fix all prfaq problems" (also as `source.fixAll.prfaq`).
import { lint } from '@prfaq/lint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range } from 'vscode-languageserver';
import type { Analysis } from './analyze.js';
import { minimalEdit, toLspDiagnostic, toLspEdits } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.prfaq`;

export function codeActions(document: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const result = analysis.result;
  if (!result || !analysis.doc) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  // Source actions only when asked for (VS Code's Source Action menu, editor.codeActionsOnSave): a plain
  // request would list "fix all" twice in editors that show every action in one menu.
  const wantsSource = (kind: string) => only?.some((k) => kind === k || kind.startsWith(`${k}.`)) ?? false;
  const actions: CodeAction[] = [];
  const uri = document.uri;

  if (wants(CodeActionKind.QuickFix)) {
    const blocked = blockedLines(analysis);
    const disabled = new Set<string>();
    for (const d of result.diagnostics) {
      const diagnostic = toLspDiagnostic(document, analysis, d);
      // The cursor is rarely inside the squiggle: every problem on the requested lines gets its actions.
      if (!onLines(diagnostic.range, params.range)) continue;
      if (d.fix) {
        actions.push({
          title: `Fix: ${d.message}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: toLspEdits(document, analysis, d.fix.edits) } },
        });
      }
      const line = diagnostic.range.start.line;
      const key = `${d.ruleId}:${line}`;
      if (blocked.has(line + 1) || disabled.has(key)) continue;
      disabled.add(key);
      const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
      const indent = /^[ \t]*/.exec(text)![0];
      actions.push({
        title: `Disable ${d.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
          changes: {
            [uri]: [
              {
                range: { start: { line, character: 0 }, end: { line, character: 0 } },
                newText: `${indent}<!-- prfaq-disable-next-line ${d.ruleId} -->${analysis.doc.eol}`,
              },
            ],
          },
        },
      });
    }
  }

  const fixable = result.fixableCount > 0;
  if (fixable && (wantsSource(FIX_ALL_KIND) || wants(CodeActionKind.QuickFix))) {
    const fixed = fixAll(document, analysis);
    if (fixed) {
      if (wantsSource(FIX_ALL_KIND))
        actions.push({ title: 'Fix all prfaq problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [fixed] } } });
      // The same action in the light bulb, where most people look for it.
      if (wants(CodeActionKind.QuickFix) && actions.some((a) => a.kind === CodeActionKind.QuickFix && a.isPreferred)) {
        actions.push({
          title: 'Fix all prfaq problems',
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: [fixed] } },
        });
      }
    }
  }
  return actions;
}

/** Every fix, in passes as `prfaq lint --fix` applies them, as one minimal edit. */
export function fixAll(document: TextDocument, analysis: Analysis) {
  if (!analysis.config) return undefined;
  const fixed = lint(analysis.text, { path: analysis.displayPath, config: analysis.config, fix: true });
  if (fixed.output === undefined) return undefined;
  return minimalEdit(document, analysis.text, fixed.output);
}

/**
 * 1-based lines where a comment line cannot go in front: inside the frontmatter (it would break the
 * YAML), between table rows (it would end the table) and inside fenced code.
 */
function blockedLines(analysis: Analysis): Set<number> {
  const blocked = new Set<number>();
  interface Node {
    type: string;
    position?: { start: { line: number }; end: { line: number } };
    children?: Node[];
  }
  const visit = (node: Node): void => {
    const pos = node.position;
    if (pos && (node.type === 'yaml' || node.type === 'table' || node.type === 'code')) {
      for (let line = node.type === 'yaml' ? pos.start.line : pos.start.line + 1; line <= pos.end.line; line++)
        blocked.add(line);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (analysis.doc) visit(analysis.doc.tree);
  return blocked;
}

function onLines(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}
