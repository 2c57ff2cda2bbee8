// Test helper: a PrfaqDocument built from plain data, so readiness and diff can be tested on exact models.
import type { FaqEntry, Objection, Outcome, PrfaqDocument, Section, Span, Stakeholder } from '@prfaq/core';
import type { Diagnostic, LintResult } from '../types.js';

export const spanAt = (line: number, endLine = line): Span => ({
  start: { line, column: 1, offset: 0 },
  end: { line: endLine, column: 1, offset: 0 },
});

type Loose<T, K extends keyof T> = Partial<T> & Pick<T, K> & { line?: number };

export function fakeDoc(parts: {
  path?: string;
  text?: string;
  status?: PrfaqDocument['status'];
  title?: string;
  sections?: Array<Loose<Section, 'title'>>;
  faq?: Array<Loose<FaqEntry, 'question'>>;
  objections?: Array<Loose<Objection, 'objection'>>;
  stakeholders?: Array<Loose<Stakeholder, 'name'>>;
  outcomes?: Array<Loose<Outcome, 'statement'>>;
}): PrfaqDocument {
  const line = (l: number | undefined, i: number) => spanAt(l ?? i + 10);
  return {
    path: parts.path,
    text: parts.text ?? JSON.stringify(parts),
    bom: false,
    eol: '\n',
    frontmatter: { present: true, data: {}, span: undefined, locations: {} },
    meta: parts.title === undefined ? {} : { title: { value: parts.title, source: 'frontmatter', span: spanAt(2) } },
    status: parts.status,
    headline: undefined,
    sections: (parts.sections ?? []).map((s, i) => ({
      index: i,
      kind: 'unknown',
      level: 2,
      style: 'atx',
      heading: line(s.line, i),
      body: line(s.line, i),
      parent: undefined,
      words: 10,
      empty: false,
      ...s,
    })),
    pressRelease: undefined,
    faq: (parts.faq ?? []).map((q, i) => ({
      answer: q.answered === false ? '' : 'An answer.',
      answered: true,
      audience: 'external',
      style: 'heading',
      id: undefined,
      span: line(q.line, i),
      answerSpan: undefined,
      section: undefined,
      ...q,
    })),
    objections: (parts.objections ?? []).map((o, i) => ({
      source: 'table',
      stakeholder: undefined,
      rawStatus: o.status,
      status: undefined,
      owner: undefined,
      resolution: undefined,
      span: line(o.line, i),
      fields: {},
      table: 0,
      ...o,
    })),
    objectionTables: [],
    stakeholders: (parts.stakeholders ?? []).map((s, i) => ({
      role: undefined,
      prealigned: undefined,
      signoff: 'pending',
      rawSignoff: s.signoff ?? 'pending',
      constraints: [],
      source: 'frontmatter',
      span: line(s.line, i),
      fields: {},
      ...s,
    })),
    outcomes: (parts.outcomes ?? []).map((o, i) => ({
      metric: undefined,
      baseline: undefined,
      target: undefined,
      source: 'frontmatter',
      span: line(o.line, i),
      fields: {},
      ...o,
    })),
    words: { total: 0, pressRelease: 0, faq: 0 },
    detectedProfile: 'lite',
    problems: [],
    tree: { type: 'root', children: [] },
    positionAt: () => ({ line: 1, column: 1, offset: 0 }),
  };
}

export function fakeLint(
  diagnostics: Array<Pick<Diagnostic, 'ruleId' | 'line' | 'message'> & Partial<Diagnostic>>,
): LintResult {
  const full: Diagnostic[] = diagnostics.map((d) => ({
    severity: 'error',
    column: 1,
    endLine: d.line,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    ...d,
  }));
  return {
    path: undefined,
    diagnostics: full,
    errorCount: full.filter((d) => d.severity === 'error').length,
    warningCount: full.filter((d) => d.severity === 'warn').length,
    infoCount: full.filter((d) => d.severity === 'info').length,
    fixableCount: 0,
  };
}
