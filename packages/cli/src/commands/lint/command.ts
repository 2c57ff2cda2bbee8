// `prfaq lint [paths...]`: flags only; the work is in ./run.ts, imported when the command runs.
import { InvalidArgumentError } from 'commander';
import type { DefineCommand } from '../index.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return Number(value);
}

const define: DefineCommand = (program, io, setExit) => {
  program
    .command('lint')
    .description('check PR/FAQ documents for structural and writing problems')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .option('-f, --format <format>', 'stylish, json, sarif, github, junit or markdown', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', count)
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--rule <id>', 'run only this rule (repeatable)', collect)
    .option('-c, --config <file>', 'use this config file for every file instead of looking for one')
    .option('--print-config <file>', 'print the effective configuration for a file and exit')
    .option('--no-color', 'never colour the output')
    .option('--report-unused-directives', 'report prfaq-disable comments that suppress nothing')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob matches no file')
    .option('--fix', 'fix what can be fixed safely and write the files')
    .option('--fix-dry-run', 'print the fixes as a unified diff and write nothing')
    .option('--fix-type <types>', 'fix only these kinds: structure, frontmatter, objections, writing (comma-separated)')
    .option('--cache', 'reuse results of files unchanged since the last run (see docs/performance.md)')
    .option('--cache-location <path>', 'cache file, or directory ending in /, instead of node_modules/.cache/prfaq/')
    .option('--concurrency <n>', 'threads to lint in: auto, off or a number (the main thread and n-1 workers)', 'auto')
    .option('--shard <i/n>', 'lint only the i-th of n deterministic parts of the files (CI matrices)')
    .option('--changed-since <ref>', 'lint only the PR/FAQs changed since this git revision (see docs/ready.md)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,\n2 usage, configuration or I/O error (an unreadable file is reported and exits 2).',
    )
    .action(async (paths: string[], _flags: unknown, command: import('commander').Command) => {
      const flags = command.optsWithGlobals<import('./run.js').LintFlags>();
      const { runLint } = await import('./run.js');
      setExit(await runLint(paths, flags, io));
    });
};

export default define;
