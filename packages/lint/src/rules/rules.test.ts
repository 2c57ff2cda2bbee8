// One harness for every rule: runs each fixture folder, checks each docs page's examples against the
// fixtures they come from, and fails when a rule lacks docs or fixtures. Regenerate expected files and
// docs examples with PRFAQ_UPDATE=1 (then read the diff: the update is not a review).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';
import type { Rule } from '../types.js';
import { type FoundProblem, type RuleRunOptions, runRule } from './_util/harness.js';
import { docsUrl, rules } from './index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixturesDir = join(root, 'packages/lint/fixtures');
const docsDir = join(root, 'docs/rules');
const update = process.env.PRFAQ_UPDATE === '1';

const markdownIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.md'))
        .sort()
    : [];

function runOptions(file: string): RuleRunOptions {
  const optionsFile = file.replace(/\.md$/, '.options.json');
  return existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as RuleRunOptions) : {};
}

function runFixture(rule: Rule, file: string): FoundProblem[] {
  return runRule(rule, readFileSync(file, 'utf8'), runOptions(file));
}

const expectedFile = (file: string): string => file.replace(/\.md$/, '.expected.json');

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const valid = markdownIn(join(fixturesDir, id, 'valid'));
  const invalid = markdownIn(join(fixturesDir, id, 'invalid'));

  it.each(valid)('is quiet on valid/%s', (name) => {
    expect(runFixture(rule, join(fixturesDir, id, 'valid', name))).toEqual([]);
  });

  it.each(invalid)('reports the expected problems on invalid/%s', (name) => {
    const file = join(fixturesDir, id, 'invalid', name);
    const found = runFixture(rule, file);
    if (update) writeFileSync(expectedFile(file), `${JSON.stringify(found, null, 2)}\n`);
    expect(found.length, 'an invalid fixture must produce at least one problem').toBeGreaterThan(0);
    expect(found).toEqual(JSON.parse(readFileSync(expectedFile(file), 'utf8')));
  });
});

// Messages are declared once, in `meta.messages`, and every one is shown by an invalid fixture: a reworded or
// removed message is found here by its id, not by searching fixtures for its old text.
const unreachableMessages: Readonly<Record<string, readonly string[]>> = {
  // The fallback for ajv keywords the frontmatter schema does not use today (it has required, enum, type, minLength).
  'frontmatter-schema': ['invalid'],
};

describe('meta.messages', () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))(
    '%s declares its messages and every one has a fixture',
    (id, rule) => {
      const declared = Object.keys(rule.meta.messages ?? {});
      expect(declared.length, 'a rule that reports declares meta.messages').toBeGreaterThan(0);
      const dir = join(fixturesDir, id, 'invalid');
      const used = new Set(
        markdownIn(dir).flatMap((name) =>
          (JSON.parse(readFileSync(expectedFile(join(dir, name)), 'utf8')) as FoundProblem[]).map((p) => p.messageId),
        ),
      );
      expect([...used].filter((messageId) => !declared.includes(messageId))).toEqual([]);
      expect(declared.filter((messageId) => !used.has(messageId))).toEqual(unreachableMessages[id] ?? []);
    },
  );
});

// Docs examples are rendered from fixtures between `<!-- example: valid/name -->` and `<!-- /example -->`.
const exampleBlock = /<!-- example: ((?:valid|invalid)\/[\w.-]+) -->\n[\s\S]*?<!-- \/example -->/g;

function fence(text: string, info: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${marks}`;
}

function renderExample(rule: Rule, name: string): string {
  const file = join(fixturesDir, rule.meta.id, `${name}.md`);
  const text = readFileSync(file, 'utf8');
  const found = runFixture(rule, file);
  const options = runOptions(file);
  const setup = Object.keys(options).length > 0 ? `\nWith \`${JSON.stringify(options)}\`:\n` : '';
  const result =
    found.length === 0
      ? 'No problems.'
      : fence(found.map((p) => `${p.line}:${p.column}  ${p.severity}  ${p.message}`).join('\n'), 'text');
  return `<!-- example: ${name} -->\n${setup}\n${fence(text, 'markdown')}\n\n${result}\n<!-- /example -->`;
}

