// The template manifest (template.yaml): its JSON Schema, and validation that turns every problem
// into a readable line instead of an exception. Templates are data: no code, no custom YAML tags.
import { Ajv, type ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';

/** The five questions a PR/FAQ answers, in the order `prfaq new` asks them. */
export const CUSTOMER_QUESTIONS = ['customer', 'problem', 'benefit', 'evidence', 'experience'] as const;
export type CustomerQuestion = (typeof CUSTOMER_QUESTIONS)[number];

export const QUESTION_TEXT: Record<CustomerQuestion, string> = {
  customer: 'Who is the customer?',
  problem: 'What is the customer problem or opportunity?',
  benefit: 'What is the most important customer benefit?',
  evidence: 'How do you know what customers need or want?',
  experience: 'What does the customer experience look like?',
};

export interface TemplateVariable {
  name: string;
  /** The question `prfaq new` asks. */
  prompt: string;
  /** Used when no value is given; absent means the placeholder stays visible until someone fills it. */
  default?: string;
  /** Interactive runs insist on a non-empty answer. */
  required?: boolean;
  /** A regular expression (Unicode) the whole value must match. */
  pattern?: string;
  /** What a value matching `pattern` looks like, for error messages ("a date as YYYY-MM-DD"). */
  hint?: string;
}

export interface TemplateManifest {
  name: string;
  description: string;
  /** The lint profile documents made from this template follow (informational). */
  profile?: string;
  /** Which variable answers each of the five customer questions. */
  questions: Record<CustomerQuestion, string>;
  variables: TemplateVariable[];
}

export const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;

export const manifestSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'prfaq template manifest (template.yaml)',
  type: 'object',
  required: ['name', 'description', 'questions', 'variables'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'The name given to --template; equal to the folder name.' },
    description: { type: 'string', minLength: 1, maxLength: 200 },
    profile: { type: 'string', minLength: 1 },
    questions: {
      type: 'object',
      description: 'Variable answering each customer question.',
      required: [...CUSTOMER_QUESTIONS],
      additionalProperties: false,
      properties: Object.fromEntries(CUSTOMER_QUESTIONS.map((q) => [q, { type: 'string', pattern: VARIABLE_NAME.source }])),
    },
    variables: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'prompt'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: VARIABLE_NAME.source },
          prompt: { type: 'string', minLength: 1, maxLength: 300 },
          default: { type: 'string' },
          required: { type: 'boolean' },
          pattern: { type: 'string', minLength: 1 },
          hint: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

export type ManifestResult = { ok: true; manifest: TemplateManifest } | { ok: false; problems: string[] };

/** Parses and validates template.yaml text. `folder` is the template's folder name, which must equal `name`. */
export function parseManifest(text: string, folder: string): ManifestResult {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false, version: '1.2', logLevel: 'silent' });
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => `invalid YAML: ${e.message.split('\n')[0]}`) };
  if (doc.warnings.length > 0) return { ok: false, problems: doc.warnings.map((e) => `unsupported YAML: ${e.message.split('\n')[0]}`) };
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(manifestSchema);
  if (!validator(data)) return { ok: false, problems: (validator.errors ?? []).map(describe) };
  const manifest = data as TemplateManifest;
  const problems: string[] = [];
  if (manifest.name !== folder) problems.push(`name: "${manifest.name}" differs from its folder "${folder}"; expected the folder name`);
  const names = new Set<string>();
  manifest.variables.forEach((variable, index) => {
    if (names.has(variable.name)) problems.push(`variables.${index}.name: "${variable.name}" is declared twice`);
    names.add(variable.name);
    if (variable.pattern !== undefined) {
      let pattern: RegExp;
      try {
        pattern = new RegExp(variable.pattern, 'u');
      } catch (error) {
        problems.push(`variables.${index}.pattern: not a valid regular expression (${(error as Error).message})`);
        return;
      }
      if (variable.default !== undefined && !fullMatch(pattern, variable.default)) {
        problems.push(`variables.${index}.default: "${variable.default}" does not match its own pattern`);
      }
    }
  });
  for (const question of CUSTOMER_QUESTIONS) {
    const name = manifest.questions[question];
    if (!names.has(name)) problems.push(`questions.${question}: "${name}" is not a declared variable`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest };
}

/** The variables in the order they are asked: the five questions, then required ones, then the rest. */
export function questionOrder(manifest: TemplateManifest): { questions: TemplateVariable[]; required: TemplateVariable[]; rest: TemplateVariable[] } {
  const byName = new Map(manifest.variables.map((v) => [v.name, v]));
  const questionNames = [...new Set(CUSTOMER_QUESTIONS.map((q) => manifest.questions[q]))];
  const questions = questionNames.map((name) => byName.get(name)!);
  const others = manifest.variables.filter((v) => !questionNames.includes(v.name));
  return { questions, required: others.filter((v) => v.required), rest: others.filter((v) => !v.required) };
}

export function fullMatch(pattern: RegExp, value: string): boolean {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(value);
  return match !== null && match.index === 0 && match[0].length === value.length;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  const where = path ? `${path}: ` : '';
  switch (error.keyword) {
    case 'required':
      return `${where}missing "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties':
      return `${where}unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"; expected one of ${Object.keys(schemaAt(error.schemaPath)).join(', ')}`;
    default:
      return `${where}${error.message ?? 'invalid'}`;
  }
}

/** The `properties` of the schema object an additionalProperties error comes from, to list what is allowed. */
function schemaAt(schemaPath: string): Record<string, unknown> {
  let node: unknown = manifestSchema;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = (node as Record<string, unknown>)[part];
  }
  return ((node as { properties?: Record<string, unknown> }).properties ?? {});
}
