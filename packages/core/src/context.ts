// What the parse stages share: the text, the locator, the tree's top-level blocks and the outline built from them.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Section, Span } from './model.js';
import type { Locator } from './positions.js';
import type { AliasTable } from './sections.js';

export interface ParseContext {
  text: string;
  locator: Locator;
  tree: Root;
  /** The top-level blocks, in order. */
  blocks: RootContent[];
  aliases: AliasTable;
  sections: Section[];
  /** For each top-level block: the section whose heading it is, else -1. */
  headingOf: Int32Array;
  /** For each top-level block: the innermost section it lies in, else -1. */
  sectionOf: Int32Array;
  /** For a `**Headline:** text` block: offset where the text after the label starts. */
  inlineBody: Map<number, number>;
  /** Running total of readable words before each top-level block (length blocks + 1). */
  wordsBefore: Float64Array;
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

export function nodeSpan(ctx: { locator: Locator }, node: Nodes): Span {
  return ctx.locator.span(startOf(node), endOf(node));
}

/** The span of a node's inline content (a heading's text without `## ` and closing `##`). */
export function contentSpan(ctx: { locator: Locator }, node: Nodes): Span {
  if ('children' in node && node.children.length > 0) {
    const first = node.children[0] as Nodes;
    const last = node.children[node.children.length - 1] as Nodes;
    if (first.position && last.position) return ctx.locator.span(startOf(first), endOf(last));
  }
  return nodeSpan(ctx, node);
}

/** Index of the first top-level block starting at or after `offset` (binary search). */
export function blockAt(ctx: ParseContext, offset: number): number {
  let low = 0;
  let high = ctx.blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (startOf(ctx.blocks[mid] as Nodes) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The nearest section, starting at `index` and walking up, whose kind is in `kinds`. */
export function enclosing(ctx: ParseContext, index: number, kinds: ReadonlySet<string>): Section | undefined {
  let current: number | undefined = index;
  let guard = 0;
  while (current !== undefined && current >= 0 && guard++ < 10_000) {
    const section: Section | undefined = ctx.sections[current];
    if (!section) return undefined;
    if (kinds.has(section.kind)) return section;
    current = section.parent;
  }
  return undefined;
}
