// Reading one file to lint, turning everything that can go wrong with it (missing, a directory,
// unreadable, binary, not UTF-8) into a cause for a single `io-error` diagnostic instead of a crash.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** The text, with the bytes it was decoded from (the cache hashes those: see `hashContent`). */
export type ReadOutcome = { text: string; bytes: Buffer } | ReadProblem;

/** Why a file cannot be linted, and the line to report it on. */
export interface ReadProblem {
  problem: string;
  line: number;
}

/** Reads a file to lint. */
export async function readMarkdown(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problem: ioCause(error), line: 1 };
  }
  return decodeMarkdown(bytes);
}

/**
 * Reads a file synchronously, as the main thread of a lint run does: for the `--cache` pass that hashes
 * every file before anything is linted, and for the files it lints itself. fs/promises' readFile takes an
 * open, a stat, reads and a close through the thread pool, each a trip back to the event loop: a warm run
 * over 200 files spent 120 ms of its 330 ms idle in them, and a serial lint of the 200 bench documents
 * 190 ms of 2.5 s (2.66 -> 2.51 s with this, median of 7). Worker threads keep the asynchronous read:
 * with readFileSync there, peak RSS on the 2,000 bench documents rose from 226-230 MB to 303-307 MB (two
 * runs each), for no gain in time.
 */
export function readMarkdownSync(file: string): ReadOutcome {
  const bytes = readBytesSync(file);
  return Buffer.isBuffer(bytes) ? decodeMarkdown(bytes) : bytes;
}

/**
 * The bytes of a file, not yet checked or decoded (`decodeMarkdown` does both): the `--cache` pass hashes
 * them first and decodes only the files whose result is not cached.
 */
export function readBytesSync(file: string): Buffer | ReadProblem {
  try {
    return readFileSync(file);
  } catch (error) {
    return { problem: ioCause(error), line: 1 };
  }
}

/** The text of bytes read from a Markdown file, or why they are not UTF-8 Markdown. */
export function decodeMarkdown(bytes: Buffer): ReadOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'the file is UTF-16 encoded; expected UTF-8 Markdown (save it as UTF-8)', line: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      problem: 'the file looks binary (it contains NUL bytes); expected UTF-8 Markdown',
      line: lineAt(bytes, nul),
    };
  // isUtf8 is native and as strict as firstInvalidUtf8, which only has to find the offending byte.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: `the file is not valid UTF-8 (byte 0x${byte} at offset ${bad}); expected UTF-8 Markdown (save it as UTF-8)`,
      line: lineAt(bytes, bad),
    };
  }
  // Buffer's decoder keeps a leading U+FEFF, so the parser records it and fixes can write it back; on
  // valid UTF-8 it gives what TextDecoder with ignoreBOM gives, at a third of the time.
  return { text: bytes.toString('utf8'), bytes };
}

export function ioCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (was it deleted or moved during the run?)';
    case 'EISDIR':
      return 'is a directory; expected a Markdown file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; cannot read the file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read the file (${code ?? (error as Error).message})`;
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
