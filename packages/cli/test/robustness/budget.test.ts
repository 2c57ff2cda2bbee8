// Every hostile text case runs through parse, lint --fix and readiness in a worker thread with a hard
// time limit and a heap cap: a hang or a memory blow-up fails that case instead of hanging CI.
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseReport } from './budget-worker.js';
import { TEXT_CASES } from './hostile.js';

/**
 * Per case, wall clock on a busy 2-core CI machine. The heaviest (a 1 MB paragraph line, 5 MB) take
 * 5-30 s there, mostly inside remark-parse; a hang would never finish.
 */
const BUDGET_MS = 90_000;
const HEAP_MB = 1_536;

const execArgv = ['--import', new URL('../workers/ts-register.mjs', import.meta.url).href];

/** What each case must report (a regular expression over "ruleId: message" lines); cases not listed just must not fail. */
const EXPECTED: Record<string, RegExp> = {
  'a 100,000-row objections table': /^parse-limit: More than 10,000 table rows/,
  'lists nested 10,000 deep (one line)': /^parse-limit: Lists or block quotes nested more than/,
  'lists nested 10,000 deep (indented lines, stopped at 2,000)': /^parse-limit: Lists or block quotes nested more than/,
  'block quotes nested 10,000 deep': /^parse-limit: Lists or block quotes nested more than/,
  '100,000 headings': /^parse-limit: More than 20,000 headings/,
  'frontmatter: invalid YAML': /^frontmatter-yaml: Invalid YAML in frontmatter/,
  'frontmatter: not a mapping': /^frontmatter-yaml: Frontmatter is not a mapping/,
  'frontmatter: a scalar': /^frontmatter-yaml: Frontmatter is not a mapping/,
  'frontmatter: duplicate keys': /^frontmatter-yaml: Duplicate key "title"/,
  'frontmatter: billion laughs': /^frontmatter-yaml: Frontmatter expands too many YAML aliases/,
  'frontmatter: !!js/function tag': /^frontmatter-yaml: Unknown YAML tag !!js\/function/,
  'frontmatter: !!binary, !!set and !!omap tags': /^frontmatter-schema: "outcomes" is a mapping; expected a list/,
  'frontmatter: odd dates': /^decision-date: Decision date "10\/12\/2026" is not a real date/,
  'frontmatter: numbers and objects where strings are expected':
    /^frontmatter-schema: "owner" is a mapping; expected text/,
  'frontmatter: 100,000 keys': /^frontmatter-yaml: Frontmatter has more than 10,000 lines; it is ignored/,
};

class CaseRunner {
  private worker: Worker | undefined;

  private start(): Worker {
    this.worker = new Worker(new URL('./budget-worker.ts', import.meta.url), {
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    return this.worker;
  }

  /** Runs a case; rejects on timeout or worker death (and starts a fresh worker for the next case). */
  run(name: string): Promise<CaseReport> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        cleanup();
        void worker.terminate();
        this.worker = undefined;
        reject(new Error(`${name}: ${why}`));
      };
      const timer = setTimeout(() => {
        fail(`no answer within ${BUDGET_MS} ms (a hang)`);
      }, BUDGET_MS);
      const onMessage = (report: CaseReport) => {
        cleanup();
        resolve(report);
      };
      const onError = (error: Error) => {
        fail(`worker died: ${error.message}`);
      };
      const onExit = (code: number) => {
        fail(`worker exited with ${code}`);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(name);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

const runner = new CaseRunner();
afterAll(() => runner.close());

describe('hostile text cases stay within a time and memory budget', () => {
  it('loads the library in the worker (warm-up, not timed)', { timeout: BUDGET_MS + 5_000 }, async () => {
    const report = await runner.run('empty file');
    expect(report.error).toBeUndefined();
    // An empty document is not ready and says why, without a crash.
    expect(report.verdict).toBe('NOT READY');
    expect(report.diagnostics.some((d) => d.startsWith('headline: '))).toBe(true);
  });

  it.each(Object.keys(TEXT_CASES))('%s', { timeout: BUDGET_MS + 5_000 }, async (name) => {
    const report = await runner.run(name);
    console.info(`${name}: ${report.ms} ms`);
    expect(report.error).toBeUndefined();
    expect(report.ms).toBeLessThan(BUDGET_MS);
    expect(report.outside).toBe(0);
    expect(report.diagnostics.join('\n')).not.toMatch(/failed on this document|could not read this document/);
    const expected = EXPECTED[name];
    if (expected) expect(report.diagnostics.some((d) => expected.test(d))).toBe(true);
  });
});
