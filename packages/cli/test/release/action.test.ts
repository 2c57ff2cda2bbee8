// Runs action.yml's steps the way the runner runs a composite action, on a temporary git repository:
// `${{ inputs.* }}` come from INPUT_* variables (as the runner exposes them) or the defaults, each `run`
// step runs in bash with its `env`, and the GitHub files (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT) are temp
// files. npm is stubbed: it "installs" this workspace's packages/cli into the prefix (a symlink), so the
// step that runs the installed package's prfaq-action bin runs the bundle built by `pnpm build`.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeRepo, type TestRepo } from '../../src/shared/git-testing.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cliDir = path.join(root, 'packages/cli');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Step[] };
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action;

/** The expression context: inputs from INPUT_<NAME> (the runner's spelling) or their defaults; github.* from the event. */
function expand(text: string, inputs: Record<string, string>, github: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_whole, expression: string) => {
    if (expression.startsWith('inputs.')) return inputs[expression.slice('inputs.'.length)] ?? '';
    if (expression.startsWith('github.')) return github[expression.slice('github.'.length)] ?? '';
    throw new Error(`unsupported expression ${expression}`);
  });
}

function inputsFrom(env: Record<string, string>, github: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      env[`INPUT_${name.toUpperCase()}`] ?? expand(input.default ?? '', {}, github),
    ]),
  );
}

/** A fake npm on PATH: records its arguments, then links packages/cli as `prfaq` under --prefix. */
function stubNpm(dir: string): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const script = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "${dir}/npm-calls"
prefix=""; while [ $# -gt 0 ]; do [ "$1" = --prefix ] && prefix=$2; shift; done
mkdir -p "$prefix/node_modules" && ln -sfn "${cliDir}" "$prefix/node_modules/prfaq"
`;
  writeFileSync(path.join(bin, 'npm'), script);
  chmodSync(path.join(bin, 'npm'), 0o755);
  return bin;
}

interface Run {
  summary: string;
  output: string;
  npmCalls: string;
  codes: number[];
  logs: string;
}

function runAction(repo: TestRepo, runnerEnv: Record<string, string>): Run {
  const temp = mkdtempSync(path.join(tmpdir(), 'prfaq-runner-'));
  const files = { summary: path.join(temp, 'summary.md'), output: path.join(temp, 'output') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const github = {
    'event.pull_request.base.sha': 'base',
    'event.pull_request.number': '',
    token: 'token',
    action_path: root,
  };
  const inputs = inputsFrom(runnerEnv, github);
  const base = {
    ...process.env,
    PATH: `${stubNpm(temp)}${path.delimiter}${process.env.PATH ?? ''}`,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/plans',
    GITHUB_SHA: repo.git('rev-parse', 'HEAD').trim(),
    GITHUB_ACTION_PATH: root,
    RUNNER_TEMP: temp,
    ...runnerEnv,
  };
  const codes: number[] = [];
  let logs = '';
  // actions/setup-node is the runner's business: the test runs on the Node that runs vitest.
  for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value, inputs, github)]),
    );
    const cwd = path.resolve(repo.dir, expand(step['working-directory'] ?? '.', inputs, github));
    const result = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd,
      env: { ...base, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    codes.push(result.status ?? -1);
    logs += `${result.stdout}${result.stderr}`;
    if (result.status !== 0) break; // the runner stops at a failing step
  }
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const run = {
    summary: read(files.summary),
    output: read(files.output),
    npmCalls: read(path.join(temp, 'npm-calls')),
    codes,
    logs,
  };
  rmSync(temp, { recursive: true, force: true });
  return run;
}

function doc(objectionStatus: string): string {
  return `---\ntitle: Payouts\nstatus: review\n---\n\n# Acme launches Instant Payouts\n\n## Summary\n\nText.\n\n## FAQ\n\n### Does it work?\n\nYes.\n\n## Objections\n\n| Stakeholder | Objection | Status | Owner | Resolution |\n| --- | --- | --- | --- | --- |\n| Finance | Cost | ${objectionStatus} | Raj | |\n`;
}

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

describe('action.yml run locally with a stubbed GitHub environment', () => {
  beforeAll(() => {
    if (!existsSync(path.join(cliDir, 'dist/bundle/github-action.js')))
      throw new Error('run `pnpm build` first: the Action runs the bundle (dist/bundle/github-action.js)');
  });

  it('installs the pinned prfaq version, writes the readiness markdown to the job summary and the documented outputs', () => {
    repo = makeRepo();
    repo.write('prfaq/payouts.md', doc('open'));
    repo.commit('base');
    repo.git('tag', 'base');
    repo.write('prfaq/payouts.md', doc('resolved'));
    repo.commit('head');

    const run = runAction(repo, {
      INPUT_PATHS: 'prfaq',
      INPUT_COMMANDS: 'ready diff',
      INPUT_BASE: 'base',
      'INPUT_FAIL-ON': 'never',
    });
    expect(run.codes, run.logs).toEqual([0, 0]);

    const version = (JSON.parse(readFileSync(path.join(cliDir, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(run.npmCalls).toContain(`prfaq@${version}`);
    expect(run.npmCalls).toContain('--prefix');

    expect(run.summary).toMatch(/^### PR\/FAQ readiness: \d+ of 1 ready/);
    expect(run.summary).toContain('prfaq/payouts.md');
    expect(run.summary).toContain('### PR/FAQ changes since `base`');

    // Every output action.yml documents is written by the prfaq step.
    const written = Object.fromEntries(
      run.output
        .trim()
        .split('\n')
        .map((line) => line.split('=') as [string, string]),
    );
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.prfaq.outputs.${name} }}`);
      expect(written[name], name).toMatch(/^(true|false)$/);
    }
  });

  it('fails the step on a not-ready document with fail-on: not-ready, after writing the summary', () => {
    repo = makeRepo();
    repo.write('prfaq/payouts.md', doc('open'));
    repo.commit('base');
    const run = runAction(repo, {
      INPUT_PATHS: 'prfaq',
      INPUT_COMMANDS: 'ready',
      'INPUT_FAIL-ON': 'not-ready',
      INPUT_VERSION: 'latest',
    });
    expect(run.codes).toEqual([0, 1]);
    expect(run.npmCalls).toContain('prfaq@latest');
    expect(run.summary).toContain('NOT READY');
    expect(run.output).toBe('ready=false\n');
  });
});
