// Runs one command and measures it: wall time from the parent, peak RSS from GNU time (`%M`), and a
// hard timeout that kills the whole process group so a pathological case can never hang the bench.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export interface Measurement {
  wallMs: number;
  /** Peak resident set size of the measured process, in KB; undefined without GNU time. */
  maxRssKb: number | undefined;
  /** User + system CPU time of the process and its threads, in ms; undefined without GNU time. */
  cpuMs: number | undefined;
  exitCode: number | null;
  timedOut: boolean;
  /** The end of what the command wrote, for diagnosing a failure. */
  outputTail: string;
  /** JSON printed by an in-process child on its last line, when there is one. */
  report: Record<string, unknown> | undefined;
}

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** Process groups of the commands running now, killed if the bench itself is interrupted. */
const running = new Set<number>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pgid of running) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(130);
  });
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'prfaq-bench-'));
  const rssFile = join(dir, 'rss');
  const outFile = join(dir, 'out');
  // Output goes to a file, not a pipe: reading a pipe would cost the parent CPU on a 2-core machine.
  const out = openSync(outFile, 'w');
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  if (child.pid) running.add(child.pid);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => {
      resolve(null);
    });
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  clearTimeout(timer);
  if (child.pid) running.delete(child.pid);
  closeSync(out);
  const output = readFileSync(outFile, 'utf8');
  let maxRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (hasGnuTime && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the values when the exit code is not 0.
    const [rss, user, sys] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    maxRssKb = rss !== undefined && Number.isFinite(rss) && rss > 0 ? rss : undefined;
    cpuMs = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? (user + sys) * 1000 : undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  return { wallMs, maxRssKb, cpuMs, exitCode, timedOut, outputTail: output.slice(-2000), report: lastJsonLine(output) };
}

function lastJsonLine(output: string): Record<string, unknown> | undefined {
  const line = output.trimEnd().split('\n').pop();
  if (!line?.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
