import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import remarkLintPrfaq from './index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => new VFile({ path: file, cwd: root, value: readFileSync(`${root}${file}`, 'utf8') });

describe('remark-lint-prfaq', () => {
  it('reports findings as vfile messages with rule id, source, docs URL and severity', () => {
    const file = read('examples/broken-smart-reorder.md');
    remarkLintPrfaq()(undefined, file);
    const placeholder = file.messages.find((m) => m.ruleId === 'no-placeholders' && m.line === 6);
    expect(placeholder).toMatchObject({
      source: 'prfaq',
      column: 12,
      fatal: true,
      url: 'https://github.com/prfaq/prfaq/blob/main/docs/rules/no-placeholders.md',
    });
    expect(file.messages.find((m) => m.ruleId === 'frontmatter-yaml')).toMatchObject({
      line: 5,
      fatal: false,
      url: undefined,
    });
  });

  it('skips files the prfaq config does not select, unless allFiles', () => {
    const skipped = read('examples/broken-smart-reorder.expected.md');
    remarkLintPrfaq()(undefined, skipped);
    expect(skipped.messages).toEqual([]);
    const forced = read('examples/broken-smart-reorder.expected.md');
    remarkLintPrfaq({ allFiles: true })(undefined, forced);
    expect(forced.messages.length).toBeGreaterThan(0);
  });
});
