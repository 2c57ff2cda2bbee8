import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { VERSION } from './version.js';
import { captureIo } from './shared/testing.js';

describe('prfaq program', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    const io = captureIo();
    expect(await main(['node', 'prfaq', '--version'], io)).toBe(0);
    expect(io.out.trim()).toBe(pkg.version);
  });

  it('exits 2 with a usage message on an unknown command', async () => {
    const io = captureIo();
    expect(await main(['node', 'prfaq', 'frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/^error: .*frobnicate|^error: too many arguments/m);
  });

  it('documents the exit codes in --help', async () => {
    const io = captureIo();
    expect(await main(['node', 'prfaq', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/2 {2}usage, configuration or I\/O error/);
  });
});
