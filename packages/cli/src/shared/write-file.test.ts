import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './write-file.js';

// Lets a test make one fs step fail, to simulate a crash or a full disk between writing and renaming.
const failures = vi.hoisted(() => ({
  link: undefined as string | undefined,
  rename: undefined as string | undefined,
  write: false,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string): never => {
    const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
    error.code = code;
    throw error;
  };
  return {
    ...real,
    link: async (...args: Parameters<typeof real.link>) => (failures.link ? fail(failures.link) : real.link(...args)),
    rename: async (...args: Parameters<typeof real.rename>) =>
      failures.rename ? fail(failures.rename) : real.rename(...args),
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!failures.write) return handle;
      // A handle whose write fails half-way: some bytes reach the disk, then ENOSPC.
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, 5));
              fail('ENOSPC');
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prfaq-write-'));
  failures.link = undefined;
  failures.rename = undefined;
  failures.write = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'doc.md');
    await writeFileAtomic(file, '# Hello\n');
    expect(await readFile(file, 'utf8')).toBe('# Hello\n');
    expect(await readdir(dir)).toEqual(['doc.md']);
  });

  it('refuses to replace an existing file unless asked, and leaves it untouched', async () => {
    const file = path.join(dir, 'doc.md');
    await writeFile(file, 'original');
    await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['doc.md']);

    await writeFileAtomic(file, 'new', { overwrite: true });
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('keeps the mode of a replaced file', async () => {
    const file = path.join(dir, 'script.md');
    await writeFile(file, 'x');
    await chmod(file, 0o640);
    await writeFileAtomic(file, 'y', { overwrite: true });
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('gives a new file the requested mode', async () => {
    const file = path.join(dir, 'private.md');
    await writeFileAtomic(file, 'x', { mode: 0o600 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('leaves no file at all when the step after writing fails', async () => {
    const file = path.join(dir, 'doc.md');
    failures.link = 'EIO';
    await expect(writeFileAtomic(file, '# Hello\n')).rejects.toMatchObject({ code: 'EIO' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the old content when replacing fails before the rename', async () => {
    const file = path.join(dir, 'doc.md');
    await writeFile(file, 'original');
    failures.rename = 'EIO';
    await expect(writeFileAtomic(file, 'new content', { overwrite: true })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(file, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['doc.md']);
  });

  it('leaves no partial file when writing itself fails half-way', async () => {
    const file = path.join(dir, 'doc.md');
    failures.write = true;
    await expect(writeFileAtomic(file, '# A long document\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back to check-and-rename where hard links are not supported, still refusing to overwrite', async () => {
    const file = path.join(dir, 'doc.md');
    failures.link = 'EPERM';
    await writeFileAtomic(file, 'first');
    expect(await readFile(file, 'utf8')).toBe('first');
    await expect(writeFileAtomic(file, 'second')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['doc.md']);
  });
});
