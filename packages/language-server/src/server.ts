// The language server: wires prfaq's analysis to LSP requests. Diagnostics are published on open and,
// debounced, on change; every request is answered from the analysis of the document's current version.
// A failure inside one request is logged and answered empty: it never takes the server down.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { codeActions, FIX_ALL_KIND } from './actions.js';
import { ConfigCache } from '@prfaq/lint';
import { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
import { completion } from './completion.js';
import { diagnosticsOf } from './convert.js';
import { hover } from './hover.js';
import { codeLenses, READINESS_NOTIFICATION, readinessParams, readinessText, SHOW_READINESS_COMMAND } from './readiness.js';
import { documentSymbols } from './symbols.js';

/** `initializationOptions` (and `prfaq` settings): all optional. */
export interface ServerSettings {
  /** Milliseconds to wait after the last change before linting again. Default 150. */
  debounceMs?: number;
  /** Lint every Markdown file, not only those the config's `files` select (default: false, as `prfaq lint <dir>`). */
  allMarkdown?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const CONFIG_NAMES = /(^|[\\/])(prfaq\.config\.ya?ml|\.prfaqrc\.(ya?ml|json))$/;

export function startServer(connection: Connection, version: string): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigCache();
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: Required<ServerSettings> = { debounceMs: DEFAULT_DEBOUNCE_MS, allMarkdown: false };
  let options: AnalyzeOptions = { allMarkdown: false, roots: [] };

  const log = (what: string, error: unknown) => { connection.console.error(`prfaq: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`); };
  /** Runs one handler; an exception is logged and the fallback returned. */
  const safe = <T>(what: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      log(what, error);
      return fallback;
    }
  };

  /** The analysis of the document's current version (analysing now if a debounced lint is pending). */
  const current = (uri: string): { document: TextDocument; analysis: Analysis } | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    let analysis = analyses.get(uri);
    if (!analysis || analysis.version !== document.version) {
      analysis = analyze(uri, document.version, document.getText(), configs, options);
      analyses.set(uri, analysis);
    }
    return { document, analysis };
  };

  const publish = (uri: string): void =>
    safe('linting', undefined, () => {
      const found = current(uri);
      if (!found) return;
      const { document, analysis } = found;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(document, analysis) });
      const readiness = readinessParams(analysis);
      if (readiness) void connection.sendNotification(READINESS_NOTIFICATION, readiness);
    });

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    if (delay <= 0) {
      timers.delete(uri);
      publish(uri);
      return;
    }
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      publish(uri);
    }, delay));
  };

  const relintAll = (): void => {
    configs.clear();
    analyses.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  const applySettings = (value: unknown): void => {
    const given = (value ?? {}) as ServerSettings;
    settings = {
      debounceMs: typeof given.debounceMs === 'number' && given.debounceMs >= 0 ? given.debounceMs : DEFAULT_DEBOUNCE_MS,
      allMarkdown: given.allMarkdown === true,
    };
    options = { ...options, allMarkdown: settings.allMarkdown };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    applySettings(params.initializationOptions);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    options = { ...options, roots: folders.flatMap((uri) => (uri.startsWith('file:') ? [path.resolve(fileURLToPath(uri))] : [])) };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'prfaq' },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '-'] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_READINESS_COMMAND] },
      },
      serverInfo: { name: 'prfaq-language-server', version },
    };
  });

  connection.onDidChangeConfiguration((change) =>
    safe('applying settings', undefined, () => {
      const prfaq = (change.settings as { prfaq?: unknown } | undefined)?.prfaq;
      if (prfaq !== undefined) applySettings(prfaq);
      relintAll();
    }),
  );
  // A config file changed on disk (clients that watch files tell us): every open document may lint differently.
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => CONFIG_NAMES.test(c.uri))) relintAll();
  });

  documents.onDidOpen((event) => { schedule(event.document.uri, 0); });
  documents.onDidChangeContent((event) => {
    // didOpen also fires a content change; the open handler has linted it already.
    if (analyses.get(event.document.uri)?.version === event.document.version) return;
    schedule(event.document.uri, settings.debounceMs);
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    analyses.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) =>
    safe('code actions', [], () => {
      const found = current(params.textDocument.uri);
      return found ? codeActions(found.document, found.analysis, params) : [];
    }),
  );
  connection.onDocumentSymbol((params) =>
    safe('document symbols', [], () => {
      const found = current(params.textDocument.uri);
      return found ? documentSymbols(found.document, found.analysis) : [];
    }),
  );
  connection.onHover((params) =>
    safe('hover', null, () => {
      const found = current(params.textDocument.uri);
      return found ? hover(found.document, found.analysis, params.position) : null;
    }),
  );
  connection.onCompletion((params) =>
    safe('completion', [], () => {
      const found = current(params.textDocument.uri);
      // Completion comes from the schema and the line, not from lint: it works in any Markdown file with frontmatter that prfaq lints.
      return found && found.analysis.prfaq ? completion(found.document, params.position) : [];
    }),
  );
  connection.onCodeLens((params) =>
    safe('code lens', [], () => {
      const found = current(params.textDocument.uri);
      return found ? codeLenses(found.document, found.analysis) : [];
    }),
  );
  connection.onExecuteCommand((params) =>
    safe('command', undefined, () => {
      if (params.command !== SHOW_READINESS_COMMAND) return;
      const uri = params.arguments?.[0];
      const found = typeof uri === 'string' ? current(uri) : undefined;
      const readiness = found?.analysis.readiness;
      if (!readiness) return;
      if (readiness.ready) connection.window.showInformationMessage(readinessText(readiness));
      else connection.window.showWarningMessage(readinessText(readiness));
    }),
  );

  documents.listen(connection);
  connection.listen();
}
