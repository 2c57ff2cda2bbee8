// Adding a column to a GFM objections table as text edits: one cell per row, written in the table's own
// pipe style, the delimiter cell in its dash style; every existing cell keeps its bytes (and alignment).
import type { PrfaqDocument } from '@prfaq/core';
import type { Table } from 'mdast';
import type { Fix, TextEdit } from '../types.js';

/** The canonical order of objection columns, where a new column finds its place. */
export const OBJECTION_COLUMNS = ['stakeholder', 'objection', 'status', 'owner', 'resolution'] as const;
export type ObjectionColumnName = (typeof OBJECTION_COLUMNS)[number];

const headerText: Record<ObjectionColumnName, string> = {
  stakeholder: 'Stakeholder',
  objection: 'Objection',
  status: 'Status',
  owner: 'Owner',
  resolution: 'Resolution',
};

/**
 * A fix adding the empty column `name` to objections table `tableIndex`, after the last canonical column that
 * precedes it. Only top-level tables (not inside a list or blockquote, whose line prefixes we would have to repeat).
 */
export function addObjectionColumn(doc: PrfaqDocument, tableIndex: number, name: ObjectionColumnName): Fix | undefined {
  const info = doc.objectionTables[tableIndex];
  if (!info || info.columns[name] !== undefined) return undefined;
  const node = doc.tree.children.find(
    (child): child is Table => child.type === 'table' && child.position?.start.offset === info.span.start.offset,
  );
  if (!node) return undefined;
  const before = OBJECTION_COLUMNS.slice(0, OBJECTION_COLUMNS.indexOf(name))
    .map((column) => info.columns[column])
    .filter((index): index is number => index !== undefined);
  const at = before.length > 0 ? Math.max(...before) + 1 : 0;

  const [head, ...rows] = node.children;
  if (!head?.position) return undefined;
  const text = doc.text;
  // Without leading pipes an empty first cell cannot be written (` | a | b` reads as two cells), so a new first column is left to the author.
  const firstCell = head.children[0]?.position?.start.offset;
  if (at === 0 && (firstCell === undefined || text[firstCell] !== '|')) return undefined;
  const edits: TextEdit[] = [];
  const cellEdit = (starts: number[], lineEnd: number, trailingPipe: boolean, value: string, pad = ' '): TextEdit => {
    // A cell starts at its leading pipe, so a new cell goes in front of the cell now at `at`;
    // at the end of the row it goes before the closing pipe, or after the last cell when there is none.
    if (at < starts.length && (at > 0 || text[starts[0]!] === '|'))
      return { range: [starts[at]!, starts[at]!], text: `|${pad}${value}${pad}` };
    if (trailingPipe) return { range: [lineEnd - 1, lineEnd - 1], text: `|${pad}${value}${pad}` };
    // Without a closing pipe an empty last cell is just a pipe: GFM reads a missing cell as empty, and
    // `| ` would leave trailing whitespace.
    return { range: [lineEnd, lineEnd], text: value === '' ? `${pad}|` : `${pad}|${pad}${value}` };
  };

  for (const row of [head, ...rows]) {
    if (!row.position) return undefined;
    const starts = row.children.map((cell) => cell.position?.start.offset ?? -1);
    if (starts.some((s) => s < 0)) return undefined;
    const end = trimmedLineEnd(text, row.position.end.offset ?? 0);
    // A closing pipe, not an escaped one (`\|`) ending the last cell's text.
    const trailingPipe = text[end - 1] === '|' && text[end - 2] !== '\\' && end - 1 > starts[starts.length - 1]!;
    edits.push(cellEdit(starts, end, trailingPipe, row === head ? headerText[name] : ''));
    if (row === head) {
      const delimiter = delimiterRow(text, end);
      if (!delimiter) return undefined;
      edits.push(cellEdit(delimiter.starts, delimiter.end, delimiter.trailingPipe, delimiter.dashes, delimiter.pad));
    }
  }
  return { edits };
}

/** The end of the line's content at or after `offset`, before trailing spaces and the line break. */
function trimmedLineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  let end = newline === -1 ? text.length : newline;
  while (end > offset && /[ \t\r]/.test(text[end - 1]!)) end--;
  return end;
}

/** The delimiter row (`| --- | :-: |`) after the header line ending at `headerEnd`: cell starts and the dash style to copy. */
function delimiterRow(
  text: string,
  headerEnd: number,
): { starts: number[]; end: number; trailingPipe: boolean; dashes: string; pad: string } | undefined {
  const newline = text.indexOf('\n', headerEnd);
  if (newline === -1) return undefined;
  const start = newline + 1;
  const end = trimmedLineEnd(text, start);
  const line = text.slice(start, end);
  if (!/^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?$/.test(line)) return undefined;
  const indent = line.length - line.trimStart().length;
  const starts: number[] = [];
  const leadingPipe = line[indent] === '|';
  if (!leadingPipe) starts.push(start + indent);
  for (let i = indent; i < line.length; i++) if (line[i] === '|') starts.push(start + i);
  const trailingPipe = line.endsWith('|') && line.length - 1 > indent;
  if (trailingPipe) starts.pop();
  // Copy the width of the first plain cell so a padded table keeps its look; alignment colons are not copied
  // because alignment is meaning, not style.
  const widths = line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => /^-+$/.test(cell))
    .map((cell) => cell.length);
  // `|---|---|` stays tight; `| --- | --- |` keeps its spaces.
  const pad = /\|[ \t]|[ \t]\|/.test(line.trim()) ? ' ' : '';
  return { starts, end, trailingPipe, dashes: '-'.repeat(Math.max(3, widths[0] ?? 3)), pad };
}
