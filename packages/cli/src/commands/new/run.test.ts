import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { parse } from '@prfaq/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureIo } from '../../shared/testing.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplates } from '../../templates/load.js';
import { runNew, type NewFlags } from './run.js';
import { FILLED, run, tempRepo } from '../../templates/testing.js';

// Lets a test fail the last step of the atomic write (the link/rename that gives the file its name).
const failures = vi.hoisted(() => ({ link: undefined as string | undefined, rename: undefined as string | undefined }));
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
  };
});

let repo: ReturnType<typeof tempRepo>;
beforeEach(() => {
  repo = tempRepo();
  failures.link = undefined;
  failures.rename = undefined;
});
afterEach(() => {
  repo.cleanup();
});

const read = (file: string): string => readFileSync(path.join(repo.dir, file), 'utf8');

describe('prfaq new, non-interactive', () => {
  it('writes a slug of the title under prfaq/ by default', async () => {
    const result = await run(
      repo.dir,
      'new',
      '--title',
      'Instant Payouts: paid in 1 hour!',
      '--owner',
      'Jane Doe',
      '--customer',
      'independent merchants',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(
      /^Created prfaq\/instant-payouts-paid-in-1-hour\.md from the full template \(\d+ fields left to fill: search for \{\{\)/,
    );
    const doc = parse(read('prfaq/instant-payouts-paid-in-1-hour.md'));
    expect(doc.frontmatter.data).toMatchObject({
      title: 'Instant Payouts: paid in 1 hour!',
      owner: 'Jane Doe',
      customer: 'independent merchants',
      status: 'draft',
    });
  });

  it('uses the folder and template from the config', async () => {
    writeFileSync(path.join(repo.dir, 'prfaq.config.yaml'), 'new:\n  folder: docs/prfaqs\n  template: feature\n');
    const result = await run(repo.dir, 'new', '--title', 'Bulk edit');
    expect(result.err).toBe('');
    expect(result.out).toContain('Created docs/prfaqs/bulk-edit.md from the feature template');
    expect(read('docs/prfaqs/bulk-edit.md')).toContain('## Solution');
  });

  it('fills any variable with --var and applies manifest defaults to the rest', async () => {
    await run(repo.dir, 'new', 'prfaq/a.md', '--var', 'decision_date=2026-12-10', '--var', 'price== Free, no cost');
    const text = read('prfaq/a.md');
    expect(parse(text).frontmatter.data['decision-date']).toBe('2026-12-10');
    expect(text).toContain('#### How much does it cost?\n\n\\= Free, no cost');
    // objection_status has a default (open); leaving it out still gives a valid status.
    expect(parse(text).objections.find((o) => o.source === 'table')?.status).toBe('open');
  });

  it.each([
    [['--var', 'decision_date=next week'], 'prfaq: --var decision_date: "next week" is not a date as YYYY-MM-DD\n'],
    [
      ['--var', 'nope=1'],
      /^prfaq: --var nope: template "full" has no variable "nope"; expected one of customer, problem, /,
    ],
    [['--var', 'oops'], 'prfaq: --var: "oops" is not key=value; write --var oops=value\n'],
    [['--title', 'bell\u0007'], 'prfaq: --title: contains a control character; expected plain text\n'],
    [
      ['--template', 'nope'],
      'prfaq: --template: unknown template "nope"; expected one of feature, full, internal, rfc (see prfaq templates)\n',
    ],
    [[], 'prfaq: new: no file name; give one (prfaq new prfaq/my-idea.md) or a --title to make it from\n'],
  ])('refuses %j with one line and exit 2, writing nothing', async (argv, message) => {
    const result = await run(repo.dir, 'new', ...argv);
    expect(result.code).toBe(2);
    if (typeof message === 'string') expect(result.err).toBe(message);
    else expect(result.err).toMatch(message);
    expect(existsSync(path.join(repo.dir, 'prfaq'))).toBe(false);
  });
});

describe('prfaq new never overwrites', () => {
  it('exits 2 with one line and leaves the existing file byte for byte', async () => {
    mkdirSync(path.join(repo.dir, 'prfaq'));
    writeFileSync(path.join(repo.dir, 'prfaq/instant-payouts.md'), 'my work\n');
    const result = await run(repo.dir, 'new', '--title', 'Instant Payouts');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'prfaq: prfaq/instant-payouts.md: already exists; choose another file name, or pass --force to replace it\n',
    });
    expect(read('prfaq/instant-payouts.md')).toBe('my work\n');
  });

  it('replaces the file with --force', async () => {
    mkdirSync(path.join(repo.dir, 'prfaq'));
    writeFileSync(path.join(repo.dir, 'prfaq/instant-payouts.md'), 'my work\n');
    const result = await run(repo.dir, 'new', '--title', 'Instant Payouts', '--force');
    expect(result.code).toBe(0);
    expect(read('prfaq/instant-payouts.md')).toContain('title: Instant Payouts');
  });

  it('refuses a file that appeared while the prompts were open', async () => {
    const file = path.join(repo.dir, 'prfaq/race.md');
    const io = captureIo({ cwd: repo.dir, isTTY: true });
    const term = scriptedTerminal();
    const pending = runNew('prfaq/race.md', { var: FILLED_FLAGS_EXCEPT_CUSTOMER }, io, { terminal: term.terminal });
    await term.waitFor('Who is the customer?');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'theirs\n');
    await term.answer('Who is the customer?', 'merchants');
    await expect(pending).rejects.toThrow('prfaq/race.md: already exists');
    expect(readFileSync(file, 'utf8')).toBe('theirs\n');
  });
});

