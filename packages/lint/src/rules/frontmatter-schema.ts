// Frontmatter validated against the shipped JSON Schema (ajv), every error pointing at the offending YAML key.
import type { PrfaqDocument, Span } from '@prfaq/core';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';
import { frontmatterSchema, knownKeys } from './_util/frontmatter-schema.js';
import { documentStart, frontmatterBlockStart } from './_util/spans.js';
import { closest, didYouMean } from './_util/suggest.js';

interface Options {
  /** Report a document that has no frontmatter at all. */
  require: boolean;
}

let validator: ValidateFunction | undefined;
const validate = (data: unknown): ErrorObject[] => {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(frontmatterSchema);
  return validator(data) ? [] : (validator.errors ?? []);
};

/** Statuses are matched case-insensitively ("Draft" is draft), as the parser reads them. */
function normalised(data: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(data);
  if (typeof copy.status === 'string') copy.status = copy.status.trim().toLowerCase();
  if (Array.isArray(copy.stakeholders)) {
    for (const s of copy.stakeholders) {
      if (s && typeof s === 'object' && typeof (s as Record<string, unknown>).signoff === 'string') {
        const record = s as Record<string, unknown>;
        record.signoff = (record.signoff as string).trim().toLowerCase();
      }
    }
  }
  return copy;
}

const keyName = (path: string): string => path.split('/').filter(Boolean).join('.') || 'frontmatter';

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
      const owner = error.instancePath === '' ? 'Frontmatter' : `"${name}"`;
      return `${owner} has no "${missing}"; add ${missing}:`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const value = pointer(data, error.instancePath);
      const written = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
      return `"${name}" is ${written}${typeof value === 'string' ? didYouMean(value, allowed) : ''}; expected one of ${allowed.join(', ')}`;
    }
    case 'type': {
      const type = (error.params as { type: string | string[] }).type;
      const wanted = [type].flat().map((t) => ({ array: 'a list', object: 'a mapping (key: value)', string: 'text', number: 'a number' })[t] ?? t);
      const value = pointer(data, error.instancePath);
      const actual = Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a mapping' : typeof value === 'string' ? 'text' : `a ${typeof value}`;
      return `"${name}" is ${actual}; expected ${wanted.join(' or ')}`;
    }
    case 'minLength':
      return `"${name}" is empty; write a value`;
    default:
      return `"${name}" ${error.message ?? 'is invalid'}`;
  }
}

function pointer(data: unknown, path: string): unknown {
  return path
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

export const frontmatterSchemaRule: Rule<Options> = {
  meta: {
    id: 'frontmatter-schema',
    description: 'Frontmatter matches the PR/FAQ schema (keys, types, statuses), with "did you mean" for typos',
    category: 'frontmatter',
    recommended: 'error',
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
        ctx.report({ message: 'Document has no frontmatter; start it with a --- block holding title, status and owner', span: documentStart(doc) });
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
      ctx.report({ message: `Unknown key "${key}" in ${parent === '' ? 'the frontmatter' : `"${keyName(parent)}"`}; did you mean "${suggestion}"?`, span: location.key });
    }

    const seen = new Set<string>();
    for (const error of validate(normalised(fm.data))) {
      // "no owner" next to "ownr: did you mean owner?" says the same thing twice.
      if (error.keyword === 'required' && typos.has(`${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`)) continue;
      const message = describe(error, fm.data);
      if (message === undefined || seen.has(`${error.instancePath}|${message}`)) continue;
      seen.add(`${error.instancePath}|${message}`);
      ctx.report({ message, span: where(doc, error.instancePath, error.keyword === 'required' ? 'key' : 'value') });
    }
  },
};
