// The GitHub Action: runs `prfaq lint` (annotations through the `github` format), `prfaq ready` and
// `prfaq diff` against the pull request's base in-process, writes the Markdown to the job summary,
// and decides the step's outcome from the `fail-on` input. Inputs arrive as PRFAQ_* variables.
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { checkLabels, formatReadiness, type Readiness } from '@prfaq/lint';
import { CliError, ExitCode } from '../shared/exit.js';
import { resolveCommit } from '../shared/git.js';
import type { Io } from '../shared/io.js';
import { main } from '../main.js';
import { linkFor } from '../review/output.js';
import { upsertComment } from './comment.js';

export type FailOn = 'error' | 'warning' | 'not-ready' | 'never';
const failOnValues: readonly FailOn[] = ['error', 'warning', 'not-ready', 'never'];
const commandNames = ['lint', 'ready', 'diff'] as const;
type CommandName = (typeof commandNames)[number];

export interface ActionInputs {
  paths: string[];
  commands: CommandName[];
  failOn: FailOn;
  base: string | undefined;
  changedOnly: boolean;
  config: string | undefined;
  /** Also post the summary as a pull-request comment, edited on every run. */
  comment: boolean;
}

/** Reads the inputs that action.yml passes as environment variables; a bad value is a usage error. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs | string {
  const list = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);
  const commands = list(env.PRFAQ_COMMANDS ?? 'lint ready diff');
  const unknown = commands.find((name) => !(commandNames as readonly string[]).includes(name));
  if (unknown !== undefined)
    return `commands: unknown command '${unknown}', expected some of: ${commandNames.join(', ')}`;
  const failOn = (env.PRFAQ_FAIL_ON?.trim() || 'error') as FailOn;
  if (!failOnValues.includes(failOn))
    return `fail-on: unknown value '${failOn}', expected one of: ${failOnValues.join(', ')}`;
  const paths = (env.PRFAQ_PATHS ?? '')
    .split(/\r?\n/)
    .flatMap((line) => line.trim().split(/\s+/))
    .filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    commands: commands as CommandName[],
    failOn,
    base: env.PRFAQ_BASE?.trim() || undefined,
    changedOnly: yes(env.PRFAQ_CHANGED_ONLY),
    config: env.PRFAQ_CONFIG?.trim() || undefined,
    comment: yes(env.PRFAQ_COMMENT),
  };
}

function yes(value: string | undefined): boolean {
  return /^(true|yes|1)$/i.test(value?.trim() ?? '');
}

/** Runs the action; returns the exit code of the step. Everything it prints goes to the job log. */
export async function runAction(io: Io): Promise<number> {
  const inputs = readInputs(io.env);
  if (typeof inputs === 'string') {
    io.stdout(`::error title=prfaq::${escapeData(inputs)}\n`);
    return ExitCode.Error;
  }
  if (inputs.base !== undefined && (inputs.commands.includes('diff') || inputs.changedOnly)) {
    // The usual cause is a shallow checkout: say how to fix it, once, instead of failing in every command.
    try {
      await resolveCommit(inputs.base, io.cwd);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      const hint = error.message.startsWith('unknown revision')
        ? '; check out the history with actions/checkout and fetch-depth: 0'
        : '';
      io.stdout(`::error title=prfaq::${escapeData(`${error.message}${hint}`)}\n`);
      return ExitCode.Error;
    }
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  const summary: string[] = [];
  const common = inputs.config === undefined ? [] : ['--config', inputs.config];
  const changed = inputs.changedOnly && inputs.base !== undefined ? ['--changed-since', inputs.base] : [];
  const results: Partial<Record<CommandName, number>> = {};
  // `--` ends the options: a path input cannot turn into a flag.
  const cli = async (args: string[], capture: boolean) => {
    let out = '';
    const child: Io = { ...io, color: false, isTTY: false, stdout: capture ? (text) => void (out += text) : io.stdout };
    const code = await main(['node', 'prfaq', ...args], child);
    return { code, out };
  };

  if (inputs.commands.includes('lint')) {
    io.stdout('::group::prfaq lint\n');
    const maxWarnings = inputs.failOn === 'warning' ? ['--max-warnings', '0'] : [];
    results.lint = (
      await cli(['lint', '--format', 'github', ...common, ...changed, ...maxWarnings, '--', ...inputs.paths], false)
    ).code;
    io.stdout('::endgroup::\n');
  }

  if (inputs.commands.includes('ready')) {
    const { code, out } = await cli(['ready', '--format', 'json', ...common, ...changed, '--', ...inputs.paths], true);
    results.ready = code;
    const documents = parseDocuments(out);
    if (documents !== undefined) {
      const markdown = formatReadiness(documents, 'markdown', { link: linkFor(io, io.env.GITHUB_WORKSPACE) });
      summary.push(markdown);
      io.stdout(`::group::prfaq ready\n${markdown}::endgroup::\n`);
      for (const doc of documents) io.stdout(verdictAnnotation(doc, inputs.failOn === 'not-ready', io));
      if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, `ready=${documents.every((d) => d.ready)}\n`);
    }
  }

  if (inputs.commands.includes('diff')) {
    if (inputs.base === undefined) {
      io.stdout(
        '::notice title=prfaq diff::No base revision (not a pull request, and no base input): skipping prfaq diff\n',
      );
    } else {
      const { code, out } = await cli(
        ['diff', inputs.base, '--format', 'markdown', ...common, '--', ...inputs.paths],
        true,
      );
      results.diff = code;
      if (code === ExitCode.Ok) {
        summary.push(out);
        io.stdout(`::group::prfaq diff\n${out}::endgroup::\n`);
      }
    }
  }

  if (summaryFile && summary.length > 0) await appendFile(summaryFile, `${summary.join('\n')}\n`);
  if (inputs.comment && summary.length > 0) await comment(summary.join('\n'), io);
  return outcome(results, inputs.failOn);
}

