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
import {
  codeLenses,
  READINESS_NOTIFICATION,
  readinessParams,
  readinessText,
  SHOW_READINESS_COMMAND,
} from './readiness.js';
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
  const server = new PrfaqServer(connection, version);
  server.listenForDocuments();
  server.listenForRequests();
  server.documents.listen(connection);
  connection.listen();
}

/** The state of one editor session: open documents, their latest analyses and pending debounced lints. */
class PrfaqServer {
  readonly documents = new TextDocuments(TextDocument);
  private readonly configs = new ConfigCache();
  private readonly analyses = new Map<string, Analysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private settings: Required<ServerSettings> = { debounceMs: DEFAULT_DEBOUNCE_MS, allMarkdown: false };
  private options: AnalyzeOptions = { allMarkdown: false, roots: [] };

  constructor(
    private readonly connection: Connection,
    private readonly version: string,
  ) {}

  /** Runs one handler; an exception is logged and the fallback returned. */
  private safe<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      this.connection.console.error(
        `prfaq: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fallback;
    }
  }

  /** The analysis of the document's current version (analysing now if a debounced lint is pending). */
  private current(uri: string): { document: TextDocument; analysis: Analysis } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    let analysis = this.analyses.get(uri);
    if (analysis?.version !== document.version) {
      analysis = analyze(uri, document.version, document.getText(), this.configs, this.options);
      this.analyses.set(uri, analysis);
    }
    return { document, analysis };
  }

  /** Answers a request about one document from its current analysis; `fallback` when it is not open or the handler throws. */
  private answer<T>(what: string, fallback: T, uri: string, run: (document: TextDocument, analysis: Analysis) => T): T {
    return this.safe(what, fallback, () => {
      const found = this.current(uri);
      return found ? run(found.document, found.analysis) : fallback;
    });
  }

  private publish(uri: string): void {
    this.safe('linting', undefined, () => {
      const found = this.current(uri);
      if (!found) return;
      const { document, analysis } = found;
      void this.connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: diagnosticsOf(document, analysis),
      });
      const readiness = readinessParams(analysis);
      if (readiness) void this.connection.sendNotification(READINESS_NOTIFICATION, readiness);
    });
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    if (delay <= 0) {
      this.timers.delete(uri);
      this.publish(uri);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.publish(uri);
    }, delay);
    this.timers.set(uri, timer);
  }

  private relintAll(): void {
    this.configs.clear();
    this.analyses.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private applySettings(value: unknown): void {
    const given = (value ?? {}) as ServerSettings;
    this.settings = {
      debounceMs:
        typeof given.debounceMs === 'number' && given.debounceMs >= 0 ? given.debounceMs : DEFAULT_DEBOUNCE_MS,
      allMarkdown: given.allMarkdown === true,
    };
    this.options = { ...this.options, allMarkdown: this.settings.allMarkdown };
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.applySettings(params.initializationOptions);
    // rootUri is deprecated in favour of workspaceFolders, but clients that send only it still exist.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const root = params.rootUri;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (root ? [root] : []);
    const roots = folders.flatMap((uri) => (uri.startsWith('file:') ? [path.resolve(fileURLToPath(uri))] : []));
    this.options = { ...this.options, roots };
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
      serverInfo: { name: 'prfaq-language-server', version: this.version },
    };
  }

  /** Initialisation, settings, config files on disk, and the open/change/close life of each document. */
  listenForDocuments(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onDidChangeConfiguration((change) => {
      this.safe('applying settings', undefined, () => {
        const prfaq = (change.settings as { prfaq?: unknown } | undefined)?.prfaq;
        if (prfaq !== undefined) this.applySettings(prfaq);
        this.relintAll();
      });
    });
    // A config file changed on disk (clients that watch files tell us): every open document may lint differently.
    connection.onDidChangeWatchedFiles((change) => {
      if (change.changes.some((c) => CONFIG_NAMES.test(c.uri))) this.relintAll();
    });
    documents.onDidOpen((event) => {
      this.schedule(event.document.uri, 0);
    });
    documents.onDidChangeContent((event) => {
      // didOpen also fires a content change; the open handler has linted it already.
      if (this.analyses.get(event.document.uri)?.version === event.document.version) return;
      this.schedule(event.document.uri, this.settings.debounceMs);
    });
    documents.onDidClose((event) => {
      clearTimeout(this.timers.get(event.document.uri));
      this.timers.delete(event.document.uri);
      this.analyses.delete(event.document.uri);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
  }

  /** Code actions, outline, hover, completion, code lenses and the readiness command. */
  listenForRequests(): void {
    const { connection } = this;
    connection.onCodeAction((params) =>
      this.answer('code actions', [], params.textDocument.uri, (document, analysis) =>
        codeActions(document, analysis, params),
      ),
    );
    connection.onDocumentSymbol((params) =>
      this.answer('document symbols', [], params.textDocument.uri, documentSymbols),
    );
    connection.onHover((params) =>
      this.answer('hover', null, params.textDocument.uri, (document, analysis) =>
        hover(document, analysis, params.position),
      ),
    );
    // Completion comes from the schema and the line, not from lint: it works in any Markdown file with frontmatter that prfaq lints.
    connection.onCompletion((params) =>
      this.answer('completion', [], params.textDocument.uri, (document, analysis) =>
        analysis.prfaq ? completion(document, params.position) : [],
      ),
    );
    connection.onCodeLens((params) => this.answer('code lens', [], params.textDocument.uri, codeLenses));
    connection.onExecuteCommand((params) => {
      this.safe('command', undefined, () => {
        this.showReadiness(params.command, params.arguments?.[0]);
      });
    });
  }

  private showReadiness(command: string, uri: unknown): void {
    if (command !== SHOW_READINESS_COMMAND) return;
    const readiness = typeof uri === 'string' ? this.current(uri)?.analysis.readiness : undefined;
    if (!readiness) return;
    if (readiness.ready) this.connection.window.showInformationMessage(readinessText(readiness));
    else this.connection.window.showWarningMessage(readinessText(readiness));
  }
}
