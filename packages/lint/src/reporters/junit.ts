// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one test suite per file,
// one failing test case per diagnostic, one passing case for a clean file.
import type { Reporter } from './types.js';

export const junit: Reporter = (results, context = {}) => {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const failures = results.reduce((sum, r) => sum + r.diagnostics.length, 0);
  const tests = results.reduce((sum, r) => sum + Math.max(1, r.diagnostics.length), 0);
  out.push(
    `<testsuites name="prfaq${context.version ? ` ${xml(context.version)}` : ''}" tests="${tests}" failures="${failures}" errors="0">`,
  );
  for (const result of results) {
    const file = xml(result.path ?? '<text>');
    const count = result.diagnostics.length;
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase name="${file}" classname="${file}" time="0"/>`);
    for (const d of result.diagnostics) {
      const where = `${result.path ?? ''}:${d.line}:${d.column}`;
      out.push(`    <testcase name="${xml(`${d.ruleId} at ${where}`)}" classname="${file}" time="0">`);
      out.push(
        `      <failure message="${xml(d.message)}" type="${xml(d.severity)}">${xml(`${where} ${d.severity} ${d.message} (${d.ruleId})`)}</failure>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

/** Escapes text for an attribute or element, and drops characters XML 1.0 cannot hold at all. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}
