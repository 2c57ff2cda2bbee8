// `prfaq merge-results`: joins the JSON or SARIF reports of `prfaq lint --shard i/n` jobs into one report,
// as if one machine had linted every file: totals recomputed, and for SARIF a single run whose rule and
// artifact tables are the union of the inputs (code scanning rejects several runs of one tool per upload).
import { CliError } from '../../shared/exit.js';

export interface Input {
  /** As given on the command line, for messages. */
  name: string;
  text: string;
}

export type MergedFormat = 'json' | 'sarif';

export interface Merged {
  format: MergedFormat;
  text: string;
  errorCount: number;
}

type Json = Record<string, unknown>;

export function mergeReports(inputs: readonly Input[]): Merged {
  if (inputs.length === 0) throw new CliError('merge-results: no reports given');
  const parsed = inputs.map((input) => ({ ...input, data: parseReport(input) }));
  const format = parsed[0]!.data.format;
  const other = parsed.find((p) => p.data.format !== format);
  if (other) throw new CliError(`${other.name}: a ${other.data.format} report cannot be merged with ${format} reports`);
  return format === 'json'
    ? mergeJson(parsed.map((p) => p.data.value))
    : mergeSarif(parsed.map((p) => ({ name: p.name, log: p.data.value })));
}

function parseReport(input: Input): { format: MergedFormat; value: Json } {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch {
    throw new CliError(`${input.name}: not a prfaq JSON or SARIF report (not valid JSON)`);
  }
  if (isObject(value) && value.formatVersion === 1 && Array.isArray(value.results)) return { format: 'json', value };
  if (isObject(value) && value.version === '2.1.0' && Array.isArray(value.runs)) {
    const runs = value.runs as unknown[];
    if (
      runs.length > 0 &&
      runs.every((run) => isObject(run) && driverOf(run)?.name === 'prfaq' && Array.isArray(run.results))
    )
      return { format: 'sarif', value };
    throw new CliError(`${input.name}: a SARIF log, but not one written by prfaq lint`);
  }
  throw new CliError(
    `${input.name}: not a prfaq JSON or SARIF report (expected the output of prfaq lint --format json or sarif)`,
  );
}

const COUNTS = ['errorCount', 'warningCount', 'infoCount', 'fixableCount'] as const;

function mergeJson(reports: Json[]): Merged {
  const results = reports.flatMap((report) => report.results as Json[]);
  const totals = Object.fromEntries(
    COUNTS.map((key) => [key, results.reduce((sum, r) => sum + (typeof r[key] === 'number' ? r[key] : 0), 0)]),
  );
  // Same key order as the json reporter, so a merged report diffs cleanly against a single-machine one.
  const merged = { formatVersion: 1, tool: reports[0]!.tool, ...totals, results };
  return { format: 'json', text: `${JSON.stringify(merged, null, 2)}\n`, errorCount: totals.errorCount ?? 0 };
}

function mergeSarif(logs: Array<{ name: string; log: Json }>): Merged {
  const runs = logs.flatMap(({ log }) => log.runs as Json[]);
  const first = runs[0]!;
  const ruleIds: string[] = [];
  const rules: Json[] = [];
  const artifactUris: string[] = [];
  const artifacts: Json[] = [];
  const results: Json[] = [];
  let errorCount = 0;

  for (const run of runs) {
    const runRules = (driverOf(run)?.rules as Json[] | undefined) ?? [];
    for (const rule of runRules) {
      if (!ruleIds.includes(String(rule.id))) {
        ruleIds.push(String(rule.id));
        rules.push(rule);
      }
    }
    const runArtifacts = (run.artifacts as Json[] | undefined) ?? [];
    const artifactIndex = runArtifacts.map((artifact) => {
      const uri = String((artifact.location as Json | undefined)?.uri);
      let at = artifactUris.indexOf(uri);
      if (at === -1) {
        at = artifactUris.push(uri) - 1;
        artifacts.push(artifact);
      }
      return at;
    });
    for (const result of run.results as Json[]) {
      // Indexes point into this run's tables; renumber them into the merged ones.
      const copy: Json = { ...result };
      const ruleAt = ruleIds.indexOf(String(result.ruleId));
      if (ruleAt !== -1) copy.ruleIndex = ruleAt;
      else delete copy.ruleIndex;
      copy.locations = ((result.locations as Json[] | undefined) ?? []).map((location) => {
        const physical = location.physicalLocation as Json | undefined;
        const artifact = physical?.artifactLocation as Json | undefined;
        if (!physical || !artifact || typeof artifact.index !== 'number') return location;
        return {
          ...location,
          physicalLocation: { ...physical, artifactLocation: { ...artifact, index: artifactIndex[artifact.index] } },
        };
      });
      if (result.level === 'error') errorCount++;
      results.push(copy);
    }
  }

  const driver = driverOf(first)!;
  const run = { ...first, tool: { ...(first.tool as Json), driver: { ...driver, rules } }, artifacts, results };
  const log = { ...logs[0]!.log, runs: [run] };
  return { format: 'sarif', text: `${JSON.stringify(log, null, 2)}\n`, errorCount };
}

function driverOf(run: Json): Json | undefined {
  const tool = run.tool;
  return isObject(tool) && isObject(tool.driver) ? tool.driver : undefined;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
