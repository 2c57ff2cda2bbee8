import { describe, expect, it } from 'vitest';
import { lint, lintDocument } from './engine.js';
import { parse } from '@prfaq/core';
import { resolveConfig } from './config/resolve.js';
import { throwingRule, wordRule } from './testing/rules.js';
import type { Span } from '@prfaq/core';
import type { Rule } from './types.js';

const foo = wordRule('no-foo', 'foo', 'warn');
const bar = wordRule('no-bar', 'bar', 'error');
const rules = [foo, bar] as Rule[];

describe('lint()', () => {
  it('runs every enabled rule once on the shared document and sorts diagnostics by position', () => {
    const result = lint('# Title\n\nbar and foo\n\nfoo again\n', { rules });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.endColumn])).toEqual([
      ['no-bar', 'error', 3, 1, 4],
      ['no-foo', 'warn', 3, 9, 12],
      ['no-foo', 'warn', 5, 1, 4],
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 2, infoCount: 0, fixableCount: 0 });
  });

  it('takes severity and options from the config, and turns rules off', () => {
    const result = lint('foo bar baz\n', {
      rules,
      config: { rules: { 'no-foo': ['error', { word: 'baz' }], 'no-bar': 'off' } },
    });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.column])).toEqual([['no-foo', 'error', 9]]);
  });

  it('lets a report lower its severity but never raise it', () => {
    const lowering: Rule = {
      meta: {
        id: 'lowering',
        description: '',
        category: 'writing',
        recommended: 'warn',
        messages: { lowered: 'lowered', raised: 'raised' },
      },
      check(doc, ctx) {
        const start = doc.positionAt(0);
        ctx.report({ messageId: 'lowered', span: { start, end: start }, severity: 'info' });
        ctx.report({ messageId: 'raised', span: { start, end: start }, severity: 'error' });
      },
    };
    const result = lint('x\n', { rules: [lowering] });
    expect(result.diagnostics.map((d) => [d.message, d.severity])).toEqual([
      ['lowered', 'info'],
      ['raised', 'warn'],
    ]);
  });

  it('turns a rule that throws into one diagnostic and still runs the others', () => {
    const result = lint('foo\n', { rules: [throwingRule, foo] });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['always-throws', 'error', 'Rule always-throws failed on this document: boom'],
      ['no-foo', 'warn', 'Unexpected "foo"'],
    ]);
  });

  it('runs only the rules asked for, even one the config turns off', () => {
    const result = lint('foo bar\n', { rules, only: ['no-bar'], config: { rules: { 'no-bar': 'off' } } });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['no-bar', 'error']]);
  });

  it('reports frontmatter YAML problems as frontmatter-yaml diagnostics', () => {
    const result = lint('---\ntitle: [unclosed\n---\n\n# T\n', { rules: [] });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.ruleId === 'frontmatter-yaml' && d.severity === 'error')).toBe(true);
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('applies overrides whose globs match the path', () => {
    const config = {
      rules: { 'no-foo': 'warn' as const },
      overrides: [{ files: ['drafts/**'], rules: { 'no-foo': 'off' as const } }],
    };
    expect(lint('foo\n', { rules, config, path: 'drafts/x.md' }).diagnostics).toEqual([]);
    expect(lint('foo\n', { rules, config, path: 'final/x.md' }).diagnostics).toHaveLength(1);
  });

  it('passes the config section aliases to the parser and the profile to rules', () => {
    const seen: string[] = [];
    const spy: Rule = {
      meta: { id: 'spy', description: 'Reports what it was given', category: 'structure', recommended: 'warn' },
      check(doc, ctx) {
        seen.push(
          `${ctx.profile}:${JSON.stringify(ctx.profileDef.required)}`,
          ...doc.sections.map((section) => `${section.title}=${section.kind}`),
        );
      },
    };
    const text = '# Launch\n\n## Elevator pitch\n\nText.\n';
    lint(text, { rules: [spy], config: { rules: { spy: 'warn' } } });
    lint(text, {
      rules: [spy],
      config: {
        rules: { spy: 'warn' },
        sections: { summary: ['Elevator pitch'] },
        profile: 'tiny',
        profiles: { tiny: { required: ['summary'] } },
      },
    });
    expect(seen.filter((entry) => entry.startsWith('Elevator pitch'))).toEqual([
      'Elevator pitch=unknown',
      'Elevator pitch=summary',
    ]);
    expect(seen).toContain('tiny:["summary"]');
  });

  it('lintDocument lints a parsed document with an effective config', () => {
    const doc = parse('bar\n', { path: 'a.md' });
    const result = lintDocument(doc, resolveConfig({ rules: { 'no-bar': 'warn' } }, { rules }), { rules });
    expect(result.path).toBe('a.md');
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['no-bar', 'warn']]);
  });
});

