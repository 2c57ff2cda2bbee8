// Properties over inputs the other property tests do not cover (see docs/robustness.md for theirs):
// readiness and diff on any text, --fix on arbitrary Markdown-ish strings, the file reader on any
// bytes, and the config parser on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '@prfaq/core';
import {
  applyFixes,
  assessReadiness,
  ConfigError,
  diffDocuments,
  lint,
  parseConfigText,
  selectFixes,
} from '@prfaq/lint';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readMarkdown } from '../../src/shared/read.js';

/** Characters that make Markdown and YAML interesting, so short random strings hit real constructs. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '#',
        '# ',
        '## ',
        '---\n',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '|',
        '- ',
        '- [ ] ',
        '> ',
        '*',
        '**',
        '`',
        '```\n',
        '[',
        ']',
        '(',
        ')',
        ':',
        'Q: ',
        'A: ',
        '?',
        '<!-- prfaq-disable',
        ' -->',
        '{{x}}',
        'TBD',
        '\uFEFF',
        '\t',
        'é',
        '🚀',
      ),
      fc.constantFrom(
        'Summary',
        'Problem',
        'Solution',
        'FAQ',
        'External FAQ',
        'Internal FAQ',
        'Objections',
        'status: ',
        'draft',
        'review',
        'title: ',
        'stakeholders:',
        'open',
        'Finance',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markdownish);

function inside(text: string, d: { offset: number; endOffset: number; line: number; column: number }): boolean {
  return d.offset >= 0 && d.offset <= d.endOffset && d.endOffset <= text.length && d.line >= 1 && d.column >= 1;
}

describe('readiness and diff', () => {
  it('assessReadiness and diffDocuments never throw, and the verdict agrees with its blockers', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const sides = [a, b].map((text) => {
          const doc = parse(text);
          const result = lint(text);
          return { path: 'x.md', doc, readiness: assessReadiness(doc, result) };
        });
        for (const side of sides) {
          expect(typeof side.readiness.ready).toBe('boolean');
          expect(side.readiness.ready).toBe(side.readiness.blockers.length === 0);
        }
        const diff = diffDocuments(sides[0], sides[1]);
        expect(['modified', 'unchanged']).toContain(diff.change);
      }),
      { numRuns: 150 },
    );
  });
});

describe('lint --fix on arbitrary strings', () => {
  it('keeps every byte outside the applied edits, converges, is idempotent, and reports inside the fixed text', () => {
    fc.assert(
      fc.property(markdownish, (input) => {
        const doc = parse(input);
        const first = lint(input);
        const fixes = selectFixes(first.diagnostics, undefined, () => undefined);
        const { output, applied } = applyFixes(doc.text, fixes, doc.eol);
        // One pass: the text between consecutive edits is unchanged, in order.
        // An edit shared by several reports is applied once.
        const unique = new Map(
          applied.flatMap((f) => f.edits).map((e) => [`${e.range[0]}:${e.range[1]}:${e.text}`, e]),
        );
        const edits = [...unique.values()].sort((x, y) => x.range[0] - y.range[0]);
        let cursor = 0;
        let at = 0;
        for (const edit of edits) {
          const kept = doc.text.slice(cursor, edit.range[0]);
          expect(output.slice(at, at + kept.length)).toBe(kept);
          at += kept.length + (doc.eol === '\r\n' ? edit.text.replace(/\r?\n/g, '\r\n') : edit.text).length;
          cursor = edit.range[1];
        }
        expect(output.slice(at)).toBe(doc.text.slice(cursor));

        // All passes: the result is stable under a second --fix and its diagnostics point inside it.
        const fixed = lint(input, { fix: true });
        const text = fixed.output ?? input;
        const again = lint(text, { fix: true });
        expect(again.output ?? text).toBe(text);
        const body = text.replace(/^\uFEFF/u, '');
        for (const d of fixed.diagnostics)
          expect(inside(body, d), `${d.ruleId} ${d.offset}-${d.endOffset} of ${body.length}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('reading files', () => {
  it('readMarkdown turns any bytes into text or one cause, never an exception', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-bytes-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
          const file = path.join(dir, 'x.md');
          writeFileSync(file, bytes);
          const read = await readMarkdown(file);
          if ('text' in read) {
            // What is accepted round-trips to the same bytes: nothing is silently replaced.
            expect(Buffer.from(read.text, 'utf8').equals(Buffer.from(bytes))).toBe(true);
          } else {
            expect(read.problem).toMatch(/^[^\n]+$/);
            expect(read.line).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 300 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('config text', () => {
  it('parseConfigText returns a config or throws ConfigError, and never pollutes Object.prototype', () => {
    const keys = fc.constantFrom(
      'rules',
      'extends',
      'overrides',
      'files',
      'ignores',
      'sections',
      'profile',
      '__proto__',
      'constructor',
      'prototype',
      'headline',
      'polluted',
    );
    const yamlish = fc
      .array(
        fc.oneof(
          keys,
          fc.constantFrom(
            ': ',
            '\n',
            '  ',
            '- ',
            '[',
            ']',
            '{',
            '}',
            ',',
            '"',
            '&a ',
            '*a',
            '!!js/function ',
            'error',
            'off',
            'recommended',
          ),
          fc.string({ maxLength: 4 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.json(), fc.string({ maxLength: 100 })), (text) => {
        try {
          const config = parseConfigText(text, 'prfaq.config.yaml');
          expect(typeof config).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message).toMatch(/^prfaq\.config\.yaml[^\n]*$/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).rules).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
