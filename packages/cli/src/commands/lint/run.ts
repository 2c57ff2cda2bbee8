// `prfaq lint`: discover files -> lint each (input order) -> report -> exit code. Each step is its
// own function so caching, workers and sharding can wrap `lintFiles` without touching the rest.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
// Not the @prfaq/lint barrel, which would load the engine and the parser: they are loaded when a file
// is linted (lint-many.ts), and a --cache run may lint none.
import type { LintResult } from '@prfaq/lint';
import { reporterNames, reporters, type ReporterName } from '@prfaq/lint/reporters';
import { docsUrl, ENGINE_IDS, rules as registry } from '@prfaq/lint/rules';
import { CliError, ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { ConfigResolver, discoverFiles, displayPath } from '../../shared/files.js';
import { VERSION } from '../../version.js';
import { fixDiff, fixSummary, parseFixTypes, writeFixes } from './fix.js';
import { lintMany } from '../../runner/lint-many.js';
import { parseShard, selectShard, shardBase } from '../../runner/shard.js';
import { changedSince } from '../../shared/git.js';
import { parseConcurrency } from '../../runner/workers.js';

export interface LintFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: string[];
  config?: string;
  printConfig?: string;
  color: boolean;
  reportUnusedDirectives?: boolean;
  errorOnUnmatchedPattern: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string;
  debug?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  shard?: string;
  changedSince?: string;
}

/** The whole command; returns the exit code. Expected failures throw `CliError`. */
export async function runLint(patterns: string[], flags: LintFlags, io: Io): Promise<number> {
  const format = checkFormat(flags.format);
  const only = checkRules(flags.rule);
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: flags.config });

  if (flags.printConfig !== undefined) {
    io.stdout(printConfig(path.resolve(io.cwd, flags.printConfig), configs, io.cwd));
    return ExitCode.Ok;
  }

  let discovered = discoverFiles(patterns, {
    cwd: io.cwd,
    configs,
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
  });
  if (flags.changedSince !== undefined) {
    const changed = await changedSince(flags.changedSince, io.cwd);
    discovered = discovered.filter((file) => changed(file.path));
  }
  const files = flags.shard
    ? selectShard(discovered, parseShard(flags.shard), shardBase(io.cwd), (f) => f.path)
    : discovered;
  if (flags.debug) {
    for (const file of files)
      io.stderr(
        `prfaq: debug: ${file.displayPath} (config: ${configs.sourceOf(file.path) ?? 'none, recommended preset'})\n`,
      );
  }
  const fix = Boolean(flags.fix || flags.fixDryRun);
  const fixTypes = parseFixTypes(flags.fixType);
  if (fixTypes && !fix) throw new CliError('--fix-type: use it with --fix or --fix-dry-run');
  const results = await lintMany(
    files,
    {
      configs,
      fix,
      fixTypes,
      only,
      reportUnusedDirectives: flags.reportUnusedDirectives ? 'warn' : undefined,
    },
    {
      cwd: io.cwd,
      configFile: flags.config,
      cache: Boolean(flags.cache),
      cacheLocation: flags.cacheLocation,
      concurrency: parseConcurrency(flags.concurrency ?? 'auto'),
      warn: (message) => {
        io.stderr(`prfaq: ${message}\n`);
      },
    },
  );
  // A dry run prints the patch on stdout unless a machine-readable report goes there.
  let refused: string[] = [];
  if (flags.fixDryRun) {
    const dry = await fixDiff(files, results);
    refused = dry.refused;
    if (dry.diff) (flags.outputFile || format === 'stylish' ? io.stdout : io.stderr)(dry.diff);
  } else if (flags.fix) {
    refused = await writeFixes(files, results);
  }
  for (const line of refused) io.stderr(`${line}\n`);

  let shown = flags.quiet ? results.map(errorsOnly) : results;
  // Nothing was fixed in a dry run: the stylish summary must not say "fixed" (stderr says "would be fixed").
  if (flags.fixDryRun && format === 'stylish') shown = shown.map(({ fixedCount: _, ...rest }) => rest);
  const output = reporters[format](shown, {
    color: flags.color && io.color && !flags.outputFile,
    rules: new Map(registry.map((rule) => [rule.meta.id, rule.meta])),
    docsUrl,
    version: VERSION,
    fixed: Boolean(flags.fix && !flags.fixDryRun),
    cwd: io.cwd,
  });
  if (flags.outputFile) await writeOutput(path.resolve(io.cwd, flags.outputFile), output, flags.outputFile);
  else io.stdout(output);

  if (fix) io.stderr(`${fixSummary(results, Boolean(flags.fixDryRun))}\n`);
  return refused.length > 0 ? ExitCode.Error : exitCode(results, flags.maxWarnings, io);
}

/** Exit code table: 2 if a file could not be read, 1 for errors or too many warnings, else 0. */
export function exitCode(results: readonly LintResult[], maxWarnings: number | undefined, io: Io): number {
  if (results.some((r) => r.diagnostics.some((d) => d.ruleId === ENGINE_IDS.ioError))) return ExitCode.Error;
  if (results.some((r) => r.errorCount > 0)) return ExitCode.Problems;
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`prfaq: ${warnings} warning${warnings === 1 ? '' : 's'} found; --max-warnings allows ${maxWarnings}\n`);
    return ExitCode.Problems;
  }
  return ExitCode.Ok;
}

function errorsOnly(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return {
    ...result,
    diagnostics,
    warningCount: 0,
    infoCount: 0,
    fixableCount: diagnostics.filter((d) => d.fix).length,
  };
}

function checkFormat(format: string): ReporterName {
  if ((reporterNames as string[]).includes(format)) return format as ReporterName;
  throw new CliError(`--format ${format}: unknown format; expected one of ${reporterNames.join(', ')}`);
}

function checkRules(ids: string[] | undefined): string[] | undefined {
  if (!ids || ids.length === 0) return undefined;
  const known = new Set(registry.map((rule) => rule.meta.id));
  for (const id of ids) {
    if (!known.has(id)) throw new CliError(`--rule ${id}: unknown rule; run \`prfaq rules\` to list them`);
  }
  return ids;
}

function printConfig(file: string, configs: ConfigResolver, cwd: string): string {
  const config = configs.effective(file);
  const rules: Record<string, unknown> = {};
  for (const [id, rule] of Object.entries(config.rules)) {
    rules[id] = Object.keys(rule.options).length > 0 ? [rule.severity, rule.options] : rule.severity;
  }
  const source = configs.sourceOf(file);
  const shown = {
    file: displayPath(file, cwd),
    configFile: source ? displayPath(source, cwd) : null,
    profile: config.profile ?? null,
    sections: config.sections,
    profiles: config.profiles,
    rules,
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}

async function writeOutput(file: string, text: string, shown: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${shown}: cannot write the report (${code === 'EISDIR' ? 'is a directory' : (code ?? (error as Error).message)})`,
    );
  }
}
