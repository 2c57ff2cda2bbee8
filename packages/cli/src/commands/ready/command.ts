// `prfaq ready [paths...]`: flags only; the work is in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('ready')
    .description('say whether each PR/FAQ is READY for its decision meeting, and what blocks it')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .addOption(
      new Option('--for <target>', 'check against this milestone (default: from each document status)').choices([
        'review',
        'approved',
      ]),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['stylish', 'markdown', 'json']).default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--changed-since <ref>', 'check only the PR/FAQs changed since this git revision')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', '\nExit codes: 0 every document ready, 1 at least one not ready, 2 usage or I/O error.')
    .action(
      async (
        paths: string[],
        flags: {
          for?: 'review' | 'approved';
          format: 'stylish' | 'markdown' | 'json';
          output?: string;
          config?: string;
          changedSince?: string;
          color: boolean;
        },
      ) => {
        const { runReady } = await import('./run.js');
        setExit(await runReady(paths, { ...flags, color: flags.color && io.color }, io));
      },
    );
};

export default define;
