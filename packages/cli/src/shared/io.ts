// Where commands write. Injected so tests can capture output without touching process streams.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal and colour is allowed (no NO_COLOR, no --no-color). */
  color: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

let pipeGuarded = false;

/** A reader that stops early (`prfaq lint | head`) closes the pipe: that ends the run quietly, it is not a crash. */
function guardClosedPipes(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}

export function processIo(): Io {
  guardClosedPipes();
  const env = process.env;
  // Typed boolean, but undefined when stdout is a pipe or a file.
  const isTTY = (process.stdout.isTTY as boolean | undefined) === true;
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    color: isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR !== '0',
    cwd: process.cwd(),
    env,
    isTTY,
  };
}