describe('messages', () => {
  const speaker = (report: (ctx: Parameters<Rule['check']>[1], at: Span) => void): Rule => ({
    meta: {
      id: 'speaker',
      description: '',
      category: 'writing',
      recommended: 'warn',
      messages: {
        plain: 'Nothing to fill',
        filled: '{{who}} said "{{what}}" {{ count }} times',
      },
    },
    check(doc, ctx) {
      const start = doc.positionAt(0);
      report(ctx, { start, end: start });
    },
  });
  const run = (rule: Rule) => lint('x\n', { rules: [rule] }).diagnostics.map((d) => [d.messageId, d.message]);

  it('renders the template of the messageId, filling {{name}} from data, and records the id', () => {
    const rule = speaker((ctx, span) => {
      ctx.report({ messageId: 'plain', span });
      ctx.report({ messageId: 'filled', data: { who: 'Legal', what: 'no', count: 3 }, span });
    });
    expect(run(rule)).toEqual([
      ['filled', 'Legal said "no" 3 times'],
      ['plain', 'Nothing to fill'],
    ]);
  });

  it('inserts data once: text in data that looks like a placeholder stays as written', () => {
    const rule = speaker((ctx, span) => {
      ctx.report({ messageId: 'filled', data: { who: '{{what}}', what: '{{who}}', count: '{{count}}' }, span });
    });
    expect(run(rule)).toEqual([['filled', '{{what}} said "{{who}}" {{count}} times']]);
  });

  it('leaves a placeholder without data as written', () => {
    const rule = speaker((ctx, span) => {
      ctx.report({ messageId: 'filled', data: { who: 'Finance' }, span });
    });
    expect(run(rule)).toEqual([['filled', 'Finance said "{{what}}" {{ count }} times']]);
  });

  it('turns an unknown messageId (or an inherited key) into the rule-failed diagnostic', () => {
    for (const id of ['nope', 'toString']) {
      const rule = speaker((ctx, span) => {
        ctx.report({ messageId: id, span });
      });
      expect(run(rule)).toEqual([['rule-failed', `Rule speaker failed on this document: unknown messageId "${id}"`]]);
    }
  });

  it('gives engine diagnostics an id too: the parse problem code', () => {
    const result = lint('---\ntitle: [unclosed\n---\n# T\n', { rules: [] });
    expect(result.diagnostics.map((d) => [d.ruleId, d.messageId?.startsWith('yaml-')])).toEqual([
      ['frontmatter-yaml', true],
    ]);
  });
});

describe('lint({ fix: true })', () => {
  const fixer = wordRule('fix-foo', 'foo', 'warn', 'qux') as Rule;

  it('returns the fixed text with the BOM and CRLF line endings kept, and the problems left', () => {
    const text = '\uFEFF# Title\r\n\r\nfoo and foo\r\nbar\r\n';
    const result = lint(text, { rules: [fixer, bar], fix: true });
    expect(result.output).toBe('\uFEFF# Title\r\n\r\nqux and qux\r\nbar\r\n');
    expect(result.fixedCount).toBe(2);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['no-bar']);
  });

  it('stops after 10 passes when fixes keep producing new problems', () => {
    let passes = 0;
    const grow: Rule = {
      meta: {
        id: 'grow',
        description: 'Always wants one more line',
        category: 'writing',
        recommended: 'warn',
        fixable: 'writing',
        messages: { more: 'more than {{length}} characters' },
      },
      check(doc, ctx) {
        passes++;
        const start = doc.positionAt(0);
        // A new problem each time (the same one coming back is a fix that failed, applied only once).
        ctx.report({
          messageId: 'more',
          data: { length: doc.text.length },
          span: { start, end: start },
          fix: { edits: [{ range: [0, 0], text: '+\n' }] },
        });
      },
    };
    const result = lint('x\n', { rules: [grow], fix: true });
    expect(result.output).toBe(`${'+\n'.repeat(10)}x\n`);
    expect(result.fixedCount).toBe(10);
    // One lint of the original, then one after each of the 10 passes.
    expect(passes).toBe(11);
  });

  it('leaves the text alone when there is nothing to fix', () => {
    const result = lint('nothing here\n', { rules: [fixer], fix: true });
    expect(result.output).toBe('nothing here\n');
    expect(result.fixedCount).toBe(0);
  });
});

describe('lint() on any text', () => {
  it('never throws and always returns positions inside the text, with the real rules', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom(
      '# ',
      '## FAQ\n',
      '---\n',
      'title: x\n',
      '| a | b |\n',
      '|---|---|\n',
      '- [ ] ',
      '**Q:** ',
      '?',
      '\r\n',
      '\n',
      '\uFEFF',
      '<!-- prfaq-disable -->',
      '```',
      '😀',
      'TBD',
      ': [',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const result = lint(text, { path: 'x.md' });
        const body = text.replace(/^\uFEFF/, '');
        for (const d of result.diagnostics) {
          expect(d.offset).toBeGreaterThanOrEqual(0);
          expect(d.endOffset).toBeLessThanOrEqual(body.length);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/failed on this document/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
