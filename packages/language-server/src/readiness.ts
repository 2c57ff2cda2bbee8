// Readiness in the editor: a code lens on the headline ("NOT READY for review: 2 open objections") and a
// `prfaq/readiness` notification for clients that show it elsewhere (a status bar item).
import type { Readiness, ReadinessCheck } from '@prfaq/lint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from './analyze.js';
import { rangeOf } from './convert.js';

export const READINESS_NOTIFICATION = 'prfaq/readiness';
export const SHOW_READINESS_COMMAND = 'prfaq.showReadiness';

export interface ReadinessParams {
  uri: string;
  version: number;
  ready: boolean;
  closed: boolean;
  target: string;
  /** The code lens title. */
  summary: string;
  blockers: Array<{ check: string; message: string; line: number }>;
}

const nouns: Record<ReadinessCheck, [string, string]> = {
  'missing-sections': ['missing section', 'missing sections'],
  'unanswered-questions': ['unanswered question', 'unanswered questions'],
  'outcomes-not-measurable': ['outcome not measurable', 'outcomes not measurable'],
  placeholders: ['placeholder', 'placeholders'],
  'open-objections': ['open objection', 'open objections'],
  'not-prealigned': ['stakeholder not pre-aligned', 'stakeholders not pre-aligned'],
  'not-signed-off': ['stakeholder not signed off', 'stakeholders not signed off'],
  'lint-errors': ['lint error', 'lint errors'],
};

export function readinessSummary(readiness: Readiness): string {
  if (readiness.closed) return `CLOSED (${readiness.status}): nothing blocks`;
  if (readiness.ready) return `READY for ${readiness.target}`;
  const counts = new Map<string, number>();
  for (const item of readiness.blockers) counts.set(item.check, (counts.get(item.check) ?? 0) + 1);
  const parts = [...counts].map(([check, n]) => {
    const [one, many] = (nouns as Partial<Record<string, [string, string]>>)[check] ?? [check, check];
    return `${n} ${n === 1 ? one : many}`;
  });
  return `NOT READY for ${readiness.target}: ${parts.join(', ')}`;
}

export function readinessParams(analysis: Analysis): ReadinessParams | undefined {
  const r = analysis.readiness;
  if (!r) return undefined;
  return {
    uri: analysis.uri,
    version: analysis.version,
    ready: r.ready,
    closed: r.closed,
    target: r.target,
    summary: readinessSummary(r),
    blockers: r.blockers.map((b) => ({ check: b.check, message: b.message, line: b.line })),
  };
}

export function codeLenses(document: TextDocument, analysis: Analysis): CodeLens[] {
  const { readiness, doc } = analysis;
  if (!readiness || !doc) return [];
  const span = doc.headline?.span ?? doc.sections[0]?.heading;
  const line = span ? rangeOf(document, analysis, span.start.offset, span.start.offset).start.line : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return [
    {
      range,
      command: { title: readinessSummary(readiness), command: SHOW_READINESS_COMMAND, arguments: [document.uri] },
    },
  ];
}

/** The checklist as plain text, for `prfaq.showReadiness` (a message box in any editor). */
export function readinessText(readiness: Readiness): string {
  const lines = [readinessSummary(readiness)];
  for (const b of readiness.blockers) lines.push(`line ${b.line}: ${b.message}`);
  return lines.join('\n');
}
