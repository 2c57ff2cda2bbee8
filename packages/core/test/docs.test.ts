// docs/format.md lists every alias prfaq recognises: the tables in the code are the source, this keeps the page honest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_STATUS_ALIASES,
  LIMITS,
  OBJECTION_COLUMNS,
  OBJECTION_STATUS_ALIASES,
  SECTION_ALIASES,
  SIGNOFF_ALIASES,
  STAKEHOLDER_COLUMNS,
} from '@prfaq/core';

const page = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

/** The cell after `| \`name\` |` in the first table row naming it. */
function row(name: string, after = 0): string {
  const start = page.indexOf(`| \`${name}\` |`, after);
  expect(start, `docs/format.md has a row for ${name}`).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('\n', start));
}

describe('docs/format.md', () => {
  it.each([
    ['section aliases', SECTION_ALIASES, '### Section aliases'],
    ['document statuses', DOCUMENT_STATUS_ALIASES, '### Status words'],
    ['objection columns', OBJECTION_COLUMNS, '**A GFM table**'],
    ['objection statuses', OBJECTION_STATUS_ALIASES, '### Objection status words'],
    ['sign-offs', SIGNOFF_ALIASES, '| sign-off | aliases |'],
    ['stakeholder columns', STAKEHOLDER_COLUMNS, 'A stakeholders table is found'],
  ] as const)('lists every one of the %s', (_name, table, heading) => {
    const from = page.indexOf(heading);
    expect(from).toBeGreaterThanOrEqual(0);
    for (const [kind, aliases] of Object.entries(table as Record<string, readonly string[]>)) {
      const cells = row(kind, from)
        .split('|')
        .slice(2, -1)
        .join('|')
        .split(',')
        .map((cell) => cell.trim());
      expect(cells).toEqual([...aliases]);
    }
  });

  it('states the limits the code applies', () => {
    for (const value of Object.values(LIMITS)) expect(page).toContain(value.toLocaleString('en-US'));
  });
});
