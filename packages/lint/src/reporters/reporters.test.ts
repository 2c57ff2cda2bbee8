import { readFileSync } from 'node:fs';
/* eslint-disable @typescript-eslint/no-deprecated -- fast-xml-parser 5 still ships XMLValidator and htmlEntities; the test only needs a strict XML check */
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { docsUrl, rules as registry } from '../rules/index.js';
import type { LintResult, RuleMeta } from '../types.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ReporterContext } from './types.js';

const meta = (id: string, recommended: RuleMeta['recommended']): RuleMeta => ({
  id,
  description: `Checks ${id}`,
  category: 'structure',
  recommended,
});

// Messages and paths with every character the formats must escape.
const results: LintResult[] = [
  {
    path: 'docs/prfaq/a, b: "c" & <d>.md',
    diagnostics: [
      {
        ruleId: 'open-objections',
        severity: 'error',
        message: 'Objection by Finance is open; 100% of "owners" <missing> & more\nsecond line',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 12,
        offset: 20,
        endOffset: 27,
      },
      {
        ruleId: 'weasel-words',
        severity: 'warn',
        message: 'Unexpected "very" | pipe, colon: here',
        line: 10,
        column: 1,
        endLine: 11,
        endColumn: 2,
        offset: 90,
        endOffset: 110,
        fix: { edits: [{ range: [90, 94], text: '' }] },
      },
      {
        ruleId: 'io-error',
        severity: 'info',
        message: 'note\r\nwith CRLF',
        line: 12,
        column: 2,
        endLine: 12,
        endColumn: 2,
        offset: 120,
        endOffset: 120,
      },
    ],
    errorCount: 1,
    warningCount: 1,
    infoCount: 1,
    fixableCount: 1,
  },
  { path: 'clean.md', diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 },
];

const context: ReporterContext = {
  rules: new Map([
    ['open-objections', meta('open-objections', 'error')],
    ['weasel-words', meta('weasel-words', 'warn')],
    ['quiet-rule', meta('quiet-rule', 'off')],
  ]),
  docsUrl: (id) => `https://example.test/rules/${id}.md`,
  version: '9.9.9',
};

describe('stylish', () => {
  it('groups by file with aligned line:col, severity, message and rule id, and sums up', () => {
    const lines = stylish(results, context).split('\n');
    expect(lines[0]).toBe('docs/prfaq/a, b: "c" & <d>.md');
    expect(lines[1]).toMatch(/^ {2}3:5 {3}error {4}Objection by Finance is open; .* second line {2}open-objections$/);
    expect(lines[2]).toMatch(/^ {2}10:1 {2}warning {2}Unexpected "very" \| pipe, colon: here +weasel-words$/);
    // Columns line up: every rule id starts at the same column.
    const at = lines.slice(1, 4).map((line) => line.search(/(open-objections|weasel-words|io-error)$/));
    expect(new Set(at).size).toBe(1);
    expect(lines).toContain('✖ 3 problems (1 error, 1 warning, 1 info)');
    expect(lines).toContain('  1 problem fixable with --fix');
    expect(stylish(results, context)).not.toContain('clean.md');
    expect(stylish(results, context)).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(stylish(results, { ...context, color: true })).toContain('\u001b[31merror');
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([results[1]!], context)).toBe('✔ no problems in 1 file\n');
  });
});

