// Test helper: an Io that captures output instead of writing to the process streams.
import type { Io } from './io.js';

export function captureIo(overrides: Partial<Io> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    color: false,
    cwd: process.cwd(),
    env: {},
    isTTY: false,
    ...overrides,
  };
  return io;
}

/** `prfaq <args>` run in-process in `cwd`, as a user would run it there: exit code and captured output. */
export async function runCli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  // Imported here, not at the top, so tests of the CLI's parts need not load every command.
  const { main } = await import('../main.js');
  const io = captureIo({ cwd });
  const code = await main(['node', 'prfaq', ...args], io);
  return { code, out: io.out, err: io.err };
}