// Every variable of the full template except the customer, which the race test types at the prompt.
const FILLED_FLAGS_EXCEPT_CUSTOMER = fullTemplate()
  .manifest.variables.filter((v) => v.name !== 'customer')
  .map((v) => `${v.name}=${FILLED[v.name]}`);

function fullTemplate() {
  const found = loadTemplates([{ dir: BUILTIN_TEMPLATES_DIR, source: 'built-in' }]).templates.find(
    (t) => t.name === 'full',
  );
  if (!found) throw new Error('the full template is missing');
  return found;
}

describe('prfaq new writes atomically', () => {
  it('leaves no file, not even a temporary one, when the final step fails', async () => {
    failures.link = 'EIO';
    const result = await run(repo.dir, 'new', '--title', 'Instant Payouts');
    expect(result).toEqual({ code: 2, out: '', err: 'prfaq: prfaq/instant-payouts.md: cannot write (EIO)\n' });
    expect(readdirSync(path.join(repo.dir, 'prfaq'))).toEqual([]);
  });

  it('keeps the old file whole when replacing fails', async () => {
    mkdirSync(path.join(repo.dir, 'prfaq'));
    writeFileSync(path.join(repo.dir, 'prfaq/instant-payouts.md'), 'my work\n');
    failures.rename = 'ENOSPC';
    const result = await run(repo.dir, 'new', '--title', 'Instant Payouts', '--force');
    expect(result.err).toBe('prfaq: prfaq/instant-payouts.md: cannot write (ENOSPC)\n');
    expect(read('prfaq/instant-payouts.md')).toBe('my work\n');
    expect(readdirSync(path.join(repo.dir, 'prfaq'))).toEqual(['instant-payouts.md']);
  });
});

