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

export function processIo(): Io {
  const env = process.env;
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    color: isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR !== '0',
    cwd: process.cwd(),
    env,
    isTTY,
  };
}
