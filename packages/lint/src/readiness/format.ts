// Output of `prfaq ready` and `prfaq diff`: stylish for a terminal, Markdown for a pull-request comment
// or a GitHub job summary (short: a table per document, details folded), JSON for tools.
import type { DocumentDiff, ObjectionChange, ObjectionRef, StakeholderChange } from './diff.js';
import { checkLabels, readinessChecks, type Readiness, type ReadinessItem } from './ready.js';

export type ReadinessFormat = 'stylish' | 'markdown' | 'json';
export const readinessFormats: readonly ReadinessFormat[] = ['stylish', 'markdown', 'json'];

/** Builds the URL of a line of a file, for Markdown links. */
export type LinkFn = (path: string, line?: number) => string;

export interface FormatOptions {
  /** ANSI colours in stylish output. */
  color?: boolean;
  /** How Markdown links to a file and line; by default relative (`path#L12`). */
  link?: LinkFn;
}

export const relativeLink: LinkFn = (path, line) => `${encodePath(path)}${line === undefined ? '' : `#L${line}`}`;

/** Absolute links to the file at the commit under review, as GitHub renders them in job summaries and comments. */
export function githubLink(serverUrl: string, repository: string, sha: string): LinkFn {
  const base = `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/`;
  return (path, line) => `${base}${relativeLink(path, line)}`;
}

// ---------------------------------------------------------------------------------------------- ready

export function formatReadiness(results: Readiness[], format: ReadinessFormat, options: FormatOptions = {}): string {
  if (format === 'json') {
    return `${JSON.stringify({ ready: results.every((r) => r.ready), documents: results }, null, 2)}\n`;
  }
  return format === 'markdown' ? readinessMarkdown(results, options) : readinessStylish(results, options);
}

function readinessStylish(results: Readiness[], options: FormatOptions): string {
  const c = colors(options.color ?? false);
  const lines: string[] = [];
  for (const r of results) {
    const status = r.status === undefined ? 'no status' : `status ${r.status}`;
    if (r.closed)
      lines.push(`${c.underline(r.path ?? '<text>')}: ${c.dim('CLOSED')}, decision made (${status}); nothing blocks`);
    else
      lines.push(
        `${c.underline(r.path ?? '<text>')}: ${r.ready ? c.green('READY') : c.red('NOT READY')} for ${r.target} (${status})`,
      );
    for (const check of readinessChecks) {
      const items = r.blockers.filter((item) => item.check === check);
      if (items.length === 0) continue;
      lines.push(`  ${c.bold(checkLabels[check])}`);
      for (const item of items) lines.push(`    ${c.dim(`${item.line}:${item.column}`.padEnd(7))} ${item.message}`);
    }
    if (r.notes.length > 0) {
      lines.push(`  ${c.bold('Does not block')}`);
      for (const item of r.notes)
        lines.push(`    ${c.dim(`${item.line}:${item.column}`.padEnd(7))} ${noteLabel(item)}${item.message}`);
    }
    lines.push('');
  }
  const ready = results.filter((r) => r.ready).length;
  const total = `${ready} of ${results.length} document${results.length === 1 ? '' : 's'} ready`;
  lines.push(ready === results.length ? c.green(total) : c.red(total));
  return `${lines.join('\n')}\n`;
}

