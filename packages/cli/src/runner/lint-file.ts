// Lints one file (or text already read) with the configuration for its path: the unit of work that the
// serial loop, the cache and the worker threads share. Knows nothing of commands or output formats.
import { ConfigError, lint, type EffectiveConfig, type FixType, type LintResult, type Severity } from '@prfaq/lint';
import { CliError } from '../shared/exit.js';
import type { ConfigResolver, DiscoveredFile } from '../shared/files.js';
import { readMarkdown } from '../shared/read.js';
import { hashInput, ioErrorResult, type FixedResult } from './result.js';

export interface LintFilesOptions {
  configs: ConfigResolver;
  fix: boolean;
  /** With `fix`: only fixes of these kinds (`--fix-type`). */
  fixTypes?: FixType[];
  only: string[] | undefined;
  reportUnusedDirectives: Exclude<Severity, 'off'> | undefined;
}

/** Lints files one after another; results come back in input order. Bad input is a diagnostic for that file. */
export async function lintFiles(files: readonly DiscoveredFile[], options: LintFilesOptions): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const file of files) results.push(await lintFile(file, options));
  return results;
}

export async function lintFile(file: DiscoveredFile, options: LintFilesOptions): Promise<LintResult> {
  const read = await readMarkdown(file.path);
  if ('problem' in read) return ioErrorResult(file.displayPath, read.problem, read.line);
  return lintText(file, read.text, options);
}

/** Lints the text already read from `file` (the cache hashes exactly the text it lints). */
export function lintText(file: DiscoveredFile, text: string, options: LintFilesOptions): LintResult {
  const config: EffectiveConfig = options.configs.effective(file.path);
  try {
    const result = lint(text, {
      path: file.displayPath,
      config,
      fix: options.fix,
      fixTypes: options.fixTypes,
      only: options.only,
      reportUnusedDirectives: options.reportUnusedDirectives,
    });
    if (result.output === text) delete result.output;
    // --fix writes only over the text it fixed: the hash lets the writer see a file changed meanwhile.
    if (result.output !== undefined) (result as FixedResult).inputHash = hashInput(text);
    return result;
  } catch (error) {
    if (error instanceof ConfigError)
      throw new CliError(`${options.configs.sourceOf(file.path) ?? file.displayPath}: ${error.message}`);
    throw error;
  }
}
