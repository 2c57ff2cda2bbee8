// The report model as one self-contained HTML page: inline CSS, script and SVG, no network at view
// time (a Content-Security-Policy forbids it), usable by keyboard, readable without colour, printable.
import { createHash } from 'node:crypto';
import { SCRIPT, STYLE } from './assets.js';
import type { AlignmentCell, HistoryReport, ReportDocument, ReportModel, StatusBar } from '@prfaq/lint';

/** Text for HTML content and attribute values: every character with a meaning in markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A link the page may use: relative or http(s) only. A relative path that looks like a scheme
 * (`javascript:x.md`) gets `./` in front so the browser reads it as a file.
 */
export function safeHref(link: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return `./${link}`;
  return link;
}

const h = escapeHtml;

const statusLabels: Record<string, string> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  rejected: 'Rejected',
  shelved: 'Shelved',
  none: 'No status',
};

export interface HtmlOptions {
  /** Shown in the footer. */
  version?: string;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const t = model.totals;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="generator" content="prfaq${options.version ? ` ${h(options.version)}` : ''}">
<title>${h(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#documents">Skip to the documents</a>
<header>
<h1>${h(model.title)}</h1>
<p class="meta">Generated <time datetime="${h(model.generated)}">${h(model.generated.slice(0, 16).replace('T', ' '))} UTC</time>. This report is informational: it shows where each decision stands and never fails a build.</p>
<ul class="totals" aria-label="Totals">
<li><strong>${t.documents}</strong> document${plural(t.documents)}</li>
<li><strong>${t.ready}</strong> <span aria-hidden="true">✓</span> ready</li>
<li><strong>${t.notReady}</strong> <span aria-hidden="true">✗</span> not ready</li>
<li><strong>${t.openObjections}</strong> open objection${plural(t.openObjections)}</li>
<li><strong>${t.errors}</strong> lint error${plural(t.errors)}</li>
<li><strong>${t.warnings}</strong> warning${plural(t.warnings)}</li>
</ul>
</header>
<main>
<section aria-labelledby="overview-heading">
<h2 id="overview-heading">Overview</h2>
<div class="charts">
${statusChart(model.byStatus)}
${objectionChart(model.objectionsByGroup)}
</div>
</section>
${documentsSection(model.documents)}
${alignmentSection(model)}
${model.history ? historySection(model.history) : ''}
</main>
<footer>Made by prfaq${options.version ? ` ${h(options.version)}` : ''} from the PR/FAQ files themselves. Links point at the files relative to this page.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function verdict(ready: boolean): string {
  return ready
    ? '<span class="badge ready"><span aria-hidden="true">✓ </span>Ready</span>'
    : '<span class="badge not-ready"><span aria-hidden="true">✗ </span>Not ready</span>';
}

function statusText(doc: ReportDocument): string {
  if (doc.status) return statusLabels[doc.status]!;
  return doc.rawStatus === undefined ? statusLabels.none! : `${doc.rawStatus} (unknown)`;
}

function optional(text: string | undefined): string {
  return text === undefined ? '<span class="none">—<span class="sr">none</span></span>' : h(text);
}

function count(n: number, kind: 'bad' | 'warn'): string {
  if (n === 0) return '<span class="zero">0</span>';
  const icon = kind === 'bad' ? '✗' : '⚠';
  return `<span aria-hidden="true">${icon} </span>${n}`;
}

// ------------------------------------------------------------------------------------------ documents

function documentsSection(documents: ReportDocument[]): string {
  const statuses = [...new Set(documents.map((d) => d.status ?? 'none'))];
  const groups = [...new Set(documents.map((d) => d.group))].sort((a, b) => a.localeCompare(b));
  const columns: Array<[key: string, label: string, numeric?: boolean]> = [
    ['title', 'Document'],
    ['status', 'Status'],
    ['ready', 'Readiness'],
    ['owner', 'Owner'],
    ['customer', 'Customer'],
    ['decision', 'Decision date'],
    ['errors', 'Errors', true],
    ['warnings', 'Warnings', true],
    ['objections', 'Open objections', true],
  ];
  const option = (value: string, label: string) => `<option value="${h(value)}">${h(label)}</option>`;
  return `<section id="documents" aria-labelledby="documents-heading">
<h2 id="documents-heading">Documents</h2>
<form id="controls" class="controls" role="search" aria-label="Filter the documents">
<label for="filter">Filter by words<input type="search" id="filter" autocomplete="off" placeholder="title, owner, customer, file"></label>
<label for="filter-status">Status<select id="filter-status">${option('', 'Any status')}${statuses.map((s) => option(s, statusLabels[s]!)).join('')}</select></label>
<label for="filter-readiness">Readiness<select id="filter-readiness">${option('', 'Ready or not')}${option('ready', 'Ready')}${option('not-ready', 'Not ready')}</select></label>
${groups.length > 1 ? `<label for="filter-group">Team or area<select id="filter-group">${option('', 'Every team')}${groups.map((g) => option(g, g)).join('')}</select></label>` : ''}
<button type="reset">Clear filters</button>
<button type="button" id="expand-all">Expand all</button>
<button type="button" id="collapse-all">Collapse all</button>
</form>
<p id="shown-count" role="status" aria-live="polite">Showing ${documents.length} of ${documents.length} document${plural(documents.length)}</p>
<div class="scroll">
<table id="documents-table">
<caption>Every PR/FAQ with its readiness for the next milestone. Activate a column heading to sort; activate a title to show what blocks the document, its outcomes and objections.</caption>
<thead><tr>${columns
    .map(
      ([key, label, numeric]) =>
        `<th scope="col" data-sort="${key}" aria-sort="none"${numeric ? ' class="num"' : ''}><button type="button" class="sort">${h(label)}<span class="arrow" aria-hidden="true"></span></button></th>`,
    )
    .join('')}</tr></thead>
${documents.map(documentBody).join('\n')}
</table>
</div>
<p id="no-match" hidden>No document matches these filters.</p>
</section>`;
}

function documentBody(doc: ReportDocument, index: number): string {
  const search = [doc.title, doc.path, doc.owner, doc.customer, doc.group, statusText(doc)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  const data = {
    index: String(index),
    title: doc.title.toLowerCase(),
    status: doc.status ?? 'none',
    ready: doc.ready ? 'ready' : 'not-ready',
    'ready-rank': doc.ready ? '1' : '0',
    owner: (doc.owner ?? '').toLowerCase(),
    customer: (doc.customer ?? '').toLowerCase(),
    decision: doc.decisionDate ?? '',
    errors: String(doc.errors),
    warnings: String(doc.warnings),
    objections: String(doc.openObjections),
    group: doc.group,
    search,
  };
  const attributes = Object.entries(data)
    .map(([key, value]) => ` data-${key}="${h(value)}"`)
    .join('');
  const detailsId = `${doc.id}-details`;
  return `<tbody class="doc" id="${doc.id}"${attributes}>
<tr class="summary">
<th scope="row"><button type="button" class="toggle" aria-expanded="true" aria-controls="${detailsId}"><span class="chevron" aria-hidden="true">▸</span><span class="title">${h(doc.title)}</span></button><span class="path">${h(doc.path)}</span></th>
<td>${h(statusText(doc))}</td>
<td>${verdict(doc.ready)}<span class="path">for ${h(doc.target)}</span></td>
<td>${optional(doc.owner)}</td>
<td>${optional(doc.customer)}</td>
<td>${doc.decisionDate === undefined ? optional(undefined) : `<time>${h(doc.decisionDate)}</time>`}</td>
<td class="num">${count(doc.errors, 'bad')}</td>
<td class="num">${count(doc.warnings, 'warn')}</td>
<td class="num">${count(doc.openObjections, 'warn')}</td>
</tr>
<tr class="details" id="${detailsId}">
<td colspan="9">${documentDetails(doc)}</td>
</tr>
</tbody>`;
}

function lineLink(link: string, path: string, line: number): string {
  return `<a href="${h(safeHref(link))}">${h(path)}:${line}</a>`;
}

function documentDetails(doc: ReportDocument): string {
  const parts: string[] = [
    `<p><a href="${h(safeHref(doc.link))}">Open ${h(doc.path)}</a> · Team or area: ${h(doc.group)}</p>`,
  ];
  parts.push(`<h3>What blocks it for ${h(doc.target)}</h3>`);
  if (doc.blockers.length === 0) {
    parts.push('<p><span aria-hidden="true">✓ </span>Nothing: every blocking check passes.</p>');
  } else {
    parts.push(
      `<ul class="blockers">${doc.blockers
        .map(
          (item) =>
            `<li><span aria-hidden="true">✗ </span><span class="label">${h(item.label)}:</span> ${h(item.message)} (${lineLink(item.link, doc.path, item.line)})</li>`,
        )
        .join('')}</ul>`,
    );
  }

  parts.push('<h3>Outcomes</h3>');
  if (doc.outcomes.length === 0) {
    parts.push('<p class="none">No outcome in the frontmatter.</p>');
  } else {
    parts.push(
      `<table><caption>Outcomes of ${h(doc.title)}</caption><thead><tr><th scope="col">Outcome</th><th scope="col">Metric</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Where</th></tr></thead><tbody>${doc.outcomes
        .map(
          (o) =>
            `<tr><th scope="row">${h(o.statement)}</th><td>${missing(o.metric)}</td><td>${missing(o.baseline)}</td><td>${missing(o.target)}</td><td>${lineLink(o.link, doc.path, o.line)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }

  parts.push('<h3>Objections</h3>');
  if (doc.objections.length === 0) {
    parts.push('<p class="none">No objection recorded.</p>');
  } else {
    parts.push(
      `<table><caption>Objections to ${h(doc.title)}</caption><thead><tr><th scope="col">Stakeholder</th><th scope="col">Objection</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Resolution</th><th scope="col">Where</th></tr></thead><tbody>${doc.objections
        .map(
          (o) =>
            `<tr><th scope="row">${optional(o.stakeholder)}</th><td>${h(o.objection)}</td><td>${
              o.open
                ? `<span class="badge open"><span aria-hidden="true">⚠ </span>${h(o.status ?? 'open')}</span>`
                : `<span class="closed"><span aria-hidden="true">✓ </span>${h(o.status ?? 'closed')}</span>`
            }</td><td>${optional(o.owner)}</td><td>${optional(o.resolution)}</td><td>${lineLink(o.link, doc.path, o.line)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }

  if (doc.stakeholders.length > 0) {
    parts.push('<h3>Stakeholders</h3>');
    parts.push(
      `<ul>${doc.stakeholders
        .map(
          (s) =>
            `<li>${h(s.name)}${s.role ? ` (${h(s.role)})` : ''}: ${s.prealigned ? `pre-aligned ${h(s.prealigned)}` : 'not pre-aligned'}, sign-off ${h(s.signoff ?? 'not recorded')}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

function missing(text: string | undefined): string {
  return text === undefined
    ? '<span class="not-ready badge"><span aria-hidden="true">✗ </span>missing</span>'
    : h(text);
}

// ------------------------------------------------------------------------------------------ alignment

function alignmentSection(model: ReportModel): string {
  const head = `<section aria-labelledby="alignment-heading">
<h2 id="alignment-heading">Stakeholder alignment</h2>`;
  if (model.alignment.length === 0) {
    return `${head}\n<p class="none">No document lists stakeholders or names who raised an objection.</p>\n</section>`;
  }
  const docs = model.documents;
  return `${head}
<p class="hint">◆ pre-aligned before the meeting · ✓ signed off · ✗ rejected · … sign-off pending · ⚠ open objections. An empty cell means the stakeholder is not part of that document.</p>
<div class="scroll" role="region" aria-labelledby="alignment-heading" tabindex="0">
<table class="matrix">
<caption>Stakeholders (rows) against documents (columns): who was heard before the meeting, who signed off, and who still objects.</caption>
<thead><tr><th scope="col">Stakeholder</th>${docs.map((d) => `<th scope="col"><a href="#${d.id}">${h(d.title)}</a></th>`).join('')}</tr></thead>
<tbody>
${model.alignment
  .map(
    (row) =>
      `<tr><th scope="row">${h(row.name)}${row.role ? `<span class="path">${h(row.role)}</span>` : ''}</th>${docs
        .map((d) => `<td>${alignmentCell(row.cells.find((c) => c.document === d.id))}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function alignmentCell(cell: AlignmentCell | undefined): string {
  // Most cells of a large portfolio are empty; the legend above says what an empty cell means.
  if (!cell) return '';
  const marks: string[] = [];
  if (cell.listed) {
    marks.push(
      cell.prealigned
        ? '<li><span aria-hidden="true">◆ </span>pre-aligned</li>'
        : '<li class="none"><span aria-hidden="true">◇ </span>not pre-aligned</li>',
    );
    if (cell.signoff === 'approved') marks.push('<li class="ready"><span aria-hidden="true">✓ </span>signed off</li>');
    else if (cell.signoff === 'rejected')
      marks.push('<li class="not-ready"><span aria-hidden="true">✗ </span>rejected</li>');
    else marks.push('<li><span aria-hidden="true">… </span>sign-off pending</li>');
  } else {
    marks.push('<li class="none">not listed as a stakeholder</li>');
  }
  if (cell.openObjections > 0) {
    marks.push(
      `<li class="open"><span aria-hidden="true">⚠ </span>${cell.openObjections} open objection${plural(cell.openObjections)}</li>`,
    );
  }
  return `<ul>${marks.join('')}</ul>`;
}

// ------------------------------------------------------------------------------------------ charts

const BAR_X = 110;
const BAR_WIDTH = 260;
const ROW = 30;

function statusChart(bars: StatusBar[]): string {
  const caption = 'Documents by status and readiness';
  if (bars.length === 0) return `<figure><figcaption>${caption}</figcaption><p class="none">No documents.</p></figure>`;
  const max = Math.max(...bars.map((b) => b.ready + b.notReady));
  const height = bars.length * ROW + 40;
  const rows = bars
    .map((bar, i) => {
      const y = 10 + i * ROW;
      const readyWidth = (bar.ready / max) * BAR_WIDTH;
      const notWidth = (bar.notReady / max) * BAR_WIDTH;
      const label = `${bar.ready} ready, ${bar.notReady} not ready`;
      return `<g><title>${h(statusLabels[bar.status]!)}: ${label}</title>
<text x="${BAR_X - 8}" y="${y + 15}" text-anchor="end">${h(statusLabels[bar.status]!)}</text>
${bar.ready > 0 ? `<rect x="${BAR_X}" y="${y}" width="${fmt(readyWidth)}" height="20" fill="#1a7f37"/>` : ''}
${bar.notReady > 0 ? `<rect x="${fmt(BAR_X + readyWidth)}" y="${y}" width="${fmt(notWidth)}" height="20" fill="url(#hatch)" stroke="#b3261e"/>` : ''}
<text x="${fmt(BAR_X + readyWidth + notWidth + 6)}" y="${y + 15}">✓${bar.ready} ✗${bar.notReady}</text></g>`;
    })
    .join('\n');
  const legendY = height - 18;
  const svg = `<svg role="img" aria-labelledby="status-chart-title" viewBox="0 0 ${BAR_X + BAR_WIDTH + 80} ${height}" width="${BAR_X + BAR_WIDTH + 80}" height="${height}">
<title id="status-chart-title">${caption}: ${bars.map((b) => `${statusLabels[b.status]} ${b.ready} ready, ${b.notReady} not ready`).join('; ')}</title>
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffebe9"/><rect width="3" height="6" fill="#b3261e"/></pattern></defs>
${rows}
<rect x="${BAR_X}" y="${legendY}" width="12" height="12" fill="#1a7f37"/><text x="${BAR_X + 16}" y="${legendY + 11}">✓ ready</text>
<rect x="${BAR_X + 90}" y="${legendY}" width="12" height="12" fill="url(#hatch)" stroke="#b3261e"/><text x="${BAR_X + 106}" y="${legendY + 11}">✗ not ready (hatched)</text>
</svg>`;
  const table = `<table><caption class="sr">${caption}</caption><thead><tr><th scope="col">Status</th><th scope="col" class="num">Ready</th><th scope="col" class="num">Not ready</th></tr></thead><tbody>${bars
    .map(
      (b) =>
        `<tr><th scope="row">${h(statusLabels[b.status]!)}</th><td class="num">${b.ready}</td><td class="num">${b.notReady}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return `<figure><figcaption>${caption}</figcaption>${svg}<details class="data"><summary>The numbers</summary>${table}</details></figure>`;
}

function objectionChart(groups: Array<{ group: string; open: number }>): string {
  const caption = 'Open objections by stakeholder group';
  if (groups.length === 0)
    return `<figure><figcaption>${caption}</figcaption><p><span aria-hidden="true">✓ </span>No open objection in any document.</p></figure>`;
  const max = Math.max(...groups.map((g) => g.open));
  const height = groups.length * ROW + 10;
  const rows = groups
    .map((g, i) => {
      const y = 10 + i * ROW;
      const width = (g.open / max) * BAR_WIDTH;
      const name = g.group.length > 16 ? `${g.group.slice(0, 15)}…` : g.group;
      return `<g><title>${h(g.group)}: ${g.open} open</title><text x="${BAR_X - 8}" y="${y + 15}" text-anchor="end">${h(name)}</text><rect x="${BAR_X}" y="${y}" width="${fmt(width)}" height="20" fill="#8a5300"/><text x="${fmt(BAR_X + width + 6)}" y="${y + 15}">⚠${g.open}</text></g>`;
    })
    .join('\n');
  const svg = `<svg role="img" aria-labelledby="objection-chart-title" viewBox="0 0 ${BAR_X + BAR_WIDTH + 60} ${height}" width="${BAR_X + BAR_WIDTH + 60}" height="${height}">
<title id="objection-chart-title">${caption}: ${groups.map((g) => `${h(g.group)} ${g.open}`).join('; ')}</title>
${rows}
</svg>`;
  const table = `<table><caption class="sr">${caption}</caption><thead><tr><th scope="col">Group</th><th scope="col" class="num">Open objections</th></tr></thead><tbody>${groups
    .map((g) => `<tr><th scope="row">${h(g.group)}</th><td class="num">${g.open}</td></tr>`)
    .join('')}</tbody></table>`;
  return `<figure><figcaption>${caption}</figcaption>${svg}<details class="data"><summary>The numbers</summary>${table}</details></figure>`;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// ------------------------------------------------------------------------------------------ history

function historySection(history: HistoryReport): string {
  const head = `<section aria-labelledby="history-heading">
<h2 id="history-heading">Decision flow from git history</h2>`;
  if (!history.available)
    return `${head}\n<p class="none">${h(history.reason ?? 'No history available.')}</p>\n</section>`;
  const note =
    history.uncommitted > 0
      ? ` ${history.uncommitted} document${plural(history.uncommitted)} not committed yet ${history.uncommitted === 1 ? 'has' : 'have'} no history.`
      : '';
  if (history.groups.length === 0)
    return `${head}\n<p class="none">No document has been committed yet.${h(note)}</p>\n</section>`;
  return `${head}
<p class="hint">Figures about how decisions are made, by team or area, never by person.${h(note)}</p>
<div class="charts">${objectionFlowChart(history)}</div>
<div class="scroll">
<table>
<caption>By team or area: days from a document's first commit to its decision date (median, decided documents only), objections raised and resolved before the decision, and stakeholders already pre-aligned when the document went to review.</caption>
<thead><tr><th scope="col">Team or area</th><th scope="col" class="num">Documents</th><th scope="col" class="num">Decided</th><th scope="col" class="num">Median days to decision</th><th scope="col" class="num">Objections raised</th><th scope="col" class="num">Resolved before decision</th><th scope="col" class="num">Pre-aligned before review</th></tr></thead>
<tbody>
${history.groups
  .map(
    (g) =>
      `<tr><th scope="row">${h(g.group)}</th><td class="num">${g.documents}</td><td class="num">${g.decided}</td><td class="num">${
        g.medianDaysToDecision === undefined ? optional(undefined) : g.medianDaysToDecision
      }</td><td class="num">${g.objectionsOpened}</td><td class="num">${g.objectionsResolvedBeforeDecision}</td><td class="num">${share(g.prealignedAtReview, g.stakeholdersAtReview, g.reachedReview)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function share(part: number, whole: number, reviewed: number): string {
  if (reviewed === 0) return '<span class="none">not reviewed yet</span>';
  if (whole === 0) return '<span class="none">no stakeholders listed</span>';
  return `${Math.round((part / whole) * 100)}% (${part} of ${whole})`;
}

/** Raised against resolved-before-decision per team: a gap is objections carried into the meeting. */
function objectionFlowChart(history: HistoryReport): string {
  const caption = 'Objections raised and resolved before the decision, by team or area';
  const groups = history.groups.filter((g) => g.objectionsOpened > 0);
  if (groups.length === 0)
    return `<figure><figcaption>${caption}</figcaption><p class="none">No objection in the history.</p></figure>`;
  const max = Math.max(...groups.map((g) => g.objectionsOpened));
  const block = 2 * 18 + 14;
  const height = groups.length * block + 34;
  const rows = groups
    .map((g, i) => {
      const y = 8 + i * block;
      const raised = (g.objectionsOpened / max) * BAR_WIDTH;
      const resolved = (g.objectionsResolvedBeforeDecision / max) * BAR_WIDTH;
      const name = g.group.length > 16 ? `${g.group.slice(0, 15)}…` : g.group;
      return `<g><title>${h(g.group)}: ${g.objectionsOpened} raised, ${g.objectionsResolvedBeforeDecision} resolved before the decision</title>
<text x="${BAR_X - 8}" y="${y + 22}" text-anchor="end">${h(name)}</text>
<rect x="${BAR_X}" y="${y}" width="${fmt(raised)}" height="16" fill="#8a5300"/><text x="${fmt(BAR_X + raised + 6)}" y="${y + 13}">${g.objectionsOpened} raised</text>
<rect x="${BAR_X}" y="${y + 18}" width="${fmt(resolved)}" height="16" fill="none" stroke="#1a7f37" stroke-width="2"/><text x="${fmt(BAR_X + resolved + 6)}" y="${y + 31}">${g.objectionsResolvedBeforeDecision} resolved</text></g>`;
    })
    .join('\n');
  const legendY = height - 18;
  return `<figure><figcaption>${caption}</figcaption><svg role="img" aria-labelledby="flow-chart-title" viewBox="0 0 ${BAR_X + BAR_WIDTH + 100} ${height}" width="${BAR_X + BAR_WIDTH + 100}" height="${height}">
<title id="flow-chart-title">${caption}: ${groups.map((g) => `${h(g.group)} ${g.objectionsOpened} raised, ${g.objectionsResolvedBeforeDecision} resolved`).join('; ')}</title>
${rows}
<rect x="${BAR_X}" y="${legendY}" width="12" height="12" fill="#8a5300"/><text x="${BAR_X + 16}" y="${legendY + 11}">raised (solid)</text>
<rect x="${BAR_X + 120}" y="${legendY}" width="12" height="12" fill="none" stroke="#1a7f37" stroke-width="2"/><text x="${BAR_X + 136}" y="${legendY + 11}">resolved (outlined)</text>
</svg></figure>`;
}
