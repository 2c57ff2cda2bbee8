import { parse, type PrfaqDocument } from '@prfaq/core';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline, placeholdersIn, render, TemplateSyntaxError } from './render.js';

// One value in every place a template puts one: frontmatter, heading, sentence, its own paragraph, table cell.
const TEMPLATE = `---
title: "{{title}}"
status: draft
owner: "{{owner}}"
---

# {{title}}

Today {{title}} launches.

{{title}}

| Name | Note |
| --- | --- |
| {{title}} | fixed |
`;

type Block = PrfaqDocument['tree']['children'][number];
/** The mdast shape this test reads: text values and children. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

function text(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(text).join('');
}

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** What a reader (and every rule) sees of a rendered document: frontmatter data, block structure, and text. */
function shape(source: string) {
  const doc = parse(source);
  const blocks = doc.tree.children.filter((n) => n.type !== 'yaml');
  const [heading, sentence, ...rest] = blocks as Block[];
  const table = rest.at(-1)!;
  const own = rest.slice(0, -1);
  return {
    problems: doc.problems,
    data: doc.frontmatter.data,
    sections: doc.sections.length,
    types: [heading?.type, sentence?.type, table.type, ...new Set(own.map((n) => n.type))],
    heading: squash(text(heading!)),
    sentence: squash(text(sentence!)),
    own: squash(own.map((n) => text(n)).join(' ')),
    table: table.type === 'table' ? table.children.map((row) => row.children.map((cell) => squash(text(cell)))) : [],
  };
}

function expectSafe(value: string): void {
  const out = render(TEMPLATE, { title: value, owner: 'Jane' });
  const got = shape(out);
  expect(got.problems).toEqual([]);
  // The frontmatter has exactly its keys, and the value comes back as typed.
  expect(got.data).toEqual({ title: value, status: 'draft', owner: 'Jane' });
  expect(got.sections).toBe(1);
  expect(got.types).toEqual(['heading', 'paragraph', 'table', ...(squash(value) === '' ? [] : ['paragraph'])]);
  expect(got.heading).toBe(squash(value));
  expect(got.sentence).toBe(squash(`Today ${value} launches.`));
  expect(got.own).toBe(squash(value));
  expect(got.table).toEqual([
    ['Name', 'Note'],
    [squash(value), 'fixed'],
  ]);
}

describe('render', () => {
  it('fills placeholders and leaves unfilled ones visible', () => {
    const out = render('---\ntitle: "{{title}}"\nowner: "{{owner}}"\n---\n\n# {{title}}\n\nBy {{owner}}.\n', { title: 'Instant Payouts' });
    expect(out).toBe('---\ntitle: Instant Payouts\nowner: "{{owner}}"\n---\n\n# Instant Payouts\n\nBy {{owner}}.\n');
  });

  it('keeps the template frontmatter comments', () => {
    const out = render('---\nstatus: draft # draft | review\ntitle: "{{title}}"\n---\n', { title: 'X' });
    expect(out).toBe('---\nstatus: draft # draft | review\ntitle: X\n---\n');
  });

  it.each([
    ['a new key', 'Payouts\nstatus: approved'],
    ['a closing fence and a section', 'Payouts\n---\n# Injected\n## Objections'],
    ['a colon and a comment', 'Payouts: now # not a comment'],
    ['quotes', `"double" and 'single' quotes`],
    ['YAML flow syntax', '{a: 1, b: [2, 3]}'],
    ['YAML anchors, aliases and tags', '&anchor *alias !!js/function "return 1"'],
    ['YAML scalars of other types', 'true'],
    ['a date', '2026-12-10'],
    ['a list', '- one\n- two'],
    ['Markdown headings and breaks', '# H1\n\n## H2\n\n***\n\n===\n---'],
    ['HTML and a suppression comment', '<!-- prfaq-disable no-placeholders --><b>bold</b><script>x()</script>'],
    ['table pipes', 'a | b || c'],
    ['emphasis, code and links', '*em* _em_ **strong** `code` [link](https://x.test) ![img](x.png) [ref]'],
    ['list and quote markers at line starts', '1. one\n2) two\n+ plus\n> quote\n    indented code'],
    ['fences', '```js\nx()\n```\n~~~'],
    ['entities and escapes', '&copy; &#65; \\* \\'],
    ['a placeholder of another variable', '{{owner}}'],
    ['trailing backslash and hard-break spaces', 'line one  \nline two\\'],
    ['emoji and other scripts', '🚀 Zahlungen sofort — 即時 payouts'],
  ])('escapes %s so the document keeps its shape', (_label, value) => {
    expectSafe(value);
  });

  it('keeps any text from changing the document shape (property)', () => {
    const alphabet = fc.constantFrom(...'ab ZQ9\n\n\t#*_`~[]()<>!|\\-+=:>{}&;.1"\''.split(''), '---', '```', '<!--', '-->', '{{owner}}', '\r\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (raw) => {
        // What prfaq new does to a value before rendering: line endings made \n, outer whitespace trimmed.
        expectSafe(raw.replace(/\r\n?/g, '\n').trim());
      }),
      { numRuns: 200 },
    );
  });

  it('expands in one pass: a value holding {{other}} is never expanded', () => {
    const out = render('# {{title}}\n\nBy {{owner}}.\n', { title: '{{owner}}', owner: 'Jane' });
    expect(out).toBe('# \\{\\{owner\\}\\}\n\nBy Jane.\n');
    expect(out).not.toContain('# Jane');
  });

  it('leaves placeholders in HTML comments and fenced code alone', () => {
    const source = '<!-- about {{title}} -->\n\n```\n{{title}}\n```\n\n{{title}}\n';
    expect(render(source, { title: '--> <b>x</b>' })).toBe('<!-- about {{title}} -->\n\n```\n{{title}}\n```\n\n\\--\\> \\<b\\>x\\</b\\>\n');
  });

  it('keeps paragraphs of a block value and joins the lines of an inline one', () => {
    expect(escapeBlock('First line\nsecond line\n\n\nNew paragraph')).toBe('First line\nsecond line\n\nNew paragraph');
    expect(escapeInline('First line\n\nsecond')).toBe('First line second');
  });

  it('reads CRLF and BOM templates like LF ones', () => {
    expect(render('\uFEFF---\r\ntitle: "{{title}}"\r\n---\r\n\r\n# {{title}}\r\n', { title: 'X' })).toBe('---\ntitle: X\n---\n\n# X\n');
  });

  it('reports a template whose frontmatter is broken', () => {
    expect(() => render('---\ntitle: [unclosed\n---\n', {})).toThrow(TemplateSyntaxError);
    expect(() => render('---\ntitle: x\n', {})).toThrow('no closing ---');
    expect(() => render('---\ncount: {{n}}\n---\n', {})).toThrow('{{n}} in the frontmatter is not inside a quoted value; write it as key: "{{n}}"');
    expect(() => render('---\n{{key}}: x\n---\n', {})).toThrow('{{key}} in the frontmatter is not inside a quoted value');
  });

  it('lists the placeholders a template uses', () => {
    expect(placeholdersIn('{{ b }} {{a}} {{b}} {{Not}} {x}')).toEqual(['b', 'a']);
  });

  it('writes frontmatter values as YAML that reads back to the same text', () => {
    const value = 'x: "y"\n---\n  z # w';
    const out = render('---\ntitle: "{{title}}"\n---\n', { title: value });
    expect(parseYaml(out.slice(4, out.lastIndexOf('---')))).toEqual({ title: value });
  });
});