/** Posts or edits the pull-request comment; a failure is a warning, never a failed step (fork PRs get read-only tokens). */
async function comment(markdown: string, io: Io): Promise<void> {
  const number = Number(io.env.PRFAQ_PR_NUMBER);
  const { GITHUB_REPOSITORY: repository, PRFAQ_GITHUB_TOKEN: token } = io.env;
  if (!Number.isInteger(number) || number <= 0 || !repository || !token) {
    io.stdout('::notice title=prfaq comment::Not a pull request (or no token): no comment posted\n');
    return;
  }
  const apiUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
  const result = await upsertComment({ apiUrl, repository, number, token }, markdown);
  if (result.ok) io.stdout(`prfaq: ${result.action} the readiness comment on pull request #${number}\n`);
  else io.stdout(`::warning title=prfaq comment::${escapeData(result.reason)}\n`);
}

/** The step fails on any usage or I/O error, and otherwise as `fail-on` says. */
export function outcome(results: Partial<Record<CommandName, number>>, failOn: FailOn): number {
  const codes = Object.values(results);
  if (codes.includes(ExitCode.Error)) return ExitCode.Error;
  if (failOn === 'never') return ExitCode.Ok;
  if (results.lint === ExitCode.Problems) return ExitCode.Problems;
  if (failOn === 'not-ready' && results.ready === ExitCode.Problems) return ExitCode.Problems;
  return ExitCode.Ok;
}

function parseDocuments(json: string): Readiness[] | undefined {
  try {
    const parsed = JSON.parse(json) as { documents?: Readiness[] };
    return Array.isArray(parsed.documents) ? parsed.documents : undefined;
  } catch {
    return undefined;
  }
}

/** One annotation per document on its first line: the verdict and how many items block it. */
function verdictAnnotation(doc: Readiness, asError: boolean, io: Io): string {
  const file = path
    .relative(io.env.GITHUB_WORKSPACE ?? io.cwd, path.resolve(io.cwd, doc.path ?? ''))
    .split(path.sep)
    .join('/');
  if (doc.ready)
    return `::notice file=${escapeProperty(file)},line=1,title=${escapeProperty(`READY for ${doc.target}`)}::${escapeData(`${file} is ready for ${doc.target}`)}\n`;
  const counts = new Map<string, number>();
  for (const item of doc.blockers) counts.set(item.check, (counts.get(item.check) ?? 0) + 1);
  const what = [...counts]
    .map(([check, n]) => `${(checkLabels as Partial<Record<string, string>>)[check] ?? check} (${n})`)
    .join(', ');
  const level = asError ? 'error' : 'warning';
  return `::${level} file=${escapeProperty(file)},line=1,title=${escapeProperty(`NOT READY for ${doc.target}`)}::${escapeData(`${doc.blockers.length} blocking: ${what}`)}\n`;
}

// GitHub workflow command escaping (see @actions/core's command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
