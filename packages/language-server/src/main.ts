// `prfaq-language-server --stdio`: the process an editor starts. Transport flags (--stdio, --node-ipc,
// --socket=N) are read by vscode-languageserver itself.
import { createRequire } from 'node:module';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

/** The package's version; a bundle (the VS Code extension's) reads the package.json next to its folder. */
function readVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
const version = readVersion();

export function main(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  if (
    argv.includes('--help') ||
    argv.includes('-h') ||
    !argv.some((arg) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(arg))
  ) {
    process.stdout.write(
      'Usage: prfaq-language-server --stdio\n\nThe prfaq language server, started by an editor. See docs/editors.md.\n',
    );
    return;
  }
  // A bug in one request must not end the session: log it (stderr is the editor's server log) and carry on.
  process.on('uncaughtException', (error) =>
    process.stderr.write(`prfaq-language-server: internal error: ${error.stack ?? error.message}\n`),
  );
  process.on('unhandledRejection', (error) =>
    process.stderr.write(`prfaq-language-server: internal error: ${String(error)}\n`),
  );
  startServer(createConnection(ProposedFeatures.all), version);
}
