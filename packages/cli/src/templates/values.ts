// Answers for a template's variables: from flags (--title, --var key=value) or typed at a prompt,
// each checked against the manifest (pattern, length, no control characters) before it is used.
import { CliError } from '../shared/exit.js';
import { fullMatch, type TemplateManifest, type TemplateVariable } from './manifest.js';

/** Enough for several paragraphs; a longer answer belongs in the document, not on a command line. */
export const MAX_VALUE_LENGTH = 10_000;

// C0 controls and DEL other than tab and newline: invisible in a review, and some terminals act on them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/u;

/** Line endings made `\n`; surrounding whitespace trimmed. */
export function normaliseValue(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** What is wrong with a value for `variable`, or undefined when it may be used. Empty values are checked by the caller. */
export function checkValue(variable: TemplateVariable, value: string): string | undefined {
  if (value.length > MAX_VALUE_LENGTH) return `is ${value.length} characters long; keep it under ${MAX_VALUE_LENGTH}`;
  if (CONTROL.test(value)) return 'contains a control character; expected plain text';
  if (variable.pattern !== undefined && value !== '' && !fullMatch(new RegExp(variable.pattern, 'u'), value)) {
    return `"${value}" is not ${variable.hint ?? `matching /${variable.pattern}/`}`;
  }
  return undefined;
}

export interface ValueFlags {
  title?: string;
  owner?: string;
  customer?: string;
  /** `key=value`, repeatable. */
  var?: string[];
}

/** The values given on the command line. Throws `CliError` naming the flag for an unknown variable or a bad value. */
export function valuesFromFlags(manifest: TemplateManifest, flags: ValueFlags): Record<string, string> {
  const byName = new Map(manifest.variables.map((v) => [v.name, v]));
  const values = Object.create(null) as Record<string, string>;
  const set = (flag: string, name: string, raw: string): void => {
    const variable = byName.get(name);
    if (!variable) {
      throw new CliError(`${flag}: template "${manifest.name}" has no variable "${name}"; expected one of ${[...byName.keys()].join(', ')}`);
    }
    const value = normaliseValue(raw);
    const problem = checkValue(variable, value);
    if (problem) throw new CliError(`${flag}: ${problem}`);
    values[name] = value;
  };
  for (const name of ['title', 'owner', 'customer'] as const) {
    const value = flags[name];
    if (value !== undefined) set(`--${name}`, name, value);
  }
  for (const entry of flags.var ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliError(`--var: "${entry}" is not key=value; write --var ${entry || 'name'}=value`);
    set(`--var ${entry.slice(0, eq)}`, entry.slice(0, eq).trim(), entry.slice(eq + 1));
  }
  return values;
}

/** Values for everything not given: the manifest's defaults; variables without one stay unfilled (visible placeholders). */
export function withDefaults(manifest: TemplateManifest, given: Readonly<Record<string, string>>): Record<string, string> {
  const values = Object.create(null) as Record<string, string>;
  for (const variable of manifest.variables) {
    const value = given[variable.name] ?? variable.default;
    if (value !== undefined) values[variable.name] = value;
  }
  return values;
}
