// `prfaq new`: pick a template, gather the answers (flags, or prompts on a terminal), render, and
// write the draft atomically inside the repository without ever replacing a file unless --force.
import fs from 'node:fs';
import path from 'node:path';
import { CliError, ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { writeFileAtomic } from '../../shared/write-file.js';
import { scaffoldContext, isInside } from '../../templates/context.js';
import { loadTemplates, type Template } from '../../templates/load.js';
import type { Terminal } from '../../templates/prompt.js';
import { placeholdersIn, render, TemplateSyntaxError } from '../../templates/render.js';
import { slugify } from '../../templates/slug.js';
import { valuesFromFlags, withDefaults, type ValueFlags } from '../../templates/values.js';

export interface NewFlags extends ValueFlags {
  template?: string;
  force?: boolean;
  yes?: boolean;
  allowOutside?: boolean;
  config?: string;
}

export interface NewOptions {
  /** Prompt streams; given by tests. Without it prompts use the process's terminal when there is one. */
  terminal?: Terminal;
  /** Whether stdin is a terminal (default: process.stdin.isTTY). */
  stdinIsTTY?: boolean;
}

export async function runNew(
  file: string | undefined,
  flags: NewFlags,
  io: Io,
  options: NewOptions = {},
): Promise<number> {
  const context = scaffoldContext(io.cwd, flags.config);
  const template = pickTemplate(context.templateDirs, flags.template ?? context.defaultTemplate, io.cwd);
  const given = valuesFromFlags(template.manifest, flags);

  const interactive =
    !flags.yes &&
    (options.terminal !== undefined ||
      ((options.stdinIsTTY ?? (process.stdin.isTTY as boolean | undefined) === true) && io.isTTY && !isCI(io.env)));
  // The prompt library is loaded only when there is someone to ask.
  const answers = interactive
    ? await (await import('../../templates/prompt.js')).askMissing(template.manifest, given, options.terminal)
    : given;
  const values = withDefaults(template.manifest, answers);

  const target = targetPath(file, values.title, context.folder, io.cwd);
  const shown = display(target, io.cwd);
  if (!flags.allowOutside && !isInside(target, context.root)) {
    throw new CliError(
      `${shown}: outside the repository (${context.root}); choose a path inside it, or pass --allow-outside`,
    );
  }
  if (!flags.force && fs.existsSync(target)) {
    throw new CliError(`${shown}: already exists; choose another file name, or pass --force to replace it`);
  }

  let text: string;
  try {
    text = render(template.markdown, values);
  } catch (error) {
    if (error instanceof TemplateSyntaxError)
      throw new CliError(`${display(path.join(template.dir, 'template.md'), io.cwd)}: ${error.message}`);
    throw error;
  }
  try {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text, { overwrite: flags.force === true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new CliError(`${shown}: already exists; choose another file name, or pass --force to replace it`);
    throw new CliError(`${shown}: cannot write (${code ?? (error as Error).message})`);
  }

  const left = placeholdersIn(text).length;
  const todo =
    left === 0 ? 'every field is filled' : `${left} field${left === 1 ? '' : 's'} left to fill: search for {{`;
  io.stdout(`Created ${shown} from the ${template.name} template (${todo}). Check it with: prfaq lint ${shown}\n`);
  return ExitCode.Ok;
}

function pickTemplate(dirs: Parameters<typeof loadTemplates>[0], name: string, cwd: string): Template {
  const set = loadTemplates(dirs);
  const found = set.templates.find((t) => t.name === name);
  if (found) return found;
  const broken = set.problems.find((p) => path.basename(path.dirname(p.file)) === name);
  if (broken) throw new CliError(`${display(broken.file, cwd)}: ${broken.message}`);
  const names = set.templates.map((t) => t.name).join(', ');
  throw new CliError(`--template: unknown template "${name}"; expected one of ${names} (see prfaq templates)`);
}

function targetPath(file: string | undefined, title: string | undefined, folder: string, cwd: string): string {
  if (file !== undefined) return path.resolve(cwd, file);
  const slug = title === undefined ? '' : slugify(title);
  if (slug === '') {
    throw new CliError('new: no file name; give one (prfaq new prfaq/my-idea.md) or a --title to make it from');
  }
  return path.join(folder, `${slug}.md`);
}

function display(target: string, cwd: string): string {
  const relative = path.relative(cwd, target);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? target
    : relative.split(path.sep).join('/');
}

/** CI systems set CI=true (GitHub Actions, GitLab, CircleCI...); a prompt there would wait forever. */
function isCI(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
