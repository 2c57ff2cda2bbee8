// Drives the built server over stdio as an editor does: initialize, didOpen, publishDiagnostics,
// codeAction (and applying its edit), documentSymbol, hover, completion, code lens, and a hostile document.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { startClient, type Client } from './client.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = readFileSync(path.join(here, 'fixtures/payouts.prfaq.md'), 'utf8');
const docs = (id: string) => `https://github.com/prfaq/prfaq/blob/main/docs/rules/${id}.md`;
const range = (line: number, start: number, endLine: number, end: number) => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});
const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);

let dir: string;
let client: Client;
let uri: string;

beforeAll(async () => {
  // The server under test is the one an editor starts: build it from the current sources first (incremental, fast when up to date).
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', path.join(here, '..')], { stdio: 'inherit' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'prfaq-ls-'));
  // A repository of its own, so config discovery stops here and the recommended preset applies.
  mkdirSync(path.join(dir, '.git'));
  const file = path.join(dir, 'payouts.prfaq.md');
  writeFileSync(file, fixture);
  uri = pathToFileURL(file).href;
  client = startClient();
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'repo' }],
  });
  await client.connection.sendNotification('initialized', {});
}, 60_000);

afterAll(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const request = <T>(method: string, params: unknown) => client.connection.sendRequest<T>(method, params);
const codeActions = (line: number, only?: string[]) =>
  request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: range(line, 0, line, 0),
    context: { diagnostics: [], ...(only ? { only } : {}) },
  });

const faqAnswered: Diagnostic = {
  range: range(37, 5, 37, 13),
  severity: 1,
  code: 'faq-answered',
  source: 'prfaq',
  message: 'Question "Why now?" has no answer; answer it below the question or remove it',
  codeDescription: { href: docs('faq-answered') },
};
const openObjection: Diagnostic = {
  range: range(43, 0, 43, 51),
  severity: 1,
  code: 'open-objections',
  source: 'prfaq',
  message:
    'Objection by Finance ("Fraud risk grows") is still open (owner Raj Patel) and the document is in review; resolve, accept or defer it before the decision',
  codeDescription: { href: docs('open-objections') },
};
const unknownStakeholder: Diagnostic = {
  range: range(44, 2, 44, 7),
  severity: 2,
  code: 'objection-stakeholder-known',
  source: 'prfaq',
  message:
    'Objection by Legal ("Terms need review") comes from "Legal", who is not a listed stakeholder; add them to the stakeholders or correct the name',
  codeDescription: { href: docs('objection-stakeholder-known') },
};
const statusAlias: Diagnostic = {
  range: range(44, 30, 44, 34),
  severity: 3,
  code: 'objection-fields',
  source: 'prfaq',
  message: 'Objection by Legal ("Terms need review") has status "Done", read as "resolved"; write "resolved"',
  codeDescription: { href: docs('objection-fields') },
};

