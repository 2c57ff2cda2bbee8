// `prfaq rules`: every registered rule with its category, its severity in each preset, whether it
// fixes, and its docs link — read from the registry, never typed twice.
import { docsUrl, presetRules, rules as registry, type Severity } from '@prfaq/lint';
import { ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';

export interface RuleRow {
  id: string;
  category: string;
  description: string;
  recommended: Severity;
  strict: Severity;
  fixable: string | null;
  docs: string;
}

export function ruleRows(): RuleRow[] {
  const recommended = presetRules('recommended');
  const strict = presetRules('strict');
  return [...registry]
    .sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id))
    .map((rule) => ({
      id: rule.meta.id,
      category: rule.meta.category,
      description: rule.meta.description,
      recommended: recommended[rule.meta.id] ?? 'off',
      strict: strict[rule.meta.id] ?? 'off',
      fixable: rule.meta.fixable ?? null,
      docs: docsUrl(rule.meta.id),
    }));
}

export function runRules(flags: { format: 'table' | 'json' | 'markdown' }, io: Io): number {
  const rows = ruleRows();
  if (flags.format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (flags.format === 'markdown') io.stdout(markdownTable(rows));
  else io.stdout(textTable(rows));
  return ExitCode.Ok;
}

function textTable(rows: RuleRow[]): string {
  const header = ['rule', 'category', 'recommended', 'strict', 'fixable', 'docs'];
  const cells = rows.map((r) => [r.id, r.category, r.recommended, r.strict, r.fixable ?? '-', r.docs]);
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(width[i]!))).join('  ');
  return `${[line(header), ...cells.map(line)].join('\n')}\n\n${rows.length} rules. Configure them in prfaq.config.yaml (docs/configuration.md).\n`;
}

function markdownTable(rows: RuleRow[]): string {
  const lines = [
    '| Rule | Category | Description | recommended | strict | Fixable |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| [${r.id}](${r.docs}) | ${r.category} | ${r.description.replace(/\|/g, '\\|')} | ${r.recommended} | ${r.strict} | ${r.fixable ?? ''} |`,
    );
  return `${lines.join('\n')}\n`;
}
