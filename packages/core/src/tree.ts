// The mdast tree for a document. Small documents are parsed in one go; large ones are cut into
// pieces at top-level ATX headings and parsed piece by piece, because remark-parse slows down more
// than linearly on one huge input (measured: 2 MB in 22-27 s whole, 8 s in 29 pieces). Link
// definitions are given to every piece so references still resolve; positions are shifted
// back, so the tree is the one a whole parse gives (tested in tree.test.ts).
import type { Nodes, Root, RootContent } from 'mdast';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Only the GFM syntax the model and rules read: tables (objections, stakeholders) and task-list items
 * (objections). This plugin registers them the way remark-gfm does, without the rest of GFM:
 * autolink literals alone cost about +75% parse time, and nothing reads links, footnotes or
 * strikethrough as such (a bare URL or `~~x~~` stays text, which reads the same in word counts and plain text).
 */
function gfmTablesAndTasks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(guardedTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/**
 * Lines (1-based, as micromark counts them) that could be a table's delimiter row in the text being
 * parsed; set by `parse()` below before every parse. The parse is synchronous, so one slot is enough.
 */
let delimiterRows: ReadonlySet<number> = new Set();

/**
 * micromark's GFM table construct is tried at the start of every flow line and tokenizes the whole
 * line as a possible header row before it finds no delimiter row under it (8% of the parse time on the
 * bench corpus, docs/performance.md). A header row is always followed by its delimiter row, so this construct gives up at
 * once when the next line cannot be one, and otherwise runs micromark's own tokenizer untouched; the
 * tree is the same (tree.test.ts compares it with the unguarded extension).
 */
function guardedTable(): Extension {
  const table = (gfmTable().flow as Record<string, Construct>)['null'] as Construct;
  const tokenize = table.tokenize;
  return {
    flow: {
      null: {
        ...table,
        // micromark calls `tokenize` and at once its start state with the current code, so the guard can
        // decide here, before the table construct builds the forty closures of its states (115 KB per
        // bench document when it was built first and then refused).
        tokenize(this: TokenizeContext, effects, ok, nok): State {
          return continuesTable(this) || delimiterRows.has(this.now().line + 1)
            ? tokenize.call(this, effects, ok, nok)
            : nok;
        },
      },
    },
  };
}

/** A body row continues a table: the last event before this line (past line endings and indents) is a table row. */
function continuesTable(context: TokenizeContext): boolean {
  const { events } = context;
  let index = events.length - 1;
  while (index > -1 && (events[index]![1].type === 'lineEnding' || events[index]![1].type === 'linePrefix')) index--;
  const tail = index > -1 ? events[index]![1].type : undefined;
  return tail === 'tableHead' || tail === 'tableRow';
}

/**
 * Every line that might be a delimiter row: after any indentation and `>` markers, only pipes, colons,
 * hyphens and spaces, with at least one hyphen and one pipe or colon (micromark reads `---` under a row
 * as a setext underline, never as a delimiter row). Generous otherwise: micromark decides. The line
 * numbers follow micromark's line endings (LF, CR, CRLF).
 */
export function findDelimiterRows(text: string): Set<number> {
  const rows = new Set<number>();
  if (!text.includes('-')) return rows;
  forEachLine(text, (line, _start, lineNumber) => {
    if (CANDIDATE.test(line) && line.includes('-')) rows.add(lineNumber);
  });
  return rows;
}
const CANDIDATE = /^[ \t>]*[-: \t]*[|:][-|: \t]*$/u;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmTablesAndTasks).freeze();

/** Parses one input with the delimiter rows of that input known to the table guard. */
function parse(text: string): Root {
  delimiterRows = findDelimiterRows(text);
  try {
    return processor.parse(text);
  } finally {
    delimiterRows = new Set();
  }
}

/** Documents shorter than this are parsed whole: no real PR/FAQ comes near it. */
export const CHUNK_THRESHOLD = 128 * 1024;
/** Target size of a piece: small enough to stay on remark-parse's linear stretch. */
export const CHUNK_SIZE = 32 * 1024;

export interface TreeOptions {
  /** Cut into pieces when longer than this (default CHUNK_THRESHOLD); `Infinity` parses whole. */
  threshold?: number;
  chunkSize?: number;
}

