// Plain text and word counts from mdast nodes: what a reader sees, without markup, code or comments.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/** The readable text of a node: emphasis and links unwrapped, inline code kept, HTML and images' markup dropped. */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  const stack: (Nodes | string)[] = Array.isArray(node) ? [...(node as Nodes[])].reverse() : [node as Nodes];
  while (stack.length > 0) {
    const item = stack.pop() as Nodes | string;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    switch (item.type) {
      case 'text':
      case 'inlineCode':
        parts.push(item.value);
        break;
      case 'break':
        parts.push('\n');
        break;
      case 'image':
        parts.push(item.alt ?? '');
        break;
      case 'html':
      case 'yaml':
      case 'definition':
        break;
      case 'code':
        parts.push(item.value);
        break;
      default:
        if ('children' in item) {
          const children = item.children as Nodes[];
          const block = isBlock(item);
          if (block) stack.push('\n');
          for (let i = children.length - 1; i >= 0; i--) {
            stack.push(children[i] as Nodes);
            if (block && i > 0) stack.push('\n');
          }
        }
    }
  }
  return parts.join('');
}

function isBlock(node: Nodes): boolean {
  return (
    node.type === 'root' ||
    node.type === 'blockquote' ||
    node.type === 'list' ||
    node.type === 'listItem' ||
    node.type === 'table' ||
    node.type === 'tableRow' ||
    node.type === 'footnoteDefinition'
  );
}

/** Collapses runs of whitespace into one space. */
export function squash(value: string): string {
  // Most strings (titles, one-line answers) have nothing to collapse: a test is half the cost of a replace
  // that copies the string.
  return (/\s\s|[^\S ]/u.test(value) ? value.replace(/\s+/gu, ' ') : value).trim();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’._-]*/gu;

/** Words in a string: runs of letters and digits (`$1.5M`, `don't` and `real-time` count as one). */
export function countWords(value: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  // `test` steps a global regex along as `exec` does but builds no match array: with `exec` this one line
  // allocated 200 KB per bench document, which the collector then had to clear.
  while (WORD.test(value)) count++;
  return count;
}

/** Whether a string has a word at all (`countWords(value) > 0`), without counting them all. */
export function hasWords(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

/** Words a reader reads in a block: code blocks, HTML (comments) and frontmatter do not count. */
export function blockWords(node: RootContent | PhrasingContent): number {
  let count = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as Nodes;
    switch (item.type) {
      case 'text':
        count += countWords(item.value);
        break;
      case 'inlineCode':
        count += countWords(item.value);
        break;
      case 'image':
        count += countWords(item.alt ?? '');
        break;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
        break;
      default:
        if ('children' in item) for (const child of item.children as Nodes[]) stack.push(child);
    }
  }
  return count;
}

/** Removes `<!-- … -->` comments in one pass (a regex would rescan to the end for every unclosed `<!--`). */
function dropComments(source: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = source.indexOf('<!--', from);
    if (open === -1) break;
    const close = source.indexOf('-->', open + 4);
    if (close === -1) break;
    out += source.slice(from, open);
    from = close + 3;
  }
  return out + source.slice(from);
}

/** Trims the characters in `chars` from the end of `value`, in linear time. */
export function trimEndChars(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1] as string)) end--;
  return value.slice(0, end);
}

/**
 * Strips Markdown inline markers from a source snippet (`**Q:** _Why_?` -> `Q: Why?`). Every pattern
 * stops at the next bracket or parenthesis, so adversarial input (`[a[a[a…`) stays linear.
 */
export function stripInline(source: string): string {
  return dropComments(source)
    .replace(/!?\[([^\][]*)\]\([^()]*\)/gu, '$1')
    .replace(/(\*\*|__|~~)/gu, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/`/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
}

/** A frontmatter scalar (string, number, boolean) as trimmed text; undefined for null, lists, maps and dates. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}
