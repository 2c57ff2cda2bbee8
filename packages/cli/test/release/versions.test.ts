// What users pin prfaq by must be the version the release publishes (package.json, which
// `changeset publish` publishes): the Action's default, the pre-commit hooks, init's $schema URL.
// scripts/sync-versions.mjs rewrites them after `changeset version`; this test catches a miss.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERSION } from '../../src/version.js';

const root = new URL('../../../../', import.meta.url);
const text = (file: string) => readFileSync(new URL(file, root), 'utf8');
const versionOf = (dir: string) => (JSON.parse(text(`packages/${dir}/package.json`)) as { version: string }).version;
const PUBLISHED = ['cli', 'core', 'lint', 'language-server', 'markdownlint', 'remark-lint-prfaq'];

describe('pinned versions', () => {
  const cli = versionOf('cli');

  it('every publishable package has the same version (one fixed changesets group)', () => {
    expect(new Set(PUBLISHED.map(versionOf))).toEqual(new Set([cli]));
    const config = JSON.parse(text('.changeset/config.json')) as { fixed: string[][] };
    const names = PUBLISHED.map((dir) => (JSON.parse(text(`packages/${dir}/package.json`)) as { name: string }).name);
    expect([...config.fixed[0]!].sort()).toEqual(names.sort());
  });

  it("action.yml's version input defaults to the package version", () => {
    const action = parse(text('action.yml')) as { inputs: Record<string, { default: string }> };
    expect(action.inputs.version!.default).toBe(cli);
  });

  it('.pre-commit-hooks.yaml installs that version', () => {
    const hooks = parse(text('.pre-commit-hooks.yaml')) as Array<{ additional_dependencies: string[] }>;
    for (const hook of hooks) expect(hook.additional_dependencies).toEqual([`prfaq@${cli}`]);
  });

  it("prfaq init's $schema names the @prfaq/lint version, and prfaq --version is the package version", () => {
    expect(text('templates/_init/prfaq.config.yaml')).toContain(
      `$schema: https://unpkg.com/@prfaq/lint@${versionOf('lint')}/schema/config.schema.json\n`,
    );
    expect(VERSION).toBe(cli);
  });
});