describe('prfaq new stays inside the repository', () => {
  it.each([['../escape.md'], ['prfaq/../../escape.md']])('refuses %s', async (file) => {
    const result = await run(repo.dir, 'new', file, '--yes');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^prfaq: \S*escape\.md: outside the repository \(.*\); choose a path inside it, or pass --allow-outside\n$/,
    );
    expect(existsSync(path.join(path.dirname(repo.dir), 'escape.md'))).toBe(false);
  });

  it('refuses an absolute path elsewhere', async () => {
    const elsewhere = path.join(tmpdir(), `prfaq-outside-${process.pid}.md`);
    const result = await run(repo.dir, 'new', elsewhere);
    expect(result.err).toContain(`prfaq: ${elsewhere}: outside the repository`);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses a folder that is a symbolic link to outside the repository', async () => {
    const outside = tempRepo();
    try {
      symlinkSync(outside.dir, path.join(repo.dir, 'prfaq'));
      const result = await run(repo.dir, 'new', '--title', 'Linked');
      expect(result.err).toMatch(/^prfaq: prfaq\/linked\.md: outside the repository/);
      expect(readdirSync(outside.dir)).toEqual(['.git']);
    } finally {
      outside.cleanup();
    }
  });

  it('writes outside with --allow-outside', async () => {
    const outside = tempRepo();
    try {
      const file = path.join(outside.dir, 'ok.md');
      const result = await run(repo.dir, 'new', file, '--allow-outside');
      expect(result.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('# {{headline}}');
    } finally {
      outside.cleanup();
    }
  });

  it('takes a subfolder as inside, from a working directory below the root', async () => {
    mkdirSync(path.join(repo.dir, 'team'));
    const result = await run(path.join(repo.dir, 'team'), 'new', '../prfaq/from-team.md');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(repo.dir, 'prfaq/from-team.md'))).toBe(true);
  });
});

/** A scripted terminal: waits for each prompt to appear, then types the answer and Enter, as a person would. */
function scriptedTerminal() {
  const input = new PassThrough();
  let screen = '';
  const output = new Writable({
    write(chunk, _encoding, callback) {
      screen += stripVTControlCharacters(chunk.toString());
      callback();
    },
  });
  // Each prompt ends the stream it writes to when it closes; a real terminal outlives every prompt.
  output.end = (() => output) as typeof output.end;
  let seen = 0;
  // Long prompts may be wrapped to the terminal width: the start of one is enough to recognise it.
  const find = (prompt: string): number => screen.indexOf(prompt.slice(0, 30), seen);
  const waitFor = async (prompt: string): Promise<number> => {
    for (let i = 0; i < 400; i++) {
      const at = find(prompt);
      if (at >= 0) return at;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`prompt "${prompt}" never appeared; screen:\n${screen.slice(-1500)}`);
  };
  return {
    terminal: { input, output },
    screen: () => screen,
    waitFor,
    /** Types `typed` and Enter once `prompt` is on the screen (after the previous answer). */
    async answer(prompt: string, typed: string): Promise<void> {
      seen = (await waitFor(prompt)) + 1;
      input.write(`${typed}\r`);
    },
  };
}

