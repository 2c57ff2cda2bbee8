// Line starts for every line ending, through the LF-only shortcut and the full scan alike.
import { describe, expect, it } from 'vitest';
import { createLocator, lineStarts } from './positions.js';

describe('lineStarts', () => {
  it('finds every line start in LF-only text', () => {
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('a\nbc\n')).toEqual([0, 2, 5]);
    expect(lineStarts('\n\n')).toEqual([0, 1, 2]);
  });

  it('counts CRLF once and a lone CR as a break', () => {
    expect(lineStarts('a\r\nb\rc\nd')).toEqual([0, 3, 5, 7]);
    expect(lineStarts('\r\n\r\n')).toEqual([0, 2, 4]);
  });

  it('gives the same positions for LF and CRLF text, offsets apart', () => {
    expect(createLocator('ab\ncd').positionAt(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(createLocator('ab\r\ncd').positionAt(5)).toEqual({ line: 2, column: 2, offset: 5 });
  });
});
