// The interactive part of `prfaq new`: the five customer questions first, then what the template
// requires, then (if the author wants) everything else. Uses @inquirer/prompts; streams are injectable for tests.
import { confirm, input } from '@inquirer/prompts';
import { CliError } from '../shared/exit.js';
import { questionOrder, type TemplateManifest, type TemplateVariable } from './manifest.js';
import { checkValue, normaliseValue } from './values.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * Asks for every variable not in `given` and returns all answers. An empty answer keeps the default,
 * or leaves the placeholder for a variable without one. Ctrl+C becomes a `CliError`: nothing is written.
 */
export async function askMissing(manifest: TemplateManifest, given: Readonly<Record<string, string>>, terminal?: Terminal): Promise<Record<string, string>> {
  const answers: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, given);
  const context = terminal ? { input: terminal.input, output: terminal.output } : undefined;
  const { questions, required, rest } = questionOrder(manifest);
  const missing = (list: TemplateVariable[]): TemplateVariable[] => list.filter((v) => given[v.name] === undefined);
  try {
    const first = missing(questions);
    for (const [index, variable] of first.entries()) {
      await ask(variable, answers, context, `(${index + 1}/${first.length}) `);
    }
    for (const variable of missing(required)) await ask(variable, answers, context, '');
    const optional = missing(rest);
    if (optional.length > 0) {
      const more = await confirm({ message: `Fill in the other ${optional.length} fields now? (No leaves them as {{placeholders}} to write later)`, default: false }, context);
      if (more) for (const variable of optional) await ask(variable, answers, context, '');
    }
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CliError('new: cancelled; nothing was written');
    }
    throw error;
  }
  return answers;
}

async function ask(variable: TemplateVariable, answers: Record<string, string>, context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } | undefined, prefix: string): Promise<void> {
  const raw = await input(
    {
      message: `${prefix}${variable.prompt}`,
      ...(variable.default ? { default: variable.default } : {}),
      required: variable.required === true,
      validate: (text: string) => checkValue(variable, normaliseValue(text)) ?? true,
    },
    context,
  );
  const value = normaliseValue(raw);
  if (value !== '') answers[variable.name] = value;
  else if (variable.default !== undefined) answers[variable.name] = variable.default;
}
