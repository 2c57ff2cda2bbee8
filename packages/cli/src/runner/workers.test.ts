import { describe, expect, it } from 'vitest';
import { CliError } from '../shared/exit.js';
import { parseConcurrency, planWorkers, runPool, MIN_FILES_PER_WORKER } from './workers.js';
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

describe('planWorkers', () => {
  it('stays serial when off, for one file, or when auto has too few files to pay for threads', () => {
    expect(planWorkers('off', 10_000, 8)).toBe(0);
    expect(planWorkers(4, 1, 8)).toBe(0);
    expect(planWorkers('auto', MIN_FILES_PER_WORKER * 2 - 1, 8)).toBe(0);
    expect(planWorkers('auto', 10_000, 1)).toBe(0);
  });

  it('uses one worker per core under auto once there are enough files, and honours an explicit number', () => {
    expect(planWorkers('auto', MIN_FILES_PER_WORKER * 2, 8)).toBe(2);
    expect(planWorkers('auto', 10_000, 8)).toBe(8);
    expect(planWorkers(3, 10, 2)).toBe(3);
    expect(planWorkers(16, 5, 2)).toBe(5);
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
