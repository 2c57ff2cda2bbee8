// The VS Code client: starts prfaq-language-server (bundled as dist/server.mjs) for Markdown documents.
// The server decides which of them are PR/FAQs (the config's `files`, else *.prfaq.md and prfaq/ folders),
// exactly as `prfaq lint <dir>` does, so README files stay quiet. A status bar item shows readiness.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

interface ReadinessParams {
  uri: string;
  ready: boolean;
  closed: boolean;
  summary: string;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = 'prfaq.showReadiness';
  context.subscriptions.push(status);
  const readiness = new Map<string, ReadinessParams>();
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const current = uri ? readiness.get(uri) : undefined;
    if (!current) {
      status.hide();
      return;
    }
    status.text = `${current.ready ? '$(check)' : '$(warning)'} ${current.ready ? current.summary : current.summary.replace(/:.*/, '')}`;
    status.tooltip = current.summary;
    status.command = { title: 'Show readiness', command: 'prfaq.showReadiness', arguments: [current.uri] };
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));

  const start = async () => {
    const settings = vscode.workspace.getConfiguration('prfaq');
    if (!settings.get<boolean>('enable', true)) return;
    const module = context.asAbsolutePath('dist/server.mjs');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6010'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: 'markdown', scheme: 'file' },
        { language: 'markdown', scheme: 'untitled' },
      ],
      initializationOptions: {
        allMarkdown: settings.get<boolean>('allMarkdown', false),
        debounceMs: settings.get<number>('debounceMs', 150),
      },
      synchronize: {
        // The push model the server's onDidChangeConfiguration reads; the pull model would need a request per change.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        configurationSection: 'prfaq',
        // A config file edited outside the editor (git checkout) re-lints the open documents.
        fileEvents: vscode.workspace.createFileSystemWatcher(
          '**/{prfaq.config.yaml,prfaq.config.yml,.prfaqrc.yaml,.prfaqrc.yml,.prfaqrc.json}',
        ),
      },
    };
    client = new LanguageClient('prfaq', 'prfaq', serverOptions, clientOptions);
    client.onNotification('prfaq/readiness', (params: ReadinessParams) => {
      readiness.set(params.uri, params);
      showStatus();
    });
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('prfaq.restartServer', async () => {
      await client?.stop();
      client = undefined;
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('prfaq.enable') || event.affectsConfiguration('prfaq.allMarkdown'))
        await vscode.commands.executeCommand('prfaq.restartServer');
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
