// `prfaq init`: sets a repository up for PR/FAQs — a config, a folder, a pull-request workflow.
// Idempotent: it creates what is missing, leaves everything that exists alone, and says which is which.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_FILES, findRepoRoot, globMatcher } from '@prfaq/lint';
import { stringify } from 'yaml';
import { CliError, ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../../shared/write-file.js';
import { DEFAULT_FOLDER, isInside } from '../../templates/context.js';
import { INIT_FILES_DIR } from '../../templates/load.js';

export interface InitFlags {
  folder?: string;
}

type Outcome = { path: string; created: boolean; note?: string };

export async function runInit(flags: InitFlags, io: Io): Promise<number> {
  const cwd = path.resolve(io.cwd);
  const root = findRepoRoot(cwd) ?? cwd;
  const folderName = toPosix(path.normalize(flags.folder ?? DEFAULT_FOLDER)).replace(/\/+$/, '');
  const folder = path.resolve(cwd, folderName);
  if (!isInside(folder, root) || folder === root) {
    throw new CliError(`--folder: "${flags.folder}" is not a folder inside the repository (${root})`);
  }
  const outcomes: Outcome[] = [];

  // One config per directory: an existing .prfaqrc.yaml counts as the config.
  const existingConfig = CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => fs.existsSync(file));
  const configFile = existingConfig ?? path.join(cwd, 'prfaq.config.yaml');
  outcomes.push(
    existingConfig
      ? { path: existingConfig, created: false }
      : await create(
          configFile,
          fill(readInit('prfaq.config.yaml'), { folder: yamlScalar(folderName), files: filesBlock(folderName) }),
        ),
  );

  if (fs.existsSync(folder)) {
    outcomes.push({ path: `${folder}${path.sep}`, created: false });
  } else {
    await guard(folder, () => fs.promises.mkdir(folder, { recursive: true }));
    // Git keeps no empty folders; the placeholder file is not Markdown, so it is never linted.
    await create(path.join(folder, '.gitkeep'), '');
    outcomes.push({ path: `${folder}${path.sep}`, created: true });
  }

  const workflow = path.join(root, '.github', 'workflows', 'prfaq.yml');
  if (fs.existsSync(workflow)) {
    outcomes.push({ path: workflow, created: false });
  } else {
    await guard(workflow, () => fs.promises.mkdir(path.dirname(workflow), { recursive: true }));
    const text = fill(readInit('prfaq.yml'), {
      config_path: yamlScalar(toPosix(path.relative(root, configFile))),
      working_directory: yamlScalar(toPosix(path.relative(root, cwd)) || '.'),
      version: VERSION,
    });
    outcomes.push(await create(workflow, text));
  }

  for (const outcome of outcomes) {
    const shown = toPosix(path.relative(cwd, outcome.path)) + (outcome.path.endsWith(path.sep) ? '/' : '');
    io.stdout(outcome.created ? `created       ${shown}\n` : `left alone    ${shown} (already exists)\n`);
  }
  io.stdout(
    outcomes.some((o) => o.created)
      ? '\nNext: prfaq new --title "Your idea"\n'
      : '\nNothing to do: everything was already set up.\n',
  );
  return ExitCode.Ok;
}

function readInit(name: string): string {
  return fs.readFileSync(path.join(INIT_FILES_DIR, name), 'utf8');
}

/** `{{key}}` -> value. Every value is built by this module (YAML-quoted where it is a path), never typed by a user unquoted. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{([a-z_]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function yamlScalar(value: string): string {
  return stringify(value).trimEnd();
}

/** A `files:` entry when the folder is not one prfaq looks in by default, so `prfaq lint` finds what `prfaq new` writes. */
function filesBlock(folder: string): string {
  if (globMatcher(DEFAULT_FILES)(`${folder}/example.md`)) return '';
  return `# Markdown files that are PR/FAQs: the defaults and the folder above.\nfiles:\n${[...DEFAULT_FILES, `${folder}/**/*.md`].map((glob) => `  - ${yamlScalar(glob)}\n`).join('')}`;
}

async function create(file: string, text: string): Promise<Outcome> {
  try {
    await writeFileAtomic(file, text);
    return { path: file, created: true };
  } catch (error) {
    // Created by someone else a moment ago: still not ours to replace.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { path: file, created: false };
    throw new CliError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

async function guard(file: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw new CliError(`${file}: cannot create (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
