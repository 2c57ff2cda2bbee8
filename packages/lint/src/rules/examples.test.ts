// The bundled examples under `recommended` (through examples/prfaq.config.yaml, as `prfaq lint examples/` runs them):
// the ready one has no problem at all, each other one has exactly the diagnostics in its `<name>.expected.json`,
// and the broken one has every problem its reviewer's list (`<name>.expected.md`, written by hand) names.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../config/load.js';
import { lint } from '../engine.js';

const dir = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const update = process.env.PRFAQ_UPDATE === '1';
const examples = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.expected.md') && f !== 'README.md')
  : [];

function diagnostics(name: string) {
  const config = loadConfigFile(join(dir, 'prfaq.config.yaml'));
  return lint(readFileSync(join(dir, name), 'utf8'), { path: join(dir, name), config }).diagnostics.map(
    ({ ruleId, line, column, severity, message }) => ({ ruleId, line, column, severity, message }),
  );
}

describe('examples', () => {
  it('include a ready example that has no problem at all', () => {
    expect(examples).toContain('instant-payouts.md');
    expect(diagnostics('instant-payouts.md')).toEqual([]);
  });

  it.each(examples.filter((name) => name !== 'instant-payouts.md'))(
    '%s has exactly its expected diagnostics',
    (name) => {
      const file = join(dir, name.replace(/\.md$/, '.expected.json'));
      const found = diagnostics(name);
      if (update) writeFileSync(file, `${JSON.stringify(found, null, 2)}\n`);
      expect(found).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    },
  );

  it.each(examples.filter((name) => existsSync(join(dir, name.replace(/\.md$/, '.expected.md')))))(
    "%s has every problem in its reviewer's list",
    (name) => {
      const review = readFileSync(join(dir, name.replace(/\.md$/, '.expected.md')), 'utf8');
      // Table rows: | line | problem | `rule-a`, `rule-b` (line 36) |
      const wanted = [...review.matchAll(/^\| (\d+) \|[^\n]*\|([^|\n]*)\|\s*$/gm)].flatMap((row) =>
        [...row[2]!.matchAll(/`([a-z-]+)`(?: \(line (\d+)\)| \([^)]*?\))?/g)].map((m) => ({
          ruleId: m[1]!,
          line: Number(m[2] ?? row[1]),
        })),
      );
      expect(wanted.length).toBeGreaterThan(20);
      const found = diagnostics(name);
      const missing = wanted.filter((w) => !found.some((d) => d.ruleId === w.ruleId && d.line === w.line));
      expect(missing).toEqual([]);
    },
  );
});
