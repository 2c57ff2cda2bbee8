// The JSON Schema of prfaq.config.yaml, generated from the rule registry so that every rule id and
// its options are in it. Shipped as schema/config.schema.json for editors; a test keeps the file current.
import { presetNames } from '../presets.js';
import { docsUrl, rules as registry } from '../rules/index.js';
import type { Rule } from '../types.js';
import { sectionKinds } from './kinds.js';
import { readyConfigSchema } from '../readiness/ready.js';

export const SCHEMA_ID = 'https://github.com/prfaq/prfaq/blob/main/packages/lint/schema/config.schema.json';

export const SEVERITY_EXPECTED = 'one of off, info, warn, error, or [severity, { options }]';

export function configSchema(rules: readonly Rule[] = registry): Record<string, unknown> {
  // Top level and overrides share these definitions (one copy of every rule's options in the file).
  const body = {
    rules: { $ref: '#/definitions/rules' },
    sections: { $ref: '#/definitions/sections' },
    profile: { $ref: '#/definitions/profile' },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'prfaq configuration',
    description: 'prfaq.config.yaml, .prfaqrc.yaml, .prfaqrc.yml or .prfaqrc.json. No code runs from a config.',
    type: 'object',
    additionalProperties: false,
    properties: topLevelProperties(body),
    definitions: {
      ...sharedDefinitions(rules),
      severity: { description: SEVERITY_EXPECTED, enum: ['off', 'info', 'warn', 'error'] },
      extend: { type: 'string', minLength: 1, description: 'recommended, strict, or a .yaml/.yml/.json file path' },
      globs: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ],
      },
      kind: { enum: sectionKinds },
    },
  };
}

/** Every rule id with its severity and, in the array form, its options schema; sorted by id. */
function ruleProperties(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const options = rule.meta.schema ?? { type: 'object', additionalProperties: false };
    properties[rule.meta.id] = {
      description: `${rule.meta.description} (${docsUrl(rule.meta.id)}). Expected ${SEVERITY_EXPECTED}.`,
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, additionalItems: false },
      ],
    };
  }
  return properties;
}

/** The keys a config's top level and each of its overrides have in common. */
function sharedDefinitions(rules: readonly Rule[]): Record<string, unknown> {
  return {
    rules: {
      description:
        'Rule id -> severity, or [severity, options]. Later settings win; a severity alone keeps options set earlier.',
      type: 'object',
      properties: ruleProperties(rules),
      additionalProperties: false,
    },
    sections: {
      description: 'Extra heading titles recognised as each section kind, added to the built-in aliases.',
      type: 'object',
      propertyNames: { enum: sectionKinds },
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
    profile: {
      description:
        'The profile every document is checked against (full, lite, rfc or a custom one); detected per document when absent.',
      type: 'string',
      minLength: 1,
    },
  };
}

/** The top-level keys of a config file, in the order the schema file lists them. */
function topLevelProperties(body: Record<string, unknown>): Record<string, unknown> {
  return {
    $schema: { description: 'The schema this file follows, for editors.', type: 'string' },
    extends: {
      description: `Presets (${presetNames.join(', ')}) or YAML/JSON config files relative to this one, applied in order before this file's keys. Without it a config starts from recommended; [] starts from nothing.`,
      anyOf: [{ $ref: '#/definitions/extend' }, { type: 'array', items: { $ref: '#/definitions/extend' } }],
    },
    ...body,
    overrides: {
      description:
        'Settings for files matching globs (relative to this config), applied after the top-level keys, in order.',
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: { files: { $ref: '#/definitions/globs' }, ...body },
      },
    },
    ...discoveryAndScaffoldProperties(),
  };
}

/** Which files are PR/FAQs, custom profiles, and the defaults of `prfaq new` and `prfaq ready`. */
function discoveryAndScaffoldProperties(): Record<string, unknown> {
  return {
    files: {
      description:
        'Globs of the Markdown files that are PR/FAQs, searched when a directory is linted. Default (any letter case): **/*.prfaq.md, PRFAQ.md, PR-FAQ.md, pr_faq.md, press-release.md in any folder, and Markdown under prfaq/, prfaqs/, pr-faq/ or pr-faqs/ folders.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    ignores: {
      description: 'Globs never linted when a directory is searched (in addition to .gitignore and node_modules).',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    profiles: {
      description:
        'Custom profiles: name -> required section kinds in order (an inner list is met by any of its kinds).',
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['required'],
        additionalProperties: false,
        properties: {
          description: { type: 'string' },
          required: {
            type: 'array',
            items: {
              anyOf: [
                { $ref: '#/definitions/kind' },
                { type: 'array', items: { $ref: '#/definitions/kind' }, minItems: 1 },
              ],
            },
          },
        },
      },
    },
    templates: {
      description: 'Folder of repository templates for prfaq new, relative to this config.',
      type: 'string',
      minLength: 1,
    },
    new: {
      description:
        'Defaults for prfaq new: the folder new PR/FAQs are written to and the template used without --template.',
      type: 'object',
      additionalProperties: false,
      properties: {
        folder: {
          description: 'Folder for new PR/FAQs, relative to this config (default: prfaq). Keep it covered by files.',
          type: 'string',
          minLength: 1,
        },
        template: {
          description: 'Template used when --template is not given (default: full).',
          type: 'string',
          minLength: 1,
        },
      },
    },
    ready: readyConfigSchema,
  };
}
