import { parse } from '@prfaq/core';
import { describe, expect, it } from 'vitest';
import { lint } from './engine.js';
import { findDirectives } from './suppress.js';
import { wordRule } from './testing/rules.js';
import type { Rule } from './types.js';

const rules = [wordRule('no-foo', 'foo', 'warn'), wordRule('no-bar', 'bar', 'error')] as Rule[];
const found = (text: string, reportUnusedDirectives?: 'warn') =>
  lint(text, { rules, ...(reportUnusedDirectives ? { reportUnusedDirectives } : {}) }).diagnostics.map(
    (d) => `${d.line} ${d.ruleId}`,
  );

describe('suppression comments', () => {
  it('reads every directive form with its ids and reason', () => {
    const doc = parse(
      [
        '<!-- prfaq-disable no-foo no-bar -- legal asked for this wording -->',
        '<!-- prfaq-enable -->',
        '<!--prfaq-disable-next-line no-foo,no-bar-->',
        'text',
        '',
        '<!-- prfaq-disable-file -->',
        '',
      ].join('\n'),
    );
    expect(findDirectives(doc).map((d) => [d.kind, d.ids, d.reason, d.line])).toEqual([
      ['disable', ['no-foo', 'no-bar'], 'legal asked for this wording', 1],
      ['enable', [], undefined, 2],
      ['disable-next-line', ['no-foo', 'no-bar'], undefined, 3],
      ['disable-file', [], undefined, 6],
    ]);
  });

  it('disable ... enable suppresses only the named rules, only in between', () => {
    const text = [
      'foo bar',
      '',
      '<!-- prfaq-disable no-foo -->',
      '',
      'foo bar',
      '',
      '<!-- prfaq-enable no-foo -->',
      '',
      'foo bar',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['1 no-foo', '1 no-bar', '5 no-bar', '9 no-foo', '9 no-bar']);
  });

  it('disable without ids suppresses every rule until the end; enable of one id brings that one back', () => {
    const text = [
      'foo bar',
      '',
      '<!-- prfaq-disable -->',
      '',
      'foo bar',
      '',
      '<!-- prfaq-enable no-bar -->',
      '',
      'foo bar',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['1 no-foo', '1 no-bar', '9 no-bar']);
  });

  it('disable-next-line covers the next line only', () => {
    const text = ['<!-- prfaq-disable-next-line no-bar -->', 'foo bar', 'foo bar', ''].join('\n');
    expect(found(text)).toEqual(['2 no-foo', '3 no-foo', '3 no-bar']);
  });

  it('disable-file covers the whole document, wherever it is written', () => {
    const text = ['foo bar', '', 'foo bar', '', '<!-- prfaq-disable-file no-foo -->', ''].join('\n');
    expect(found(text)).toEqual(['1 no-bar', '3 no-bar']);
    expect(found(`foo bar\n\n<!-- prfaq-disable-file -->\n`)).toEqual([]);
  });

  it('ignores directives inside code and inside ordinary comments', () => {
    const text = [
      '```',
      '<!-- prfaq-disable-file -->',
      '```',
      '',
      '    <!-- prfaq-disable-file -->',
      '',
      '<!-- not prfaq-disable-file -->',
      '',
      'foo',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['9 no-foo']);
  });

  it('works in CRLF documents with a BOM', () => {
    const text = '\uFEFF<!-- prfaq-disable-next-line no-foo -->\r\nfoo\r\nfoo\r\n';
    expect(found(text)).toEqual(['3 no-foo']);
  });

  it('reports unknown rule ids, always', () => {
    const result = lint('<!-- prfaq-disable no-fooo -->\n\nfoo\n', { rules });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.message])).toEqual([
      [
        'directive-unknown-rule',
        'warn',
        1,
        'Unknown rule "no-fooo" in prfaq-disable; expected a rule id listed by `prfaq rules`',
      ],
      ['no-foo', 'warn', 3, 'Unexpected "foo"'],
    ]);
  });

  it('reports directives that suppress nothing only when asked, and not for rules that did not run', () => {
    const text = [
      '<!-- prfaq-disable-next-line no-foo -->',
      'clean',
      '',
      '<!-- prfaq-disable-next-line -->',
      'clean',
      '',
      '<!-- prfaq-disable-next-line no-foo no-bar -->',
      'foo',
      '',
    ].join('\n');
    expect(found(text)).toEqual([]);
    const unused = lint(text, { rules, reportUnusedDirectives: 'warn' }).diagnostics;
    expect(unused.map((d) => [d.line, d.message])).toEqual([
      [1, 'Unused prfaq-disable-next-line directive: no-foo reported nothing here; remove it'],
      [4, 'Unused prfaq-disable-next-line directive: no problem was suppressed; remove it'],
      [7, 'Unused prfaq-disable-next-line directive: no-bar reported nothing here; remove it'],
    ]);
    const onlyFoo = lint(text, { rules, only: ['no-foo'], reportUnusedDirectives: 'warn' }).diagnostics;
    // no-bar did not run, so the third directive is not unused.
    expect(onlyFoo.map((d) => d.line)).toEqual([1, 4]);
  });

  it('lets a directive name an engine id such as frontmatter-yaml', () => {
    const text = '---\ntitle: [oops\n---\n\n<!-- prfaq-disable-file frontmatter-yaml -->\n';
    expect(lint(text, { rules }).diagnostics).toEqual([]);
  });
});
