import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '@prfaq/lint';
import prfaqRules, { type ErrorInfo, type RuleParams } from './index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What markdownlint hands a rule: the lines after the frontmatter it strips (and the blank lines after it). */
function params(file: string, text = readFileSync(path.join(root, file), 'utf8')): RuleParams {
  const lines = text.split('\n');
  let end = 0;
  if (lines[0] === '---') {
    end = lines.findIndex((l, i) => i > 0 && l === '---') + 1;
    while (lines[end] === '') end++;
  }
  return { name: path.join(root, file), frontMatterLines: lines.slice(0, end), lines: lines.slice(end) };
}

function run(p: RuleParams): Array<ErrorInfo & { rule: string }> {
  const found: Array<ErrorInfo & { rule: string }> = [];
  for (const rule of prfaqRules) rule.function(p, (e) => found.push({ ...e, rule: rule.names[0]! }));
  return found;
}

describe('@prfaq/markdownlint', () => {
  it('has one rule per prfaq rule, named prfaq/<id>, with its docs page', () => {
    const names = prfaqRules.map((r) => r.names[0]);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of rules) {
      const custom = prfaqRules.find((r) => r.names[0] === `prfaq/${rule.meta.id}`);
      expect(custom?.information?.href).toBe(`https://github.com/prfaq/prfaq/blob/main/docs/rules/${rule.meta.id}.md`);
      expect(custom?.tags).toEqual(['prfaq', `prfaq-${rule.meta.category}`]);
      expect(custom?.parser).toBe('none');
    }
  });

  it('reports body findings on their line and frontmatter findings after the frontmatter, naming the line', () => {
    const p = params('examples/broken-smart-reorder.md');
    const found = run(p);
    const placeholder = found.find(
      (e) => e.rule === 'prfaq/no-placeholders' && e.detail?.startsWith('frontmatter line 6: '),
    );
    expect(placeholder?.lineNumber).toBe(1);
    const weasel = found.find((e) => e.rule === 'prfaq/weasel-words');
    expect(weasel).toMatchObject({
      lineNumber: 24 - p.frontMatterLines.length,
      detail: expect.stringContaining('"seamlessly"'),
    });
    // A range, when given, lies on the reported line.
    for (const e of found)
      if (e.range) expect(e.range[0] + e.range[1] - 1).toBeLessThanOrEqual(p.lines[e.lineNumber - 1]!.length);
  });

  it('reports nothing for Markdown the prfaq config does not select', () => {
    expect(run(params('examples/broken-smart-reorder.expected.md'))).toEqual([]);
  });
});
