// YAML frontmatter: data, key/value locations, and every YAML problem as a positioned ParseProblem.
import { describe, expect, it } from 'vitest';
import { parse, MAX_YAML_ALIASES } from '@prfaq/core';
import { at } from './helpers.js';

const problem = (text: string) => {
  const doc = parse(text);
  return doc.problems.map((p) => ({
    code: p.code,
    line: p.span.start.line,
    column: p.span.start.column,
    text: at(doc, p.span),
  }));
};

describe('frontmatter', () => {
  it('maps every key and value to its span, nested by path', () => {
    const doc = parse(
      '---\ntitle: Pay Later\nstakeholders:\n  - name: Raj\n    signoff: pending\n  - Ana (Legal)\n---\n# H\n',
    );
    expect(Object.keys(doc.frontmatter.locations)).toEqual([
      '/title',
      '/stakeholders',
      '/stakeholders/0',
      '/stakeholders/1',
      '/stakeholders/0/name',
      '/stakeholders/0/signoff',
    ]);
    expect(at(doc, doc.frontmatter.locations['/stakeholders/0/signoff']?.key)).toBe('signoff');
    expect(at(doc, doc.frontmatter.locations['/stakeholders/0/signoff']?.value)).toBe('pending');
    expect(doc.frontmatter.locations['/stakeholders/0/signoff']?.value.start).toMatchObject({ line: 5, column: 14 });
    expect(at(doc, doc.frontmatter.locations['/stakeholders/1']?.value)).toBe('Ana (Legal)');
    expect(doc.stakeholders.map((s) => [s.name, s.role, s.signoff])).toEqual([
      ['Raj', undefined, 'pending'],
      ['Ana', 'Legal', undefined],
    ]);
    expect(at(doc, doc.frontmatter.span)).toMatch(/^---\n[\s\S]*\n---$/u);
  });

  it('reports a syntax error at its line in the file and keeps no data', () => {
    const doc = parse('---\ntitle: ok\nstatus: [draft\nowner: x\n---\n# H\n');
    expect(problem('---\ntitle: ok\nstatus: [draft\nowner: x\n---\n# H\n')).toEqual([
      { code: 'yaml-syntax', line: 4, column: 1, text: 'o' },
    ]);
    expect(doc.frontmatter.data).toEqual({});
    expect(doc.sections[0]?.title).toBe('H');
  });

  it('reports a list or a scalar where a mapping belongs', () => {
    expect(problem('---\n- a\n- b\n---\n')).toEqual([
      { code: 'yaml-not-mapping', line: 2, column: 1, text: '- a\n- b\n' },
    ]);
    expect(problem('---\njust text\n---\n')[0]).toMatchObject({ code: 'yaml-not-mapping', line: 2, text: 'just text' });
  });

  it('reports a duplicate key on the second key, keeping the last value', () => {
    const doc = parse('---\ntitle: a\nstatus: draft\ntitle: b\n---\n');
    expect(problem('---\ntitle: a\nstatus: draft\ntitle: b\n---\n')).toEqual([
      { code: 'yaml-duplicate-key', line: 4, column: 1, text: 'title' },
    ]);
    expect(doc.frontmatter.data.title).toBe('b');
  });

  it('never constructs custom tags: the value stays text and the tag is reported', () => {
    const doc = parse('---\ntitle: !!js/function "function () { return 1 }"\nx: !custom 3\n---\n');
    expect(doc.frontmatter.data).toEqual({ title: 'function () { return 1 }', x: '3' });
    expect(problem('---\ntitle: !!js/function "function () { return 1 }"\n---\n')).toEqual([
      { code: 'yaml-unsafe', line: 2, column: 8, text: '!!js/function' },
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lol = Array.from({ length: 9 }, () => '"lol"').join(',');
    const level = (name: string, ref: string) =>
      `${name}: &${name} [${Array.from({ length: 9 }, () => `*${ref}`).join(',')}]`;
    const text = `---\na: &a [${lol}]\n${level('b', 'a')}\n${level('c', 'b')}\n${level('d', 'c')}\n${level('e', 'd')}\n---\n# H\n`;
    const doc = parse(text);
    expect(doc.problems.map((p) => p.code)).toEqual(['yaml-unsafe']);
    expect(doc.problems[0]!.message).toContain(String(MAX_YAML_ALIASES));
    expect(doc.frontmatter.data).toEqual({});
    expect(doc.sections[0]?.title).toBe('H');
  });

  it('keeps plain data: dates as text, no prototype pollution', () => {
    const doc = parse(
      '---\ndecision-date: 2026-12-10\nwhen: 2026-12-10T10:00:00Z\nseats: 12\n__proto__: { polluted: 1 }\n---\n',
    );
    expect(doc.frontmatter.data['decision-date']).toBe('2026-12-10');
    expect(doc.frontmatter.data.when).toBe('2026-12-10T10:00:00Z');
    expect(doc.frontmatter.data.seats).toBe(12);
    expect(Object.prototype.hasOwnProperty.call(doc.frontmatter.data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.frontmatter.data)).toBe(Object.prototype);
  });

  it('treats no frontmatter and an empty block as no data, without problems', () => {
    expect(parse('# H\n').frontmatter).toMatchObject({ present: false, data: {}, span: undefined });
    expect(parse('---\n---\n# H\n').frontmatter).toMatchObject({ present: true, data: {} });
    expect(parse('---\n---\n# H\n').problems).toEqual([]);
  });

  it('positions problems in a CRLF file on the right line', () => {
    expect(problem('---\r\ntitle: a\r\nstatus: [x\r\n---\r\n')[0]).toMatchObject({ code: 'yaml-syntax', line: 4 });
  });

  it('reads numbers where strings are expected as text in the model', () => {
    const doc = parse(
      '---\nstakeholders:\n  - name: 42\n    role: 7\noutcomes:\n  - statement: 3\n    target: 0.5\n---\n',
    );
    expect(doc.stakeholders[0]).toMatchObject({ name: '42', role: '7' });
    expect(doc.outcomes[0]).toMatchObject({ statement: '3', target: '0.5' });
  });
});