describe('prfaq new on a terminal', () => {
  const flags: NewFlags = { template: 'full' };

  it('asks the five customer questions first, then what the template requires; answers end up in the document', async () => {
    const io = captureIo({ cwd: repo.dir, isTTY: true });
    const term = scriptedTerminal();
    const done = runNew(undefined, flags, io, { terminal: term.terminal });
    await term.answer('(1/5) Who is the customer?', 'independent merchants selling on Acme');
    await term.answer('(2/5) What is the customer problem', 'They wait 3 days: "cash" is #1 <pain>');
    await term.answer('(3/5) What is the most important customer benefit', 'Paid within 1 hour instead of 3 days.');
    await term.answer('(4/5) How do you know', '31 of 40 merchants said so.');
    await term.answer('(5/5) What does the customer experience look like', 'Tap Instant, see the money.');
    await term.answer('Name of the product or feature', 'Instant Payouts');
    await term.answer('Who owns this document?', 'Jane Doe');
    await term.answer('Headline', 'Merchants get paid in an hour');
    await term.answer('Fill in the other', 'n');
    expect(await done).toBe(0);

    expect(io.out).toContain('Created prfaq/instant-payouts.md');
    const text = read('prfaq/instant-payouts.md');
    const doc = parse(text);
    expect(doc.frontmatter.data).toMatchObject({
      title: 'Instant Payouts',
      owner: 'Jane Doe',
      customer: 'independent merchants selling on Acme',
    });
    expect(doc.headline?.text).toBe('Merchants get paid in an hour');
    expect(text).toContain(
      '## Problem\n\n<!-- The problem as the customer lives it today, with evidence of how often and how much it hurts. -->\n\nThey wait 3 days: "cash" is \\#1 \\<pain\\>\n',
    );
    expect(text).toContain(
      'Instant Payouts is for independent merchants selling on Acme. Paid within 1 hour instead of 3 days.',
    );
    expect(text).toContain('#### How do we know customers need this?\n\n31 of 40 merchants said so.');
    expect(text).toContain(
      "## How it works\n\n<!-- The customer's first five minutes, step by step: what they see and do. -->\n\nTap Instant, see the money.",
    );
    // Declined the rest: they stay as placeholders for no-placeholders to report; defaults still apply.
    expect(text).toContain('{{leader_quote}}');
    expect(doc.objections.find((o) => o.source === 'table')?.rawStatus).toBe('open');
  });

  it('does not ask for what the flags already gave, and re-asks after an invalid answer', async () => {
    const io = captureIo({ cwd: repo.dir, isTTY: true });
    const term = scriptedTerminal();
    const given = ['title', 'owner', 'headline', 'problem', 'benefit', 'evidence', 'experience'].map(
      (name) => `${name}=${FILLED[name]}`,
    );
    const done = runNew('prfaq/x.md', { ...flags, customer: 'merchants', var: given }, io, { terminal: term.terminal });
    await term.answer('Fill in the other 23 fields now?', 'y');
    const optional = fullTemplate().manifest.variables.filter((v) => !v.required);
    expect(optional.at(-1)?.name).toBe('decision_date');
    await term.answer(optional[0]!.prompt, 'For merchants.');
    // Enter on the rest: defaults apply, placeholders stay. Then a bad date, which is asked again.
    for (const variable of optional.slice(1, -1)) await term.answer(variable.prompt, '');
    await term.answer('Date of the decision meeting', 'soon');
    await term.answer('"soon" is not a date as YYYY-MM-DD', '\u0015' + '2026-12-10');
    expect(await done).toBe(0);
    const screen = term.screen();
    expect(screen).not.toContain('Who is the customer?');
    expect(screen).not.toContain('Who owns this document?');
    const text = read('prfaq/x.md');
    expect(parse(text).frontmatter.data).toMatchObject({ customer: 'merchants', 'decision-date': '2026-12-10' });
    expect(text).toContain(
      '## Subheading\n\n<!-- One sentence under the headline: who the customer is and the single benefit they will notice. -->\n\nFor merchants.\n',
    );
    expect(text).toContain('{{leader_quote}}');
  });

  it('never prompts with --yes, and writes nothing when cancelled', async () => {
    const io = captureIo({ cwd: repo.dir, isTTY: true });
    const term = scriptedTerminal();
    expect(await runNew('prfaq/yes.md', { ...flags, yes: true }, io, { terminal: term.terminal })).toBe(0);
    expect(term.screen()).toBe('');

    const cancelled = scriptedTerminal();
    const done = runNew('prfaq/cancel.md', flags, io, { terminal: cancelled.terminal });
    await cancelled.waitFor('Who is the customer?');
    cancelled.terminal.input.write('\u0003'); // Ctrl+C
    await expect(done).rejects.toThrow('new: cancelled; nothing was written');
    expect(existsSync(path.join(repo.dir, 'prfaq/cancel.md'))).toBe(false);
  });

  it('does not prompt under CI=true or without a terminal on stdin', async () => {
    for (const [env, stdinIsTTY] of [
      [{ CI: 'true' }, true],
      [{}, false],
    ] as const) {
      const io = captureIo({ cwd: repo.dir, isTTY: true, env });
      const file = `prfaq/${stdinIsTTY ? 'ci' : 'pipe'}.md`;
      expect(await runNew(file, flags, io, { stdinIsTTY })).toBe(0);
      expect(read(file)).toContain('customer: "{{customer}}"');
    }
  });
});
