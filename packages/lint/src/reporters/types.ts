// What every reporter receives. Reporters are pure functions from results to text.
import type { LintResult, RuleMeta } from '../types.js';

export interface ReporterContext {
  /** Wrap in ANSI colours (the CLI decides: a TTY, no NO_COLOR, no --no-color). */
  color?: boolean;
  /** Rule metadata by id, for SARIF rule descriptors and help links. */
  rules?: ReadonlyMap<string, RuleMeta>;
  /** The docs link of a rule id. */
  docsUrl?: (id: string) => string;
  /** prfaq's version, stamped into SARIF/JUnit. */
  version?: string;
  /** The folder result paths are relative to, for SARIF's `%SRCROOT%` (omitted when unknown). */
  cwd?: string;
  /** Whether fixes were applied, so the summary says "fixed" rather than "fixable". */
  fixed?: boolean;
}

export type Reporter = (results: readonly LintResult[], context?: ReporterContext) => string;
