// A worker_threads pool for `--concurrency`: each worker imports a task module once, the main thread can
// take its share too, files are handed out from one queue, and results are delivered in input order, so
// output is byte-identical to a serial run while every core parses. The thread side is worker.ts.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError, type ExitCode } from '../shared/exit.js';
import { tuneHeaps, YOUNG_GENERATION_MB } from './heap.js';
import type { PoolData, Reply } from './worker.js';

export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files per thread, a worker costs more than it saves: it loads the engine and warms up
 * its own JIT, and a single thread already gets the second core for GC and compilation.
 * The crossover moves as the serial path and the JIT settings change. Measured on 2 cores with the larger
 * interrupt budget that `tuneJit` (heap.ts) sets and the main thread linting beside one worker (2026-12-07,
 * wall, `--concurrency 2` against `off`, the first N documents of a 200-document bench corpus, median of
 * 7-9 interleaved runs): 40 files 975 ms against 927 ms, 50 files 1,039 against 995 ms, 60 files 1,169
 * against 1,174 ms, 100 files 1,492 against 1,545 ms. With two workers and the main thread idle the
 * crossover was at 100 files (50 per worker), and before the interrupt budget at about 250 files.
 */
export const MIN_FILES_PER_THREAD = 30;

/** `auto`, `off`, or a positive integer; anything else is a usage error. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new CliError(`--concurrency ${value}: expected auto, off or a positive number`);
}

/**
 * How many threads lint `files` files: the main thread and `threads - 1` workers, so 1 means the main
 * thread alone. `auto` uses one thread per core, and the main thread alone when there are too few files
 * to pay for a worker. An explicit number is honoured (capped by the file count), so tests and users can
 * force the pool.
 */
export function planThreads(concurrency: Concurrency, files: number, cpus: number = availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(cpus, Math.floor(files / MIN_FILES_PER_THREAD)));
  return Math.min(concurrency, files);
}

/**
 * A task module exports `createTask(init)`, called once per worker, returning the function applied to
 * each item. `init` and every item and result must be structured-cloneable (plain data).
 */
export type CreateTask<I, R> = (init: unknown) => ((item: I) => Promise<R>) | Promise<(item: I) => Promise<R>>;

export interface PoolOptions<I, R> {
  /** URL of the task module (exporting `createTask`). */
  task: URL;
  /** Passed to `createTask` in every worker. */
  init: unknown;
  /** Worker threads to start, capped by the item count; at least one unless `local` is given. */
  workers: number;
  /** Extra Node flags for the workers (tests use it to load TypeScript sources). */
  execArgv?: string[];
  /**
   * The same task, made in this thread: the main thread then takes items from the queue too, instead of
   * waiting idle, and needs one worker fewer (each costs a load of the engine and a JIT warm-up of its own).
   * 200 bench documents on 2 cores, median of 15 interleaved runs: two workers 2.34 s, the main thread and
   * one worker 2.23 s; 400 documents (7 runs) 3.91 against 3.67 s.
   */
  local?: (item: I) => Promise<R>;
}

/** An item's result, or the error it failed with (a worker's error is revived first). */
type Outcome<R> = { ok: true; value: R } | { ok: false; error: Error };

/**
 * A module that sits beside `from` (an `import.meta.url`), loaded by URL in a worker: `name`.js once built
 * (in dist/, and in the bundle, where such modules are entry points of their own), `name`.ts when the
 * sources run under a TypeScript loader (tests).
 */
export function moduleBeside(from: string, name: string): URL {
  return new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
}

/** The worker thread's entry module. */
const workerEntry = moduleBeside(import.meta.url, 'worker');

/**
 * Items handed to a worker before it answers: with two, the next file is already being read while the
 * worker lints the current one, so the thread never waits on the disk or on the main thread.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Applies the task to every item in worker threads (and in this thread, with `local`) and calls `onResult`
 * in input order, as soon as each result and all before it are in. Stops at the first failed item (after
 * delivering every earlier result) and rethrows its error, a `CliError` staying a `CliError`, exactly as a
 * serial loop would.
 */
export async function runPool<I, R>(
  items: readonly I[],
  options: PoolOptions<I, R>,
  onResult: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  if (items.length === 0) return;
  const count = Math.min(options.workers, items.length);
  const workers = startWorkers(options.local ? count : Math.max(1, count), options);
  const done = new Map<number, Outcome<R>>();
  let nextToStart = 0;
  let nextToDeliver = 0;
  let failure: unknown;

  try {
    await new Promise<void>((resolve, reject) => {
      let delivering = Promise.resolve();
      const send = (worker: Worker): void => {
        if (nextToStart < items.length && failure === undefined) {
          worker.postMessage({ index: nextToStart, item: items[nextToStart] });
          nextToStart++;
        }
      };
      const deliver = async (): Promise<void> => {
        while (done.has(nextToDeliver)) {
          const outcome = done.get(nextToDeliver)!;
          done.delete(nextToDeliver);
          if (!outcome.ok) throw outcome.error;
          await onResult(outcome.value, nextToDeliver);
          nextToDeliver++;
        }
        if (nextToDeliver === items.length) resolve();
      };
      const settle = (index: number, outcome: Outcome<R>): void => {
        done.set(index, outcome);
        // Deliveries are chained so `onResult` never runs twice at once and order holds across awaits.
        delivering = delivering.then(deliver).catch((error: unknown) => {
          failure ??= error;
          reject(failure);
        });
      };
      const runHere = async (task: (item: I) => Promise<R>): Promise<void> => {
        while (nextToStart < items.length && failure === undefined) {
          const index = nextToStart++;
          try {
            settle(index, { ok: true, value: await task(items[index]!) });
          } catch (error) {
            settle(index, { ok: false, error: error instanceof Error ? error : new Error(String(error)) });
          }
          // A turn of the event loop takes in the workers' replies and hands them their next items.
          await new Promise((next) => setImmediate(next));
        }
      };
      for (const worker of workers) {
        worker.on('message', (reply: Reply) => {
          settle(
            reply.index,
            reply.ok ? { ok: true, value: reply.value as R } : { ok: false, error: revive(reply.error) },
          );
          send(worker);
        });
        worker.on('error', (error) => {
          failure ??= error;
          reject(error);
        });
        worker.on('exit', (code) => {
          if (code !== 0 && failure === undefined && nextToDeliver < items.length) {
            failure = new Error(`a lint worker stopped unexpectedly (exit code ${code})`);
            reject(failure);
          }
        });
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(worker);
      }
      if (options.local) void runHere(options.local);
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function startWorkers(
  count: number,
  options: Pick<PoolOptions<unknown, unknown>, 'task' | 'init' | 'execArgv'>,
): Worker[] {
  const workerData: PoolData = { prfaqPool: true, task: options.task.href, init: options.init };
  tuneHeaps();
  return Array.from(
    { length: count },
    () =>
      new Worker(workerEntry, {
        workerData,
        execArgv: options.execArgv ?? [],
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
}

/** A worker's error as the main thread throws it: a `CliError` stays a `CliError`. */
function revive(error: { message: string; cliError: boolean; exitCode: number; stack?: string }): Error {
  if (error.cliError) return new CliError(error.message, error.exitCode as ExitCode);
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}
