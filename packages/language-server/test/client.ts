// A test client that talks to the built server over stdio the way an editor does.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';

export const SERVER_BIN = fileURLToPath(new URL('../bin/prfaq-language-server.js', import.meta.url));

export interface Client {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the first notification of `method` (already received or to come) that `accept` takes; each is handed out once. */
  next<T>(method: string, accept?: (params: T) => boolean, timeoutMs?: number): Promise<T>;
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

export function startClient(): Client {
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: 'pipe' });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const received: Array<{ method: string; params: unknown }> = [];
  const waiting: Array<{ method: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }> = [];
  connection.onNotification((method: string, params: unknown) => {
    const i = waiting.findIndex((w) => w.method === method && w.accept(params));
    if (i !== -1) waiting.splice(i, 1)[0]!.resolve(params);
    else received.push({ method, params });
  });
  connection.onRequest(() => null);
  connection.listen();
  const next = <T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> => {
    const i = received.findIndex((r) => r.method === method && accept(r.params as T));
    if (i !== -1) return Promise.resolve(received.splice(i, 1)[0]!.params as T);
    return new Promise<T>((resolve, reject) => {
      const entry = { method, accept: accept as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void };
      waiting.push(entry);
      setTimeout(() => {
        const at = waiting.indexOf(entry);
        if (at === -1) return;
        waiting.splice(at, 1);
        reject(new Error(`no ${method} within ${timeoutMs} ms; server stderr: ${err}`));
      }, timeoutMs).unref();
    });
  };
  return {
    connection,
    child,
    stderr: () => err,
    next,
    diagnostics: (uri, version) =>
      next<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri && (version === undefined || p.version === version),
      ),
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else
          child.once('exit', () => {
            resolve();
          });
        setTimeout(() => {
          child.kill();
          resolve();
        }, 3000).unref();
      });
      connection.dispose();
    },
  };
}
