// Where each public module of the workspace packages comes from: `@prfaq/lint/config` is built from
// packages/lint/src/config/index.ts, read off the package's `exports` (./dist/x.js <- ./src/x.ts).
// Tests run on the sources: vitest.config.ts and the worker threads' module hooks resolve by this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['core', 'lint'];

/** @returns {Map<string, string>} each import specifier and the absolute path of its source file */
export function sourceAliases() {
  /** @type {Map<string, string>} */
  const aliases = new Map();
  for (const pkg of PACKAGES) {
    const dir = new URL(`../packages/${pkg}/`, import.meta.url);
    /** @type {{ name: string, exports: Record<string, string | { import?: string }> }} */
    const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const built = typeof target === 'string' ? undefined : target.import;
      if (built === undefined) continue;
      const source = built.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts');
      aliases.set(manifest.name + subpath.slice(1), fileURLToPath(new URL(source, dir)));
    }
  }
  return aliases;
}
