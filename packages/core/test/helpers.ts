// Test helpers: read a fixture and find the text a span points at.
import { readFileSync } from 'node:fs';
import type { PrfaqDocument, Span } from '@prfaq/core';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The source text a span covers. */
export function at(doc: PrfaqDocument, span: Span | undefined): string {
  if (!span) return '';
  return doc.text.slice(span.start.offset, span.end.offset);
}
