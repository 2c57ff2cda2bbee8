// `prfaq inspect`: reads each file, parses it and prints what prfaq recognised, so that a user can
// see why a rule fires. The JSON shape is a documented contract (docs/format.md#prfaq-inspect).
import path from 'node:path';
import { parse, type PrfaqDocument, type Span } from '@prfaq/core';
import { ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { readMarkdown } from '../../shared/read.js';

export interface InspectFlags {
  format: 'text' | 'json';
}

/** One document as `prfaq inspect --format json` prints it. Absent values are `null`, never missing keys. */
export interface InspectResult {
  path: string;
  title: string | null;
  status: string | null;
  rawStatus: string | null;
  headline: { text: string; source: string; line: number; column: number } | null;
  profile: string;
  meta: Record<string, { value: string; source: string; line: number }>;
  sections: {
    kind: string;
    title: string;
    level: number;
    style: string;
    line: number;
    column: number;
    parent: number | null;
    words: number;
    empty: boolean;
  }[];
  faq: {
    id: string | null;
    question: string;
    audience: string;
    answered: boolean;
    style: string;
    line: number;
    column: number;
    answer: string;
  }[];
  objections: {
    stakeholder: string | null;
    objection: string;
    status: string | null;
    rawStatus: string | null;
    owner: string | null;
    resolution: string | null;
    source: string;
    line: number;
    column: number;
  }[];
  stakeholders: {
    name: string;
    role: string | null;
    prealigned: string | null;
    signoff: string | null;
    source: string;
    line: number;
  }[];
  outcomes: {
    statement: string;
    metric: string | null;
    baseline: string | null;
    target: string | null;
    line: number;
  }[];
  words: { total: number; pressRelease: number; faq: number };
  problems: { code: string; message: string; line: number; column: number }[];
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const line = (span: Span): number => span.start.line;

export function inspectResult(doc: PrfaqDocument, displayPath: string): InspectResult {
  return {
    path: displayPath,
    // Without a title in the metadata, a first H1 that is not the headline names the document.
    title:
      doc.meta.title?.value ??
      doc.sections.find((s) => s.level === 1 && s.style !== 'bold' && s.kind === 'unknown')?.title ??
      null,
    status: orNull(doc.status),
    rawStatus: orNull(doc.meta.status?.value),
    headline: doc.headline
      ? {
          text: doc.headline.text,
          source: doc.headline.source,
          line: doc.headline.span.start.line,
          column: doc.headline.span.start.column,
        }
      : null,
    profile: doc.detectedProfile,
    meta: Object.fromEntries(
      Object.entries(doc.meta).flatMap(([key, value]) =>
        value ? [[key, { value: value.value, source: value.source, line: line(value.span) }]] : [],
      ),
    ),
    sections: doc.sections.map((s) => ({
      kind: s.kind,
      title: s.title,
      level: s.level,
      style: s.style,
      line: line(s.heading),
      column: s.heading.start.column,
      parent: orNull(s.parent),
      words: s.words,
      empty: s.empty,
    })),
    faq: doc.faq.map((e) => ({
      id: orNull(e.id),
      question: e.question,
      audience: e.audience,
      answered: e.answered,
      style: e.style,
      line: line(e.span),
      column: e.span.start.column,
      answer: e.answer,
    })),
    objections: doc.objections.map((o) => ({
      stakeholder: orNull(o.stakeholder),
      objection: o.objection,
      status: orNull(o.status),
      rawStatus: orNull(o.rawStatus),
      owner: orNull(o.owner),
      resolution: orNull(o.resolution),
      source: o.source,
      line: line(o.span),
      column: o.span.start.column,
    })),
    stakeholders: doc.stakeholders.map((s) => ({
      name: s.name,
      role: orNull(s.role),
      prealigned: orNull(s.prealigned),
      signoff: orNull(s.signoff ?? s.rawSignoff),
      source: s.source,
      line: line(s.span),
    })),
    outcomes: doc.outcomes.map((o) => ({
      statement: o.statement,
      metric: orNull(o.metric),
      baseline: orNull(o.baseline),
      target: orNull(o.target),
      line: line(o.span),
    })),
    words: { ...doc.words },
    problems: doc.problems.map((p) => ({
      code: p.code,
      message: p.message,
      line: p.span.start.line,
      column: p.span.start.column,
    })),
  };
}

function clip(value: string, width: number): string {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length;
}

/** The human view: a header, then one block per part, every line starting with the source line number. */
export function formatText(result: InspectResult): string {
  const out: string[] = [result.path];
  const field = (name: string, value: string): void => void out.push(`  ${name.padEnd(10)}${value}`);
  field('title', result.title ?? '(none)');
  field('status', result.status ?? (result.rawStatus ? `${result.rawStatus} (not a known status)` : '(none)'));
  field(
    'headline',
    result.headline
      ? `${clip(result.headline.text, 90)}  [line ${result.headline.line}, ${result.headline.source}]`
      : '(none)',
  );
  field('profile', result.profile);
  field('words', `press release ${result.words.pressRelease}, FAQ ${result.words.faq}, total ${result.words.total}`);
  const width = String(
    Math.max(
      1,
      ...result.sections.map((s) => s.line),
      ...result.faq.map((e) => e.line),
      ...result.objections.map((o) => o.line),
    ),
  ).length;
  const at = (lineNumber: number): string => `    ${String(lineNumber).padStart(width)}  `;

  out.push('', `  sections (${result.sections.length})`);
  // A question written as a heading is a section too; say so rather than "unknown".
  const questionLines = new Set(result.faq.filter((e) => e.style === 'heading').map((e) => e.line));
  for (const s of result.sections) {
    const depth = '  '.repeat(Math.max(0, Math.min(s.level, 7) - 1));
    const marker = s.style === 'bold' ? '**' : '#'.repeat(Math.min(s.level, 6));
    out.push(
      `${at(s.line)}${depth}${marker} ${clip(s.title, 60)}  → ${s.kind === 'unknown' && questionLines.has(s.line) ? 'FAQ question' : s.kind}${s.empty ? ' (empty)' : ''}`,
    );
  }

  const external = count(result.faq, (e) => e.audience === 'external');
  const internal = count(result.faq, (e) => e.audience === 'internal');
  const unanswered = count(result.faq, (e) => !e.answered);
  out.push(
    '',
    `  faq (${result.faq.length}: ${external} external, ${internal} internal, ${result.faq.length - external - internal} unknown; ${unanswered} unanswered)`,
  );
  for (const e of result.faq) {
    out.push(
      `${at(e.line)}${e.audience.padEnd(9)}${(e.answered ? 'answered' : 'UNANSWERED').padEnd(11)}${e.id ? `${e.id} ` : ''}${clip(e.question, 80)}`,
    );
  }

  const open = count(result.objections, (o) => o.status === 'open');
  const noStatus = count(result.objections, (o) => o.status === null);
  out.push('', `  objections (${result.objections.length}: ${open} open, ${noStatus} without a known status)`);
  for (const o of result.objections) {
    const status = o.status ?? (o.rawStatus ? `?${o.rawStatus}` : '-');
    const owner = o.owner ? `  owner ${o.owner}` : '';
    out.push(
      `${at(o.line)}${clip(o.stakeholder ?? '-', 16).padEnd(17)}${clip(status, 10).padEnd(11)}${clip(o.objection, 60)}${owner}  [${o.source}]`,
    );
  }

  out.push('', `  stakeholders (${result.stakeholders.length})`);
  for (const s of result.stakeholders) {
    out.push(
      `${at(s.line)}${s.name}${s.role ? ` (${s.role})` : ''}  prealigned ${s.prealigned ?? 'no'}, signoff ${s.signoff ?? 'none'}`,
    );
  }
  out.push('', `  outcomes (${result.outcomes.length})`);
  for (const o of result.outcomes) {
    const measure = o.metric ? `  [${o.metric}: ${o.baseline ?? '?'} → ${o.target ?? '?'}]` : '  [no metric]';
    out.push(`${at(o.line)}${clip(o.statement, 70)}${measure}`);
  }
  if (result.problems.length > 0) {
    out.push('', `  problems (${result.problems.length})`);
    for (const p of result.problems) out.push(`    ${p.line}:${p.column}  ${p.code}  ${p.message}`);
  }
  return `${out.join('\n')}\n`;
}

export async function runInspect(files: readonly string[], flags: InspectFlags, io: Io): Promise<number> {
  let exit: number = ExitCode.Ok;
  const results: InspectResult[] = [];
  let printed = 0;
  for (const file of files) {
    const absolute = path.resolve(io.cwd, file);
    const read = await readMarkdown(absolute);
    if ('problem' in read) {
      // One line per unreadable file; the others are still inspected.
      io.stderr(`prfaq: ${file}: ${read.problem}\n`);
      exit = ExitCode.Error;
      continue;
    }
    const result = inspectResult(parse(read.text, { path: file }), file);
    if (flags.format === 'json') results.push(result);
    else io.stdout(`${printed++ > 0 ? '\n' : ''}${formatText(result)}`);
  }
  if (flags.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return exit;
}
