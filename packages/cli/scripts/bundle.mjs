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
