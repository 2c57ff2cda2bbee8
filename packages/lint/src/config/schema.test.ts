import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { configSchema } from './schema.js';
import { createAjv } from './validate.js';

const file = new URL('../../schema/config.schema.json', import.meta.url);
const generated = `${JSON.stringify(configSchema(), null, 2)}\n`;

describe('config JSON Schema', () => {
  it('the shipped schema/config.schema.json is the one generated from the registry', () => {
    // Regenerate with: PRFAQ_UPDATE=1 npx vitest run packages/lint/src/config/schema.test.ts
    if (process.env.PRFAQ_UPDATE) writeFileSync(file, generated);
    const shipped = readFileSync(file, 'utf8');
    expect(
      shipped,
      'schema/config.schema.json is stale: run PRFAQ_UPDATE=1 npx vitest run packages/lint/src/config/schema.test.ts',
    ).toBe(generated);
  });

  it('names every registered rule with its options schema', () => {
    const schema = configSchema() as {
      definitions: { rules: { properties: Record<string, { anyOf: Array<{ items?: unknown[] }> }> } };
    };
    const ruleProps = schema.definitions.rules.properties;
    expect(Object.keys(ruleProps).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const rule of rules) {
      const options = ruleProps[rule.meta.id]!.anyOf[1]!.items![1];
      expect(options).toEqual(rule.meta.schema ?? { type: 'object', additionalProperties: false });
    }
  });

  it('compiles under ajv strict mode, with every rule options schema', () => {
    expect(() => createAjv(true).compile(configSchema())).not.toThrow();
  });
});
