// Reads the shard reports, merges them (merge.ts) and writes the result; file problems are one-line errors.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError, ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { mergeReports } from './merge.js';

export async function runMergeResults(reports: string[], flags: { outputFile?: string }, io: Io): Promise<number> {
  const inputs = await Promise.all(
    reports.map(async (name) => {
      try {
        return { name, text: await readFile(path.resolve(io.cwd, name), 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(
          `${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read the report (${code ?? (error as Error).message})`}`,
        );
      }
    }),
  );
  const merged = mergeReports(inputs);
  if (flags.outputFile) {
    const file = path.resolve(io.cwd, flags.outputFile);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, merged.text);
    } catch (error) {
      throw new CliError(
        `${flags.outputFile}: cannot write the merged report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  } else {
    io.stdout(merged.text);
  }
  return merged.errorCount > 0 ? ExitCode.Problems : ExitCode.Ok;
}