function readinessMarkdown(results: Readiness[], options: FormatOptions): string {
  const link = options.link ?? relativeLink;
  const ready = results.filter((r) => r.ready).length;
  const out: string[] = [`### PR/FAQ readiness: ${ready} of ${results.length} ready`, ''];
  if (results.length === 0) out.push('No PR/FAQ to check.', '');
  for (const r of results) {
    const path = r.path ?? '<text>';
    const name = r.title === undefined ? path : `${r.title} (${path})`;
    const verdict = r.closed ? `➖ CLOSED (${r.status})` : `${r.ready ? '✅ READY' : '❌ NOT READY'} for ${r.target}`;
    out.push(`#### ${verdict}: [${inline(name)}](${link(path)})`, '');
    out.push(`Document status: ${r.status ?? 'none'}.`, '');
    out.push('| Check | Result |', '| --- | --- |');
    for (const check of readinessChecks) {
      const blocking = r.blockers.filter((item) => item.check === check).length;
      const other = r.notes.filter((item) => item.check === check).length;
      const result =
        blocking > 0
          ? `❌ ${blocking}`
          : other > 0
            ? `⚠️ ${other} (${r.closed ? 'closed' : `does not block ${r.target}`})`
            : r.blocking.includes(check)
              ? '✅'
              : '➖ not checked';
      out.push(`| ${checkLabels[check]} | ${result} |`);
    }
    const notes = r.notes.filter((item) => item.check === 'deferred-objection' || item.check === 'accepted-objection');
    if (notes.length > 0) out.push(`| Deferred or accepted objections | ${notes.length} |`);
    out.push('');
    if (r.blockers.length + r.notes.length === 0) continue;
    const summary = [
      count(r.blockers.length, r.blockers.length === 1 ? 'blocker' : 'blockers'),
      count(r.notes.length, r.notes.length === 1 ? 'note' : 'notes'),
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`<details><summary>Checklist: ${summary}</summary>`, '');
    for (const check of readinessChecks) {
      const items = r.blockers.filter((item) => item.check === check);
      if (items.length === 0) continue;
      out.push(`**${checkLabels[check]}**`, '');
      for (const item of items) out.push(`- [ ] ${itemMarkdown(item, path, link)}`);
      out.push('');
    }
    if (r.notes.length > 0) {
      out.push('**Does not block**', '');
      for (const item of r.notes) out.push(`- ${noteLabel(item)}${itemMarkdown(item, path, link)}`);
      out.push('');
    }
    out.push('</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function itemMarkdown(item: ReadinessItem, path: string, link: LinkFn): string {
  return `${inline(item.message)} ([line ${item.line}](${link(path, item.line)}))`;
}

function noteLabel(item: ReadinessItem): string {
  if (item.check === 'deferred-objection') return 'Deferred: ';
  if (item.check === 'accepted-objection') return 'Disagree and commit: ';
  return `${checkLabels[item.check]}: `;
}

// ----------------------------------------------------------------------------------------------- diff

export function formatDiff(
  diffs: DocumentDiff[],
  base: string,
  format: ReadinessFormat,
  options: FormatOptions = {},
): string {
  if (format === 'json') return `${JSON.stringify({ base, documents: diffs }, null, 2)}\n`;
  return format === 'markdown' ? diffMarkdown(diffs, base, options) : diffStylish(diffs, base, options);
}

interface Line {
  /** The heading of the group this change belongs to. */
  group: string;
  text: string;
  line: number | undefined;
  /** Which version `line` refers to. */
  side: 'before' | 'after';
}

/** Every change of a document as one list of readable lines, shared by both text formats. */
function changeLines(d: DocumentDiff): Line[] {
  const lines: Line[] = [];
  const add = (group: string, text: string, line: number | undefined, side: Line['side'] = 'after') =>
    lines.push({ group, text, line, side });
  const objection = (o: ObjectionRef) => `${o.stakeholder ?? 'unnamed stakeholder'}: "${clip(o.objection)}"`;
  const owner = (o: ObjectionRef) => (o.owner === undefined ? 'no owner' : `owner ${o.owner}`);
  const from = (c: ObjectionChange) => (c.before === undefined ? 'new, ' : `${c.before.status ?? 'no status'} → `);
  for (const c of d.objections.opened)
    add(
      'Objections opened',
      `${objection(c.after!)} (${from(c)}${c.after!.status ?? 'no status'}, ${owner(c.after!)})`,
      c.after!.line,
    );
  for (const c of d.objections.resolved) {
    const how = c.after!.resolution === undefined ? '' : `: ${clip(c.after!.resolution)}`;
    add('Objections resolved', `${objection(c.after!)} (${from(c)}${c.after!.status})${how}`, c.after!.line);
  }
  for (const c of d.objections.changed) {
    const what = c.fields.map((f) => `${f} ${quoteOr(c.before![f])} → ${quoteOr(c.after![f])}`).join('; ');
    add('Objections changed', `${objection(c.after!)}: ${what}`, c.after!.line);
  }
  for (const c of d.objections.removed)
    add(
      'Objections removed',
      `${objection(c.before!)} (was ${c.before!.status ?? 'no status'})`,
      c.before!.line,
      'before',
    );
  const who = (s: StakeholderChange) => {
    const ref = (s.after ?? s.before)!;
    return ref.role === undefined ? ref.name : `${ref.name} (${ref.role})`;
  };
  for (const s of d.stakeholders.added) add('Stakeholders', `${who(s)} added`, s.after!.line);
  for (const s of d.stakeholders.removed) add('Stakeholders', `${who(s)} removed`, s.before!.line, 'before');
  for (const s of d.stakeholders.prealigned)
    add('Stakeholders', `${who(s)} pre-aligned on ${s.after!.prealigned}`, s.after!.line);
  for (const s of d.stakeholders.signedOff) add('Stakeholders', `${who(s)} signed off`, s.after!.line);
  for (const s of d.stakeholders.rejected) add('Stakeholders', `${who(s)} rejected`, s.after!.line);
  for (const s of d.stakeholders.changed) {
    const b = s.before!;
    const a = s.after!;
    const what = (['role', 'prealigned', 'signoff'] as const)
      .filter((f) => b[f] !== a[f])
      .map((f) => `${f} ${quoteOr(b[f])} → ${quoteOr(a[f])}`)
      .join('; ');
    add('Stakeholders', `${who(s)}: ${what}`, a.line);
  }
  for (const s of d.sections.added) add('Sections', `added "${s.title}"`, s.line);
  for (const s of d.sections.removed) add('Sections', `removed "${s.title}"`, s.line, 'before');
  for (const q of d.faq.added) add('FAQ', `added "${clip(q.question)}"${q.answered ? '' : ' (unanswered)'}`, q.line);
  for (const q of d.faq.removed) add('FAQ', `removed "${clip(q.question)}"`, q.line, 'before');
  for (const q of d.faq.answered) add('FAQ', `answered "${clip(q.question)}"`, q.line);
  for (const o of d.outcomes.added)
    add('Outcomes', `added "${clip(o.after!.statement)}" (target ${o.after!.target ?? 'none'})`, o.after!.line);
  for (const o of d.outcomes.removed)
    add('Outcomes', `removed "${clip(o.before!.statement)}"`, o.before!.line, 'before');
  for (const o of d.outcomes.changed) {
    const b = o.before!;
    const a = o.after!;
    const what = (['statement', 'metric', 'baseline', 'target'] as const)
      .filter((f) => (b[f] ?? '') !== (a[f] ?? ''))
      .map((f) => `${f} ${quoteOr(b[f])} → ${quoteOr(a[f])}`)
      .join('; ');
    add('Outcomes', `"${clip(a.metric ?? a.statement)}": ${what}`, a.line);
  }
  return lines;
}

function changeSummary(d: DocumentDiff): string[] {
  const parts: string[] = [];
  const o = d.objections;
  const objections = [
    count(o.opened.length, 'opened'),
    count(o.resolved.length, 'resolved'),
    count(o.changed.length, 'changed'),
    count(o.removed.length, 'removed'),
  ].filter(Boolean);
  if (objections.length > 0) parts.push(`objections ${objections.join(', ')}`);
  const s = d.stakeholders;
  const stakeholders = [
    count(s.added.length, 'added'),
    count(s.removed.length, 'removed'),
    count(s.prealigned.length, 'pre-aligned'),
    count(s.signedOff.length, 'signed off'),
    count(s.rejected.length, 'rejected'),
    count(s.changed.length, 'changed'),
  ].filter(Boolean);
  if (stakeholders.length > 0) parts.push(`stakeholders ${stakeholders.join(', ')}`);
  const sections = [count(d.sections.added.length, 'added'), count(d.sections.removed.length, 'removed')].filter(
    Boolean,
  );
  if (sections.length > 0) parts.push(`sections ${sections.join(', ')}`);
  const faq = [
    count(d.faq.added.length, 'added'),
    count(d.faq.removed.length, 'removed'),
    count(d.faq.answered.length, 'newly answered'),
  ].filter(Boolean);
  if (faq.length > 0) parts.push(`questions ${faq.join(', ')}`);
  const outcomes = [
    count(d.outcomes.added.length, 'added'),
    count(d.outcomes.removed.length, 'removed'),
    count(d.outcomes.changed.length, 'changed'),
  ].filter(Boolean);
  if (outcomes.length > 0) parts.push(`outcomes ${outcomes.join(', ')}`);
  return parts;
}

function verdict(summary: DocumentDiff['readiness']['before'], markdown: boolean): string {
  if (summary === undefined) return markdown ? '—' : 'absent';
  if (summary.closed) return markdown ? '➖ closed' : 'closed';
  if (summary.ready) return markdown ? `✅ ready for ${summary.target}` : `ready for ${summary.target}`;
  const text = `not ready for ${summary.target} (${plural(summary.blockers, 'blocker')})`;
  return markdown ? `❌ ${text}` : text;
}

function fileHeading(d: DocumentDiff): string {
  if (d.change === 'renamed') return `renamed from ${d.basePath}`;
  return d.change;
}

function diffStylish(diffs: DocumentDiff[], base: string, options: FormatOptions): string {
  const c = colors(options.color ?? false);
  const out: string[] = [];
  for (const d of diffs) {
    out.push(`${c.underline(d.path)}: ${fileHeading(d)}`);
    out.push(`  readiness: ${verdict(d.readiness.before, false)} → ${verdict(d.readiness.after, false)}`);
    let group = '';
    for (const line of changeLines(d)) {
      if (line.group !== group) out.push(`  ${c.bold((group = line.group))}`);
      const where = line.line === undefined ? '' : `${line.side === 'before' ? `${base}:` : ''}${line.line}`;
      out.push(`    ${c.dim(where.padEnd(6))} ${line.text}`);
    }
    out.push('');
  }
  if (diffs.length === 0) out.push(`No PR/FAQ changed since ${base}.`);
  else out.push(`${plural(diffs.length, 'PR/FAQ')} compared with ${base}`);
  return `${out.join('\n')}\n`;
}

function diffMarkdown(diffs: DocumentDiff[], base: string, options: FormatOptions): string {
  const link = options.link ?? relativeLink;
  const out: string[] = [`### PR/FAQ changes since \`${base.replace(/`/g, '')}\``, ''];
  if (diffs.length === 0) out.push('No PR/FAQ changed.', '');
  for (const d of diffs) {
    const target = d.change === 'deleted' ? inline(d.path) : `[${inline(d.path)}](${link(d.path)})`;
    out.push(`#### ${target}: ${inline(fileHeading(d))}`, '');
    out.push('| Readiness before | Readiness after |', '| --- | --- |');
    out.push(`| ${verdict(d.readiness.before, true)} | ${verdict(d.readiness.after, true)} |`, '');
    const summary = changeSummary(d);
    if (summary.length > 0) {
      out.push(`${capitalize(summary.join('; '))}.`, '');
      out.push('<details><summary>What changed</summary>', '');
      let group = '';
      for (const line of changeLines(d)) {
        if (line.group !== group) {
          if (group !== '') out.push('');
          out.push(`**${(group = line.group)}**`, '');
        }
        // Lines of the base version cannot be linked to the commit under review.
        const where =
          line.line === undefined
            ? ''
            : line.side === 'before'
              ? ` (line ${line.line} at base)`
              : ` ([line ${line.line}](${link(d.path, line.line)}))`;
        out.push(`- ${inline(line.text)}${where}`);
      }
      out.push('', '</details>', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// -------------------------------------------------------------------------------------------- helpers

/** Escapes text for inline Markdown (a table cell or list item): no formatting, no HTML, no broken table. */
export function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

function encodePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function quoteOr(text: string | undefined): string {
  return text === undefined ? 'none' : `"${clip(text, 60)}"`;
}

function count(n: number, what: string): string {
  return n === 0 ? '' : `${n} ${what}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function colors(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24) };
}
