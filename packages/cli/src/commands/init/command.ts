// `prfaq init`: flags only; the work is in ./run.ts, imported when the command runs.
import type { DefineCommand } from '../index.js';

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('init')
    .description(
      'set up a repository: prfaq.config.yaml, a prfaq/ folder and a GitHub Actions workflow; never overwrites',
    )
    .option('--folder <path>', 'folder for PR/FAQs, relative to the current directory (default: prfaq)')
    .addHelpText('after', '\nRunning it again creates only what is missing. Exit codes: 0 done, 2 I/O error.')
    .action(async (flags: { folder?: string }) => {
      const { runInit } = await import('./run.js');
      setExit(await runInit(flags, io));
    });
};

export default define;
