import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from './heap.js';

describe('heap tuning', () => {
  it('sets only flags this Node knows: setFlagsFromString ignores a misspelt one, the command line does not', () => {
    const run = spawnSync(process.execPath, [...HEAP_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const misspelt = spawnSync(process.execPath, ['--heap-growing-percentage=100', '-e', '0'], { encoding: 'utf8' });
    expect(misspelt.status).not.toBe(0);
  });
});
