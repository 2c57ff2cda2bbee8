// Bundles the compiled CLI (dist/, from `tsc -b`) into dist/bundle/ with esbuild: Node then loads a few
// modules instead of ~520 files (commander, yaml, micromark and the rules), which is most of prfaq's
// start-up. Run by `pnpm build` after tsc; bin/prfaq.js prefers the bundle when it is up to date.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { thirdPartyLicenses } from './third-party-licenses.mjs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// dist/bundle/ sits two levels below the package root, like dist/templates/load.js, so the template
// paths that module computes from import.meta.url hold in the bundle too (a smoke check runs `prfaq new`).
const outdir = `${dist}bundle`;
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  // main is the program; worker and lint-task are loaded by URL in worker threads, so they stay entry
  // points with their own file names and exports.
  // github-action is the Action's entry (bin/prfaq-action.js), so the Action runs the published bundle.
  entryPoints: {
    main: `${dist}main.js`,
    worker: `${dist}runner/worker.js`,
    'lint-task': `${dist}runner/lint-task.js`,
    'github-action': `${dist}github-action/index.js`,
  },
  outdir,
  bundle: true,
  // Commands, reporters and the parser stay lazy: each dynamic import() becomes a chunk loaded on use.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ajv is loaded with createRequire on first use (it is CommonJS and only needed with a config or
  // frontmatter); it resolves from this package's own dependencies.
  external: ['ajv'],
  // Bundled CommonJS modules that require() Node built-ins need a real require in an ES module.
  banner: {
    js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  logLevel: 'warning',
  // The metafile lists every bundled input: the third-party notice below is built from it.
  metafile: true,
});

// The bundle contains other people's code; their licences (MIT, ISC, ...) ask that the notice travel
// with it, so the tarball ships one file naming each bundled package with its licence text.
writeFileSync(
  fileURLToPath(new URL('../THIRD-PARTY-LICENSES.md', import.meta.url)),
  thirdPartyLicenses(Object.keys(result.metafile.inputs)),
);

// `prfaq lint` loads the lint engine and the Markdown parser only when it lints a file (lint-many.ts),
// so a `--cache` run that finds every result cached starts in about 35 ms less. One static import of
// the @prfaq/lint or @prfaq/core barrel on that path brings them back: fail the build instead.
const lintCommand = Object.entries(result.metafile.outputs).find(([, output]) =>
  output.entryPoint?.endsWith('dist/commands/lint/run.js'),
);
if (!lintCommand) throw new Error('bundle: no chunk for dist/commands/lint/run.js');
const staticInputs = new Set();
const staticBuiltins = new Set();
const visit = (name, seen = new Set()) => {
  if (seen.has(name)) return;
  seen.add(name);
  const output = result.metafile.outputs[name];
  for (const input of Object.keys(output.inputs)) staticInputs.add(input);
  for (const imported of output.imports) {
    if (imported.kind !== 'import-statement') continue;
    if (imported.external) staticBuiltins.add(imported.path);
    else visit(imported.path, seen);
  }
};
visit(lintCommand[0]);
const parser = [...staticInputs].find((input) => /\/micromark|core\/dist\/parse\.js$/.test(input));
if (parser) {
  console.error(`bundle: the lint command imports the parser (${parser}) before it lints a file; import the`);
  console.error('  @prfaq/lint/config, /reporters or /rules entry instead of the barrel on that path');
  process.exit(1);
}
// node:crypto loads some twenty internal modules, and only --cache, --fix and atomic writes use it
// (shared/crypto.ts loads it on first use).
if (staticBuiltins.has('node:crypto')) {
  console.error('bundle: the lint command imports node:crypto before it needs it; use crypto() from shared/crypto.ts');
  process.exit(1);
}
