// The text helpers whose shortcuts must give what the plain definitions give: squash, hasWords, normalizeTitle.
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from './sections.js';
import { countWords, hasWords, squash } from './text.js';

describe('squash', () => {
  it('collapses every kind of whitespace run into one space and trims', () => {
    expect(squash('  a  b\tc\nd\r\ne\u00a0f\u2003g  ')).toBe('a b c d e f g');
    expect(squash('a\u00a0b')).toBe('a b');
    expect(squash('\n')).toBe('');
  });

  it('gives a string with single spaces only back trimmed, as the replace would', () => {
    for (const value of ['Why now?', ' Why now? ', 'one', '', ' '])
      expect(squash(value)).toBe(value.replace(/\s+/gu, ' ').trim());
  });
});

describe('hasWords', () => {
  it('is true exactly when countWords is above zero', () => {
    for (const value of ['', ' ', '—', '**', '?', 'a', ' 42 ', 'é', '日本', '- [ ]', '😀', 'x😀']) {
      expect(hasWords(value)).toBe(countWords(value) > 0);
    }
  });
});

describe('normalizeTitle', () => {
  it('gives the same key when asked again (results are kept)', () => {
    const first = normalizeTitle('1. 📣 Press Release:');
    expect(first).toBe('press release');
    expect(normalizeTitle('1. 📣 Press Release:')).toBe(first);
    expect(normalizeTitle('FAQs')).toBe('faq');
  });

  it('still answers correctly after more distinct titles than the cache holds', () => {
    for (let i = 0; i < 6000; i++) expect(normalizeTitle(`Topic ${i}`)).toBe(`topic ${i}`);
    expect(normalizeTitle('Part 2 — Frequently Asked Questions')).toBe('frequently asked questions');
  });
});
