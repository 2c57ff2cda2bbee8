// Prints the closing line CI reads: "N passed, N failed", adding vitest's JSON results and the smoke and lint checks.
import { existsSync, readFileSync } from 'node:fs';

const [vitestJson, ...checkLogs] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (vitestJson && existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  failed += 1; // no report means the test run itself broke
}
// Each further log (the smoke test, the code lint) holds TAP-like "ok …" / "not ok …" lines.
for (const log of checkLogs) {
  if (!existsSync(log)) {
    failed += 1;
    continue;
  }
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    if (line.startsWith('ok ')) passed += 1;
    else if (line.startsWith('not ok ')) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