describe('docs pages', () => {
  const pages = existsSync(docsDir) ? markdownIn(docsDir) : [];
  const ids = new Set(rules.map((rule) => rule.meta.id));

  it.each(pages)('%s names a registered rule', (page) => {
    expect(ids.has(basename(page, '.md')), `docs/rules/${page} is not the page of any registered rule`).toBe(true);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s: examples match the fixtures', (id, rule) => {
    const page = join(docsDir, `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    const examples = [...text.matchAll(exampleBlock)].map((match) => match[1]!);
    expect(
      examples.some((name) => name.startsWith('valid/')),
      'needs a passing example',
    ).toBe(true);
    expect(
      examples.some((name) => name.startsWith('invalid/')),
      'needs a failing example',
    ).toBe(true);
    const rendered = text.replace(exampleBlock, (_, name: string) => renderExample(rule, name));
    if (update) writeFileSync(page, rendered);
    expect(text, `docs/rules/${id}.md examples are stale; run PRFAQ_UPDATE=1`).toBe(rendered);
    expect(text.startsWith(`# ${id}\n`), 'the page title is the rule id').toBe(true);
  });
});

describe('registry', () => {
  it('is sorted by id, with unique kebab-case ids named after their files', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(join(root, 'packages/lint/src/rules', `${id}.ts`)), `rules/${id}.ts`).toBe(true);
    }
  });

  it('has fixtures for every rule and no fixture folder without a rule', () => {
    const ids = rules.map((rule) => rule.meta.id);
    for (const id of ids) {
      expect(markdownIn(join(fixturesDir, id, 'valid')).length, `${id} has no valid fixture`).toBeGreaterThan(0);
      const invalid = markdownIn(join(fixturesDir, id, 'invalid'));
      expect(invalid.length, `${id} has no invalid fixture`).toBeGreaterThan(0);
      for (const name of invalid)
        expect(existsSync(expectedFile(join(fixturesDir, id, 'invalid', name))), `${id}/${name}`).toBe(true);
    }
    expect(
      readdirSync(fixturesDir)
        .filter((dir) => !dir.startsWith('_'))
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('gives every rule options that validate against its own schema', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    for (const { meta } of rules) {
      if (meta.defaultOptions === undefined) continue;
      expect(meta.schema, `${meta.id} has options but no schema`).toBeDefined();
      const validate = ajv.compile(meta.schema!);
      expect(validate(meta.defaultOptions), `${meta.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('docs/rules.md lists every rule with its category, severity and description', () => {
    const rows = rules.map(
      ({ meta }) =>
        `| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.category} | ${meta.recommended} | ${meta.fixable ? 'yes' : ''} | ${meta.description} |`,
    );
    const file = join(root, 'docs/rules.md');
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const table = [
      '| rule | category | recommended | fixable | checks |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    // The end marker is matched with or without content before it, so an emptied table is regenerated (and caught).
    const rendered = current.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${table}\n$2`);
    if (update) writeFileSync(file, rendered);
    expect(current).toContain('<!-- rules:start -->');
    for (const { meta } of rules)
      expect(current, `docs/rules.md does not list ${meta.id}`).toContain(`[\`${meta.id}\`](rules/${meta.id}.md)`);
    expect(current, 'docs/rules.md is stale; run PRFAQ_UPDATE=1').toBe(rendered);
  });

  it('links every rule to its own docs page in the repository', () => {
    for (const { meta } of rules) {
      const path = docsUrl(meta.id).replace(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\//, '');
      expect(existsSync(join(root, path)), `${docsUrl(meta.id)} does not point at a file`).toBe(true);
    }
  });
});

describe('frontmatter JSON Schema', () => {
  it('ships as packages/lint/schema/frontmatter.schema.json, identical to the one the rule validates with', async () => {
    const { frontmatterSchema } = await import('./_util/frontmatter-schema.js');
    const file = join(root, 'packages/lint/schema/frontmatter.schema.json');
    const rendered = `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...frontmatterSchema }, null, 2)}\n`;
    if (update) writeFileSync(file, rendered);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '', 'schema file is stale; run PRFAQ_UPDATE=1').toBe(
      rendered,
    );
  });
});

// Realistic documents written the way teams write (no frontmatter, bold pseudo-headings, Q:/A:, task lists):
// under `recommended` every rule must stay quiet, apart from what the expected file lists (information only).
describe('realistic good documents', () => {
  const dir = join(fixturesDir, '_documents');
  it.each(markdownIn(dir))('%s', (name) => {
    const file = join(dir, name);
    const found = lint(readFileSync(file, 'utf8'), { path: name }).diagnostics.map(
      ({ ruleId, line, column, severity, message }) => ({
        ruleId,
        line,
        column,
        severity,
        message,
      }),
    );
    if (update) writeFileSync(expectedFile(file), `${JSON.stringify(found, null, 2)}\n`);
    expect(found.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(found).toEqual(JSON.parse(readFileSync(expectedFile(file), 'utf8')));
  });
});
