// Atomic file writes: the content goes to a temporary file in the same directory, then takes the
// target's name in one step, so a reader (or a crash) never sees half a file.
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { crypto } from './crypto.js';

export interface WriteFileAtomicOptions {
  /** Replace an existing file. Without it an existing target fails with an `EEXIST` error and is left untouched. */
  overwrite?: boolean;
  /** Mode of a new file (default 0o666 less the umask). A replaced file keeps its own mode. */
  mode?: number;
}

/**
 * Writes `data` to `file` atomically. Without `overwrite`, the final step is `link()`, which fails
 * when the target exists even if it appeared a moment ago (no check-then-write race); on file systems
 * without hard links it falls back to a check followed by `rename()`. On any failure the temporary file
 * is removed and the target is as it was.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  // Hidden and unique: never mistaken for a document, never shared by two concurrent writers.
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${crypto().randomBytes(6).toString('hex')}.tmp`,
  );
  const existingMode = options.overwrite ? await modeOf(target) : undefined;
  const handle = await fs.open(temp, 'wx', existingMode ?? options.mode ?? 0o666);
  try {
    try {
      await handle.writeFile(data);
      // The mode given to open() is reduced by the umask; a replaced file must keep exactly its own.
      if (existingMode !== undefined) await handle.chmod(existingMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await fs.rename(temp, target);
      return;
    }
    await linkNoOverwrite(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function linkNoOverwrite(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS')
      throw error;
    // No hard links here (FAT, some network and container mounts): check, then rename.
    if (await exists(target)) throw existsError(target);
    await fs.rename(temp, target);
    return;
  }
  await fs.rm(temp, { force: true });
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

function existsError(file: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`EEXIST: file already exists, '${file}'`);
  error.code = 'EEXIST';
  error.path = file;
  return error;
}
