// The portfolio report (`prfaq report`) as data: every PR/FAQ with its readiness, outcomes and objections, the
// stakeholder alignment matrix and the chart series. Pure: the HTML, Markdown and JSON are views of it.
import type { DocumentStatus, Objection, PrfaqDocument } from '@prfaq/core';
import { findStakeholder, personKey } from '@prfaq/core/stakeholders';
import { checkLabels, isOpenObjection, objectionInfo, type LinkFn, type Readiness } from '../readiness/index.js';
import type { LintResult } from '../types.js';
import type { HistoryReport } from './history.js';

/** One PR/FAQ as the report needs it: what was checked, and the facts to show. */
export interface ReportInput {
  doc: PrfaqDocument;
  lint: LintResult;
  readiness: Readiness;
}

export interface ReportItem {
  /** The readiness check, as the checklist names it. */
  label: string;
  message: string;
  line: number;
  link: string;
}

export interface ReportOutcome {
  statement: string;
  metric: string | undefined;
  baseline: string | undefined;
  target: string | undefined;
  line: number;
  link: string;
}

export interface ReportObjection {
  stakeholder: string | undefined;
  objection: string;
  status: string | undefined;
  open: boolean;
  owner: string | undefined;
  resolution: string | undefined;
  line: number;
  link: string;
}

export interface ReportStakeholder {
  name: string;
  role: string | undefined;
  prealigned: string | undefined;
  signoff: string | undefined;
}

export interface ReportDocument {
  /** Stable id for anchors and ARIA references (`doc-1`, ...). */
  id: string;
  path: string;
  link: string;
  title: string;
  status: DocumentStatus | undefined;
  /** The status as written, when it is not one prfaq knows. */
  rawStatus: string | undefined;
  owner: string | undefined;
  customer: string | undefined;
  decisionDate: string | undefined;
  /** Team or area from the metadata, else the folder: how figures are aggregated, never by person. */
  group: string;
  ready: boolean;
  target: Readiness['target'];
  errors: number;
  warnings: number;
  openObjections: number;
  blockers: ReportItem[];
  outcomes: ReportOutcome[];
  objections: ReportObjection[];
  stakeholders: ReportStakeholder[];
}

/** One cell of the alignment matrix: how one stakeholder stands on one document. */
export interface AlignmentCell {
  document: string;
  /** Listed as a stakeholder of the document (else only raised objections in it). */
  listed: boolean;
  prealigned: boolean;
  signoff: 'approved' | 'rejected' | 'pending' | undefined;
  openObjections: number;
}

export interface AlignmentRow {
  /** The name (or group) as first written. */
  name: string;
  role: string | undefined;
  cells: AlignmentCell[];
}

export interface StatusBar {
  status: DocumentStatus | 'none';
  ready: number;
  notReady: number;
}

export interface ReportModel {
  title: string;
  /** ISO date-time the report was generated. */
  generated: string;
  documents: ReportDocument[];
  totals: {
    documents: number;
    ready: number;
    notReady: number;
    errors: number;
    warnings: number;
    openObjections: number;
  };
  byStatus: StatusBar[];
  /** Open objections per stakeholder group (the role of the stakeholder who raised it, else the name written in the objection). */
  objectionsByGroup: Array<{ group: string; open: number }>;
  alignment: AlignmentRow[];
  /** Present with `--history`: figures from git, or why there are none. */
  history?: HistoryReport;
}

export interface BuildOptions {
  title?: string;
  /** Link to a file and line, relative to where the report is written. */
  link: LinkFn;
  now: Date;
  history?: HistoryReport;
}

export const statusOrder: Array<DocumentStatus | 'none'> = [
  'draft',
  'review',
  'approved',
  'rejected',
  'shelved',
  'none',
];

export function buildReport(inputs: ReportInput[], options: BuildOptions): ReportModel {
  const documents = inputs.map((input, index) => reportDocument(input, index, options.link));
  const byStatus = statusOrder
    .map((status) => {
      const docs = documents.filter((d) => (d.status ?? 'none') === status);
      return { status, ready: docs.filter((d) => d.ready).length, notReady: docs.filter((d) => !d.ready).length };
    })
    .filter((bar) => bar.ready + bar.notReady > 0);
  const model: ReportModel = {
    title: options.title ?? 'PR/FAQ portfolio',
    generated: options.now.toISOString(),
    documents,
    totals: {
      documents: documents.length,
      ready: documents.filter((d) => d.ready).length,
      notReady: documents.filter((d) => !d.ready).length,
      errors: sum(documents.map((d) => d.errors)),
      warnings: sum(documents.map((d) => d.warnings)),
      openObjections: sum(documents.map((d) => d.openObjections)),
    },
    byStatus,
    objectionsByGroup: objectionsByGroup(inputs),
    alignment: alignmentMatrix(inputs, documents),
  };
  if (options.history) model.history = options.history;
  return model;
}

