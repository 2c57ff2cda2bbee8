// `prfaq templates`: flags only; the work is in ./run.ts, imported when the command runs.
import { Option } from 'commander';
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('templates')
    .description('list the built-in and repository templates for prfaq new, with their descriptions')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .addHelpText('after', '\nExit codes: 0 listed, 2 a template or the config is invalid (the valid ones are still listed).')
    .action(async (flags: { format: 'text' | 'json'; config?: string }) => {
      const { runTemplates } = await import('./run.js');
      setExit(runTemplates(flags, io));
    });
};

export default define;
