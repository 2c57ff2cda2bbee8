import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashContent } from '../runner/cache.js';
import { firstInvalidUtf8, ioCause, readMarkdownSync } from './read.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('firstInvalidUtf8', () => {
  it('accepts ASCII, multi-byte characters, emoji and a BOM', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('\uFEFF# Café — 😀 日本\r\n'))).toBe(-1);
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x62))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong '/'
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong in three bytes
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // truncated at the end
  });
});

describe('readMarkdownSync', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-read-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  let files = 0;
  const write = (bytes: Uint8Array): string => {
    const file = path.join(dir, `doc-${files++}.md`);
    writeFileSync(file, bytes);
    return file;
  };

  it('keeps a BOM and every character, and its bytes hash like its text', () => {
    const text = '\uFEFF# Café — 😀 日本\r\nLine two\n';
    const read = readMarkdownSync(write(new TextEncoder().encode(text)));
    expect(read).toMatchObject({ text });
    if (!('text' in read)) throw new Error('expected text');
    expect(hashContent(read.bytes)).toBe(hashContent(text));
  });

  it('names the offset and line of the first byte that is not UTF-8', () => {
    expect(readMarkdownSync(write(Uint8Array.from([0x61, 0x0a, 0x62, 0xc0, 0xaf])))).toEqual({
      problem: 'the file is not valid UTF-8 (byte 0xC0 at offset 3); expected UTF-8 Markdown (save it as UTF-8)',
      line: 2,
    });
  });
});

describe('ioCause', () => {
  it('names the usual causes in words', () => {
    expect(ioCause(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied; cannot read the file');
    expect(ioCause(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a directory; expected a Markdown file');
    expect(ioCause(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(
      'no such file (was it deleted or moved during the run?)',
    );
    expect(ioCause(Object.assign(new Error('x'), { code: 'EIO' }))).toBe('cannot read the file (EIO)');
  });
});
