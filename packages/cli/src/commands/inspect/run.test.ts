// prfaq inspect through main(): the JSON contract, the text view, and unreadable files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { captureIo } from '../../shared/testing.js';

const examples = path.resolve(import.meta.dirname, '../../../../../examples');
const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-inspect-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = captureIo({ cwd: examples });
  const code = await main(['node', 'prfaq', 'inspect', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('prfaq inspect', () => {
  it('prints the documented JSON contract for each file', async () => {
    const { code, out, err } = await run('instant-payouts.md', '--format', 'json');
    expect([code, err]).toEqual([0, '']);
    const [doc] = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'path',
        'title',
        'status',
        'headline',
        'sections',
        'faq',
        'objections',
        'stakeholders',
        'outcomes',
        'words',
      ]),
    );
    expect(doc).toMatchObject({
      path: 'instant-payouts.md',
      title: 'Instant Payouts',
      status: 'review',
      profile: 'full',
    });
    expect(doc.headline).toMatchObject({ source: 'h1', line: 37 });
    expect(doc.sections[1]).toEqual({
      kind: 'subheading',
      title: 'Subheading',
      level: 2,
      style: 'atx',
      line: 39,
      column: 1,
      parent: 0,
      words: expect.any(Number),
      empty: false,
    });
    expect(doc.faq.filter((e: { audience: string }) => e.audience === 'external')).toHaveLength(5);
    expect(doc.faq.filter((e: { audience: string }) => e.audience === 'internal')).toHaveLength(5);
    expect(doc.faq.every((e: { answered: boolean }) => e.answered)).toBe(true);
    expect(doc.faq[0]).toMatchObject({
      question: 'How much does an instant payout cost?',
      audience: 'external',
      answered: true,
      line: 78,
      id: null,
    });
    expect(doc.objections.map((o: { stakeholder: string; status: string }) => [o.stakeholder, o.status])).toEqual([
      ['Finance', 'resolved'],
      ['Risk', 'resolved'],
      ['Customer Support', 'resolved'],
      ['Legal', 'accepted'],
    ]);
    expect(doc.objections[0]).toMatchObject({ owner: 'Raj Patel', source: 'table', line: 124 });
    expect(doc.stakeholders.map((s: { name: string; signoff: string }) => [s.name, s.signoff])).toEqual([
      ['Raj Patel', 'approved'],
      ['Amara Okafor', 'approved'],
      ['Luis Ortega', 'approved'],
      ['Mei Tanaka', 'approved'],
    ]);
    expect(doc.outcomes[0]).toMatchObject({
      metric: expect.stringContaining('median time'),
      baseline: '3 business days',
      target: '1 hour',
    });
    expect(doc.words.pressRelease).toBeGreaterThan(300);
    expect(doc.problems).toEqual([]);
  });

  it('uses null, not a missing key, for what a document does not have', async () => {
    const file = path.join(dir, 'bare.md');
    writeFileSync(file, 'Just a sentence.\n');
    const { out } = await run(file, '--format', 'json');
    const [doc] = JSON.parse(out);
    expect(doc).toMatchObject({
      title: null,
      status: null,
      sections: [],
      faq: [],
      objections: [],
      stakeholders: [],
      outcomes: [],
    });
    expect(doc.headline).toMatchObject({ text: 'Just a sentence.', source: 'paragraph' });
  });

  it('shows sections, questions and objections with their lines in the text view', async () => {
    const { code, out } = await run('broken-smart-reorder.md');
    expect(code).toBe(0);
    expect(out).toMatch(/^broken-smart-reorder\.md\n/u);
    expect(out).toContain('  status    review');
    expect(out).toMatch(/\n\s+46 {2}external UNANSWERED Can I turn it off for one item\?\n/u);
    expect(out).toMatch(/\n\s+62 {2}Marketing\s+\?maybe la… Customers may see this as upselling/u);
    expect(out).toMatch(/\n\s+5:1 {2}yaml-duplicate-key {2}Duplicate key "owner"/u);
    expect(out).toMatch(/\n\s+30 {4}## How it works {2}→ how-it-works \(empty\)\n/u);
  });

  it('reports an unreadable file on one line, exits 2, and still inspects the others', async () => {
    const binary = path.join(dir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x41]));
    const { code, out, err } = await run('missing.md', binary, 'team-inbox.md', '--format', 'json');
    expect(code).toBe(2);
    expect(err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^prfaq: missing\.md: no such file/u),
      expect.stringMatching(/^prfaq: .*binary\.md: the file looks binary/u),
    ]);
    expect(JSON.parse(out).map((doc: { path: string }) => doc.path)).toEqual(['team-inbox.md']);
  });

  it('rejects an unknown format as a usage error', async () => {
    const { code, err } = await run('team-inbox.md', '--format', 'yaml');
    expect(code).toBe(2);
    expect(err).toContain("argument 'yaml' is invalid");
  });

  it('keeps a BOM and CRLF file readable', async () => {
    const file = path.join(dir, 'crlf.md');
    writeFileSync(
      file,
      '\uFEFF---\r\nstatus: Draft\r\n---\r\n# Acme launches X\r\n\r\n## FAQ\r\n\r\nQ: Why?\r\n\r\nA: Because.\r\n',
    );
    const { out } = await run(file, '--format', 'json');
    const [doc] = JSON.parse(out);
    expect(doc).toMatchObject({ status: 'draft', headline: { text: 'Acme launches X', line: 4 } });
    expect(doc.faq).toEqual([
      expect.objectContaining({ question: 'Why?', answered: true, line: 8, audience: 'unknown' }),
    ]);
  });
});
