import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigFile } from '@prfaq/lint';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../version.js';
import { run, tempRepo } from '../../templates/testing.js';

let repo: ReturnType<typeof tempRepo>;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => {
  repo.cleanup();
});

const read = (file: string): string => readFileSync(path.join(repo.dir, file), 'utf8');

describe('prfaq init', () => {
  it('creates the config, the folder and the workflow, and says so', async () => {
    const result = await run(repo.dir, 'init');
    expect(result).toEqual({
      code: 0,
      err: '',
      out: 'created       prfaq.config.yaml\ncreated       prfaq/\ncreated       .github/workflows/prfaq.yml\n\nNext: prfaq new --title "Your idea"\n',
    });
    expect(readdirSync(path.join(repo.dir, 'prfaq'))).toEqual(['.gitkeep']);
  });

  it('writes a config that the config loader accepts, with its $schema and the new-document folder', async () => {
    await run(repo.dir, 'init');
    const config = loadConfigFile(path.join(repo.dir, 'prfaq.config.yaml'));
    // Versioned, so that the schema matches the rules of the release that wrote the config (docs/configuration.md).
    expect(config.$schema).toBe(`https://unpkg.com/@prfaq/lint@${VERSION}/schema/config.schema.json`);
    expect(config.extends).toEqual(['recommended']);
    expect(config.new).toEqual({ folder: 'prfaq', template: 'full' });
    expect(config.files).toBeUndefined(); // prfaq/ is searched by default
  });

  it('writes a workflow that lints the documents on pull requests with read-only permissions', async () => {
    await run(repo.dir, 'init');
    const workflow = parseYaml(read('.github/workflows/prfaq.yml')) as Record<string, any>;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on.pull_request.paths).toEqual(['**/*.md', 'prfaq.config.yaml', '.github/workflows/prfaq.yml']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs.lint.steps as Array<Record<string, any>>;
    expect(steps.at(-1)).toEqual({
      name: 'Lint PR/FAQs',
      'working-directory': '.',
      run: `npx --yes prfaq@${VERSION} lint --format github`,
    });
  });

  it('is idempotent and never overwrites: a second run changes nothing and says what it left alone', async () => {
    await run(repo.dir, 'init');
    writeFileSync(path.join(repo.dir, 'prfaq.config.yaml'), 'extends: strict\n');
    writeFileSync(path.join(repo.dir, '.github/workflows/prfaq.yml'), 'name: mine\n');
    const again = await run(repo.dir, 'init');
    expect(again).toEqual({
      code: 0,
      err: '',
      out: 'left alone    prfaq.config.yaml (already exists)\nleft alone    prfaq/ (already exists)\nleft alone    .github/workflows/prfaq.yml (already exists)\n\nNothing to do: everything was already set up.\n',
    });
    expect(read('prfaq.config.yaml')).toBe('extends: strict\n');
    expect(read('.github/workflows/prfaq.yml')).toBe('name: mine\n');
  });

  it('creates only what is missing, and counts any config file name as the config', async () => {
    writeFileSync(path.join(repo.dir, '.prfaqrc.json'), '{}');
    const result = await run(repo.dir, 'init');
    expect(result.out).toContain(
      'left alone    .prfaqrc.json (already exists)\ncreated       prfaq/\ncreated       .github/workflows/prfaq.yml\n',
    );
    expect(existsSync(path.join(repo.dir, 'prfaq.config.yaml'))).toBe(false);
    expect(read('.github/workflows/prfaq.yml')).toContain('      - .prfaqrc.json\n');
  });

  it('adds a custom folder to the files prfaq lints, and runs the workflow from a subdirectory', async () => {
    mkdirSync(path.join(repo.dir, 'product'));
    const result = await run(path.join(repo.dir, 'product'), 'init', '--folder', 'docs/ideas');
    expect(result.code).toBe(0);
    const config = loadConfigFile(path.join(repo.dir, 'product/prfaq.config.yaml'));
    expect(config.new?.folder).toBe('docs/ideas');
    expect(config.files).toContain('docs/ideas/**/*.md');
    expect(existsSync(path.join(repo.dir, 'product/docs/ideas/.gitkeep'))).toBe(true);
    const workflow = parseYaml(read('.github/workflows/prfaq.yml')) as Record<string, any>;
    expect(workflow.jobs.lint.steps.at(-1)['working-directory']).toBe('product');
    expect(workflow.on.pull_request.paths).toContain('product/prfaq.config.yaml');
  });

  it('refuses a folder outside the repository', async () => {
    const result = await run(repo.dir, 'init', '--folder', '../elsewhere');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `prfaq: --folder: "../elsewhere" is not a folder inside the repository (${repo.dir})\n`,
    });
    expect(existsSync(path.join(repo.dir, 'prfaq.config.yaml'))).toBe(false);
  });

  it('makes prfaq new write where prfaq lint looks', async () => {
    await run(repo.dir, 'init');
    const created = await run(repo.dir, 'new', '--title', 'Instant Payouts');
    expect(created.out).toContain('Created prfaq/instant-payouts.md');
    // The workflow runs `prfaq lint` with no paths: the new draft must be among what it finds.
    const linted = await run(repo.dir, 'lint', '--format', 'json');
    const { results } = JSON.parse(linted.out) as { results: Array<{ path: string }> };
    expect(results.map((r) => path.relative(repo.dir, path.resolve(repo.dir, r.path)))).toEqual([
      'prfaq/instant-payouts.md',
    ]);
  });
});
