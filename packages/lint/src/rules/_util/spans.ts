// Span helpers shared by rules: turning offsets into spans and picking the most precise place to point at.
import type { PrfaqDocument, Span } from '@prfaq/core';

export function spanAt(doc: PrfaqDocument, start: number, end: number): Span {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The first line of the document: where a reviewer would note a document-level problem. */
export function documentStart(doc: PrfaqDocument): Span {
  const firstLineEnd = doc.text.search(/\r?\n/);
  return spanAt(doc, 0, firstLineEnd === -1 ? doc.text.length : firstLineEnd);
}

/** The span of a frontmatter key (`/status`), else its value, else the frontmatter block, else the document start. */
export function frontmatterSpan(doc: PrfaqDocument, path: string): Span {
  const location = doc.frontmatter.locations[path];
  if (location) return location.key ?? location.value;
  return frontmatterBlockStart(doc);
}

/** The frontmatter value at `path`, when present. */
export function frontmatterValueSpan(doc: PrfaqDocument, path: string): Span | undefined {
  return doc.frontmatter.locations[path]?.value;
}

/** The opening `---` line of the frontmatter, else the document start. */
export function frontmatterBlockStart(doc: PrfaqDocument): Span {
  const block = doc.frontmatter.span;
  if (!block) return documentStart(doc);
  return spanAt(doc, block.start.offset, Math.min(block.start.offset + 3, block.end.offset));
}

/** Where the metadata value `key` was written (frontmatter key or metadata bullet), else the document start. */
export function metaSpan(doc: PrfaqDocument, key: string, frontmatterKey = key): Span {
  const location = doc.frontmatter.locations[`/${frontmatterKey}`];
  if (location) return location.key ?? location.value;
  return doc.meta[key]?.span ?? documentStart(doc);
}
