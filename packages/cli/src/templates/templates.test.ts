// Every built-in template, end to end through `prfaq new`: the draft parses, lints with only
// "fill this in" findings, and once every variable is given by flags it lints clean under `recommended`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type PrfaqDocument } from '@prfaq/core';
import { lint, type Diagnostic } from '@prfaq/lint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CUSTOMER_QUESTIONS } from './manifest.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplates } from './load.js';
import { FILLED, run, tempRepo } from './testing.js';

const { templates, problems } = loadTemplates([{ dir: BUILTIN_TEMPLATES_DIR, source: 'built-in' }]);

/**
 * Rules that report a consequence of an unfilled variable. Anything else in an unfilled draft would
 * be a defect of the template itself (wrong section order, a missing part, a typo in the frontmatter).
 */
const FILL_IN_RULES = new Set([
  'no-placeholders', // the placeholders themselves
  'decision-date', // "{{decision_date}}" is not a date
  'customer-named', // the summary does not mention "{{customer}}" yet
  'outcome-measurable', // "{{outcome}}" has no number
  'outcome-in-press-release', // "{{outcome}}" is not in the press release
  'quote-attribution', // said {{leader_name}}, {{leader_role}}: no name yet
  'open-objections', // the objection row starts open, as info
]);

/** Innermost section holding `offset`. */
function sectionAt(doc: PrfaqDocument, offset: number) {
  return doc.sections.filter((s) => s.heading.start.offset <= offset && offset < Math.max(s.body.end.offset, s.heading.end.offset)).at(-1);
}

/** A diagnostic about text still holding a placeholder: in its message, its span, or the section it points at. */
function isAboutPlaceholder(d: Diagnostic, doc: PrfaqDocument): boolean {
  if (d.message.includes('{{') || doc.text.slice(d.offset, d.endOffset).includes('{{')) return true;
  const section = sectionAt(doc, d.offset);
  return section !== undefined && doc.text.slice(section.heading.start.offset, section.body.end.offset).includes('{{');
}

let repo: ReturnType<typeof tempRepo>;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => { repo.cleanup(); });

it('ships the four templates, all valid', () => {
  expect(problems).toEqual([]);
  expect(templates.map((t) => t.name)).toEqual(['feature', 'full', 'internal', 'rfc']);
});

describe.each(templates.map((t) => [t.name, t] as const))('template %s', (name, template) => {
  it('makes a draft that parses, whose only findings ask to fill it in', async () => {
    const result = await run(repo.dir, 'new', 'prfaq/draft.md', '--template', name, '--yes');
    expect(result).toMatchObject({ code: 0, err: '' });
    const text = readFileSync(path.join(repo.dir, 'prfaq/draft.md'), 'utf8');
    const doc = parse(text, { path: 'prfaq/draft.md' });

    expect(doc.problems).toEqual([]);
    expect(doc.frontmatter.present).toBe(true);
    expect(doc.status).toBe('draft');
    expect(doc.detectedProfile).toBe(template.manifest.profile);
    expect(doc.faq.length).toBeGreaterThan(0);
    expect(doc.faq.every((entry) => entry.audience !== 'unknown')).toBe(true);

    const { diagnostics } = lint(text, { path: 'prfaq/draft.md' });
    const unexpected = diagnostics.filter((d) => !FILL_IN_RULES.has(d.ruleId) || !isAboutPlaceholder(d, doc));
    expect(unexpected).toEqual([]);
    // Every variable without a default is reported where it waits to be filled, so nothing is silently left blank.
    const reported = diagnostics.filter((d) => d.ruleId === 'no-placeholders').map((d) => d.message);
    for (const variable of template.manifest.variables.filter((v) => v.default === undefined)) {
      expect(reported.some((message) => message.includes(`"{{${variable.name}}}"`)), variable.name).toBe(true);
    }
    // A draft is allowed to be unfinished: placeholders are warnings, not errors.
    expect(diagnostics.filter((d) => d.ruleId === 'no-placeholders').every((d) => d.severity === 'warn')).toBe(true);
  });

  it('filled in by flags, lints clean under recommended', async () => {
    const missing = template.manifest.variables.map((v) => v.name).filter((n) => FILLED[n] === undefined);
    expect(missing, 'give FILLED a value for every variable').toEqual([]);
    const flags = template.manifest.variables.flatMap((v) => ['--var', `${v.name}=${FILLED[v.name]}`]);
    const result = await run(repo.dir, 'new', '--template', name, ...flags);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('every field is filled');

    const file = path.join(repo.dir, 'prfaq/instant-payouts.md');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('{{');
    const doc = parse(text);
    expect(doc.meta.customer?.value).toBe(FILLED.customer);
    expect(doc.meta.owner?.value).toBe(FILLED.owner);
    // Each of the five customer questions is answered in the document, as typed.
    for (const question of CUSTOMER_QUESTIONS) expect(text).toContain(FILLED[template.manifest.questions[question]]);

    expect(lint(text, { path: 'prfaq/instant-payouts.md', config: { extends: 'recommended' } }).diagnostics).toEqual([]);
  });
});
