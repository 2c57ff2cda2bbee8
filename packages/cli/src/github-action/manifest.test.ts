// action.yml and .pre-commit-hooks.yaml are what users point at: they must agree with the code they run.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { filesMatcher } from '@prfaq/lint';
import { readInputs } from './run.js';

const root = new URL('../../../../', import.meta.url);
const read = (file: string) => parse(readFileSync(new URL(file, root), 'utf8'));

describe('action.yml', () => {
  const action = read('action.yml');
  const run = action.runs.steps.find((step: { id?: string }) => step.id === 'prfaq');

  it("is a composite action whose last step runs the published package's prfaq-action bin (the bundled src/github-action/index.ts)", () => {
    expect(action.runs.using).toBe('composite');
    expect(run.run).toBe('node "$RUNNER_TEMP/prfaq-action/node_modules/prfaq/bin/prfaq-action.js"');
    const cli = JSON.parse(readFileSync(new URL('packages/cli/package.json', root), 'utf8'));
    expect(cli.bin['prfaq-action']).toBe('./bin/prfaq-action.js');
    expect(existsSync(new URL('packages/cli/src/github-action/index.ts', root))).toBe(true);
  });

  it('passes every input (but the ones used by the other steps) to the entry point as an environment variable it reads', () => {
    const forOtherSteps = new Set(['node-version', 'working-directory', 'version']);
    const passed = Object.keys(action.inputs).filter((name) => !forOtherSteps.has(name));
    for (const name of passed) {
      const variable = `PRFAQ_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(run.env[variable], variable).toBe(`\${{ inputs.${name} }}`);
    }
    // The defaults of action.yml are valid values for the entry point.
    const defaults = Object.fromEntries(
      passed.map((name) => [
        `PRFAQ_${name.toUpperCase().replace(/-/g, '_')}`,
        String(action.inputs[name].default).replace(/\$\{\{.*\}\}/, ''),
      ]),
    );
    expect(readInputs(defaults)).toMatchObject({
      commands: ['lint', 'ready', 'diff'],
      failOn: 'error',
      paths: ['.'],
      changedOnly: false,
    });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('runs prfaq commands on files named like the default PR/FAQ globs', () => {
    const hooks = read('.pre-commit-hooks.yaml') as Array<{ id: string; entry: string; files: string }>;
    expect(hooks.map((hook) => [hook.id, hook.entry])).toEqual([
      ['prfaq-lint', 'prfaq lint'],
      ['prfaq-ready', 'prfaq ready'],
    ]);
    const isDefault = filesMatcher(undefined);
    for (const hook of hooks) {
      // pre-commit's regexes are Python's: `(?i)` at the start is JavaScript's `i` flag.
      const caseless = hook.files.startsWith('(?i)');
      const files = new RegExp(caseless ? hook.files.slice(4) : hook.files, caseless ? 'i' : '');
      const paths = [
        'a.prfaq.md',
        'docs/prfaq/x.md',
        'prfaqs/y.md',
        'docs/pr-faq/a/b.md',
        'pr-faqs/c.md',
        'README.md',
        'docs/notprfaq/x.md',
        'docs/guide.md',
      ];
      paths.push(
        'PRFAQ.md',
        'docs/PR-FAQ.md',
        'pr_faq.md',
        'Press-Release.md',
        'notes/prfaq.MD',
        'myprfaq.md',
        'press-releases.md',
      );
      for (const path of paths) {
        expect(files.test(path), `${hook.id}: ${path}`).toBe(isDefault(path));
      }
    }
  });
});
