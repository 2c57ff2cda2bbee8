// The outline as prfaq recognised it: sections with their kind, FAQ entries with their audience,
// objections with their status, and the frontmatter's stakeholders and outcomes.
import type { FaqEntry, Objection, PrfaqDocument, Section, Span } from '@prfaq/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Analysis } from './analyze.js';
import { rangeOf } from './convert.js';

export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const doc = analysis.doc;
  if (!doc) return [];
  const range = (span: Span): Range => rangeOf(document, analysis, span.start.offset, span.end.offset);
  const symbols: DocumentSymbol[] = [];

  if (doc.frontmatter.present && doc.frontmatter.span) {
    const children: DocumentSymbol[] = [];
    for (const s of doc.stakeholders.filter((s) => s.source === 'frontmatter')) {
      children.push(
        symbol(
          s.name,
          [
            s.role,
            s.signoff ? `signoff ${s.signoff}` : undefined,
            s.prealigned ? `pre-aligned ${s.prealigned}` : 'not pre-aligned',
          ]
            .filter(Boolean)
            .join(', '),
          SymbolKind.Constructor,
          range(s.span),
        ),
      );
    }
    for (const o of doc.outcomes) children.push(symbol(o.statement, 'outcome', SymbolKind.Constant, range(o.span)));
    for (const o of doc.objections.filter((o) => o.source === 'frontmatter')) children.push(objectionSymbol(o, range));
    const status = doc.status ? `status ${doc.status}` : 'frontmatter';
    symbols.push(symbol('Frontmatter', status, SymbolKind.Module, range(doc.frontmatter.span), children));
  }

  const placed = new Set<Objection>(doc.objections.filter((o) => o.source === 'frontmatter'));
  const bySection = new Map<number, DocumentSymbol>();
  // A question written as a heading is a section too: one symbol, the FAQ entry.
  const headingEntries = new Map(doc.faq.filter((e) => e.style === 'heading').map((e) => [e.span.start.line, e]));
  const merged = new Set<FaqEntry>();
  for (const section of doc.sections) {
    const entry = section.kind === 'unknown' ? headingEntries.get(section.heading.start.line) : undefined;
    if (entry) merged.add(entry);
    const node = entry
      ? symbol(
          entry.question,
          describeFaq(entry),
          SymbolKind.Field,
          range({ start: section.heading.start, end: section.body.end }),
          [],
          range(section.heading),
        )
      : symbol(
          section.title || '(untitled)',
          describeSection(section, doc),
          SymbolKind.Namespace,
          range({ start: section.heading.start, end: section.body.end }),
          [],
          range(section.heading),
        );
    bySection.set(section.index, node);
    const parent = section.parent === undefined ? undefined : bySection.get(section.parent);
    (parent?.children ?? symbols).push(node);
  }
  for (const entry of doc.faq) {
    if (merged.has(entry)) continue;
    const node = symbol(
      entry.question,
      describeFaq(entry),
      SymbolKind.Field,
      range({ start: entry.span.start, end: entry.answerSpan?.end ?? entry.span.end }),
      [],
      range(entry.span),
    );
    const parent = entry.section === undefined ? undefined : bySection.get(entry.section);
    insert(parent?.children ?? symbols, node);
  }
  for (const objection of doc.objections) {
    if (placed.has(objection)) continue;
    const index =
      objection.table !== undefined
        ? doc.objectionTables[objection.table]?.section
        : innermostSection(doc, objection.span.start.offset);
    const parent = index === undefined ? undefined : bySection.get(index);
    insert(parent?.children ?? symbols, objectionSymbol(objection, range));
  }
  return symbols;
}

function symbol(
  name: string,
  detail: string,
  kind: SymbolKind,
  range: Range,
  children: DocumentSymbol[] = [],
  selectionRange: Range = range,
): DocumentSymbol {
  // An editor rejects an empty name.
  return { name: name.trim() || '(empty)', detail, kind, range, selectionRange, children };
}

function objectionSymbol(o: Objection, range: (span: Span) => Range): DocumentSymbol {
  const who = o.stakeholder?.trim() ? `${o.stakeholder.trim()}: ` : '';
  const status = o.status ?? (o.rawStatus ? `status "${o.rawStatus}" (not recognised)` : 'no status');
  return symbol(
    `${who}${o.objection.trim()}`,
    `objection, ${status}${o.owner?.trim() ? `, owner ${o.owner.trim()}` : ''}`,
    SymbolKind.Event,
    range(o.span),
  );
}

/** Children in source order (sections come first from the loop above, entries are merged in). */
function insert(list: DocumentSymbol[], node: DocumentSymbol): void {
  const at = list.findIndex(
    (other) =>
      other.range.start.line > node.range.start.line ||
      (other.range.start.line === node.range.start.line && other.range.start.character > node.range.start.character),
  );
  if (at === -1) list.push(node);
  else list.splice(at, 0, node);
}

function innermostSection(doc: PrfaqDocument, offset: number): number | undefined {
  let found: number | undefined;
  for (const s of doc.sections) if (s.heading.start.offset <= offset && offset < s.body.end.offset) found = s.index;
  return found;
}

export const kindLabels: Record<string, string> = {
  'press-release': 'press release',
  headline: 'headline',
  subheading: 'subheading (press release)',
  summary: 'summary (press release)',
  problem: 'problem (press release)',
  solution: 'solution (press release)',
  'leader-quote': 'leader quote (press release)',
  'how-it-works': 'how it works (press release)',
  'customer-quote': 'customer quote (press release)',
  'call-to-action': 'call to action (press release)',
  faq: 'FAQ',
  'external-faq': 'external FAQ',
  'internal-faq': 'internal FAQ',
  objections: 'objections',
  risks: 'risks',
  stakeholders: 'stakeholders',
  outcomes: 'outcomes',
  'working-backwards': 'working backwards',
  metadata: 'metadata',
  appendix: 'appendix',
  unknown: 'not recognised',
};

export function describeSection(section: Section, doc: PrfaqDocument): string {
  const questions = doc.faq.filter((e) => e.section === section.index).length;
  return `${kindLabels[section.kind] ?? section.kind}${questions > 0 ? `, ${questions} question${questions === 1 ? '' : 's'}` : ''}${section.empty ? ', empty' : ''}`;
}

export function describeFaq(entry: FaqEntry): string {
  const audience = entry.audience === 'unknown' ? 'FAQ, audience unknown' : `${entry.audience} FAQ`;
  return `${audience}, ${entry.answered ? 'answered' : 'unanswered'}`;
}
