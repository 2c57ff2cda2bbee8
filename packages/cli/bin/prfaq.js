#!/usr/bin/env node
// Entry point of the `prfaq` command. It runs the esbuild bundle (dist/bundle/: a handful of modules
// instead of ~520 files, which halves start-up), or tsc's output (dist/) when the bundle is missing or
// older than the last `tsc -b` of any workspace package (someone rebuilt without `pnpm build`).
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';

// Node >= 22.1 keeps V8's compiled code of the bundle on disk between runs (start-up without parsing or
// compiling it again); on Node 20 there is no such API and this is a no-op.
module.enableCompileCache?.();

const here = new URL('../', import.meta.url);
const bundle = new URL('dist/bundle/main.js', here);
const mtime = (url) => (existsSync(url) ? statSync(url).mtimeMs : 0);
const stale = (built) =>
  ['../core/dist/.tsbuildinfo', '../lint/dist/.tsbuildinfo', 'dist/.tsbuildinfo'].some(
    (info) => mtime(new URL(info, here)) > built,
  );
const built = mtime(bundle);
const { main } = await import(built > 0 && !stale(built) ? bundle.href : new URL('dist/main.js', here).href);

process.exitCode = await main(process.argv);
