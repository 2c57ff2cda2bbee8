// `prfaq ready`: a verdict per PR/FAQ. Finds the documents (optionally only those changed since a
// revision), lints each, turns the results into readiness, prints it, and maps it to the exit code.
import {
  assessReadiness,
  formatReadiness,
  type Readiness,
  type ReadinessFormat,
  type ReadinessTarget,
} from '@prfaq/lint';
import { CliError, ExitCode } from '../../shared/exit.js';
import { changedSince, repoRoot } from '../../shared/git.js';
import type { Io } from '../../shared/io.js';
import { Engine } from '../../review/engine.js';
import { emit, linkFor } from '../../review/output.js';

export interface ReadyOptions {
  for?: ReadinessTarget;
  format: ReadinessFormat;
  output?: string;
  config?: string;
  changedSince?: string;
  color: boolean;
}

export async function runReady(paths: string[], options: ReadyOptions, io: Io): Promise<number> {
  const engine = new Engine({ cwd: io.cwd, config: options.config });
  const requested = paths.length > 0 ? paths : ['.'];
  let files = engine.find(requested, options.changedSince !== undefined);
  if (options.changedSince !== undefined) {
    const changed = await changedSince(options.changedSince, io.cwd);
    files = files.filter(changed);
  }

  const results: Readiness[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { doc, lint, ready } = engine.check(await engine.read(file), file);
      results.push(assessReadiness(doc, lint, { target: options.for, config: ready }));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      // One unreadable file must not hide the verdict on the others.
      io.stderr(`prfaq: ${error.message}\n`);
      failed = true;
    }
  }

  const root = options.format === 'markdown' ? await repoRoot(io.cwd).catch(() => undefined) : undefined;
  if (results.length === 0 && options.changedSince !== undefined && options.format === 'stylish') {
    await emit(`No PR/FAQ changed since ${options.changedSince}.\n`, options.output, io);
  } else {
    await emit(
      formatReadiness(results, options.format, {
        color: options.color && options.output === undefined,
        link: linkFor(io, root),
      }),
      options.output,
      io,
    );
  }
  if (failed) return ExitCode.Error;
  return results.every((r) => r.ready) ? ExitCode.Ok : ExitCode.Problems;
}
