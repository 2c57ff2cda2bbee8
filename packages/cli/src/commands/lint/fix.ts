// `prfaq lint --fix` / `--fix-dry-run` / `--fix-type`: writing fixed files atomically, refusing a file
// that changed since it was linted, the unified diff of a dry run, and the one-line summary.
import { realpath } from 'node:fs/promises';
import type { FixType, LintResult } from '@prfaq/lint';
import { FIX_TYPES } from '@prfaq/lint/rules';
import { CliError } from '../../shared/exit.js';
import type { DiscoveredFile } from '../../shared/files.js';
import { writeFileAtomic } from '../../shared/write-file.js';
import { readMarkdown } from '../../shared/read.js';
import { hashInput, type FixedResult } from '../../runner/result.js';

/** `--fix-type structure,frontmatter`: the kinds to fix, or undefined for all. */
export function parseFixTypes(value: string | undefined): FixType[] | undefined {
  if (value === undefined) return undefined;
  const types = value
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = types.find((type) => !(FIX_TYPES as readonly string[]).includes(type));
  if (unknown !== undefined || types.length === 0) {
    throw new CliError(
      `--fix-type ${value}: ${unknown === undefined ? 'no fix type given' : `unknown fix type "${unknown}"`}; expected a comma-separated list of ${FIX_TYPES.join(', ')}`,
    );
  }
  return [...new Set(types)] as FixType[];
}

interface Fixable {
  file: DiscoveredFile;
  /** The text on disk, the one the fixes were computed from. */
  text: string;
  output: string;
}

/**
 * Every file whose fixes changed it and that still holds the text they were computed from (read again
 * now), and one line for each file that does not: it was unreadable or changed on disk meanwhile.
 */
async function fixableFiles(
  files: readonly DiscoveredFile[],
  results: readonly FixedResult[],
): Promise<{ fixable: Fixable[]; refused: string[] }> {
  const fixable: Fixable[] = [];
  const refused: string[] = [];
  for (const [index, result] of results.entries()) {
    if (result.output === undefined) continue;
    const file = files[index]!;
    const read = await readMarkdown(file.path);
    if ('problem' in read) refused.push(`prfaq: ${file.displayPath}: ${read.problem}`);
    else if (result.inputHash === undefined || hashInput(read.text) !== result.inputHash) {
      refused.push(
        `prfaq: ${file.displayPath}: changed on disk while it was being linted; not fixed (run prfaq lint --fix again)`,
      );
    } else fixable.push({ file, text: read.text, output: result.output });
  }
  return { fixable, refused };
}

/**
 * Writes every fixed file through a temporary file in its directory and a rename (mode kept), after
 * checking it was not changed since it was read. Returns one line per file that was left alone.
 */
export async function writeFixes(files: readonly DiscoveredFile[], results: readonly FixedResult[]): Promise<string[]> {
  const { fixable, refused } = await fixableFiles(files, results);
  for (const { file, output } of fixable) {
    try {
      // Through a symbolic link the real file is replaced; renaming over the link would turn it into a copy.
      await writeFileAtomic(await realpath(file.path), output, { overwrite: true });
    } catch (error) {
      throw new CliError(
        `${file.displayPath}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  return refused;
}

/** The unified diff (`a/` and `b/` paths, as `git apply` reads them) of every file a dry run would change. */
export async function fixDiff(
  files: readonly DiscoveredFile[],
  results: readonly FixedResult[],
): Promise<{ diff: string; refused: string[] }> {
  // Only --fix-dry-run needs the diff library; plain `prfaq lint` does not load it.
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const { fixable, refused } = await fixableFiles(files, results);
  const patches = fixable.map(({ file, text, output }) => {
    const name = file.displayPath.split('\\').join('/');
    return createTwoFilesPatch(`a/${name}`, `b/${name}`, text, output, undefined, undefined, {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY,
    });
  });
  return { diff: patches.join(''), refused };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `fixed 5 problems in 2 files; 3 remain` (or `would be fixed` for a dry run). */
export function fixSummary(results: readonly LintResult[], dryRun: boolean): string {
  const fixed = results.reduce((sum, r) => sum + (r.fixedCount ?? 0), 0);
  const files = results.filter((r) => r.output !== undefined).length;
  const remain = results.reduce((sum, r) => sum + r.diagnostics.length, 0);
  const verb = dryRun ? `${plural(fixed, 'problem')} would be fixed` : `fixed ${plural(fixed, 'problem')}`;
  return `prfaq: ${verb} in ${plural(files, 'file')}; ${remain} remain${dryRun ? ' (--fix-dry-run: nothing written)' : ''}`;
}
