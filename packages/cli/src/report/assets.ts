// The stylesheet and script inlined in the HTML report, so that the page needs no network and works
// from file://. The script only reads the page: every value it shows was rendered (and escaped) already.

export const STYLE = `
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #b3261e; --bad-bg: #ffebe9; --warn: #8a5300; --warn-bg: #fff8c5;
  --accent: #0550ae; --focus: #0969da; }
* { box-sizing: border-box; }
html { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0 auto; padding: 0 1.25rem 3rem; max-width: 88rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: .5rem; }
header { padding: 1.25rem 0 .5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
.meta, .note, .hint { color: var(--muted); margin: .25rem 0; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; margin: .75rem 0 0; list-style: none; }
.totals strong { font-size: 1.3rem; display: block; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; }
figure { margin: 0; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
svg { max-width: 100%; height: auto; }
svg text { font: 13px system-ui, sans-serif; fill: var(--fg); }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0 .75rem; }
.controls label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .15rem; }
.controls input, .controls select, button { font: inherit; }
.controls input, .controls select { padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 4px; min-width: 10rem; background: var(--bg); color: var(--fg); }
.controls button { padding: .35rem .75rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--soft); cursor: pointer; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: .25rem 0 .5rem; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-size: .85rem; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button.sort { all: unset; cursor: pointer; display: inline-flex; gap: .25rem; align-items: center; }
th button.sort:focus-visible { outline: 3px solid var(--focus); }
th[aria-sort="ascending"] .arrow::after { content: "\\25B2"; }
th[aria-sort="descending"] .arrow::after { content: "\\25BC"; }
th[aria-sort="none"] .arrow::after { content: "\\21C5"; color: var(--muted); }
button.toggle { all: unset; cursor: pointer; font-weight: 600; display: inline-flex; gap: .35rem; }
button.toggle:focus-visible { outline: 3px solid var(--focus); }
button.toggle .chevron { display: inline-block; transition: transform .1s; }
button.toggle[aria-expanded="true"] .chevron { transform: rotate(90deg); }
.path { display: block; font-size: .8rem; color: var(--muted); font-weight: normal; word-break: break-all; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; border: 1px solid currentColor; font-size: .85rem; white-space: nowrap; }
.ready { color: var(--ok); background: var(--ok-bg); }
.not-ready { color: var(--bad); background: var(--bad-bg); }
.open { color: var(--warn); background: var(--warn-bg); }
.closed { color: var(--muted); }
.zero { color: var(--muted); }
tr.details > td { background: var(--soft); padding: .75rem 1rem 1rem 2rem; }
tr.details h3:first-child { margin-top: 0; }
tr.details ul { margin: .25rem 0; padding-left: 1.25rem; }
tr.details table { background: var(--bg); margin: .25rem 0 .5rem; }
.label { font-weight: 600; }
.matrix td, .matrix th { min-width: 8rem; }
.matrix thead th { white-space: normal; max-width: 14rem; }
.matrix ul { list-style: none; margin: 0; padding: 0; font-size: .85rem; }
.marks { white-space: nowrap; }
.none { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
details.data { margin-top: .5rem; }
details.data summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --soft: #151b23;
    --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214; --warn: #d29922; --warn-bg: #272115; --accent: #4493f8; --focus: #4493f8; }
}
@media print {
  :root { --fg: #000; --muted: #333; --line: #999; --bg: #fff; --soft: #fff; --ok-bg: #fff; --bad-bg: #fff; --warn-bg: #fff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .controls, .skip, .hint, details.data summary, .chevron, .arrow { display: none !important; }
  tr.details[hidden] { display: table-row !important; }
  tbody.doc, figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  h2 { break-after: avoid; }
}
`;

// Plain ES2017, no modules: it must run from file:// in any current browser.
export const SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('documents-table');
  if (!table) return;
  var bodies = Array.prototype.slice.call(table.querySelectorAll('tbody.doc'));
  var filter = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  var readiness = document.getElementById('filter-readiness');
  var group = document.getElementById('filter-group');
  var count = document.getElementById('shown-count');
  var empty = document.getElementById('no-match');
  var statusRank = { draft: 0, review: 1, approved: 2, rejected: 3, shelved: 4, none: 5 };

  function setExpanded(body, open) {
    var button = body.querySelector('button.toggle');
    var details = body.querySelector('tr.details');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    details.hidden = !open;
  }
  bodies.forEach(function (body) {
    setExpanded(body, false);
    body.querySelector('button.toggle').addEventListener('click', function () {
      setExpanded(body, this.getAttribute('aria-expanded') !== 'true');
    });
  });

  function apply() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    bodies.forEach(function (body) {
      var d = body.dataset;
      var visible = words.every(function (w) { return d.search.indexOf(w) !== -1; }) &&
        (!status.value || d.status === status.value) &&
        (!readiness.value || d.ready === readiness.value) &&
        (!group || !group.value || d.group === group.value);
      body.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = 'Showing ' + shown + ' of ' + bodies.length + ' document' + (bodies.length === 1 ? '' : 's');
    empty.hidden = shown !== 0;
  }
  [filter, status, readiness, group].forEach(function (control) {
    if (!control) return;
    control.addEventListener('input', apply);
    control.addEventListener('change', apply);
  });
  var form = document.getElementById('controls');
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  document.getElementById('expand-all').addEventListener('click', function () {
    bodies.forEach(function (body) { if (!body.hidden) setExpanded(body, true); });
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    bodies.forEach(function (body) { setExpanded(body, false); });
  });

  function key(body, by) {
    var d = body.dataset;
    if (by === 'status') return statusRank[d.status];
    if (by === 'errors' || by === 'warnings' || by === 'objections' || by === 'ready') return Number(d[by === 'ready' ? 'readyRank' : by]);
    return d[by] || '';
  }
  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-sort]'));
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var by = th.dataset.sort;
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var sorted = bodies.slice().sort(function (a, b) {
        var x = key(a, by), y = key(b, by);
        // Empty values (no owner, no date) go last whichever the direction.
        if (x === '' && y !== '') return 1;
        if (y === '' && x !== '') return -1;
        var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
        return c * dir || Number(a.dataset.index) - Number(b.dataset.index);
      });
      sorted.forEach(function (body) { table.appendChild(body); });
    });
  });
  apply();
})();
`;
