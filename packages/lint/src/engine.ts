// The lint engine: parse once, run every enabled rule on the shared document, stamp rule id and
// severity on each report, apply suppression comments, and run fix passes when asked.
import { parse, type ParseProblem, type PrfaqDocument, type Span } from '@prfaq/core';
import { isEffectiveConfig, resolveConfig } from './config/resolve.js';
import type { Config, EffectiveConfig } from './config/types.js';
import { applyFixes, MAX_FIX_PASSES, selectFixes } from './fix.js';
import { resolveProfile } from './profiles.js';
import { rules as registry } from './rules/index.js';
import { ENGINE_IDS } from './engine-ids.js';
import { applySuppressions } from './suppress.js';
import type { Diagnostic, Fix, FixType, LintResult, Report, Rule, RuleContext, Severity } from './types.js';

const engineIdSet: ReadonlySet<string> = new Set(Object.values(ENGINE_IDS));

export interface LintOptions {
  /** The file's path, reported back in results and matched against `overrides`. */
  path?: string;
  /** A config as written (resolved here, for `path`), or an effective config from `resolveConfig`. Default: `recommended`. */
  config?: Config | EffectiveConfig;
  /** Apply fixes (up to 10 passes) and return the fixed text in `output`. */
  fix?: boolean;
  /** With `fix`: apply only fixes of rules whose `meta.fixable` is one of these (`--fix-type`). Default: every kind. */
  fixTypes?: readonly FixType[];
  /** Run only these rules (at their configured severity, or their recommended one if that is off). */
  only?: readonly string[];
  /** Report suppression comments that suppress nothing, at this severity. */
  reportUnusedDirectives?: Exclude<Severity, 'off'>;
  /** The rule registry; tests pass their own rules. */
  rules?: readonly Rule[];
}

/** Lints Markdown text. Never throws for anything in the text; throws `ConfigError` for an invalid config. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? registry;
  const config = effective(options, rules);
  const doc = parse(text, { path: options.path, sections: config.sections });
  const first = lintDocument(doc, config, options);
  if (!options.fix) return first;

  let current = doc;
  let result = first;
  let fixedCount = 0;
  // A problem whose fix was applied and that is offered a fix again was not repaired by it: applying it
  // again would repeat the edit on every pass, so from then on it is left to the author.
  const repaired = new Set<string>();
  const key = (d: Diagnostic): string => `${d.ruleId}\u0000${d.message}`;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    // A document the parser refused (a limit) has an empty model: fixes built from it would be guesses.
    if (current.problems.some((problem) => problem.code === 'limit-exceeded')) break;
    const offered = result.diagnostics.filter((d) => !repaired.has(key(d)));
    const fixes = selectFixes(offered, options.fixTypes, (id) => rules.find((r) => r.meta.id === id)?.meta.fixable);
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current.text, fixes, current.eol);
    if (applied.length === 0 || output === current.text) break;
    const appliedFixes = new Set(applied);
    for (const d of offered) if (d.fix && appliedFixes.has(d.fix)) repaired.add(key(d));
    fixedCount += applied.length;
    current = parse(output, { path: options.path, sections: config.sections });
    result = lintDocument(current, config, options);
  }
  return { ...result, output: (doc.bom ? '\uFEFF' : '') + current.text, fixedCount };
}

/** Lints an already parsed document (parse it with the config's `sections` so aliases apply). */
export function lintDocument(
  doc: PrfaqDocument,
  config: Config | EffectiveConfig | undefined,
  options: Omit<LintOptions, 'config' | 'fix'> = {},
): LintResult {
  const rules = options.rules ?? registry;
  const effectiveConfig = effective({ ...options, path: options.path ?? doc.path, config }, rules);
  const custom = Object.fromEntries(
    Object.entries(effectiveConfig.profiles).map(([name, p]) => [
      name,
      { name, description: p.description ?? '', required: p.required },
    ]),
  );
  const profileDef = resolveProfile(doc, effectiveConfig.profile, custom);
  const diagnostics: Diagnostic[] = doc.problems.map((problem) => fromProblem(problem));
  const ran = new Set<string>();

  for (const rule of rules) {
    const id = rule.meta.id;
    const severity = severityFor(rule, effectiveConfig, options.only);
    if (severity === 'off') continue;
    ran.add(id);
    const context: RuleContext = {
      options: effectiveConfig.rules[id]?.options ?? { ...rule.meta.defaultOptions },
      profile: profileDef.name,
      profileDef,
      report: (report: Report) => {
        const message = formatMessage(rule, report);
        diagnostics.push(
          toDiagnostic(id, lower(severity, report.severity), report.messageId, message, report.span, report.fix),
        );
      },
    };
    try {
      rule.check(doc, context);
    } catch (error) {
      // A rule that throws has a bug; the run goes on and the document says so.
      const message = error instanceof Error ? error.message : String(error);
      const start = doc.positionAt(0);
      const text = `Rule ${id} failed on this document: ${message}`;
      diagnostics.push(toDiagnostic(id, 'error', 'rule-failed', text, { start, end: start }));
    }
  }

  const knownIds = new Set([...rules.map((r) => r.meta.id), ...engineIdSet]);
  const kept = applySuppressions(doc, diagnostics, {
    knownIds,
    ranIds: ran,
    reportUnused: options.reportUnusedDirectives,
  });
  return summarize(doc.path ?? options.path, sortDiagnostics(kept));
}

