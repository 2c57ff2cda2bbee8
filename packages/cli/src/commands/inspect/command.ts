// `prfaq inspect <file...>`: flags only; the work is in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('inspect')
    .description('show what prfaq recognised in each file: sections, headline, FAQ, objections, stakeholders, outcomes')
    .argument('<file...>', 'Markdown files to inspect')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (files: string[], flags: { format: 'text' | 'json' }) => {
      const { runInspect } = await import('./run.js');
      setExit(await runInspect(files, flags, io));
    });
};

export default define;
