// `prfaq templates`: every template `prfaq new` can use, built-in and the repository's, with what it is for.
import path from 'node:path';
import { ExitCode } from '../../shared/exit.js';
import type { Io } from '../../shared/io.js';
import { scaffoldContext } from '../../templates/context.js';
import { loadTemplates } from '../../templates/load.js';
import { questionOrder } from '../../templates/manifest.js';

export interface TemplatesFlags {
  format: 'text' | 'json';
  config?: string;
}

export function runTemplates(flags: TemplatesFlags, io: Io): number {
  const context = scaffoldContext(io.cwd, flags.config);
  const { templates, problems } = loadTemplates(context.templateDirs);
  const shown = (file: string): string => {
    const relative = path.relative(io.cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
  };

  if (flags.format === 'json') {
    const data = {
      templates: templates.map((t) => ({
        name: t.name,
        source: t.source,
        description: t.manifest.description,
        profile: t.manifest.profile ?? null,
        path: t.dir,
        questions: t.manifest.questions,
        variables: t.manifest.variables.map((v) => ({ name: v.name, prompt: v.prompt, required: v.required === true, default: v.default ?? null })),
      })),
      problems: problems.map((p) => ({ file: p.file, message: p.message })),
    };
    io.stdout(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    const width = Math.max(0, ...templates.map((t) => t.name.length));
    for (const t of templates) {
      const { questions, required } = questionOrder(t.manifest);
      const asked = questions.length + required.length;
      io.stdout(`${t.name.padEnd(width)}  ${t.source === 'built-in' ? 'built-in  ' : 'repository'}  ${t.manifest.description}\n`);
      io.stdout(`${' '.repeat(width)}  ${' '.repeat(10)}  ${t.manifest.variables.length} variables, ${asked} asked first${t.source === 'repository' ? `; ${shown(t.dir)}` : ''}\n`);
    }
    if (templates.length === 0) io.stdout('No templates found.\n');
    else io.stdout('\nUse one with: prfaq new --template <name>\n');
  }
  for (const problem of problems) io.stderr(`prfaq: ${shown(problem.file)}: ${problem.message}\n`);
  return problems.length > 0 ? ExitCode.Error : ExitCode.Ok;
}
