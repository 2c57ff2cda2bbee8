// `prfaq rules`: flags only; the table is built in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('rules')
    .description('list every rule: category, severity in the recommended and strict presets, fixable, docs')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'),
    )
    .action(async (flags: { format: 'table' | 'json' | 'markdown' }) => {
      const { runRules } = await import('./run.js');
      setExit(runRules(flags, io));
    });
};

export default define;