/** The team or area a document belongs to: `team`/`area` metadata, else its folder. */
export function groupOf(doc: PrfaqDocument, path: string): string {
  const named = doc.meta.team?.value ?? doc.meta.area?.value;
  if (named !== undefined && named.trim() !== '') return named.trim();
  const slash = path.replace(/\\/g, '/').lastIndexOf('/');
  return slash <= 0 ? '(top folder)' : path.slice(0, slash).replace(/^\.\//, '');
}

function reportDocument({ doc, lint, readiness }: ReportInput, index: number, link: LinkFn): ReportDocument {
  const path = readiness.path ?? doc.path ?? lint.path ?? `document ${index + 1}`;
  const at = (line: number) => link(path, line);
  const objections = doc.objections.map((objection): ReportObjection => {
    const info = objectionInfo(objection);
    return {
      ...info,
      open: isOpenObjection(objection),
      line: objection.span.start.line,
      link: at(objection.span.start.line),
    };
  });
  return {
    id: `doc-${index + 1}`,
    path,
    link: link(path),
    title: clean(readiness.title) ?? path,
    status: doc.status,
    rawStatus: doc.status === undefined ? clean(doc.meta.status?.value) : undefined,
    owner: clean(doc.meta.owner?.value),
    customer: clean(doc.meta.customer?.value),
    decisionDate: clean(doc.meta.decisionDate?.value),
    group: groupOf(doc, path),
    ready: readiness.ready,
    target: readiness.target,
    errors: lint.errorCount,
    warnings: lint.warningCount,
    openObjections: objections.filter((o) => o.open).length,
    blockers: readiness.blockers.map((item) => ({
      label: (checkLabels as Partial<Record<string, string>>)[item.check] ?? item.check,
      message: item.message,
      line: item.line,
      link: at(item.line),
    })),
    outcomes: doc.outcomes.map((outcome) => ({
      statement: outcome.statement.trim(),
      metric: clean(outcome.metric),
      baseline: clean(outcome.baseline),
      target: clean(outcome.target),
      line: outcome.span.start.line,
      link: at(outcome.span.start.line),
    })),
    objections,
    stakeholders: doc.stakeholders.map((s) => ({
      name: s.name.trim(),
      role: clean(s.role),
      prealigned: clean(s.prealigned),
      signoff: s.signoff ?? clean(s.rawSignoff),
    })),
  };
}

/** Which listed stakeholder of `doc` raised an objection: the shared matcher of @prfaq/core, as the objection rules use it. */
function raiserOf(objection: Objection, doc: PrfaqDocument): PrfaqDocument['stakeholders'][number] | undefined {
  return findStakeholder(objection.stakeholder, doc.stakeholders);
}

function objectionsByGroup(inputs: ReportInput[]): Array<{ group: string; open: number }> {
  const counts = new Map<string, { group: string; open: number }>();
  for (const { doc } of inputs) {
    for (const objection of doc.objections) {
      if (!isOpenObjection(objection)) continue;
      const raiser = raiserOf(objection, doc);
      const group = clean(raiser?.role) ?? clean(objection.stakeholder) ?? 'Unnamed stakeholder';
      const key = personKey(group) || group;
      const entry = counts.get(key) ?? { group, open: 0 };
      entry.open += 1;
      counts.set(key, entry);
    }
  }
  // Alphabetical: the chart shows where objections sit, it does not rank anyone.
  return [...counts.values()].sort((a, b) => a.group.localeCompare(b.group));
}

function alignmentMatrix(inputs: ReportInput[], documents: ReportDocument[]): AlignmentRow[] {
  const rows = new Map<string, AlignmentRow>();
  const row = (name: string, role: string | undefined): AlignmentRow => {
    const key = personKey(name) || name;
    let found = rows.get(key);
    if (!found) {
      found = { name, role, cells: [] };
      rows.set(key, found);
    }
    found.role ??= role;
    return found;
  };
  const cell = (r: AlignmentRow, document: string): AlignmentCell => {
    let found = r.cells.find((c) => c.document === document);
    if (!found) {
      found = { document, listed: false, prealigned: false, signoff: undefined, openObjections: 0 };
      r.cells.push(found);
    }
    return found;
  };
  inputs.forEach(({ doc }, index) => {
    const id = documents[index]!.id;
    for (const stakeholder of doc.stakeholders) {
      if (stakeholder.name.trim() === '') continue;
      const c = cell(row(stakeholder.name.trim(), clean(stakeholder.role)), id);
      c.listed = true;
      c.prealigned ||= clean(stakeholder.prealigned) !== undefined;
      c.signoff = stakeholder.signoff ?? c.signoff;
    }
    for (const objection of doc.objections) {
      if (!isOpenObjection(objection)) continue;
      const raiser = raiserOf(objection, doc);
      const name = raiser?.name.trim() ?? clean(objection.stakeholder);
      if (name === undefined) continue;
      cell(row(name, clean(raiser?.role)), id).openObjections += 1;
    }
  });
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
