// Prints the closing line CI reads: "N passed, N failed", adding vitest's JSON results and the smoke checks.
import { existsSync, readFileSync } from 'node:fs';

const [vitestJson, smokeLog] = process.argv.slice(2);
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
if (smokeLog && existsSync(smokeLog)) {
  for (const line of readFileSync(smokeLog, 'utf8').split('\n')) {
    if (line.startsWith('ok ')) passed += 1;
    else if (line.startsWith('not ok ')) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
