import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff.js';
import { formatDiff, formatReadiness, githubLink, inline } from './format.js';
import { assessReadiness } from './ready.js';
import { fakeDoc, fakeLint } from './testing.js';

const before = fakeDoc({
  path: 'docs/pay outs.md',
  title: 'Instant | Payouts',
  status: 'draft',
  objections: [
    { stakeholder: 'Finance', objection: 'Float *costs* money', status: 'open', line: 42 },
    { stakeholder: 'Risk', objection: 'Fraud', status: 'accepted', resolution: 'cap at $10k', line: 43 },
  ],
  stakeholders: [{ name: 'Raj', role: 'Finance', line: 7 }],
});
const notReady = assessReadiness(
  before,
  fakeLint([{ ruleId: 'required-sections', line: 1, message: 'Missing section "Problem"' }]),
);
const after = fakeDoc({
  path: 'docs/pay outs.md',
  objections: [
    {
      stakeholder: 'Finance',
      objection: 'Float *costs* money',
      status: 'resolved',
      resolution: 'Credit line',
      line: 40,
    },
  ],
  stakeholders: [{ name: 'Raj', role: 'Finance', prealigned: '2026-11-20', line: 7 }],
});
const ready = assessReadiness(after, fakeLint([]));

describe('readiness output', () => {
  it('writes Markdown with a table per document, the checklist folded, and absolute links on GitHub', () => {
    const md = formatReadiness([notReady, ready], 'markdown', {
      link: githubLink('https://github.com/', 'acme/docs', 'abc123'),
    });
    const lines = md.split('\n');
    const blob = 'https://github.com/acme/docs/blob/abc123/docs/pay%20outs.md';
    expect(lines[0]).toBe('### PR/FAQ readiness: 1 of 2 ready');
    expect(lines).toContain(`#### ❌ NOT READY for review: [Instant \\| Payouts (docs/pay outs.md)](${blob})`);
    expect(lines).toContain('| Open objections | ❌ 1 |');
    expect(lines).toContain('| Stakeholders not signed off | ⚠️ 1 (does not block review) |');
    expect(lines).toContain('<details><summary>Checklist: 3 blockers, 2 notes</summary>');
    expect(lines).toContain(`- [ ] Finance: "Float \\*costs\\* money" is open (no owner) ([line 42](${blob}#L42))`);
    expect(lines).toContain(
      `- Disagree and commit: Risk disagrees and commits on "Fraud": cap at $10k ([line 43](${blob}#L43))`,
    );
    expect(lines.filter((l) => l.startsWith('#### '))).toHaveLength(2);
    // A document with nothing to list gets its table but no empty details block.
    const clean = formatReadiness([assessReadiness(fakeDoc({ path: 'ok.md' }), fakeLint([]))], 'markdown');
    expect(clean).toContain('#### ✅ READY for review: [ok.md](ok.md)');
    expect(clean).not.toContain('<details>');
  });

  it('writes relative links by default and stylish text for the terminal', () => {
    expect(formatReadiness([notReady], 'markdown')).toContain('([line 42](docs/pay%20outs.md#L42))');
    const text = formatReadiness([notReady], 'stylish');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'docs/pay outs.md: NOT READY for review (status draft)',
      '  Missing sections',
      '    1:1     Missing section "Problem"',
      '  Open objections',
    ]);
    expect(text.trimEnd().split('\n').at(-1)).toBe('0 of 1 document ready');
    expect(formatReadiness([notReady], 'stylish', { color: true })).toContain('\u001b[31mNOT READY\u001b[39m');
  });

  it('shows a shelved document as closed, and says when there is nothing to check', () => {
    const shelved = assessReadiness(
      fakeDoc({ path: 'old.md', status: 'shelved' }),
      fakeLint([{ ruleId: 'no-placeholders', line: 4, message: 'TBD' }]),
    );
    expect(formatReadiness([shelved], 'stylish').split('\n')[0]).toBe(
      'old.md: CLOSED, decision made (status shelved); nothing blocks',
    );
    const md = formatReadiness([shelved], 'markdown');
    expect(md).toContain('#### ➖ CLOSED (shelved): [old.md](old.md)');
    expect(md).toContain('| Placeholders | ⚠️ 1 (closed) |');
    expect(formatReadiness([], 'markdown')).toBe('### PR/FAQ readiness: 0 of 0 ready\n\nNo PR/FAQ to check.\n');
  });

  it('writes JSON that parses back to the verdicts', () => {
    const parsed = JSON.parse(formatReadiness([notReady, ready], 'json'));
    expect(parsed.ready).toBe(false);
    expect(parsed.documents.map((d: { ready: boolean }) => d.ready)).toEqual([false, true]);
    expect(parsed.documents[0].blockers[1].objection).toMatchObject({ stakeholder: 'Finance', status: 'open' });
  });

  it('escapes Markdown so user text cannot break a table or inject HTML', () => {
    expect(inline('a | b <img src=x> [x](y)\nnext')).toBe('a \\| b \\<img src=x\\> \\[x\\](y) next');
  });
});

describe('diff output', () => {
  const diff = diffDocuments(
    { path: 'docs/old.md', doc: before, readiness: notReady },
    { path: 'docs/pay outs.md', doc: after, readiness: ready },
    true,
  );

  it('writes Markdown: the file, readiness before and after, a one-line summary, details with links', () => {
    const lines = formatDiff([diff], 'main', 'markdown').split('\n');
    expect(lines[0]).toBe('### PR/FAQ changes since `main`');
    expect(lines).toContain('#### [docs/pay outs.md](docs/pay%20outs.md): renamed from docs/old.md');
    expect(lines).toContain('| ❌ not ready for review (3 blockers) | ✅ ready for review |');
    expect(lines).toContain('Objections 1 resolved, 1 removed; stakeholders 1 pre-aligned.');
    expect(lines).toContain(
      '- Finance: "Float \\*costs\\* money" (open → resolved): Credit line ([line 40](docs/pay%20outs.md#L40))',
    );
    expect(lines).toContain('- Risk: "Fraud" (was accepted) (line 43 at base)');
    expect(lines).toContain('- Raj (Finance) pre-aligned on 2026-11-20 ([line 7](docs/pay%20outs.md#L7))');
  });

  it('writes stylish text and says when nothing changed', () => {
    const text = formatDiff([diff], 'main', 'stylish');
    expect(text).toContain('  readiness: not ready for review (3 blockers) → ready for review\n');
    expect(text).toContain('    main:43 Risk: "Fraud" (was accepted)\n');
    expect(formatDiff([], 'v1.0', 'stylish')).toBe('No PR/FAQ changed since v1.0.\n');
    expect(formatDiff([], 'v1.0', 'markdown')).toContain('No PR/FAQ changed.');
  });
});
