import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docsUrl, reporters, rules, type LintResult } from '@prfaq/lint';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../shared/exit.js';
import { main } from '../../main.js';
import { mergeReports } from './merge.js';
import { selectShard } from '../../runner/shard.js';
import { captureIo } from '../../shared/testing.js';

const context = {
  color: false,
  rules: new Map(rules.map((rule) => [rule.meta.id, rule.meta])),
  docsUrl,
  version: '0.1.0',
  fixed: false,
};

const diagnostic = (ruleId: string, severity: 'error' | 'warn' | 'info', line: number) => ({
  ruleId,
  severity,
  message: `${ruleId} at ${line}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  offset: line * 10,
  endOffset: line * 10 + 4,
});

/** Twelve files with different problems, some with none, one with an engine-only id (io-error). */
const results: LintResult[] = Array.from({ length: 12 }, (_, i) => {
  const diagnostics = [
    ...(i % 2 ? [diagnostic('open-objections', 'error', i + 1)] : []),
    ...(i % 3 ? [diagnostic('weasel-words', 'warn', i + 2)] : []),
    ...(i === 7 ? [diagnostic('io-error', 'error', 1)] : []),
  ];
  return {
    path: `docs/team-${i % 4}/prfaq-${i}.md`,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warn').length,
    infoCount: 0,
    fixableCount: 0,
  };
});

/** The reports three shard jobs would write, each from its own subset of the files, in serial order. */
function shardReports(format: 'json' | 'sarif', total = 3) {
  return Array.from({ length: total }, (_, i) => {
    const own = selectShard(results, { index: i + 1, total }, '/repo', (r) => `/repo/${r.path}`);
    return { name: `shard-${i + 1}.${format}`, text: reporters[format](own, context) };
  });
}

describe('mergeReports: JSON', () => {
  it('gives the report one machine would have written, when shards are given in order and files sorted', () => {
    const merged = mergeReports(shardReports('json'));
    const whole = JSON.parse(reporters.json(results, context)) as { results: Array<{ path: string }> };
    const parsed = JSON.parse(merged.text) as typeof whole & Record<string, unknown>;
    // Shards interleave files, so compare as sets of file reports, and totals exactly.
    const byPath = (r: { results: Array<{ path: string }> }) =>
      [...r.results].sort((a, b) => a.path.localeCompare(b.path));
    expect(byPath(parsed)).toEqual(byPath(whole));
    for (const key of ['formatVersion', 'tool', 'errorCount', 'warningCount', 'infoCount', 'fixableCount']) {
      expect(parsed[key], key).toEqual((whole as Record<string, unknown>)[key]);
    }
    expect(merged.errorCount).toBe(results.reduce((sum, r) => sum + r.errorCount, 0));
  });
});

describe('mergeReports: SARIF', () => {
  it('makes one run holding every result, with rule and artifact indexes pointing at the right entries', () => {
    const merged = JSON.parse(mergeReports(shardReports('sarif')).text) as {
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string }> } };
        artifacts: Array<{ location: { uri: string } }>;
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number } } }>;
        }>;
      }>;
    };
    expect(merged.runs).toHaveLength(1);
    const run = merged.runs[0]!;
    expect(run.results).toHaveLength(results.reduce((sum, r) => sum + r.diagnostics.length, 0));
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const location = result.locations[0]!.physicalLocation.artifactLocation;
      expect(run.artifacts[location.index]!.location.uri).toBe(location.uri);
    }
    // No duplicated rule or artifact entries after the union.
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('io-error');
    const uris = run.artifacts.map((a) => a.location.uri);
    expect(new Set(uris).size).toBe(uris.length);
    expect(new Set(uris)).toEqual(new Set(results.map((r) => r.path)));
  });
});

describe('mergeReports: bad input', () => {
  it.each([
    [[{ name: 'a.json', text: '{' }], /^a\.json: not a prfaq JSON or SARIF report/],
    [[{ name: 'a.json', text: '{"hello":1}' }], /^a\.json: not a prfaq JSON or SARIF report/],
    [
      [
        {
          name: 'o.sarif',
          text: JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'eslint' } }, results: [] }] }),
        },
      ],
      /^o\.sarif: a SARIF log, but not one written by prfaq lint/,
    ],
  ])('rejects %j as a one-line error', (inputs, message) => {
    expect(() => mergeReports(inputs)).toThrow(CliError);
    expect(() => mergeReports(inputs)).toThrow(message);
  });

  it('refuses to mix JSON and SARIF reports', () => {
    const [json] = shardReports('json');
    const [, sarif] = shardReports('sarif');
    expect(() => mergeReports([json!, sarif!])).toThrow(
      /shard-2\.sarif: a sarif report cannot be merged with json reports/,
    );
  });
});

describe('prfaq merge-results', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-merge-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the merged report and exits 1 when it holds errors, 2 for a missing report', async () => {
    const names = shardReports('json').map((report) => {
      writeFileSync(path.join(dir, report.name), report.text);
      return report.name;
    });
    const io = captureIo({ cwd: dir });
    expect(await main(['node', 'prfaq', 'merge-results', ...names, '-o', 'out/merged.json'], io)).toBe(1);
    const merged = JSON.parse(readFileSync(path.join(dir, 'out', 'merged.json'), 'utf8')) as { results: unknown[] };
    expect(merged.results).toHaveLength(results.length);

    const missing = captureIo({ cwd: dir });
    expect(await main(['node', 'prfaq', 'merge-results', 'nope.json'], missing)).toBe(2);
    expect(missing.err).toBe('prfaq: nope.json: no such file\n');
  });
});
