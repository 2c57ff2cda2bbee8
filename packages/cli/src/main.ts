// The `prfaq` program: commander wiring, lazy command loading, and the mapping of failures to exit codes.
import { Command, CommanderError } from 'commander';
import { CliError, ExitCode } from './shared/exit.js';
import { processIo, type Io } from './shared/io.js';
import { commands } from './commands/index.js';
import { VERSION } from './version.js';

export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('prfaq')
    .description('Lint, scaffold and review Amazon-style PR/FAQ documents written in Markdown.')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run prfaq --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes:\n  0  no problems (lint), every document ready (ready)\n  1  problems found, or a document not ready\n  2  usage, configuration or I/O error',
    )
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const define of commands) define(program, io, setExit);
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
    }
    if (error instanceof CliError) {
      io.stderr(`prfaq: ${error.message}\n`);
      return error.exitCode;
    }
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`prfaq: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return ExitCode.Error;
  }
}
