// The results the runner makes without the lint engine, so that the code around it (the --cache pass,
// --fix) does not load the parser: the io-error result of a file that cannot be read, and the hash a
// fixing run's result carries of the text it fixed.
import type { LintResult } from '@prfaq/lint';
import { ENGINE_IDS } from '@prfaq/lint/rules';
import { crypto } from '../shared/crypto.js';

/** A result of a fixing run, carrying the hash of the text it was computed from (set by `lintText`). */
export type FixedResult = LintResult & { inputHash?: string };

export function hashInput(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}

/** One error diagnostic at the top of a file that could not be read. */
export function ioErrorResult(displayPath: string, cause: string, line = 1): LintResult {
  return {
    path: displayPath,
    diagnostics: [
      {
        ruleId: ENGINE_IDS.ioError,
        severity: 'error',
        message: cause,
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        offset: 0,
        endOffset: 0,
      },
    ],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableCount: 0,
  };
}
