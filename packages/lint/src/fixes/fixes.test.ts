// The fix builders on their own: stub sections and their guidance, table columns in every pipe style,
// frontmatter keys, value replacement, heading demotion, and the cases they must refuse.
import { readFileSync } from 'node:fs';
import { parse, type SectionKind } from '@prfaq/core';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';
import { applyFixes } from '../fix.js';
import type { Fix } from '../types.js';
import { kindLabel } from '../rules/_util/labels.js';
import { endsInOpenBlock, guidance, renderStubs, stubNodes } from './sections.js';
import { addObjectionColumn } from './table.js';
import { addFrontmatterKeys, addNestedFrontmatterKeys, demoteHeading, replaceValue } from './text.js';

const apply = (text: string, fix: Fix | undefined): string => {
  expect(fix).toBeDefined();
  const doc = parse(text);
  return applyFixes(doc.text, [fix!], doc.eol).output;
};

describe('stub sections', () => {
  it.each(Object.entries(guidance))(
    'the %s guidance is the comment its template writes under that section',
    (kind, note) => {
      const template = readFileSync(
        new URL(`../../../../templates/${note.template}/template.md`, import.meta.url),
        'utf8',
      );
      expect(template, kind).toContain(`<!-- ${note.comment} -->`);
    },
  );

  it('renders a heading and its guidance with remark-stringify; a FAQ holds both audiences', () => {
    expect(renderStubs([{ kind: 'problem', level: 2 }])).toBe(`## Problem\n\n<!-- ${guidance.problem!.comment} -->\n`);
    expect(renderStubs([{ kind: 'faq', level: 2 }])).toBe(
      `## FAQ\n\n### External FAQ\n\n<!-- ${guidance['external-faq']!.comment} -->\n\n### Internal FAQ\n\n<!-- ${guidance['internal-faq']!.comment} -->\n`,
    );
  });
});

describe('stub Markdown', () => {
  // Stubs are written by hand to keep remark-stringify off the lint path; this holds them to its output.
  const stringify = unified().use(remarkStringify);
  const kinds = Object.keys(kindLabel) as SectionKind[];
  it.each(['atx', 'bold'] as const)(
    'is what remark-stringify writes for every section kind and level (%s)',
    (style) => {
      for (const kind of kinds) {
        for (let level = 1; level <= 6; level++) {
          const expected = stringify.stringify({ type: 'root', children: stubNodes(kind, level, style) });
          expect(renderStubs([{ kind, level }], style), `${kind} at level ${level}`).toBe(expected);
        }
      }
    },
  );
});

describe('stubs in a document written with bold pseudo-headings', () => {
  it('are bold lines too, at their place in profile order (an ATX heading would swallow the bold parts after it)', () => {
    const text =
      '# Acme launches X\n\n**Summary:** Merchants get paid in 1 hour instead of 3 days.\n\n**Problem:**\n\nMerchants wait.\n\n**FAQ**\n\n**Q: How much?**\n\nA: Free.\n';
    expect(lint(text, { fix: true, only: ['required-sections'] }).output).toBe(
      text.replace('**FAQ**', `**Solution**\n\n<!-- ${guidance.solution!.comment} -->\n\n**FAQ**`),
    );
  });
});

