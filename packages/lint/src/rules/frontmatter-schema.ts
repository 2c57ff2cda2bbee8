// Frontmatter validated against the shipped JSON Schema (ajv), every error pointing at the offending YAML key.
import type { PrfaqDocument, Span } from '@prfaq/core';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';
import { frontmatterSchema, knownKeys } from './_util/frontmatter-schema.js';
import { documentStart, frontmatterBlockStart } from './_util/spans.js';
import { closest, didYouMean } from '../suggest.js';
import { addFrontmatterKeys, addNestedFrontmatterKeys, replaceValue } from '../fixes/text.js';

interface Options {
  /** Report a document that has no frontmatter at all. */
  require: boolean;
}

let validator: ValidateFunction | undefined;
const validate = (data: unknown): ErrorObject[] => {
  // ajv is loaded on the first document with frontmatter (CommonJS, so require keeps this synchronous),
  // not at start-up: a run over files without frontmatter never pays for it.
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(frontmatterSchema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
};

/**
 * Statuses as the parser reads them: case-insensitive, with aliases ("In Review" is review, "LGTM" is approved).
 * A value the parser understood is valid here too; an alias is named separately, as information.
 */
function normalised(doc: PrfaqDocument): Record<string, unknown> {
  // Copies only what changes: ajv (without useDefaults, coerceTypes or removeAdditional) never writes to the data.
  const copy: Record<string, unknown> = { ...doc.frontmatter.data };
  if (typeof copy.status === 'string' && doc.status !== undefined) copy.status = doc.status;
  if (Array.isArray(copy.stakeholders)) {
    const fromFrontmatter = doc.stakeholders.filter((s) => s.source === 'frontmatter');
    copy.stakeholders = copy.stakeholders.map((s: unknown, i) => {
      const signoff = fromFrontmatter[i]?.signoff;
      return s &&
        typeof s === 'object' &&
        typeof (s as Record<string, unknown>).signoff === 'string' &&
        signoff !== undefined
        ? { ...s, signoff }
        : s;
    });
  }
  return copy;
}

const singular: Record<string, string> = {
  stakeholders: 'stakeholder',
  outcomes: 'outcome',
  objections: 'objection',
  constraints: 'constraint',
};

/** `/status` -> `"status"`, `/outcomes/0` -> `outcome 1`, `/stakeholders/1/signoff` -> `"signoff" of stakeholder 2`. */
function keyName(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'frontmatter';
  const last = parts[parts.length - 1]!;
  const item = (list: string, index: string): string => `${singular[list] ?? list} ${Number(index) + 1}`;
  if (/^\d+$/.test(last)) return item(parts[parts.length - 2] ?? '', last);
  if (parts.length === 1) return `"${last}"`;
  const parent = parts[parts.length - 2]!;
  return /^\d+$/.test(parent)
    ? `"${last}" of ${item(parts[parts.length - 3] ?? '', parent)}`
    : `"${last}" of "${parent}"`;
}

function where(doc: PrfaqDocument, path: string, prefer: 'key' | 'value'): Span {
  const location = doc.frontmatter.locations[path];
  if (!location) return frontmatterBlockStart(doc);
  return prefer === 'key' ? (location.key ?? location.value) : location.value;
}

function describe(error: ErrorObject, data: Record<string, unknown>): string | undefined {
  const name = keyName(error.instancePath);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const owner = error.instancePath === '' ? 'Frontmatter' : name[0]!.toUpperCase() + name.slice(1);
      return `${owner} has no "${missing}"; add ${missing}:`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const value = pointer(data, error.instancePath);
      const written = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
      return `${name} is ${written}${typeof value === 'string' ? didYouMean(value, allowed) : ''}; expected one of ${allowed.join(', ')}`;
    }
    case 'type': {
      const type = (error.params as { type: string | string[] }).type;
      const wanted = [type]
        .flat()
        .map(
          (t) => ({ array: 'a list', object: 'a mapping (key: value)', string: 'text', number: 'a number' })[t] ?? t,
        );
      const value = pointer(data, error.instancePath);
      const actual = Array.isArray(value)
        ? 'a list'
        : value === null
          ? 'empty'
          : typeof value === 'object'
            ? 'a mapping'
            : typeof value === 'string'
              ? 'text'
              : `a ${typeof value}`;
      return `${name} is ${actual}; expected ${wanted.join(' or ')}`;
    }
    case 'minLength':
      return `${name} is empty; write a value`;
    default:
      return `${name} ${error.message ?? 'is invalid'}`;
  }
}

