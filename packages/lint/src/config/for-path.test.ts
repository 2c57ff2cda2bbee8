import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isIgnoredFile, isPrfaqFile } from './for-path.js';
import { loadConfigFile } from './load.js';

let root: string;

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'prfaq-for-path-')));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(rel: string, text: string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('isPrfaqFile and isIgnoredFile', () => {
  it("match the config's files and ignores relative to the config's folder", () => {
    const config = loadConfigFile(write('repo/docs/prfaq.config.yaml', 'files: ["**/*.md"]\nignores: ["drafts/**"]\n'));
    const kept = path.join(root, 'repo/docs/payouts.md');
    const draft = path.join(root, 'repo/docs/drafts/payouts.md');
    expect(isPrfaqFile(kept, config, root)).toBe(true);
    expect(isIgnoredFile(kept, config, root)).toBe(false);
    expect(isPrfaqFile(draft, config, root)).toBe(false);
    expect(isIgnoredFile(draft, config, root)).toBe(true);
    // `drafts/**` is relative to repo/docs/, so a drafts folder elsewhere is not ignored.
    expect(isIgnoredFile(path.join(root, 'repo/drafts/payouts.md'), config, root)).toBe(false);
  });

  it('ignore nothing without a config or without ignores', () => {
    const file = path.join(root, 'docs/drafts/x.prfaq.md');
    expect(isIgnoredFile(file, undefined, root)).toBe(false);
    const config = loadConfigFile(write('prfaq.config.yaml', 'rules: {}\n'));
    expect(isIgnoredFile(file, config, root)).toBe(false);
    expect(isPrfaqFile(file, config, root)).toBe(true);
  });
});
