// Properties over arbitrary input: parse never throws, and every span it returns lies inside the text,
// agrees with positionAt, and has start <= end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type Position, type PrfaqDocument } from '@prfaq/core';

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && 'offset' in value && 'line' in value && 'column' in value;
}

/** Every `{ start, end }` in the model except the mdast tree (remark's positions are its own). */
function spans(doc: PrfaqDocument): { start: Position; end: Position }[] {
  const found: { start: Position; end: Position }[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [{ ...doc, tree: undefined, text: undefined }];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (isPosition(record.start) && isPosition(record.end)) found.push(record as { start: Position; end: Position });
    for (const child of Object.values(record)) stack.push(child);
  }
  return found;
}

function checkDocument(input: string): void {
  const doc = parse(input);
  // An internal failure is caught and reported, which would hide a crash: it must not happen either.
  expect(doc.problems.filter((p) => p.code === 'internal-error')).toEqual([]);
  expect(doc.text.length).toBe(input.length - (doc.bom ? 1 : 0));
  for (const span of spans(doc)) {
    for (const point of [span.start, span.end]) {
      expect(point.offset).toBeGreaterThanOrEqual(0);
      expect(point.offset).toBeLessThanOrEqual(doc.text.length);
      expect(doc.positionAt(point.offset)).toEqual(point);
    }
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
  }
}

const FRAGMENTS = [
  '---\ntitle: X\nstatus: review\nstakeholders:\n  - name: Raj\n    signoff: approved\n---\n',
  '---\nobjections:\n  - concern: cost\n    status: open\n  - plain\noutcomes: [a, {metric: m}]\n---\n',
  '---\n: bad\n  - [\n---\n',
  '# Acme launches X\n',
  '## Summary ##\n',
  'Summary\n=======\n',
  '**Headline:** Acme launches Y\n',
  '**Problem**\n',
  '## FAQ\n',
  '### Customer FAQ\n',
  '## Internal FAQ (Technical / Stakeholder)\n',
  '### About pricing\n',
  '#### How much is it?\n',
  '**Q:** Why?\n**A:** Because.\n',
  'Q: What now?\n',
  'A. Later.\n',
  '**C1. Can I cancel?**\nYes.\n',
  '1. Is it safe?\n   Yes.\n2. Is it fast?\n',
  '- Does it scale?\n  - Yes\n',
  '| Stakeholder | Objection | Status |\n| --- | --- | --- |\n| Finance | Cost | done |\n',
  '| Risk |\n|---|\n| x |\n',
  '- [ ] Finance: margin\n  - Owner: Dana\n- [x] Legal: terms\n',
  '## Risks\n\n- one\n- two (owner: Lee)\n',
  '## Why should we not do this?\n\nCost.\n',
  '* **Status**: Draft\n* **Author**: Ana\n',
  '> Status: Draft\n',
  '```md\n# not a heading\n```\n',
  '<!-- prfaq-disable -->\n',
  '---\n',
  '\uFEFF',
  '😀 **✨ Solution ✨**\n',
  'Text with [a link](http://x) and `code`.\n',
  '[ref]: http://example.com\n',
  '   \t  \n',
];

const fragment = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
);
const document = fc
  .tuple(fc.array(fragment, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([parts, eol]) => parts.join('\n').replace(/\n/gu, eol));

describe('parse properties', () => {
  it('never throws and keeps spans inside the text, on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkDocument), { numRuns: 300 });
  });

  it('never throws and keeps spans inside the text, on arbitrary Markdown-ish characters', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '#',
        '*',
        '_',
        '-',
        '|',
        ':',
        '?',
        '>',
        '`',
        '[',
        ']',
        '(',
        ')',
        '!',
        ' ',
        '\n',
        '\r',
        '\t',
        'Q',
        'A',
        'a',
        '1',
        '.',
        '<',
        '~',
        '\uFEFF',
        '😀',
      ),
      maxLength: 300,
    });
    fc.assert(fc.property(markdownish, checkDocument), { numRuns: 300 });
  });

  it('never throws and keeps spans inside the text, on randomly assembled PR/FAQ fragments', () => {
    fc.assert(fc.property(document, checkDocument), { numRuns: 300 });
  });
});
