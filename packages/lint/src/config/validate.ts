// Validation of a config value and of rule options with ajv, turned into one readable problem:
// the key path, what is wrong and what is expected.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';
import { SEVERITY_EXPECTED } from './schema.js';
import { closest } from '../suggest.js';

/** Keys that would reach Object.prototype if a config were merged naively. Refused anywhere in a config. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface SchemaProblem {
  /** Path segments to the offending value (or to the unknown key). */
  path: Array<string | number>;
  /** Points at a key rather than a value (an unknown key). */
  atKey: boolean;
  message: string;
}

/**
 * One ajv instance for the process. `strict: false` because rule schemas are data from rule
 * authors and an unknown keyword must not crash a user's run; a test compiles every schema strictly.
 * `regex` is the format rule options use for regular expressions: checked by compiling them.
 */
export function createAjv(strict = false): Ajv {
  // Loaded on first use (ajv is CommonJS, so require keeps this synchronous): `prfaq lint` with no
  // config file and no rule options never pays the ~70 ms it takes to load.
  const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ allErrors: true, verbose: true, strict, strictTuples: false, allowUnionTypes: true });
  ajv.addFormat('regex', { type: 'string', validate: isValidRegExp });
  return ajv;
}

export function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

let shared: Ajv | undefined;
const ruleValidators = new WeakMap<Rule, ValidateFunction>();

/** The first problem with a rule's merged options, as `key: what is wrong; expected ...`, or undefined. */
export function validateRuleOptions(rule: Rule, options: Record<string, unknown>): string | undefined {
  if (!rule.meta.schema) return undefined;
  let validate = ruleValidators.get(rule);
  if (!validate) {
    shared ??= createAjv();
    validate = shared.compile(rule.meta.schema);
    ruleValidators.set(rule, validate);
  }
  if (validate(options)) return undefined;
  const problem = describeErrors(validate.errors ?? [], options);
  if (!problem) return 'invalid options';
  const where = problem.path.length ? `options.${problem.path.join('.')}: ` : 'options: ';
  return where + problem.message;
}

/** Turns ajv's errors into the single most useful problem: the deepest one, described in words. */
export function describeErrors(errors: readonly ErrorObject[], data: unknown): SchemaProblem | undefined {
  if (errors.length === 0) return undefined;
  const namesKey = (e: ErrorObject) =>
    e.keyword === 'additionalProperties' || e.keyword === 'propertyNames' || 'propertyName' in e.params;
  const depth = (e: ErrorObject) => segments(e.instancePath).length + (namesKey(e) ? 1 : 0);
  const deepest = Math.max(...errors.map(depth));
  const atDeepest = errors.filter((e) => depth(e) === deepest);
  const first = atDeepest.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ?? atDeepest[0]!;
  const path = segments(first.instancePath);
  const value = valueAt(data, path);
  const got = `; got ${show(value)}`;

  if (first.keyword === 'additionalProperties') {
    const key = String((first.params as { additionalProperty: unknown }).additionalProperty);
    const allowed = Object.keys((first.parentSchema as { properties?: object }).properties ?? {});
    const isRule = path[path.length - 1] === 'rules';
    const hint = closestName(key, allowed);
    const expected = isRule
      ? `expected a rule id listed by \`prfaq rules\`${hint ? ` (did you mean "${hint}"?)` : ''}`
      : `expected one of ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
    return { path: [...path, key], atKey: true, message: `unknown ${isRule ? 'rule' : 'key'} "${key}"; ${expected}` };
  }
  // A rule setting that is neither a severity nor a [severity, options] pair.
  const isRuleSetting = path[path.length - 2] === 'rules';
  if (isRuleSetting || (path[path.length - 3] === 'rules' && path[path.length - 1] === 0)) {
    return { path, atKey: false, message: `must be ${SEVERITY_EXPECTED}${got}` };
  }
  if (first.keyword === 'enum') {
    const allowed = (first.params as { allowedValues: unknown[] }).allowedValues.map(String);
    return { path, atKey: false, message: `must be one of ${allowed.join(', ')}${got}` };
  }
  const named = atDeepest.find((e) => e.keyword === 'propertyNames' || 'propertyName' in e.params);
  if (named) {
    const name = String(
      atDeepest.map((e) => (e.params as { propertyName?: string }).propertyName).find((n) => n !== undefined),
    );
    const parent = atDeepest.find((e) => e.keyword === 'propertyNames') ?? named;
    const allowed =
      (parent.parentSchema as { propertyNames?: { enum?: string[] }; enum?: string[] }).propertyNames?.enum ??
      (parent.parentSchema as { enum?: string[] }).enum ??
      [];
    const hint = closestName(name, allowed);
    return {
      path: [...path, name],
      atKey: true,
      message: `unknown section kind "${name}"; expected one of ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    };
  }
  if (first.keyword === 'format' && (first.params as { format: string }).format === 'regex') {
    return { path, atKey: false, message: `must be a valid regular expression${got}` };
  }
  // Branches of an anyOf at the same place: say every alternative.
  const alternatives = [...new Set(atDeepest.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map(words))];
  return { path, atKey: false, message: `${alternatives.join(' or ')}${got}` };
}

function words(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${article(String(p.type))}`;
    case 'required':
      return `must have the key "${String(p.missingProperty)}"`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
    case 'additionalItems':
      return `must have at most ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    default:
      return error.message ?? 'is invalid';
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function segments(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  // JSON.stringify is typed string but gives undefined for undefined (config values are data: nothing else).
  const json = JSON.stringify(value) as string | undefined;
  const text = json ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The allowed name closest to `name`, when it is close enough to be a typo (config keys are short: allow 2 edits). */
function closestName(name: string, allowed: readonly string[]): string | undefined {
  return closest(name, allowed, Math.max(2, Math.floor(name.length / 3)));
}
