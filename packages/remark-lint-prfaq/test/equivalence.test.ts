// markdownlint-cli2 with @prfaq/markdownlint and remark-cli with remark-lint-prfaq report the same findings
// (rule ids and lines) as `prfaq lint` on the bundled examples, each run the way its users run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = path.resolve(pkg, '../..');
const markdownlintPkg = path.join(root, 'packages/markdownlint');
let tmp: string;

type Finding = string; // `file:line rule-id`
const sorted = (list: Finding[]) => [...list].sort();

beforeAll(() => {
  // The CLI and both adapters are run built, as users run them.
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', path.join(root, 'packages/cli'), markdownlintPkg, pkg], {
    stdio: 'inherit',
  });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'prfaq-adapters-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function prfaqLint(): Finding[] {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'packages/cli/bin/prfaq.js'), 'lint', 'examples', '--format', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(1);
  const report = JSON.parse(run.stdout) as {
    results: Array<{ path: string; diagnostics: Array<{ ruleId: string; line: number }> }>;
  };
  return report.results.flatMap((r) => r.diagnostics.map((d) => `${r.path}:${d.line} ${d.ruleId}`));
}

/** Lines markdownlint strips as frontmatter: the block and the blank lines after it (its pattern ends in `^---\s*`). */
function frontmatterLines(file: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split(/\r?\n/);
  if (lines[0] !== '---') return 0;
  let end = lines.findIndex((line, i) => i > 0 && line === '---');
  if (end === -1) return 0;
  while (end + 1 < lines.length - 1 && lines[end + 1]!.trim() === '') end++;
  return end + 1;
}

describe('adapters report what prfaq lint reports', () => {
  it('markdownlint-cli2 with the custom rules', () => {
    const config = path.join(tmp, '.markdownlint-cli2.jsonc');
    const formatter = path.join(tmp, 'formatter.mjs');
    // Built-in rules off, prfaq's on by their tag: only prfaq's findings are compared.
    writeFileSync(
      config,
      JSON.stringify({
        config: { default: false, prfaq: true },
        customRules: ['@prfaq/markdownlint'],
        outputFormatters: [[formatter]],
      }),
    );
    const out = path.join(tmp, 'results.json');
    // markdownlint-cli2 prints a banner on stdout: the results go to a file.
    writeFileSync(
      formatter,
      `import { writeFileSync } from 'node:fs';\nexport default (options) => writeFileSync(${JSON.stringify(out)}, JSON.stringify(options.results));\n`,
    );
    // customRules resolve from the config's directory: point it at this workspace's package.
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        '"@prfaq/markdownlint"',
        JSON.stringify(path.join(markdownlintPkg, 'dist/index.js')),
      ),
    );
    const bin = path.join(markdownlintPkg, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const run = spawnSync(process.execPath, [bin, '--config', config, 'examples/**/*.md'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(1);
    const results = JSON.parse(readFileSync(out, 'utf8')) as Array<{
      fileName: string;
      lineNumber: number;
      ruleNames: string[];
      errorDetail: string;
    }>;
    const reported: Finding[] = [];
    for (const r of results) {
      const [name] = r.ruleNames;
      expect(name).toMatch(/^prfaq\//);
      // markdownlint cannot report inside frontmatter: such a finding sits on the first line after it and names its line.
      const inFrontmatter = /^frontmatter line (\d+): /.exec(r.errorDetail);
      if (inFrontmatter) expect(r.lineNumber).toBe(frontmatterLines(r.fileName) + 1);
      reported.push(
        `${r.fileName}:${inFrontmatter ? Number(inFrontmatter[1]) : r.lineNumber} ${name!.slice('prfaq/'.length)}`,
      );
    }
    const expected = prfaqLint();
    expect(expected.length).toBeGreaterThan(10);
    expect(sorted(reported)).toEqual(sorted(expected));
  });

  it('remark-cli with the plugin', () => {
    // Run from the plugin's package, where remark-cli finds the json reporter; the files are the repository's examples.
    const bin = path.join(pkg, 'node_modules/remark-cli/cli.js');
    const run = spawnSync(
      process.execPath,
      [
        bin,
        '../../examples',
        '--ext',
        'md',
        '--no-config',
        '--no-stdout',
        '--use',
        './dist/index.js',
        '--report',
        'json',
      ],
      { cwd: pkg, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    const files = JSON.parse(run.stderr) as Array<{
      path: string;
      messages: Array<{ line: number; ruleId: string; source: string }>;
    }>;
    const reported = files.flatMap((f) =>
      f.messages.map((m) => {
        expect(m.source).toBe('prfaq');
        return `${path.relative(root, path.resolve(pkg, f.path)).split(path.sep).join('/')}:${m.line} ${m.ruleId}`;
      }),
    );
    expect(sorted(reported)).toEqual(sorted(prfaqLint()));
  });
});
