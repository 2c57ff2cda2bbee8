// Exit codes in one place, and the error type that carries an expected failure to one clear line.

/** 0: clean / ready. 1: problems found / not ready. 2: usage, configuration or I/O error. */
export const ExitCode = {
  Ok: 0,
  Problems: 1,
  Error: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An expected failure (bad flag, missing file, bad config): printed as one line, `prfaq: <message>`,
 * never with a stack trace. Anything else that escapes a command is a bug.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Error,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