function pointer(data: unknown, path: string): unknown {
  return path
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
}

export const frontmatterSchemaRule: Rule<Options> = {
  meta: {
    id: 'frontmatter-schema',
    description: 'Frontmatter matches the PR/FAQ schema (keys, types, statuses), with "did you mean" for typos',
    category: 'frontmatter',
    recommended: 'error',
    fixable: 'frontmatter',
    schema: {
      type: 'object',
      properties: { require: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { require: false },
  },
  check(doc, ctx) {
    const fm = doc.frontmatter;
    if (!fm.present) {
      if (ctx.options.require) {
        ctx.report({
          message: 'Document has no frontmatter; start it with a --- block holding title, status and owner',
          span: documentStart(doc),
        });
      }
      return;
    }
    // Broken YAML (reported by the engine as frontmatter-yaml) leaves no data to validate: every key
    // would be reported missing on top of the real error.
    if (doc.problems.some((p) => p.code === 'yaml-syntax' || p.code === 'yaml-not-mapping')) return;

    // Unknown keys are allowed (teams add their own), but one that is a typo of a known key is a lost value.
    const typos = new Set<string>();
    for (const [path, location] of Object.entries(fm.locations)) {
      const slash = path.lastIndexOf('/');
      const parent = path.slice(0, slash);
      const key = path.slice(slash + 1);
      const known = knownKeys(parent);
      if (known.length === 0 || known.includes(key) || !location.key) continue;
      const suggestion = closest(key, known);
      if (suggestion === undefined) continue;
      typos.add(`${parent}/${suggestion}`);
      ctx.report({
        message: `Unknown key "${key}" in ${parent === '' ? 'the frontmatter' : keyName(parent)}; did you mean "${suggestion}"?`,
        span: location.key,
      });
    }

    const seen = new Set<string>();
    const errors = validate(normalised(doc));
    // Fix: every missing top-level key at once (`owner:` with an empty value, for the author to fill), one shared edit.
    const missingKeys = errors.flatMap((error) =>
      error.keyword === 'required' &&
      error.instancePath === '' &&
      !typos.has(`/${(error.params as { missingProperty: string }).missingProperty}`)
        ? [(error.params as { missingProperty: string }).missingProperty]
        : [],
    );
    const addKeys = addFrontmatterKeys(doc, missingKeys);
    // In a list item (`/stakeholders/1`) the keys go in at the item's own indentation, one edit per item.
    const nested = new Map<string, string[]>();
    for (const error of errors) {
      if (error.keyword !== 'required' || error.instancePath === '') continue;
      const key = (error.params as { missingProperty: string }).missingProperty;
      if (typos.has(`${error.instancePath}/${key}`)) continue;
      nested.set(error.instancePath, [...(nested.get(error.instancePath) ?? []), key]);
    }
    for (const error of errors) {
      // "no owner" next to "ownr: did you mean owner?" says the same thing twice.
      if (
        error.keyword === 'required' &&
        typos.has(`${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`)
      )
        continue;
      const message = describe(error, fm.data);
      if (message === undefined || seen.has(`${error.instancePath}|${message}`)) continue;
      seen.add(`${error.instancePath}|${message}`);
      const fix =
        error.keyword !== 'required'
          ? undefined
          : error.instancePath === ''
            ? addKeys
            : addNestedFrontmatterKeys(doc, error.instancePath, nested.get(error.instancePath) ?? []);
      ctx.report({
        message,
        span: where(doc, error.instancePath, error.keyword === 'required' ? 'key' : 'value'),
        fix,
      });
    }

    const status = fm.data.status;
    if (typeof status === 'string' && doc.status !== undefined && status.trim().toLowerCase() !== doc.status) {
      ctx.report({
        message: `Status "${status.trim()}", read as "${doc.status}"; write "${doc.status}"`,
        span: where(doc, '/status', 'value'),
        severity: 'info',
        fix: replaceValue(doc, where(doc, '/status', 'value'), status, doc.status),
      });
    }
  },
};
