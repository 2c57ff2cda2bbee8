#!/usr/bin/env node
// Run after `changeset version` (root script version-packages): the files users pin prfaq by are not
// package.json files, so changesets does not know them. They get the version the release will publish:
// the Action's `version` default, the pre-commit hooks' additional_dependencies, the versioned $schema
// URL that `prfaq init` writes, and the CLI's VERSION constant. packages/cli/test/release/versions.test.ts
// fails when any of them disagrees with package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const versionOf = (dir) => JSON.parse(readFileSync(new URL(`packages/${dir}/package.json`, root), 'utf8')).version;
const cli = versionOf('cli');
const lint = versionOf('lint');

/** [file, pattern with three groups: before, the version, after; new version] */
const pins = [
  ['action.yml', /(\n {2}version:\n(?: {4}.*\n)*? {4}default: ')([^']+)(')/, cli],
  ['.pre-commit-hooks.yaml', /(prfaq@)([0-9][^'"\s]*)(['"\s])/g, cli],
  ['templates/_init/prfaq.config.yaml', /(unpkg\.com\/@prfaq\/lint@)([0-9][^/]*)(\/)/, lint],
  ['packages/cli/src/version.ts', /(VERSION = ')([^']+)(')/, cli],
];

for (const [file, pattern, version] of pins) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const next = text.replace(pattern, (_whole, before, _old, after) => `${before}${version}${after}`);
  if (next === text && !text.match(pattern)) throw new Error(`${file}: no version pin found`);
  writeFileSync(url, next);
  console.log(`${fileURLToPath(url)}: ${version}`);
}