export function parseTree(text: string, options: TreeOptions = {}): Root {
  const threshold = options.threshold ?? CHUNK_THRESHOLD;
  if (text.length <= threshold) return parse(text);
  const { cuts, definitions } = scan(text, options.chunkSize ?? CHUNK_SIZE);
  if (cuts.length === 0) return parse(text);
  const defs = definitions.join('\n\n');
  const children: RootContent[] = [];
  const bounds = [0, ...cuts, text.length];
  let line = 1;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    const piece = text.slice(start, end);
    // The first piece keeps offset 0 (frontmatter must start the input), so it gets the definitions after it.
    const prefix = i > 0 && defs ? `${defs}\n\n` : '';
    const suffix = i === 0 && defs ? `\n\n${defs}\n` : '';
    const tree = parse(prefix + piece + suffix);
    const prefixLines = countLines(prefix);
    for (const child of tree.children) {
      const offset = child.position?.start.offset ?? 0;
      if (offset < prefix.length || offset >= prefix.length + piece.length) continue;
      shift(child, start - prefix.length, line - 1 - prefixLines);
      children.push(child);
    }
    line += countLines(piece);
  }
  const end = positionAfter(text, line);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function countLines(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (value.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

function positionAfter(text: string, line: number): { line: number; column: number; offset: number } {
  let lineStart = text.length;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

function shift(node: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as Nodes;
    const position = item.position;
    if (position) {
      position.start = {
        line: position.start.line + lines,
        column: position.start.column,
        offset: (position.start.offset ?? 0) + offset,
      };
      position.end = {
        line: position.end.line + lines,
        column: position.end.column,
        offset: (position.end.offset ?? 0) + offset,
      };
    }
    if ('children' in item) for (const child of item.children as Nodes[]) stack.push(child);
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const DEFINITION = /^ {0,3}\[(?:[^\]\\\r\n]|\\.){1,999}\]:/u;
// HTML blocks that can hold blank lines, with what ends them (CommonMark types 1-5).
const RAW_HTML: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
];

/**
 * Where the text can be cut without changing the parse: before a `#` heading at column 1 that
 * follows a blank line, outside frontmatter, fenced code and multi-line raw HTML. Such a line
 * closes every open container (list, quote, table, paragraph), so what follows parses the same.
 * Also collects the link and footnote definition lines.
 */
function scan(text: string, chunkSize: number): { cuts: number[]; definitions: string[] } {
  const cuts: number[] = [];
  const definitions: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  let previousBlank = true;
  let lastCut = 0;
  let inFrontmatter = /^---[ \t]*(?:\r\n|\r|\n)/u.test(text);
  forEachLine(text, (line, pos, lineNumber) => {
    const blank = line.trim() === '';
    if (inFrontmatter) {
      if (lineNumber > 1 && /^(?:---|\.\.\.)[ \t]*$/u.test(line)) inFrontmatter = false;
    } else if (fence) {
      const close = FENCE.exec(line);
      if (
        close &&
        (close[1] as string)[0] === fence.char &&
        (close[1] as string).length >= fence.length &&
        line.slice(close[0].length).trim() === ''
      )
        fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else {
      const open = FENCE.exec(line);
      if (open && !((open[1] as string)[0] === '`' && line.slice(open[0].length).includes('`'))) {
        fence = { char: (open[1] as string)[0] as string, length: (open[1] as string).length };
      } else {
        const raw = RAW_HTML.find(([start]) => start.test(line));
        if (raw) {
          const startMatch = raw[0].exec(line) as RegExpExecArray;
          if (!raw[1].test(line.slice(startMatch[0].length))) html = raw[1];
        } else if (
          line.charCodeAt(0) === 35 /* # */ &&
          previousBlank &&
          /^#{1,6}(?:[ \t]|$)/u.test(line) &&
          pos - lastCut >= chunkSize
        ) {
          cuts.push(pos);
          lastCut = pos;
        } else if (DEFINITION.test(line)) {
          definitions.push(line.trim());
        }
      }
    }
    previousBlank = blank;
  });
  return { cuts, definitions };
}

/** Calls `visit` with each line (without its ending), its offset and its 1-based number, as micromark splits lines (LF, CR, CRLF). */
function forEachLine(text: string, visit: (line: string, start: number, lineNumber: number) => void): void {
  let lineNumber = 1;
  let pos = 0;
  while (pos < text.length) {
    let end = pos;
    let code = 0;
    while (end < text.length && (code = text.charCodeAt(end)) !== 10 && code !== 13) end++;
    visit(text.slice(pos, end), pos, lineNumber++);
    pos = code === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}