describe('json', () => {
  it('parses back to the same diagnostics with totals', () => {
    const parsed = JSON.parse(json(results, context));
    expect(parsed).toMatchObject({
      formatVersion: 1,
      tool: { name: 'prfaq', version: '9.9.9' },
      errorCount: 1,
      warningCount: 1,
      infoCount: 1,
      fixableCount: 1,
    });
    expect(parsed.results.map((r: { path: string }) => r.path)).toEqual([results[0]!.path, 'clean.md']);
    expect(parsed.results[0].diagnostics).toEqual(results[0]!.diagnostics);
    expect(Object.keys(parsed.results[0].diagnostics[0])).toEqual([
      'ruleId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'offset',
      'endOffset',
    ]);
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('./testdata/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
  // The vendored schema is draft-04; its only draft-04 keyword is the top-level `id`.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // One of the schema's patterns (language tags) is not valid with the u flag, so ajv compiles patterns without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema, with and without a source root', () => {
    for (const log of [
      JSON.parse(sarif(results, context)),
      JSON.parse(sarif(results, { ...context, cwd: '/work/repo' })),
    ]) {
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
    expect(JSON.parse(sarif(results, { ...context, cwd: '/work/repo' })).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/repo/' },
    });
  });

  it('validates with the real rule registry, every rule carrying its docs link', () => {
    const log = JSON.parse(
      sarif(results, { rules: new Map(registry.map((r) => [r.meta.id, r.meta])), docsUrl, version: '1.0.0' }),
    );
    expect(validate(log)).toBe(true);
    const described = log.runs[0].tool.driver.rules.filter((r: { helpUri?: string }) => r.helpUri);
    expect(described.map((r: { id: string }) => r.id).sort()).toEqual(registry.map((r) => r.meta.id).sort());
    for (const r of described) expect(r.helpUri).toBe(docsUrl(r.id));
  });

  it('the schema check catches a broken log (so the test above can fail)', () => {
    const log = JSON.parse(sarif(results, context));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('carries rule metadata with help links and points results at their rule and region', () => {
    const log = JSON.parse(sarif(results, context));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'prfaq', version: '9.9.9' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['open-objections', 'quiet-rule', 'weasel-words', 'io-error']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      helpUri: 'https://example.test/rules/open-objections.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[1].defaultConfiguration.enabled).toBe(false);
    const [first, second, third] = run.results;
    expect(first).toMatchObject({ ruleId: 'open-objections', ruleIndex: 0, level: 'error' });
    expect(second).toMatchObject({ ruleId: 'weasel-words', ruleIndex: 2, level: 'warning' });
    expect(third).toMatchObject({ ruleId: 'io-error', ruleIndex: 3, level: 'note' });
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: {
        uri: 'docs/prfaq/a%2C%20b%3A%20%22c%22%20%26%20%3Cd%3E.md',
        uriBaseId: '%SRCROOT%',
        index: 0,
      },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 },
    });
  });
});

describe('github', () => {
  it('emits one workflow command per diagnostic with escaped properties and data', () => {
    const lines = github(results, context).split('\n');
    expect(lines).toEqual([
      '::error file=docs/prfaq/a%2C b%3A "c" & <d>.md,line=3,col=5,endLine=3,endColumn=12,title=prfaq(open-objections)::Objection by Finance is open; 100%25 of "owners" <missing> & more%0Asecond line',
      '::warning file=docs/prfaq/a%2C b%3A "c" & <d>.md,line=10,col=1,endLine=11,endColumn=2,title=prfaq(weasel-words)::Unexpected "very" | pipe, colon: here',
      '::notice file=docs/prfaq/a%2C b%3A "c" & <d>.md,line=12,col=2,endLine=12,endColumn=2,title=prfaq(io-error)::note%0D%0Awith CRLF',
      '',
    ]);
  });

  it('prints nothing for clean files', () => {
    expect(github([results[1]!], context)).toBe('');
  });
});

describe('junit', () => {
  const parser = new XMLParser({
    htmlEntities: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  });

  it('is well-formed XML with one suite per file and one failing case per diagnostic', () => {
    const xml = junit(results, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '3' });
    const [problems, clean] = doc.testsuites.testsuite;
    expect(problems.name).toBe(results[0]!.path);
    expect(problems.testcase).toHaveLength(3);
    expect(problems.testcase[0].failure.message).toBe(
      'Objection by Finance is open; 100% of "owners" <missing> & more\nsecond line',
    );
    expect(problems.testcase[0].failure.type).toBe('error');
    expect(clean).toMatchObject({ name: 'clean.md', tests: '1', failures: '0' });
    expect(clean.testcase[0].failure).toBeUndefined();
  });

  it('drops characters XML cannot hold', () => {
    const bad: LintResult = { ...results[1]!, path: 'x\u0001y\uFFFE.md' };
    const xml = junit([bad]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('name="xy.md"');
  });
});

describe('markdown', () => {
  it('renders a table a pull-request comment can show, with docs links and escaped cells', () => {
    const lines = markdown(results, context).split('\n');
    expect(lines[0]).toBe('### prfaq lint: 1 error, 1 warning, 1 info in 1 file');
    expect(lines[2]).toBe('| File | Line | Severity | Problem | Rule |');
    expect(lines[4]).toBe(
      '| `docs/prfaq/a, b: "c" & <d>.md` | 3:5 | 🔴 error | Objection by Finance is open; 100% of "owners" \\<missing\\> & more second line | [open-objections](https://example.test/rules/open-objections.md) |',
    );
    expect(lines[5]).toContain('Unexpected "very" \\| pipe, colon: here');
    expect(lines[6]).toContain('| `io-error` |');
    // Every row has the same number of unescaped cell separators as the header.
    for (const row of lines.slice(2, 7)) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('says there is nothing to fix', () => {
    expect(markdown([results[1]!], context)).toBe('### prfaq lint: no problems in 1 file\n');
  });
});
