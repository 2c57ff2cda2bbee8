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