describe('prfaq-language-server over stdio', () => {
  it('publishes the diagnostics of an opened document, with rule id, severity and docs URL', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: fixture },
    });
    const published = await client.diagnostics(uri, 1);
    expect(published).toEqual({
      uri,
      version: 1,
      diagnostics: [faqAnswered, openObjection, unknownStakeholder, statusAlias],
    });
  });

  it('sends the readiness verdict', async () => {
    const readiness = await client.next<{ uri: string }>('prfaq/readiness', (p) => p.uri === uri);
    expect(readiness).toEqual({
      uri,
      version: 1,
      ready: false,
      closed: false,
      target: 'review',
      summary: 'NOT READY for review: 1 unanswered question, 1 open objection',
      blockers: [
        {
          check: 'unanswered-questions',
          message: 'Question "Why now?" has no answer; answer it below the question or remove it',
          line: 38,
        },
        { check: 'open-objections', message: 'Finance: "Fraud risk grows" is open (owner Raj Patel)', line: 44 },
      ],
    });
  });

  it('shows readiness as a code lens on the headline', async () => {
    expect(await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).toEqual([
      {
        range: range(13, 0, 13, 0),
        command: {
          title: 'NOT READY for review: 1 unanswered question, 1 open objection',
          command: 'prfaq.showReadiness',
          arguments: [uri],
        },
      },
    ]);
  });

  it("offers a rule's fix as a quick fix, and the edit repairs the text", async () => {
    const fixAll: CodeAction = {
      title: 'Fix all prfaq problems',
      kind: 'quickfix',
      edit: { changes: { [uri]: [{ range: range(44, 30, 44, 34), newText: 'resolved' }] } },
    };
    const actions = await codeActions(44);
    // Table rows take no disable comment (it would end the table): only the fixes.
    expect(actions).toEqual([
      {
        title: `Fix: ${statusAlias.message}`,
        kind: 'quickfix',
        diagnostics: [statusAlias],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: range(44, 30, 44, 34), newText: 'resolved' }] } },
      },
      fixAll,
    ]);
    const fixed = apply(fixture, actions[0]!.edit!.changes![uri]!);
    expect(fixed).toBe(
      fixture.replace('| Legal | Terms need review | Done |', '| Legal | Terms need review | resolved |'),
    );
  });

  it('offers "fix all" as source.fixAll.prfaq', async () => {
    expect(await codeActions(0, ['source.fixAll'])).toEqual([
      {
        title: 'Fix all prfaq problems',
        kind: 'source.fixAll.prfaq',
        edit: { changes: { [uri]: [{ range: range(44, 30, 44, 34), newText: 'resolved' }] } },
      },
    ]);
  });

  it('disables a rule for one line with a prfaq-disable-next-line comment, and the problem goes away', async () => {
    const actions = await codeActions(37);
    expect(actions).toEqual([
      {
        title: 'Disable faq-answered for this line',
        kind: 'quickfix',
        diagnostics: [faqAnswered],
        edit: {
          changes: {
            [uri]: [{ range: range(37, 0, 37, 0), newText: '<!-- prfaq-disable-next-line faq-answered -->\n' }],
          },
        },
      },
    ]);
    const text = apply(fixture, actions[0]!.edit!.changes![uri]!);
    expect(text).toContain('### Internal FAQ\n\n<!-- prfaq-disable-next-line faq-answered -->\n#### Why now?\n');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text }],
    });
    const published = await client.diagnostics(uri, 2);
    const moved = (d: Diagnostic): Diagnostic => ({
      ...d,
      range: range(d.range.start.line + 1, d.range.start.character, d.range.end.line + 1, d.range.end.character),
    });
    expect(published.diagnostics).toEqual([openObjection, unknownStakeholder, statusAlias].map(moved));
    // Back to the fixture for the requests below.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: fixture }],
    });
    expect((await client.diagnostics(uri, 3)).diagnostics).toHaveLength(4);
  });

  it('gives the outline prfaq recognised', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    type Shown = { name: string; detail: string | undefined; kind: number; line: number; children: Shown[] };
    const show = (s: DocumentSymbol): Shown => ({
      name: s.name,
      detail: s.detail,
      kind: s.kind,
      line: s.selectionRange.start.line,
      children: (s.children ?? []).map(show),
    });
    const leaf = (name: string, detail: string, kind: number, line: number): Shown => ({
      name,
      detail,
      kind,
      line,
      children: [],
    });
    expect(symbols.map(show)).toEqual([
      {
        name: 'Frontmatter',
        detail: 'status review',
        kind: 2,
        line: 0,
        children: [leaf('Raj Patel', 'Finance, signoff pending, pre-aligned 2026-11-20', 9, 7)],
      },
      {
        name: 'Acme launches Instant Payouts for merchants',
        detail: 'headline',
        kind: 3,
        line: 13,
        children: [
          leaf('Summary', 'summary (press release)', 3, 15),
          leaf('Problem', 'problem (press release)', 3, 19),
          leaf('Solution', 'solution (press release)', 3, 23),
          {
            name: 'FAQ',
            detail: 'FAQ',
            kind: 3,
            line: 27,
            children: [
              {
                name: 'External FAQ',
                detail: 'external FAQ, 1 question',
                kind: 3,
                line: 29,
                children: [leaf('How much does it cost?', 'external FAQ, answered', 8, 31)],
              },
              {
                name: 'Internal FAQ',
                detail: 'internal FAQ, 1 question',
                kind: 3,
                line: 35,
                children: [leaf('Why now?', 'internal FAQ, unanswered', 8, 37)],
              },
            ],
          },
          {
            name: 'Objections',
            detail: 'objections',
            kind: 3,
            line: 39,
            children: [
              leaf('Finance: Fraud risk grows', 'objection, open, owner Raj Patel', 24, 43),
              leaf('Legal: Terms need review', 'objection, resolved, owner Ana Souza', 24, 44),
            ],
          },
        ],
      },
    ]);
    // Ranges: a section spans its heading and body; the selection is the heading.
    const summary = symbols[1]!.children![0]!;
    expect([summary.range, summary.selectionRange]).toEqual([range(15, 0, 19, 0), range(15, 0, 15, 10)]);
  });

  it('explains on hover what a heading was recognised as and why a rule fires', async () => {
    const hover = (line: number, character: number) =>
      request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    expect(await hover(15, 4)).toEqual({
      contents: {
        kind: 'markdown',
        value:
          '**Section: summary (press release)**\n\nHeading "Summary" (atx, level 2) normalises to "summary", an alias of `summary`.\n\n11 words.',
      },
    });
    expect(await hover(37, 7)).toEqual({
      contents: {
        kind: 'markdown',
        value:
          '**prfaq error** `faq-answered`: Question "Why now?" has no answer; answer it below the question or remove it\n\n' +
          `Rule: Every FAQ question has an answer. [Documentation](${docs('faq-answered')})\n\n---\n\n` +
          '**FAQ entry** (internal FAQ, unanswered, written as heading)',
      },
    });
    expect(await hover(17, 3)).toBeNull();
  });

  it('completes frontmatter keys and values from the schema', async () => {
    const draftUri = pathToFileURL(path.join(dir, 'draft.prfaq.md')).href;
    const text = [
      '---',
      'title: Offline sync',
      'status: d',
      'sta',
      'stakeholders:',
      '  - name: Raj Patel',
      '    si',
      '---',
      '',
      '# Offline sync',
      '',
    ].join('\n');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text },
    });
    const complete = async (line: number, character: number) =>
      (
        await request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: draftUri },
          position: { line, character },
        })
      ).map((item) => [item.label, item.detail]);
    expect(await complete(2, 9)).toEqual([
      ['draft', 'status'],
      ['review', 'status'],
      ['approved', 'status'],
      ['rejected', 'status'],
      ['shelved', 'status'],
    ]);
    expect(await complete(3, 3)).toEqual([
      ['owner', 'frontmatter, required'],
      ['customer', 'frontmatter'],
      ['decision-date', 'frontmatter'],
      ['outcomes', 'frontmatter'],
      ['objections', 'frontmatter'],
    ]);
    expect(await complete(6, 6)).toEqual([
      ['name', 'stakeholders[], required'],
      ['role', 'stakeholders[]'],
      ['prealigned', 'stakeholders[]'],
      ['signoff', 'stakeholders[]'],
      ['constraints', 'stakeholders[]'],
    ]);
    expect(await complete(9, 3)).toEqual([]);
  });

  it("uses the config that applies to the document's path, and skips Markdown that is not a PR/FAQ", async () => {
    mkdirSync(path.join(dir, 'team'));
    writeFileSync(
      path.join(dir, 'team/prfaq.config.yaml'),
      'files: ["**/*.md"]\nignores: ["README.md"]\nrules:\n  objection-stakeholder-known: off\n',
    );
    const notes = pathToFileURL(path.join(dir, 'team/notes.md')).href;
    const readme = pathToFileURL(path.join(dir, 'team/README.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: notes, languageId: 'markdown', version: 1, text: fixture },
    });
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: readme, languageId: 'markdown', version: 1, text: fixture },
    });
    expect((await client.diagnostics(notes, 1)).diagnostics.map((d) => d.code)).toEqual([
      'faq-answered',
      'open-objections',
      'objection-fields',
    ]);
    expect((await client.diagnostics(readme, 1)).diagnostics).toEqual([]);
  });

  it('keeps positions and line endings right in a CRLF document with a BOM', async () => {
    const crlfUri = pathToFileURL(path.join(dir, 'crlf.prfaq.md')).href;
    const text = `\uFEFF${fixture.replace(/\n/g, '\r\n')}`;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: crlfUri, languageId: 'markdown', version: 1, text },
    });
    // The same ranges as in the LF document: the BOM and the CR are not columns.
    expect((await client.diagnostics(crlfUri, 1)).diagnostics).toEqual([
      faqAnswered,
      openObjection,
      unknownStakeholder,
      statusAlias,
    ]);
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: crlfUri },
      range: range(37, 0, 37, 0),
      context: { diagnostics: [] },
    });
    const disabled = apply(text, actions[0]!.edit!.changes![crlfUri]!);
    expect(disabled).toBe(
      text.replace('\r\n#### Why now?', '\r\n<!-- prfaq-disable-next-line faq-answered -->\r\n#### Why now?'),
    );
    const [fixAll] = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: crlfUri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll.prfaq'] },
    });
    expect(apply(text, fixAll!.edit!.changes![crlfUri]!)).toBe(text.replace('| Done |', '| resolved |'));
  });

  it('stays bounded on a hostile document and survives bad requests', async () => {
    const hostileUri = pathToFileURL(path.join(dir, 'hostile.prfaq.md')).href;
    const text = `# Hostile\n\n${'*a'.repeat(5000)}\n`;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: hostileUri, languageId: 'markdown', version: 1, text },
    });
    const published: PublishDiagnosticsParams = await client.diagnostics(hostileUri, 1);
    // As in `prfaq lint`: the pre-scan refuses the document (the model stays empty, so structure rules report what is missing).
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toContainEqual([
      'parse-limit',
      2,
      'More than 1,000 emphasis markers (* or _) on one line; the document was not parsed',
    ]);
    // Malformed requests get an answer (empty or an error), and the server keeps serving.
    await expect(
      request('textDocument/hover', {
        textDocument: { uri: 'file:///nowhere.md' },
        position: { line: 0, character: 0 },
      }),
    ).resolves.toBeNull();
    await request('textDocument/documentSymbol', { textDocument: {} }).catch(() => undefined);
    await request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }).catch(
      () => undefined,
    );
    expect(await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).toHaveLength(2);
    expect(client.child.exitCode).toBeNull();
  });
});
