// `prfaq new [file]`: flags only; the work is in ./run.ts, imported when the command runs.
import type { DefineCommand } from '../index.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('new')
    .description('start a PR/FAQ from a template, answering the five customer questions')
    .argument('[file]', 'where to write it (default: a slug of the title in the configured folder, prfaq/)')
    .option(
      '-t, --template <name>',
      'template to use (default: full, or new.template in the config; see prfaq templates)',
    )
    .option('--title <text>', 'title of the product or feature (also names the file)')
    .option('--owner <name>', 'who owns the document')
    .option('--customer <text>', 'who the customer is')
    .option('--var <key=value>', 'any template variable; repeatable', collect)
    .option('--force', 'replace the file if it exists')
    .option('-y, --yes', 'never prompt: use the flags and defaults, leave the rest as {{placeholders}}')
    .option('--allow-outside', 'allow writing outside the repository (the git root, or the current directory)')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .addHelpText(
      'after',
      '\nOn a terminal, prfaq new asks for what the flags leave out; with --yes, CI=true or no terminal it never asks.\nExit codes: 0 written, 2 usage error, file exists, path outside the repository, or I/O error.',
    )
    .action(
      async (
        file: string | undefined,
        flags: {
          template?: string;
          title?: string;
          owner?: string;
          customer?: string;
          var?: string[];
          force?: boolean;
          yes?: boolean;
          allowOutside?: boolean;
          config?: string;
        },
      ) => {
        const { runNew } = await import('./run.js');
        setExit(await runNew(file, flags, io));
      },
    );
};

export default define;
