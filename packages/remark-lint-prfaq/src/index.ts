// remark-lint-prfaq: a unified plugin that lints the file as `prfaq lint` would (same config discovery,
// same rules) and reports each finding as a vfile message, so `remark .` shows them beside remark-lint's.
// prfaq parses the text itself: the plugin reads `String(file)`, not the tree, and needs no other plugin.
import type { VFile } from 'vfile';
import { docsUrl, lintAtPath, rules, type Diagnostic } from '@prfaq/lint';

export interface Options {
  /** Lint every file, not only those the prfaq config's `files` select (default false, as `prfaq lint <dir>`). */
  allFiles?: boolean;
}

const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

/** `unified().use(remarkLintPrfaq)`: adds prfaq's findings to each file's messages. */
export default function remarkLintPrfaq(options: Options = {}) {
  return (_tree: unknown, file: VFile): void => {
    let diagnostics: Diagnostic[];
    try {
      const path = file.path ? file.path : undefined;
      const result = lintAtPath(String(file), options.allFiles ? undefined : path, file.cwd);
      diagnostics = result?.diagnostics ?? [];
    } catch (error) {
      // A bad prfaq config: one message naming it, the other plugins still run.
      const message = file.message(`prfaq config: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: 'config',
        source: 'prfaq',
      });
      message.fatal = true;
      return;
    }
    for (const d of diagnostics) {
      const message = file.message(d.message, {
        place: {
          start: { line: d.line, column: d.column, offset: d.offset },
          end: { line: d.endLine, column: d.endColumn, offset: d.endOffset },
        },
        ruleId: d.ruleId,
        source: 'prfaq',
      });
      // remark-lint's convention: fatal true is an error, false a warning, undefined information.
      message.fatal = d.severity === 'error' ? true : d.severity === 'warn' ? false : undefined;
      if (ruleIds.has(d.ruleId)) message.url = docsUrl(d.ruleId);
    }
  };
}
