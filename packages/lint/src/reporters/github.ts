// GitHub Actions workflow commands: GitHub turns each line into an annotation on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';

const command: Record<Exclude<Severity, 'off'>, string> = { error: 'error', warn: 'warning', info: 'notice' };

export const github: Reporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const properties = [
        `file=${escapeProperty(result.path ?? '')}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`prfaq(${d.ruleId})`)}`,
      ];
      lines.push(`::${command[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

/** The message part: `%`, CR and LF would otherwise end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: additionally `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
