// A worker_threads pool for `--concurrency`: each worker imports a task module once, files are handed out
// from one queue, and results are delivered in input order, so output is byte-identical to a serial run
// while both cores parse. The thread side is worker.ts.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError, type ExitCode } from '../shared/exit.js';
import { tuneHeaps, YOUNG_GENERATION_MB } from './heap.js';
import type { PoolData, Reply } from './worker.js';

export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files per worker, threads cost more than they save: each worker loads the engine and
 * warms up its own JIT, and a single thread already gets the second core for GC and compilation.
 * The crossover moves as the serial path and the JIT settings change. Measured on 2 cores with the larger
 * interrupt budget that `tuneJit` (heap.ts) sets (2026-12-07, wall, `--concurrency 2` against `off`, the
 * first N documents of a 200-document bench corpus, median of 4 interleaved runs): 60 files 1.25 s against 1.25 s,
 * 100 files 1.67 s against 1.74 s, 200 files 2.42 s against 2.71 s. Before that setting two workers were
 * slower than one thread up to about 250 files, and this was 125.
 */
export const MIN_FILES_PER_WORKER = 50;

/** `auto`, `off`, or a positive integer; anything else is a usage error. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new CliError(`--concurrency ${value}: expected auto, off or a positive number`);
}

/**
 * How many workers to start for `files` files; 0 means lint in the main thread.
 * `auto` uses one worker per core, and none when there are too few files to pay for the threads.
 * An explicit number is honoured (capped by the file count), so tests and users can force the pool.
 */
export function planWorkers(concurrency: Concurrency, files: number, cpus: number = availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 0;
  if (concurrency === 'auto') {
    const count = Math.min(cpus, Math.floor(files / MIN_FILES_PER_WORKER));
    return count >= 2 ? count : 0;
  }
  return Math.min(concurrency, files);
}

/**
 * A task module exports `createTask(init)`, called once per worker, returning the function applied to
 * each item. `init` and every item and result must be structured-cloneable (plain data).
 */
export type CreateTask<I, R> = (init: unknown) => ((item: I) => Promise<R>) | Promise<(item: I) => Promise<R>>;

export interface PoolOptions {
  /** URL of the task module (exporting `createTask`). */
  task: URL;
  /** Passed to `createTask` in every worker. */
  init: unknown;
  workers: number;
  /** Extra Node flags for the workers (tests use it to load TypeScript sources). */
  execArgv?: string[];
}

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
 * Applies the task to every item in worker threads and calls `onResult` in input order, as soon as each
 * result and all before it are in. Stops at the first failed item (after delivering every earlier result)
 * and rethrows its error, a `CliError` staying a `CliError`, exactly as a serial loop would.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the item and result types of their task
export async function runPool<I, R>(
  items: readonly I[],
  options: PoolOptions,
  onResult: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  if (items.length === 0) return;
  const data: PoolData = { prfaqPool: true, task: options.task.href, init: options.init };
  tuneHeaps();
  const workers = Array.from(
    { length: Math.max(1, Math.min(options.workers, items.length)) },
    () =>
      new Worker(workerEntry, {
        workerData: data,
        execArgv: options.execArgv ?? [],
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
  const done = new Map<number, Reply>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  let failure: unknown;

  try {
    await new Promise<void>((resolve, reject) => {
      let delivering = Promise.resolve();
      const send = (worker: Worker): void => {
        if (nextToSend < items.length && failure === undefined) {
          worker.postMessage({ index: nextToSend, item: items[nextToSend] });
          nextToSend++;
        }
      };
      const deliver = async (): Promise<void> => {
        while (done.has(nextToDeliver)) {
          const reply = done.get(nextToDeliver)!;
          done.delete(nextToDeliver);
          if (!reply.ok) throw reviveError(reply.error);
          await onResult(reply.value as R, nextToDeliver);
          nextToDeliver++;
        }
        if (nextToDeliver === items.length) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (reply: Reply) => {
          done.set(reply.index, reply);
          send(worker);
          // Deliveries are chained so `onResult` never runs twice at once and order holds across awaits.
          delivering = delivering.then(deliver).catch((error: unknown) => {
            failure ??= error;
            reject(failure);
          });
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
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function reviveError(error: { message: string; cliError: boolean; exitCode: number; stack?: string }): Error {
  if (error.cliError) return new CliError(error.message, error.exitCode as ExitCode);
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}
