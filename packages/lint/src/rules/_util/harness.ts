// Runs one rule on one document the way the engine does, for fixtures, docs examples and the examples test.
import { parse } from '@prfaq/core';
import { resolveProfile } from '../../profiles.js';
import type { Report, Rule, Severity } from '../../types.js';

export interface RuleRunOptions {
  /** Merged over the rule's default options. */
  options?: Record<string, unknown>;
  /** A built-in profile name; detected from the document when absent. */
  profile?: string;
  /** The configured severity (the rule's recommended one when absent). */
  severity?: Exclude<Severity, 'off'>;
}

export interface FoundProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Exclude<Severity, 'off'>;
  message: string;
}

const rank = { info: 0, warn: 1, error: 2 } as const;

/** Every problem `rule` reports on `text`, in source order; a report's own severity can only lower the configured one. */
export function runRule(rule: Rule, text: string, run: RuleRunOptions = {}): FoundProblem[] {
  const doc = parse(text, { path: 'fixture.md' });
  const profileDef = resolveProfile(doc, run.profile);
  const configured = run.severity ?? (rule.meta.recommended === 'off' ? 'warn' : rule.meta.recommended);
  const reports: Report[] = [];
  rule.check(doc, {
    options: { ...rule.meta.defaultOptions, ...run.options },
    profile: profileDef.name,
    profileDef,
    report: (report) => reports.push(report),
  });
  return reports
    .map((report) => ({
      line: report.span.start.line,
      column: report.span.start.column,
      endLine: report.span.end.line,
      endColumn: report.span.end.column,
      severity: report.severity && rank[report.severity] < rank[configured] ? report.severity : configured,
      message: report.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
