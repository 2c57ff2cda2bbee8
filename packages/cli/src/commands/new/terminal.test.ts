// Smoke test of the built CLI on a real pseudo-terminal (util-linux `script`): prfaq sees a TTY on
// stdin and stdout, prompts with @inquirer/prompts, and the typed answers end up in the document.
// Needs a build (`pnpm build`); skipped, with the reason in its name, when dist/ or `script` is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { parse } from '@prfaq/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempRepo } from '../../templates/testing.js';

const bin = fileURLToPath(new URL('../../../bin/prfaq.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../../dist/commands/new/run.js', import.meta.url)));
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

let repo: ReturnType<typeof tempRepo>;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => {
  repo.cleanup();
});

it.skipIf(!built || !hasScript)(
  `answers typed on a real terminal end up in the document${built ? '' : ' (skipped: run pnpm build first)'}${hasScript ? '' : ' (skipped: no script command)'}`,
  async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm', COLUMNS: '200' };
    delete env.CI;
    const child = spawn(
      'script',
      [
        '-q',
        '-e',
        '-c',
        `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} new --template feature`,
        '/dev/null',
      ],
      { cwd: repo.dir, env },
    );
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => (screen += stripVTControlCharacters(chunk.toString('utf8'))));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    let seen = 0;
    const answer = async (prompt: string, typed: string): Promise<void> => {
      for (let i = 0; i < 1000; i++) {
        const at = screen.indexOf(prompt, seen);
        if (at >= 0) {
          seen = at + prompt.length;
          child.stdin.write(`${typed}\r`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      child.kill();
      throw new Error(`"${prompt}" never appeared on the terminal:\n${screen.slice(-800)}`);
    };

    await answer('(1/5) Who is the customer?', 'store owners with several shops');
    await answer('(2/5) What is the customer problem', 'They edit prices shop by shop: 40 minutes a week.');
    await answer('(3/5) What is the most important customer benefit', 'Prices change in every shop in 1 minute.');
    await answer('(4/5) How do you know', '12 of 15 owners asked for it in support tickets.');
    await answer('(5/5) What does the customer experience look like', 'Select shops, type the price, press Apply.');
    await answer('Name of the feature', 'Bulk Price Edit');
    await answer('The product the feature is part of', 'Acme Admin');
    await answer('Who owns this document?', 'Jane Doe');
    await answer('Headline', 'Change prices in every shop at once');
    await answer('Fill in the other', 'n');
    expect(await exited).toBe(0);
    expect(screen).toContain('Created prfaq/bulk-price-edit.md from the feature template');

    const text = readFileSync(path.join(repo.dir, 'prfaq/bulk-price-edit.md'), 'utf8');
    const doc = parse(text);
    expect(doc.frontmatter.data).toMatchObject({
      title: 'Bulk Price Edit',
      owner: 'Jane Doe',
      customer: 'store owners with several shops',
      product: 'Acme Admin',
    });
    expect(doc.headline?.text).toBe('Change prices in every shop at once');
    expect(text).toContain(
      'Bulk Price Edit in Acme Admin is for store owners with several shops. Prices change in every shop in 1 minute.',
    );
    expect(text).toContain('They edit prices shop by shop: 40 minutes a week.');
    expect(text).toContain('12 of 15 owners asked for it in support tickets.');
    expect(text).toContain('Select shops, type the price, press Apply.');
  },
  30_000,
);
