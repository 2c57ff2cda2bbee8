// `prfaq report [paths...]`: flags only; the work is in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('report')
    .description('one page on every PR/FAQ: readiness, open objections, stakeholder alignment (HTML, Markdown or JSON)')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .option('--html <file>', 'write a self-contained HTML page to this file (same as --format html -o <file>)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: markdown, or html with --html)').choices([
        'html',
        'markdown',
        'json',
      ]),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--history', 'add decision-flow figures from git history, by team or area')
    .option('--title <text>', 'the report title', 'PR/FAQ portfolio')
    .addHelpText('after', '\nThe report is informational. Exit codes: 0 report written, 2 usage or I/O error.')
    .action(
      async (
        paths: string[],
        flags: {
          html?: string;
          format?: 'html' | 'markdown' | 'json';
          output?: string;
          config?: string;
          history?: boolean;
          title: string;
        },
      ) => {
        const { runReport } = await import('./run.js');
        setExit(await runReport(paths, flags, io));
      },
    );
};

export default define;
