// The report model as Markdown, for a wiki page or a pull-request comment: the same facts as the
// HTML page in tables, with emoji and words (never colour alone) for the verdicts.
import type { ReportModel } from '@prfaq/lint';

/** Text safe inside a Markdown table cell or link label: no markup, no HTML, no cell breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|<>~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

const m = escapeMarkdown;
const dash = (text: string | undefined) => (text === undefined ? '—' : m(text));

export function renderMarkdown(model: ReportModel): string {
  const t = model.totals;
  const out: string[] = [
    `# ${m(model.title)}`,
    '',
    `${t.documents} document${t.documents === 1 ? '' : 's'}: ${t.ready} ✅ ready, ${t.notReady} ❌ not ready, ${t.openObjections} open objection${t.openObjections === 1 ? '' : 's'}. Generated ${model.generated.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    '| Document | Status | Readiness | Owner | Customer | Decision date | Errors | Warnings | Open objections |',
    '| --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |',
  ];
  for (const d of model.documents) {
    const verdict = d.ready ? `✅ ready for ${d.target}` : `❌ not ready for ${d.target}`;
    out.push(
      `| [${m(d.title)}](${encodeLink(d.link)}) | ${d.status ?? (d.rawStatus === undefined ? '—' : `${m(d.rawStatus)} (unknown)`)} | ${verdict} | ${dash(d.owner)} | ${dash(d.customer)} | ${dash(d.decisionDate)} | ${d.errors} | ${d.warnings} | ${d.openObjections} |`,
    );
  }
  out.push(...documentSections(model), ...alignmentSection(model), ...groupSection(model), ...historySection(model));
  return `${out.join('\n')}\n`;
}

/** Per document: what blocks it, its outcomes and its objections. */
function documentSections(model: ReportModel): string[] {
  const out: string[] = [];
  for (const d of model.documents) {
    if (d.blockers.length === 0 && d.objections.length === 0 && d.outcomes.length === 0) continue;
    out.push('', `## ${m(d.title)}`, '');
    if (d.blockers.length > 0) {
      out.push(`Blocking for ${d.target}:`, '');
      for (const item of d.blockers)
        out.push(`- ❌ **${m(item.label)}:** ${m(item.message)} ([line ${item.line}](${encodeLink(item.link)}))`);
      out.push('');
    }
    if (d.outcomes.length > 0) {
      out.push('| Outcome | Metric | Baseline | Target |', '| --- | --- | --- | --- |');
      for (const o of d.outcomes)
        out.push(
          `| [${m(o.statement)}](${encodeLink(o.link)}) | ${dash(o.metric)} | ${dash(o.baseline)} | ${dash(o.target)} |`,
        );
      out.push('');
    }
    if (d.objections.length > 0) {
      out.push('| Stakeholder | Objection | Status | Owner | Resolution |', '| --- | --- | --- | --- | --- |');
      for (const o of d.objections) {
        out.push(
          `| ${dash(o.stakeholder)} | [${m(o.objection)}](${encodeLink(o.link)}) | ${o.open ? '⚠️ ' : ''}${dash(o.status ?? (o.open ? 'open' : undefined))} | ${dash(o.owner)} | ${dash(o.resolution)} |`,
        );
      }
      out.push('');
    }
  }

  return out;
}

function alignmentSection(model: ReportModel): string[] {
  const out: string[] = [];
  if (model.alignment.length > 0) {
    out.push(
      '',
      '## Stakeholder alignment',
      '',
      '◆ pre-aligned · ✅ signed off · ❌ rejected · … pending · ⚠️ open objections',
      '',
    );
    out.push(
      `| Stakeholder | ${model.documents.map((d) => m(d.title)).join(' | ')} |`,
      `| --- | ${model.documents.map(() => '---').join(' | ')} |`,
    );
    for (const row of model.alignment) {
      const cells = model.documents.map((d) => {
        const cell = row.cells.find((c) => c.document === d.id);
        if (!cell) return '';
        const marks: string[] = [];
        if (cell.listed) {
          marks.push(cell.prealigned ? '◆ pre-aligned' : '◇ not pre-aligned');
          marks.push(
            cell.signoff === 'approved' ? '✅ signed off' : cell.signoff === 'rejected' ? '❌ rejected' : '… pending',
          );
        } else {
          marks.push('not listed');
        }
        if (cell.openObjections > 0) marks.push(`⚠️ ${cell.openObjections} open`);
        return marks.join(', ');
      });
      out.push(`| ${m(row.name)}${row.role ? ` (${m(row.role)})` : ''} | ${cells.join(' | ')} |`);
    }
  }

  return out;
}

function groupSection(model: ReportModel): string[] {
  const out: string[] = [];
  if (model.objectionsByGroup.length > 0) {
    out.push('', '## Open objections by stakeholder group', '', '| Group | Open objections |', '| --- | ---: |');
    for (const g of model.objectionsByGroup) out.push(`| ${m(g.group)} | ${g.open} |`);
  }

  return out;
}

function historySection(model: ReportModel): string[] {
  const out: string[] = [];
  const history = model.history;
  if (history) {
    out.push('', '## Decision flow from git history', '');
    if (!history.available) {
      out.push(m(history.reason ?? 'No history available.'));
    } else {
      out.push('By team or area, never by person.', '');
      out.push(
        '| Team or area | Documents | Decided | Median days to decision | Objections raised | Resolved before decision | Pre-aligned before review |',
      );
      out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const g of history.groups) {
        const share =
          g.reachedReview === 0
            ? 'not reviewed yet'
            : g.stakeholdersAtReview === 0
              ? 'no stakeholders'
              : `${Math.round((g.prealignedAtReview / g.stakeholdersAtReview) * 100)}% (${g.prealignedAtReview} of ${g.stakeholdersAtReview})`;
        out.push(
          `| ${m(g.group)} | ${g.documents} | ${g.decided} | ${g.medianDaysToDecision ?? '—'} | ${g.objectionsOpened} | ${g.objectionsResolvedBeforeDecision} | ${share} |`,
        );
      }
      if (history.uncommitted > 0)
        out.push(
          '',
          `${history.uncommitted} document${history.uncommitted === 1 ? ' is' : 's are'} not committed yet and ${history.uncommitted === 1 ? 'has' : 'have'} no history.`,
        );
    }
  }
  return out;
}

/** A link target cannot hold spaces or parentheses unescaped in Markdown. */
function encodeLink(link: string): string {
  return link.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
