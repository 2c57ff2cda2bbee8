// `prfaq diff <base> [paths...]`: flags only; the work is in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('diff')
    .description(
      'show what changed in each PR/FAQ since a git revision: objections, sign-offs, sections, FAQ, outcomes, readiness',
    )
    .argument('<base>', 'the revision to compare with: a branch, tag or commit')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .addOption(
      new Option(
        '--for <target>',
        'judge readiness against this milestone (default: from each document status)',
      ).choices(['review', 'approved']),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['stylish', 'markdown', 'json']).default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--all', 'also list documents that did not change')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', '\nExit codes: 0 compared, 2 unknown revision, not a git repository, usage or I/O error.')
    .action(
      async (
        base: string,
        paths: string[],
        flags: {
          for?: 'review' | 'approved';
          format: 'stylish' | 'markdown' | 'json';
          output?: string;
          config?: string;
          all?: boolean;
          color: boolean;
        },
      ) => {
        const { runDiff } = await import('./run.js');
        setExit(await runDiff(base, paths, { ...flags, color: flags.color && io.color }, io));
      },
    );
};

export default define;