describe('stubs at the end of a document', () => {
  it.each([
    ['an unclosed fence', '# T\n\nIntro.\n\n```\ncode'],
    ['an unclosed comment', '# T\n\nIntro.\n\n<!-- note to self\n'],
  ])('are not appended inside %s (they would vanish into it, again on every pass)', (_, text) => {
    expect(endsInOpenBlock(parse(text))).toBe(true);
    expect(lint(text, { fix: true }).output).toBe(text);
  });

  it('are appended after a closed fence', () => {
    const text = '# T\n\nIntro.\n\n~~~~\ncode\n~~~~';
    expect(endsInOpenBlock(parse(text))).toBe(false);
    expect(lint(text, { fix: true }).output).toMatch(/^# T\n\nIntro\.\n\n~~~~\ncode\n~~~~\n\n## Problem\n\n<!-- /);
  });
});

describe('addObjectionColumn', () => {
  const table = (rows: string) => `# T\n\n## Objections\n\n${rows}\n`;
  const fix = (text: string, column: 'owner' | 'resolution' | 'stakeholder') =>
    addObjectionColumn(parse(text), 0, column);

  it('adds a column in the table’s own pipe style, after the canonical columns before it', () => {
    const both = table('| Stakeholder | Objection | Status |\n| :-- | --- | ---: |\n| Legal | Licences | open |');
    expect(apply(both, fix(both, 'owner'))).toBe(
      table('| Stakeholder | Objection | Status | Owner |\n| :-- | --- | ---: | --- |\n| Legal | Licences | open |  |'),
    );
    const bare = table('Objection | Status\n--- | ---\nLicences | open');
    expect(apply(bare, fix(bare, 'owner'))).toBe(
      table('Objection | Status | Owner\n--- | --- | ---\nLicences | open |'),
    );
    const leading = table('| Objection | Status\n| --- | ---\n| Licences | open');
    expect(apply(leading, fix(leading, 'stakeholder'))).toBe(
      table('| Stakeholder | Objection | Status\n| --- | --- | ---\n|  | Licences | open'),
    );
    // An empty first cell cannot be written without a leading pipe.
    expect(fix(bare, 'stakeholder')).toBeUndefined();
    const middle = table('| Objection | Resolution |\n|-----|-----|\n| Licences | none needed |');
    expect(apply(middle, fix(middle, 'owner'))).toBe(
      table('| Objection | Owner | Resolution |\n|-----|-----|-----|\n| Licences |  | none needed |'),
    );
  });

  it('keeps CRLF rows intact and leaves tables inside blockquotes alone', () => {
    const crlf = table('| Objection | Status |\n| --- | --- |\n| Licences | resolved |').replace(/\n/g, '\r\n');
    expect(apply(crlf, fix(crlf, 'resolution'))).toBe(
      table('| Objection | Status | Resolution |\n| --- | --- | --- |\n| Licences | resolved |  |').replace(
        /\n/g,
        '\r\n',
      ),
    );
    const quoted = table('> | Objection | Status |\n> | --- | --- |\n> | Licences | open |');
    expect(parse(quoted).objectionTables).toHaveLength(1);
    expect(fix(quoted, 'owner')).toBeUndefined();
  });
});

describe('frontmatter and values', () => {
  it('adds keys before the closing fence without touching the YAML above', () => {
    const text = '---\ntitle: "A: B"   # a comment\nnotes: |\n  kept\n---\n# T\n';
    expect(apply(text, addFrontmatterKeys(parse(text), ['status', 'owner']))).toBe(
      '---\ntitle: "A: B"   # a comment\nnotes: |\n  kept\nstatus:\nowner:\n---\n# T\n',
    );
  });

  it('adds a key to a list item at the item’s own indentation, after its nested content, in CRLF', () => {
    const text =
      '---\r\nstakeholders:\r\n  - role: Legal\r\n    constraints:\r\n      - No new PCI scope\r\n  - name: Raj\r\n---\r\n# T\r\n';
    expect(apply(text, addNestedFrontmatterKeys(parse(text), '/stakeholders/0', ['name']))).toBe(
      '---\r\nstakeholders:\r\n  - role: Legal\r\n    constraints:\r\n      - No new PCI scope\r\n    name:\r\n  - name: Raj\r\n---\r\n# T\r\n',
    );
    const flow = '---\nstakeholders:\n  - { role: Legal }\n---\n# T\n';
    expect(addNestedFrontmatterKeys(parse(flow), '/stakeholders/0', ['name'])).toBeUndefined();
  });

  it('refuses a flow-style mapping it would have to rewrite', () => {
    const text = '---\n{ title: X }\n---\n# T\n';
    expect(addFrontmatterKeys(parse(text), ['owner'])).toBeUndefined();
  });

  it('replaces a value keeping its quotes, and refuses when the source is not what was read', () => {
    const text = '---\nstatus: "In Review"\n---\n# T\n';
    const doc = parse(text);
    const span = doc.frontmatter.locations['/status']!.value;
    expect(apply(text, replaceValue(doc, span, 'In Review', 'review'))).toBe('---\nstatus: "review"\n---\n# T\n');
    expect(replaceValue(doc, span, 'Done', 'resolved')).toBeUndefined();
  });
});

describe('demoteHeading', () => {
  const second = (text: string) => parse(text).sections.filter((s) => s.level === 1)[1]!;

  it('adds one # to an ATX heading and turns a setext === underline into ---', () => {
    const atx = '# One\n\ntext\n\n# Two #\n\nmore\n';
    expect(apply(atx, demoteHeading(parse(atx), second(atx)))).toBe('# One\n\ntext\n\n## Two #\n\nmore\n');
    const setext = '# One\n\ntext\n\nTwo\n=====\n\nmore\n';
    expect(apply(setext, demoteHeading(parse(setext), second(setext)))).toBe('# One\n\ntext\n\nTwo\n-----\n\nmore\n');
  });

  it('leaves a short setext underline alone, since a lone - could read as a list item', () => {
    const setext = '# One\n\nTwo\n=\n';
    expect(demoteHeading(parse(setext), second(setext))).toBeUndefined();
  });
});
