import { describe, expect, it } from 'vitest';
import { CliError } from '../shared/exit.js';
import { parseConcurrency, planThreads, runPool, MIN_FILES_PER_THREAD } from './workers.js';
import { createTask } from '../../test/workers/echo-task.js';
import type { EchoItem } from '../../test/workers/echo-task.js';

// Worker threads do not go through vitest's transform: this hook lets them load the TypeScript sources.
const execArgv = ['--import', new URL('../../test/workers/ts-register.mjs', import.meta.url).href];
const task = new URL('../../test/workers/echo-task.ts', import.meta.url);

describe('parseConcurrency', () => {
  it('accepts auto, off and positive integers', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'two', ''])('rejects %j as a usage error', (value) => {
    expect(() => parseConcurrency(value)).toThrow(CliError);
  });
});

describe('planThreads', () => {
  it('stays in the main thread when off, for one file, or when auto has too few files to pay for a worker', () => {
    expect(planThreads('off', 10_000, 8)).toBe(1);
    expect(planThreads(4, 1, 8)).toBe(1);
    expect(planThreads(1, 10_000, 8)).toBe(1);
    expect(planThreads('auto', MIN_FILES_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(planThreads('auto', 10_000, 1)).toBe(1);
  });

  it('uses one thread per core under auto once there are enough files, and honours an explicit number', () => {
    expect(planThreads('auto', MIN_FILES_PER_THREAD * 2, 8)).toBe(2);
    expect(planThreads('auto', MIN_FILES_PER_THREAD * 3, 8)).toBe(3);
    expect(planThreads('auto', 10_000, 8)).toBe(8);
    expect(planThreads(3, 10, 2)).toBe(3);
    expect(planThreads(16, 5, 2)).toBe(5);
  });
});

describe('runPool', () => {
  it('delivers results in input order even when later items finish first', async () => {
    // Early items are slow and late ones fast, so completion order is roughly reversed.
    const items: EchoItem[] = Array.from({ length: 24 }, (_, i) => ({ value: i, delayMs: (24 - i) * 3 }));
    const seen: Array<[string, number]> = [];
    await runPool<EchoItem, string>(items, { task, init: { prefix: 'r' }, workers: 3, execArgv }, (result, index) => {
      seen.push([result, index]);
    });
    expect(seen).toEqual(items.map((item, i) => [`r${item.value}`, i]));
  });

  it('delivers every result before a failing item, then rethrows its CliError as a CliError', async () => {
    const items: EchoItem[] = Array.from({ length: 10 }, (_, i) => ({
      value: i,
      delayMs: i === 4 ? 30 : 1,
      ...(i === 4 ? { fail: 'cli' as const } : {}),
    }));
    const seen: number[] = [];
    const run = runPool<EchoItem, string>(
      items,
      { task, init: { prefix: '' }, workers: 2, execArgv },
      (_, index) => void seen.push(index),
    );
    await expect(run).rejects.toThrow(new CliError('item 4: cannot read'));
    await expect(run).rejects.toBeInstanceOf(CliError);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('rethrows an unexpected error as a plain Error (an internal error, not a usage error)', async () => {
    const run = runPool<EchoItem, string>(
      [
        { value: 1, delayMs: 0, fail: 'bug' },
        { value: 2, delayMs: 0 },
      ],
      { task, init: { prefix: '' }, workers: 2, execArgv },
      () => {},
    );
    await expect(run).rejects.toThrow('item 1 broke');
    await expect(run).rejects.not.toBeInstanceOf(CliError);
  });

  it('lets the main thread take items too, in input order with the workers', async () => {
    const items: EchoItem[] = Array.from({ length: 30 }, (_, i) => ({ value: i, delayMs: i % 3 }));
    const here = createTask({ prefix: 'r' });
    const local: string[] = [];
    const seen: Array<[string, number]> = [];
    await runPool<EchoItem, string>(
      items,
      {
        task,
        init: { prefix: 'r' },
        workers: 2,
        execArgv,
        local: async (item) => {
          local.push(`r${item.value}`);
          return here(item);
        },
      },
      (result, index) => void seen.push([result, index]),
    );
    expect(seen).toEqual(items.map((item, i) => [`r${item.value}`, i]));
    // The main thread linted a share, and not all of it: the workers took the rest.
    expect(local.length).toBeGreaterThan(0);
    expect(local.length).toBeLessThan(items.length);
  });

  it('with local and no workers, runs every item in the main thread', async () => {
    const here = createTask({ prefix: 'm' });
    const seen: string[] = [];
    await runPool<EchoItem, string>(
      [0, 1, 2].map((value) => ({ value, delayMs: 0 })),
      { task, init: { prefix: 'w' }, workers: 0, execArgv, local: here },
      (result) => void seen.push(result),
    );
    expect(seen).toEqual(['m0', 'm1', 'm2']);
  });

  it('rethrows a CliError of an item the main thread ran, after every earlier result', async () => {
    const items: EchoItem[] = Array.from({ length: 8 }, (_, i) => ({ value: i, delayMs: 0 }));
    const here = createTask({ prefix: '' });
    let failed: number | undefined;
    const seen: number[] = [];
    const run = runPool<EchoItem, string>(
      items,
      {
        task,
        init: { prefix: '' },
        workers: 1,
        execArgv,
        // The first item the main thread takes fails.
        local: (item) => {
          failed ??= item.value;
          return here(item.value === failed ? { ...item, fail: 'cli' } : item);
        },
      },
      (_, index) => void seen.push(index),
    );
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(new CliError(`item ${failed}: cannot read`));
    expect(failed).toBeGreaterThan(0);
    expect(seen).toEqual(Array.from({ length: failed! }, (_, i) => i));
  });

  it('gives each worker a gc function, so it can scavenge after every file', async () => {
    const seen: string[] = [];
    await runPool<number, string>(
      [1, 2],
      { task: new URL('../../test/workers/gc-task.ts', import.meta.url), init: {}, workers: 2, execArgv },
      (result) => void seen.push(result),
    );
    expect(seen).toEqual(['function', 'function']);
  });
});
