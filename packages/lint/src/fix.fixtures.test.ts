// The exact `--fix` output of every rule fixture (that rule alone, with the fixture's options) and of every
// realistic document (recommended preset), against reviewed files in fixtures/_fixed/. A fixture without
// an expectation file must come out unchanged. Regenerate with PRFAQ_UPDATE=1, then read the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from './engine.js';
import { rules } from './rules/index.js';
import type { RuleRunOptions } from './rules/_util/harness.js';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixedDir = join(fixturesDir, '_fixed');
const update = process.env.PRFAQ_UPDATE === '1';
const markdownIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];

function check(relative: string, input: string, output: string): void {
  const expectedFile = join(fixedDir, relative);
  if (update) {
    if (output === input) rmSync(expectedFile, { force: true });
    else {
      mkdirSync(dirname(expectedFile), { recursive: true });
      writeFileSync(expectedFile, output);
    }
  }
  expect(output, relative).toBe(existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : input);
}

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s --fix', (id, rule) => {
  const cases = ['valid', 'invalid'].flatMap((kind) =>
    markdownIn(join(fixturesDir, id, kind)).map((name) => `${kind}/${name}`),
  );

  it.each(cases)('%s', (name) => {
    const file = join(fixturesDir, id, name);
    const input = readFileSync(file, 'utf8');
    const optionsFile = file.replace(/\.md$/, '.options.json');
    const run: RuleRunOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    const severity = run.severity ?? (rule.meta.recommended === 'off' ? 'warn' : rule.meta.recommended);
    const options = {
      path: 'fixture.md',
      config: {
        rules: { [id]: run.options ? [severity, run.options] : severity },
        ...(run.profile ? { profile: run.profile } : {}),
      },
      only: [id],
      rules: [rule],
    } as const;
    const result = lint(input, { ...options, fix: true });
    check(`${id}/${name}`, input, result.output!);
    // Whatever the rule could fix, it fixed: no fix is left on the table.
    expect(result.diagnostics.filter((d) => d.fix).map((d) => d.message)).toEqual([]);
    if (!rule.meta.fixable) expect(result.output).toBe(input);
  });

  if (rule.meta.fixable) {
    it('has an invalid fixture that its fix changes', () => {
      expect(
        markdownIn(join(fixedDir, id, 'invalid')).length,
        `fixtures/_fixed/${id}/invalid/ is empty`,
      ).toBeGreaterThan(0);
    });
  }
});

describe('realistic documents --fix (recommended preset)', () => {
  it.each(markdownIn(join(fixturesDir, '_documents')))('%s', (name) => {
    const input = readFileSync(join(fixturesDir, '_documents', name), 'utf8');
    const result = lint(input, { path: name, fix: true });
    check(`_documents/${name}`, input, result.output!);
    expect(lint(result.output!, { path: name, fix: true }).output).toBe(result.output);
  });
});

// The red-team corpus of real-world shapes (owned by the CLI tests, still growing): no exact output, but
// fixing must settle in one run, keep every line it did not fix, and leave no fix behind.
describe('real-world documents --fix (recommended preset)', () => {
  const dir = fileURLToPath(new URL('../../cli/test/realworld/docs/', import.meta.url));
  it.each(markdownIn(dir))('%s', (name) => {
    const input = readFileSync(join(dir, name), 'utf8');
    const result = lint(input, { path: name, fix: true });
    const output = result.output!;
    expect(lint(output, { path: name, fix: true }).output).toBe(output);
    expect(result.diagnostics.filter((d) => d.fix)).toEqual([]);
    // Outside the places fixes may rewrite (frontmatter values, table rows, `#` lines) every line is kept, in order.
    const lines = output.split('\n');
    const body = input.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    let at = 0;
    for (const line of body.split('\n').filter((l) => !l.includes('|') && !l.trimStart().startsWith('#'))) {
      while (at < lines.length && lines[at] !== line) at++;
      expect(at, `line "${line}" of ${name} is gone`).toBeLessThan(lines.length);
      at++;
    }
  });
});

describe('fixtures/_fixed', () => {
  it('holds only expectations of fixtures that exist', () => {
    for (const id of readdirSync(fixedDir).filter((dir) => dir !== 'examples')) {
      for (const kind of id === '_documents' ? [''] : ['valid', 'invalid']) {
        for (const name of markdownIn(join(fixedDir, id, kind))) {
          expect(existsSync(join(fixturesDir, id, kind, name)), `_fixed/${id}/${kind}/${name}`).toBe(true);
        }
      }
    }
  });
});
