// Child process for in-process parse costs: reads every file first, then times only the parsing, and
// prints one JSON line. Run as `node parse-child.js <mode> <dir-or-file>`; a fresh process per run keeps
// JIT warm-up in the number, as it is for a CLI, and gives each mode its own peak RSS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parserFor } from './parsers.js';

function markdownFiles(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(target, name));
}

async function main(): Promise<void> {
  const [mode, target] = process.argv.slice(2);
  if (!mode || !target) throw new Error('usage: parse-child <mode> <dir-or-file>');
  const texts = markdownFiles(target).map((file) => readFileSync(file, 'utf8'));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  if (mode === 'stages') {
    process.stdout.write(`${JSON.stringify({ mode, files: texts.length, bytes, ...(await stages(texts)) })}\n`);
    return;
  }
  const parser = await parserFor(mode);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  // Each tree is dropped as soon as it is built, as a streaming linter would.
  for (const text of texts) parser(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const report = {
    mode,
    files: texts.length,
    bytes,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/**
 * The cost of each stage on the same documents in one process, interleaved document by document (so a
 * noisy neighbour hits every stage alike): the Markdown parse with the syntax prfaq uses (mdast with
 * frontmatter, tables and task lists), prfaq's `parse()` (tree and model), and `lint()` with the
 * stylish report. The order rotates per document so no stage always runs on a warm cache.
 */
async function stages(texts: string[]): Promise<{ ms: number; stages: Record<string, number> }> {
  const runners: [string, (text: string) => unknown][] = [
    ['markdown', await parserFor('mdast:frontmatter,table,tasklist')],
    ['parse', await parserFor('prfaq')],
    ['lint', await parserFor('prfaq-lint')],
  ];
  const totals: Record<string, number> = Object.fromEntries(runners.map(([name]) => [name, 0]));
  texts.forEach((text, i) => {
    for (let k = 0; k < runners.length; k++) {
      const [name, run] = runners[(i + k) % runners.length]!;
      const start = process.hrtime.bigint();
      run(text);
      totals[name]! += Number(process.hrtime.bigint() - start) / 1e6;
    }
  });
  return { ms: totals.lint!, stages: totals };
}

main().catch((error: unknown) => {
  process.stderr.write(`parse-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
