// Large documents are parsed in pieces; this proves the pieces give the tree a whole parse gives,
// on the constructs that could tell the difference (frontmatter comments, fences, raw HTML,
// reference links and footnotes defined far away, lists, tables, CRLF).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTree } from '../src/tree.js';

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
const DEFINITIONS = '[pl]: https://example.com/pay-later "Pay Later"\n[pricing]: https://example.com/pricing\n[s]: https://example.com/safety\n\n[^terms]: Terms apply.\n';
const FRONTMATTER = '---\ntitle: Pay Later\n\n# a YAML comment after a blank line\nstatus: draft\n---\n\n';

function strip(tree: ReturnType<typeof parseTree>): string {
  return JSON.stringify(tree.children);
}

describe('parseTree in pieces', () => {
  it('gives the same tree as a whole parse on assembled documents', () => {
    const doc = fc
      .tuple(fc.array(fc.constantFrom(...SECTIONS), { minLength: 5, maxLength: 60 }), fc.boolean(), fc.boolean(), fc.constantFrom('\n', '\r\n'))
      .map(([parts, frontmatter, definitions, eol]) => `${frontmatter ? FRONTMATTER : ''}${parts.join('\n')}\n${definitions ? DEFINITIONS : ''}`.replace(/\n/gu, eol));
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
    expect(headings).toEqual(parseTree(text, { threshold: Number.POSITIVE_INFINITY }).children.filter((node) => node.type === 'heading').map((node) => node.position?.start.line));
    expect(pieces.children.filter((node) => node.type === 'definition').length).toBe(3);
  });
});
