// The README and docs/ are what a new user follows: every repository file they name, in a link or in a
// command, has to exist (a renamed example once left `prfaq inspect examples/loose-style.md` failing).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f)),
];

/**
 * Files of this repository named in commands or prose: `examples/x.md`, `packages/cli/bin/prfaq.js`. Not
 * `docs/` or `templates/`, which the docs also use for paths in the reader's own repository.
 */
const NAMED = /(?<![\w./-])((?:examples|packages|\.ci)\/[\w./-]*\.(?:md|ya?ml|json|ts|mjs|js|sh))\b/gu;
/** Relative Markdown links: `[text](../examples/x.md#anchor)`. */
const LINK = /\]\((?!https?:|mailto:|#)([^)\s#]+)(?:#[^)]*)?\)/gu;

describe('paths named in the README and docs', () => {
  it('exist in the repository', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const text = readFileSync(path.join(root, page), 'utf8');
      for (const [, named] of text.matchAll(NAMED)) {
        // Paths built at run time or by the build (dist/, .cache/, bench-results/) are not in a clone.
        if (/(?:^|\/)(?:dist|\.cache|bench-results|node_modules)\//u.test(named!) || named!.includes('<')) continue;
        checked++;
        if (!existsSync(path.join(root, named!))) missing.push(`${page}: ${named}`);
      }
      for (const [, link] of text.matchAll(LINK)) {
        checked++;
        if (!existsSync(path.join(root, path.dirname(page), decodeURIComponent(link!))))
          missing.push(`${page}: (${link})`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
