// Large documents are parsed in pieces; this proves the pieces give the tree a whole parse gives,
// on the constructs that could tell the difference (frontmatter comments, fences, raw HTML,
// reference links and footnotes defined far away, lists, tables, CRLF). And the table construct that
// gives up early gives the tree micromark's own gives.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { findDelimiterRows, parseTree } from '../src/tree.js';

const SECTIONS = [
  '# Acme launches [Pay Later][pl]\n\nShoppers pay in four.[^terms]\n',
  '## FAQ\n\n### How much?\n\nNothing, see [pricing][].\n',
  '```md\n\n# not a heading inside a fence\n\n[fake]: https://fence.example\n```\n',
  '<!--\n\n# not a heading inside a comment\n\n-->\n',
  '<pre>\n\n# not a heading inside pre\n\n</pre>\n',
  '- item one\n\n  continued\n\n- item two\n',
  '> quote\n>\n> more\n',
  '| Stakeholder | Objection | Status |\n| --- | --- | --- |\n| Finance | Cost | open |\n',
  '1. Is it safe?\n\n   Yes, see [safety][s].\n',
  'Text with a ref [PL][pl] and a footnote.[^terms]\n',
  '~~~\n# tilde fence\n~~~\n',
  '#hashtag is not a heading\n',
  '<div>\n# inside an HTML block until the blank line\n</div>\n',
  '    # indented code, not a heading\n',
];
const DEFINITIONS =
  '[pl]: https://example.com/pay-later "Pay Later"\n[pricing]: https://example.com/pricing\n[s]: https://example.com/safety\n\n[^terms]: Terms apply.\n';
const FRONTMATTER = '---\ntitle: Pay Later\n\n# a YAML comment after a blank line\nstatus: draft\n---\n\n';

function strip(tree: ReturnType<typeof parseTree>): string {
  return JSON.stringify(tree.children);
}

describe('parseTree in pieces', () => {
  it('gives the same tree as a whole parse on assembled documents', () => {
    const doc = fc
      .tuple(
        fc.array(fc.constantFrom(...SECTIONS), { minLength: 5, maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([parts, frontmatter, definitions, eol]) =>
        `${frontmatter ? FRONTMATTER : ''}${parts.join('\n')}\n${definitions ? DEFINITIONS : ''}`.replace(/\n/gu, eol),
      );
    fc.assert(
      fc.property(doc, (text) => {
        const whole = parseTree(text, { threshold: Number.POSITIVE_INFINITY });
        const pieces = parseTree(text, { threshold: 0, chunkSize: 1 });
        expect(strip(pieces)).toBe(strip(whole));
        expect(pieces.position?.end.offset).toBe(text.length);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts only where a heading follows a blank line outside code and raw HTML', () => {
    const text = `${FRONTMATTER}${SECTIONS.join('\n')}\n${DEFINITIONS}`;
    const pieces = parseTree(text, { threshold: 0, chunkSize: 1 });
    const headings = pieces.children.filter((node) => node.type === 'heading').map((node) => node.position?.start.line);
    expect(headings).toEqual(
      parseTree(text, { threshold: Number.POSITIVE_INFINITY })
        .children.filter((node) => node.type === 'heading')
        .map((node) => node.position?.start.line),
    );
    expect(pieces.children.filter((node) => node.type === 'definition').length).toBe(3);
  });
});

/** The reference: micromark's own table construct, unguarded, with the rest of parseTree's syntax. */
const reference = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(function (this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
  })
  .freeze();

// Table fragments chosen to reach every branch of the guard: header rows with and without pipes, body
// rows without pipes, tables in quotes and lists (prefixes before the delimiter row), lazy lines,
// a table right after a paragraph, delimiter-looking lines that are not tables, line endings, and
// headings after a blank line (where a large document is cut into pieces).
const TABLE_LINES = [
  '| a | b |',
  'a | b',
  '| - | - |',
  '|:--|--:|',
  '--- | ---',
  '| --- |',
  '---',
  '-',
  ':-:',
  'plain text',
  'x',
  '| only | pipes',
  '> | q | r |',
  '> | - | - |',
  '> lazy',
  '- | l | m |',
  '  | - | - |',
  '  - | n |',
  '    | --- |',
  '1. | o |',
  '   |---|',
  '',
  '# heading',
  '\n## Section',
  '    | indented | code |',
  '```',
];

describe('the guarded table construct', () => {
  it('finds delimiter-row candidates by micromark line numbers across LF, CRLF and CR', () => {
    expect([...findDelimiterRows('| a |\n| - |\r\nx\r| :-: |\n> |--|\n- text\n---\n:-:\n')]).toEqual([2, 4, 5, 8]);
    expect([...findDelimiterRows('no hyphen | at all\n| a |')]).toEqual([]);
  });

  it("gives the tree of micromark's unguarded table construct", () => {
    const doc = fc
      .tuple(
        fc.array(fc.constantFrom(...TABLE_LINES), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([lines, eol]) => lines.join('\n').replace(/\n/gu, eol));
    fc.assert(
      fc.property(doc, (text) => {
        expect(strip(parseTree(text))).toBe(strip(reference.parse(text)));
      }),
      { numRuns: 400, examples: [[TABLE_LINES.join('\n')]] },
    );
  });

  it('gives the same tree on every document in the repository', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const documents = [
      'examples',
      'templates',
      'packages/lint/fixtures',
      'packages/cli/test/realworld',
      'docs',
    ].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(root, dir, name)),
    );
    expect(documents.length).toBeGreaterThan(100);
    const tables = documents.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const tree = reference.parse(text);
      expect(strip(parseTree(text)), file).toBe(strip(tree));
      return tree.children.some((node) => node.type === 'table');
    });
    expect(tables.length).toBeGreaterThan(10);
  });
});
