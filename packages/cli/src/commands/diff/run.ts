// `prfaq diff <base>`: each PR/FAQ compared with its version at a git revision. Pairs the files
// (renames followed, new and deleted ones included), checks both versions with the current config,
// and prints what changed for the review.
import path from 'node:path';
import {
  assessReadiness,
  diffDocuments,
  formatDiff,
  hasChanges,
  type DiffSide,
  type DocumentDiff,
  type ReadinessFormat,
  type ReadinessTarget,
} from '@prfaq/lint';
import { CliError, ExitCode } from '../../shared/exit.js';
import { changesSince, realOrSame, repoRoot, resolveCommit, showFile, untrackedFiles } from '../../shared/git.js';
import type { Io } from '../../shared/io.js';
import { displayPath, Engine } from '../../review/engine.js';
import { emit, linkFor } from '../../review/output.js';

export interface DiffOptions {
  for?: ReadinessTarget;
  format: ReadinessFormat;
  output?: string;
  config?: string;
  color: boolean;
  /** Also list documents that did not change. */
  all?: boolean;
}

export async function runDiff(base: string, paths: string[], options: DiffOptions, given: Io): Promise<number> {
  // git prints real paths: work from the real directory so that paths found on disk compare equal.
  const io = { ...given, cwd: realOrSame(given.cwd) };
  const root = await repoRoot(io.cwd);
  const commit = await resolveCommit(base, io.cwd);
  const engine = new Engine({ cwd: io.cwd, config: options.config });
  const requested = paths.length > 0 ? paths : ['.'];
  const current = engine.find(requested, true);
  const changes = await changesSince(commit, root);
  const untracked = new Set((await untrackedFiles(root)).map((file) => path.join(root, file)));
  const byPath = new Map(changes.map((change) => [path.join(root, change.path), change]));

  // Each pair: the file now (absent when deleted) and where it was at the base (absent when new).
  const pairs: Array<{ now: string | undefined; then: string | undefined; renamed: boolean }> = [];
  const seenBase = new Set<string>();
  for (const file of current) {
    const change = byPath.get(file);
    if (change?.status === 'added' || untracked.has(file)) pairs.push({ now: file, then: undefined, renamed: false });
    else if (change?.status === 'renamed' && change.from !== undefined) {
      const from = path.join(root, change.from);
      seenBase.add(from);
      pairs.push({ now: file, then: from, renamed: true });
    } else if (change !== undefined || options.all) {
      // A file git does not list is identical to the base: nothing to read or report.
      pairs.push({ now: file, then: file, renamed: false });
    }
    seenBase.add(file);
  }
  for (const change of changes) {
    // A deleted document, or one renamed to a name that is no longer a PR/FAQ (moved out of the paths).
    const gone = change.status === 'deleted' ? change.path : change.status === 'renamed' ? change.from : undefined;
    if (gone === undefined) continue;
    const file = path.join(root, gone);
    if (seenBase.has(file) || !engine.wouldFind(file, requested)) continue;
    if (change.status === 'renamed' && current.includes(path.join(root, change.path))) continue;
    pairs.push({ now: undefined, then: file, renamed: false });
  }

  const diffs: DocumentDiff[] = [];
  let failed = false;
  for (const pair of pairs) {
    try {
      const before = pair.then === undefined ? undefined : await side(pair.then, commit, root, engine, io, options.for);
      const after = pair.now === undefined ? undefined : await side(pair.now, undefined, root, engine, io, options.for);
      if (before === undefined && after === undefined) continue;
      const diff = diffDocuments(before, after, pair.renamed);
      if (options.all || hasChanges(diff)) diffs.push(diff);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr(`prfaq: ${error.message}\n`);
      failed = true;
    }
  }
  diffs.sort((a, b) => a.path.localeCompare(b.path));
  await emit(
    formatDiff(diffs, base, options.format, {
      color: options.color && options.output === undefined,
      link: linkFor(io, root),
    }),
    options.output,
    io,
  );
  return failed ? ExitCode.Error : ExitCode.Ok;
}

/** One version of a file: from the working tree, or from `commit` (undefined when the file is not there). */
async function side(
  file: string,
  commit: string | undefined,
  root: string,
  engine: Engine,
  io: Io,
  target: ReadinessTarget | undefined,
): Promise<DiffSide | undefined> {
  const text = commit === undefined ? await engine.read(file) : await showFile(commit, path.relative(root, file), root);
  if (text === undefined) return undefined;
  // The base version is judged by today's config, so that a verdict change means the document changed.
  const { doc, lint, ready } = engine.check(text, file);
  return { path: displayPath(file, io.cwd), doc, readiness: assessReadiness(doc, lint, { target, config: ready }) };
}
