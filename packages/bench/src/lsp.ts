// Editor latency: the time from `textDocument/didChange` to the `publishDiagnostics` for that version, on a
// generated 20 KB PR/FAQ, through prfaq-language-server over stdio (LSP framing written here: no client library).
// Measured with the server's default debounce (what a user waits) and with none (the server's own work).
// Runs inside `pnpm bench` (scenario `lsp`) or alone: `node dist/lsp.js [--runs N]`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchRoot } from './corpus.js';
import { generateDoc } from './generate.js';
import { median } from './measure.js';

export const serverBin = join(benchRoot, '..', 'language-server', 'bin', 'prfaq-language-server.js');
const built = join(benchRoot, '..', 'language-server', 'dist', 'main.js');

export interface LspMeasurement {
  label: string;
  debounceMs: number | undefined;
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface LspResult {
  bytes: number;
  diagnostics: number;
  measurements: LspMeasurement[];
}

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; version?: number; diagnostics?: unknown[] };
}

/** One server process and a minimal LSP client: Content-Length framing, requests, notifications. */
class Session {
  private readonly child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting: Array<{ accept: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  constructor() {
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(
          this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
        ) as Message;
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        const i = this.waiting.findIndex((w) => w.accept(message));
        if (i !== -1) this.waiting.splice(i, 1)[0]!.resolve(message);
      }
    });
  }

  send(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  next(accept: (m: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const entry = { accept, resolve };
      this.waiting.push(entry);
      setTimeout(() => {
        if (!this.waiting.includes(entry)) return;
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(new Error(`lsp: no answer within ${timeoutMs} ms`));
      }, timeoutMs).unref();
    });
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    const answer = this.next((m) => m.id === id && m.method === undefined);
    this.send({ id, method, params });
    return answer;
  }

  diagnostics(uri: string, version: number): Promise<Message> {
    return this.next(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params.version === version,
    );
  }

  async close(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.send({ method: 'exit' });
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) {
        resolve();
        return;
      }
      this.child.once('exit', () => {
        resolve();
      });
      setTimeout(() => {
        this.child.kill();
        resolve();
      }, 3000).unref();
    });
  }
}

async function measureOnce(
  text: string,
  debounceMs: number | undefined,
  runs: number,
  label: string,
): Promise<LspMeasurement & { diagnostics: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'prfaq-bench-lsp-'));
  // A repository of its own: config discovery stops here and the recommended preset applies.
  mkdirSync(join(dir, '.git'));
  const uri = pathToFileURL(join(dir, 'instant-payouts.prfaq.md')).href;
  const session = new Session();
  try {
    await session.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
      initializationOptions: debounceMs === undefined ? {} : { debounceMs },
    });
    session.send({ method: 'initialized', params: {} });
    const opened = session.diagnostics(uri, 1);
    session.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
    });
    const diagnostics = (await opened).params?.diagnostics?.length ?? 0;
    const samples: number[] = [];
    // One warm-up change (JIT), then the measured ones; each types one character at the end of the summary line.
    for (let version = 2; version <= runs + 2; version++) {
      const edited = version % 2 === 0 ? text.replace('\n\n', ' x\n\n') : text;
      const published = session.diagnostics(uri, version);
      const start = process.hrtime.bigint();
      session.send({
        method: 'textDocument/didChange',
        params: { textDocument: { uri, version }, contentChanges: [{ text: edited }] },
      });
      await published;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (version > 2) samples.push(ms);
    }
    return {
      label,
      debounceMs,
      samplesMs: samples,
      medianMs: median(samples),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
      diagnostics,
    };
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The didChange -> publishDiagnostics latency on a generated 20 KB document (seed 4: 20,088 bytes). */
export async function measureLsp(runs = 15): Promise<LspResult | { skipped: string }> {
  if (!existsSync(built))
    return { skipped: 'packages/language-server is not built (npx tsc -b packages/language-server)' };
  const text = generateDoc(4, { targetBytes: 20_000 }).text;
  const withDebounce = await measureOnce(text, undefined, runs, 'didChange -> publishDiagnostics (default debounce)');
  const immediate = await measureOnce(text, 0, runs, 'didChange -> publishDiagnostics (debounceMs 0: lint + publish)');
  const { diagnostics, ...a } = withDebounce;
  const { diagnostics: _, ...b } = immediate;
  return { bytes: Buffer.byteLength(text), diagnostics, measurements: [a, b] };
}

export function lspTable(result: LspResult | { skipped: string }): string {
  if ('skipped' in result) return `**lsp**: skipped, ${result.skipped}`;
  const rows = [
    `**lsp** (one ${(result.bytes / 1000).toFixed(1)} KB document, ${result.diagnostics} diagnostics, ${result.measurements[0]!.samplesMs.length} changes each)`,
    '',
    '| measurement | median (ms) | min (ms) | max (ms) |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const m of result.measurements)
    rows.push(`| ${m.label} | ${m.medianMs.toFixed(1)} | ${m.minMs.toFixed(1)} | ${m.maxMs.toFixed(1)} |`);
  return rows.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const result = await measureLsp(at === -1 ? undefined : Number(process.argv[at + 1]));
  process.stdout.write(`${lspTable(result)}\n`);
}
