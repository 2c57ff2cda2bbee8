// `prfaq report`: finds and checks the PR/FAQs as `prfaq ready` does, optionally reads their git
// history, builds the report model and writes it as HTML, Markdown or JSON. Informational: exit 0 when
// written, 2 on a usage or I/O error, whatever the documents say.
import path from 'node:path';
import { realpathSync } from 'node:fs';
import { parse } from '@prfaq/core';
import { CliError, ExitCode } from '../../shared/exit.js';
import { fileLog, realOrSame, repoRoot, showFile } from '../../shared/git.js';
import type { Io } from '../../shared/io.js';
import { Engine } from '../../review/engine.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../../shared/write-file.js';
import {
  aggregateHistory,
  assessReadiness,
  buildReport,
  groupOf,
  relativeLink,
  type HistoryInput,
  type HistoryReport,
  type LinkFn,
  type ReportInput,
  type Version,
} from '@prfaq/lint';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';

export type ReportFormat = 'html' | 'json' | 'markdown';

export interface ReportOptions {
  html?: string;
  format?: ReportFormat;
  output?: string;
  config?: string;
  history?: boolean;
  title?: string;
  /** For tests: the clock that decides which decision dates have passed. */
  now?: Date;
}

export async function runReport(paths: string[], options: ReportOptions, io: Io): Promise<number> {
  const { format, output } = resolveTarget(options);
  const engine = new Engine({ cwd: io.cwd, config: options.config });
  const files = engine.find(paths.length > 0 ? paths : ['.']);

  const inputs: Array<ReportInput & { file: string }> = [];
  let failed = false;
  for (const file of files) {
    try {
      const { doc, lint, ready } = engine.check(await engine.read(file), file);
      inputs.push({ file, doc, lint, readiness: assessReadiness(doc, lint, { config: ready }) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      // One unreadable file must not hide the others from the report.
      io.stderr(`prfaq: ${error.message}\n`);
      failed = true;
    }
  }

  const now = options.now ?? new Date();
  const history = options.history ? await collectHistory(inputs, engine, io, now) : undefined;
  // Links are relative to where the report is read: the output file's folder, else the working directory.
  const base = output === undefined ? io.cwd : path.dirname(path.resolve(io.cwd, output));
  const link: LinkFn = (file, line) =>
    relativeLink(path.relative(base, path.resolve(io.cwd, file)) || path.basename(file), line);
  const model = buildReport(inputs, { link, now, title: options.title, history });

  const text =
    format === 'html'
      ? renderHtml(model, { version: VERSION })
      : format === 'markdown'
        ? renderMarkdown(model)
        : `${JSON.stringify(model, null, 2)}\n`;
  if (output === undefined) {
    io.stdout(text);
  } else {
    try {
      await writeFileAtomic(path.resolve(io.cwd, output), text, { overwrite: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const cause =
        code === 'ENOENT'
          ? 'the folder does not exist'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'is a directory'
              : (code ?? (error as Error).message);
      throw new CliError(`${output}: cannot write the report: ${cause}`);
    }
  }
  return failed ? ExitCode.Error : ExitCode.Ok;
}

/** `--html <file>` is `--format html --output <file>`; anything that contradicts it is a usage error. */
function resolveTarget(options: ReportOptions): { format: ReportFormat; output: string | undefined } {
  if (options.html === undefined) return { format: options.format ?? 'markdown', output: options.output };
  if (options.output !== undefined)
    throw new CliError('--html and --output both name the output file; give one of them');
  if (options.format !== undefined && options.format !== 'html')
    throw new CliError(`--html writes HTML; it cannot be combined with --format ${options.format}`);
  if (options.html.trim() === '') throw new CliError('--html needs a file name');
  return { format: 'html', output: options.html };
}

/**
 * Every committed version of every document, parsed with the config that applies to it today.
 * Outside a repository the report says why it has no history instead of failing.
 */
async function collectHistory(
  inputs: Array<ReportInput & { file: string }>,
  engine: Engine,
  io: Io,
  now: Date,
): Promise<HistoryReport> {
  let root: string;
  try {
    root = realpathSync(await repoRoot(io.cwd));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`prfaq: --history: ${io.cwd}: not inside a git repository; the report has no history section\n`);
    return {
      available: false,
      reason: 'Not inside a git repository: no history to read.',
      documents: 0,
      uncommitted: 0,
      groups: [],
    };
  }
  const histories: HistoryInput[] = [];
  for (const input of inputs) {
    const repoPath = path.relative(root, realOrSame(input.file));
    const sections = engine.configs.effective(input.file).sections;
    const versions: Version[] = [];
    for (const commit of await fileLog(repoPath, root)) {
      const text = await showFile(commit.commit, commit.path, root);
      if (text === undefined) continue;
      versions.push({ date: commit.date, doc: parse(text, { path: commit.path, sections }) });
    }
    const shown = input.readiness.path ?? input.file;
    histories.push({ group: groupOf(input.doc, shown), decisionDate: input.doc.meta.decisionDate?.value, versions });
  }
  return aggregateHistory(histories, now);
}