function effective(options: LintOptions, rules: readonly Rule[]): EffectiveConfig {
  if (isEffectiveConfig(options.config)) return options.config;
  return resolveConfig(options.config, { path: options.path, rules });
}

function severityFor(rule: Rule, config: EffectiveConfig, only: readonly string[] | undefined): Severity {
  const configured = config.rules[rule.meta.id]?.severity ?? 'off';
  if (!only) return configured;
  if (!only.includes(rule.meta.id)) return 'off';
  if (configured !== 'off') return configured;
  return rule.meta.recommended === 'off' ? 'warn' : rule.meta.recommended;
}

const rank = { info: 0, warn: 1, error: 2 } as const;

/** A report may lower the configured severity (say, to info on a draft), never raise it. */
function lower(configured: Exclude<Severity, 'off'>, requested: Report['severity']): Exclude<Severity, 'off'> {
  return requested && rank[requested] < rank[configured] ? requested : configured;
}

function fromProblem(problem: ParseProblem): Diagnostic {
  const ruleId = problem.code.startsWith('yaml-')
    ? ENGINE_IDS.frontmatterYaml
    : problem.code === 'limit-exceeded'
      ? ENGINE_IDS.parseLimit
      : ENGINE_IDS.encoding;
  const severity = problem.code === 'yaml-duplicate-key' || problem.code === 'encoding' ? 'warn' : 'error';
  return toDiagnostic(ruleId, severity, problem.code, problem.message, problem.span);
}

const placeholder = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

/**
 * The text of a report: its message template with `{{name}}` filled from `data`, as ESLint does.
 * An id the rule does not declare is a bug in the rule: it throws, and the engine reports the rule as failed.
 */
export function formatMessage(rule: Rule, report: Pick<Report, 'messageId' | 'data'>): string {
  const messages = rule.meta.messages ?? {};
  const template = Object.hasOwn(messages, report.messageId) ? messages[report.messageId] : undefined;
  if (template === undefined) throw new Error(`unknown messageId "${report.messageId}"`);
  const data = report.data;
  if (data === undefined) return template;
  return template.replace(placeholder, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

export function toDiagnostic(
  ruleId: string,
  severity: Exclude<Severity, 'off'>,
  messageId: string,
  message: string,
  span: Span,
  fix?: Fix,
): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId,
    severity,
    message,
    messageId,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    offset: span.start.offset,
    endOffset: span.end.offset,
  };
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}

/** Source order; ties broken by rule id then message so output never depends on rule order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** Counts for a list of diagnostics. */
export function summarize(path: string | undefined, diagnostics: Diagnostic[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warn') warningCount++;
    else infoCount++;
    if (d.fix) fixableCount++;
  }
  return { path, diagnostics, errorCount, warningCount, infoCount, fixableCount };
}
