// Bundles the extension (CommonJS, as the extension host loads it) and the language server (ESM, run by
// Node as its own process) so the .vsix needs no node_modules (`vsce package --no-dependencies`).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const server = fileURLToPath(
  new URL('../node_modules/@prfaq/language-server/bin/prfaq-language-server.js', import.meta.url),
);
// The server's bin imports its tsc output: build it (and core, lint) first; a no-op when up to date.
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-b', fileURLToPath(new URL('../../language-server', import.meta.url))],
  { stdio: 'inherit' },
);
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' };

/**
 * @prfaq/lint loads ajv lazily through createRequire (the CLI bundle keeps it external and finds it in
 * node_modules). A .vsix has no node_modules: turn those calls into plain require() so esbuild bundles ajv.
 */
const inlineAjv = {
  name: 'inline-ajv',
  setup(b) {
    b.onLoad({ filter: /[\\/]lint[\\/]dist[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        "createRequire(import.meta.url)('ajv')",
        "require('ajv')",
      ),
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  format: 'cjs',
  external: ['vscode'],
});
await build({
  ...common,
  entryPoints: [server],
  outfile: 'dist/server.mjs',
  format: 'esm',
  plugins: [inlineAjv],
  // vscode-languageserver is CommonJS: its require() calls of Node built-ins need a require in an ES module.
  banner: {
    js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);",
  },
});
