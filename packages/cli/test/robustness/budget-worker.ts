// Runs one hostile case per message through the library (parse, lint --fix, readiness) and reports
// what came out; budget.test.ts kills this thread when a case overruns its time or memory.
import { parentPort } from 'node:worker_threads';
import { parse } from '@prfaq/core';
import { assessReadiness, lint } from '@prfaq/lint';
import { TEXT_CASES } from './hostile.js';

export interface CaseReport {
  name: string;
  ms: number;
  length: number;
  /** ruleId: message of each diagnostic, first ones only. */
  diagnostics: string[];
  /** Diagnostics pointing outside the (fixed) text: must be none. */
  outside: number;
  verdict: string;
  fixedLength: number | undefined;
  error?: string;
}

parentPort!.on('message', (name: string) => {
  const started = performance.now();
  const text = TEXT_CASES[name]!();
  try {
    const doc = parse(text);
    const result = lint(text, { fix: true });
    const readiness = assessReadiness(doc, result);
    // After --fix the remaining diagnostics describe the fixed text (without its BOM).
    const final = result.output === undefined ? doc.text : result.output.replace(/^\uFEFF/u, '');
    const report: CaseReport = {
      name,
      ms: Math.round(performance.now() - started),
      length: text.length,
      diagnostics: result.diagnostics.slice(0, 20).map((d) => `${d.ruleId}: ${d.message}`),
      outside: result.diagnostics.filter(
        (d) => d.offset < 0 || d.endOffset > final.length || d.line < 1 || d.column < 1,
      ).length,
      verdict: readiness.ready ? 'READY' : 'NOT READY',
      fixedLength: result.output?.length,
    };
    parentPort!.postMessage(report);
  } catch (error) {
    parentPort!.postMessage({
      name,
      ms: Math.round(performance.now() - started),
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
