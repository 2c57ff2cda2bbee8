// The entry module of a pool worker thread (see workers.ts): imports the task module once, then answers
// each `{ index, item }` message with the task's result or its error as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../shared/exit.js';
import type { CreateTask } from './workers.js';

export interface PoolData {
  prfaqPool: true;
  /** URL of the task module, which exports `createTask`. */
  task: string;
  init: unknown;
}

export type Reply =
  | { index: number; ok: true; value: unknown }
  | { index: number; ok: false; error: { message: string; cliError: boolean; exitCode: number; stack?: string } };

/** Present when the pool exposed `gc` (heap.ts); a worker started some other way just skips it. */
const collectYoungGeneration = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;

async function workerMain(data: PoolData): Promise<void> {
  const module = (await import(data.task)) as { createTask: CreateTask<unknown, unknown> };
  const task = await module.createTask(data.init);
  parentPort!.on('message', ({ index, item }: { index: number; item: unknown }) => void answer(index, item));

  async function answer(index: number, item: unknown): Promise<void> {
    let reply: Reply;
    try {
      reply = { index, ok: true, value: await task(item) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = {
        index,
        ok: false,
        error: {
          message: e.message,
          cliError: e instanceof CliError,
          exitCode: e instanceof CliError ? e.exitCode : 2,
          ...(e.stack ? { stack: e.stack } : {}),
        },
      };
    }
    parentPort!.postMessage(reply);
    // The file's tree and model are garbage now: a scavenge here is nearly free (see heap.ts).
    collectYoungGeneration?.({ type: 'minor' });
  }
}

if (parentPort && (workerData as PoolData | undefined)?.prfaqPool) void workerMain(workerData as PoolData);
