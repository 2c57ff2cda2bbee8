// Runs one rule on one document through the real engine (config, option validation, suppressions),
// for the fixture harness, the docs examples and the examples test.
import { lint } from '../../engine.js';
import type { Rule, Severity } from '../../types.js';

export interface RuleRunOptions {
  /** Merged over the rule's default options (validated against its schema by the engine). */
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
  /** The key of the rule's `meta.messages` the problem was reported with. */
  messageId: string | undefined;
  message: string;
}

/** Every problem `rule` reports on `text`, in source order. Engine diagnostics (YAML errors) are left out. */
export function runRule(rule: Rule, text: string, run: RuleRunOptions = {}): FoundProblem[] {
  const id = rule.meta.id;
  const severity = run.severity ?? (rule.meta.recommended === 'off' ? 'warn' : rule.meta.recommended);
  const result = lint(text, {
    path: 'fixture.md',
    config: {
      rules: { [id]: run.options ? [severity, run.options] : severity },
      ...(run.profile ? { profile: run.profile } : {}),
    },
    only: [id],
    rules: [rule],
  });
  return result.diagnostics
    .filter((d) => d.ruleId === id)
    .map(({ line, column, endLine, endColumn, severity: s, messageId, message }) => ({
      line,
      column,
      endLine,
      endColumn,
      severity: s,
      messageId,
      message,
    }));
}
