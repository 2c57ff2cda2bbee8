// `prfaq merge-results <reports...>`: flags only; the merging is in ./run.ts, imported when the command runs.
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('merge-results')
    .description('merge the JSON or SARIF reports of sharded `prfaq lint --shard i/n` jobs into one report')
    .argument('<reports...>', 'report files written by prfaq lint --format json or --format sarif (all of one format)')
    .option('-o, --output-file <file>', 'write the merged report to a file instead of stdout')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors in the merged report, 1 errors, 2 a report is unreadable or not from prfaq lint.',
    )
    .action(async (reports: string[], flags: { outputFile?: string }) => {
      const { runMergeResults } = await import('./run.js');
      setExit(await runMergeResults(reports, flags, io));
    });
};

export default define;
