// Frontmatter validated against the shipped JSON Schema (ajv), every error pointing at the offending YAML key.
import type { PrfaqDocument, Span } from '@prfaq/core';
import type { ErrorObject } from 'ajv';
import type { MessageData, Rule } from '../types.js';
import { knownKeys } from './_util/frontmatter-schema.js';
import { validateFrontmatter } from './_util/frontmatter-validate.generated.js';
import { documentStart, frontmatterBlockStart } from './_util/spans.js';
import { closest, didYouMean } from '../suggest.js';
import { addFrontmatterKeys, addNestedFrontmatterKeys, replaceValue } from '../fixes/text.js';

interface Options {
  /** Report a document that has no frontmatter at all. */
  require: boolean;
}

// The validator is ajv's standalone code, generated from the schema at build time (see
// frontmatter-validate.test.ts): no schema is compiled at start-up and ajv itself is not loaded at run time.
const validate = (data: unknown): ErrorObject[] =>
  validateFrontmatter(data) ? [] : ((validateFrontmatter as { errors?: ErrorObject[] | null }).errors ?? []);

/**
 * Statuses as the parser reads them: case-insensitive, with aliases ("In Review" is review, "LGTM" is approved).
 * A value the parser understood is valid here too; an alias is named separately, as information.
 */
function normalised(doc: PrfaqDocument): Record<string, unknown> {
  // Copies only what changes: ajv (without useDefaults, coerceTypes or removeAdditional) never writes to the data.
  const copy: Record<string, unknown> = { ...doc.frontmatter.data };
  // `author:`, `authors:` and `dri:` are the owner, `name:` the title, `state:` the status (the parse reads them so):
  // a required key written under one of its aliases is present.
  for (const key of ['title', 'status', 'owner'] as const) {
    const alias = doc.meta[key];
    if (copy[key] === undefined && alias?.source === 'frontmatter') copy[key] = alias.value;
  }
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

type MessageId =
  'noFrontmatter' | 'unknownKey' | 'missingKey' | 'notAllowed' | 'wrongType' | 'emptyValue' | 'invalid' | 'statusAlias';

type Described = { messageId: MessageId; data: MessageData } | undefined;

function describe(error: ErrorObject, data: Record<string, unknown>): Described {
  const name = keyName(error.instancePath);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const owner = error.instancePath === '' ? 'Frontmatter' : name[0]!.toUpperCase() + name.slice(1);
      return { messageId: 'missingKey', data: { owner, key: missing } };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const value = pointer(data, error.instancePath);
      const written = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return { messageId: 'notAllowed', data: { name, value: written, suggestion, allowed: allowed.join(', ') } };
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
      return { messageId: 'wrongType', data: { name, actual, expected: wanted.join(' or ') } };
    }
    case 'minLength':
      return { messageId: 'emptyValue', data: { name } };
    default:
      return { messageId: 'invalid', data: { name, detail: error.message ?? 'is invalid' } };
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

export const frontmatterSchemaRule: Rule<Options, MessageId> = {
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
    messages: {
      noFrontmatter: 'Document has no frontmatter; start it with a --- block holding title, status and owner',
      unknownKey: 'Unknown key "{{key}}" in {{parent}}; did you mean "{{suggestion}}"?',
      missingKey: '{{owner}} has no "{{key}}"; add {{key}}:',
      notAllowed: '{{name}} is {{value}}{{suggestion}}; expected one of {{allowed}}',
      wrongType: '{{name}} is {{actual}}; expected {{expected}}',
      emptyValue: '{{name}} is empty; write a value',
      invalid: '{{name}} {{detail}}',
      statusAlias: 'Status "{{written}}", read as "{{status}}"; write "{{status}}"',
    },
  },
  check(doc, ctx) {
    const fm = doc.frontmatter;
    if (!fm.present) {
      if (ctx.options.require) {
        ctx.report({
          messageId: 'noFrontmatter',
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
        messageId: 'unknownKey',
        data: { key, parent: parent === '' ? 'the frontmatter' : keyName(parent), suggestion },
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
      const described = describe(error, fm.data);
      if (described === undefined) continue;
      const key = `${error.instancePath}|${described.messageId}|${JSON.stringify(described.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fix =
        error.keyword !== 'required'
          ? undefined
          : error.instancePath === ''
            ? addKeys
            : addNestedFrontmatterKeys(doc, error.instancePath, nested.get(error.instancePath) ?? []);
      ctx.report({
        ...described,
        span: where(doc, error.instancePath, error.keyword === 'required' ? 'key' : 'value'),
        fix,
      });
    }

    const status = fm.data.status;
    if (typeof status === 'string' && doc.status !== undefined && status.trim().toLowerCase() !== doc.status) {
      ctx.report({
        messageId: 'statusAlias',
        data: { written: status.trim(), status: doc.status },
        span: where(doc, '/status', 'value'),
        severity: 'info',
        fix: replaceValue(doc, where(doc, '/status', 'value'), status, doc.status),
      });
    }
  },
};
