// `pnpm bench`: prfaq lint against markdownlint-cli2 and remark-cli on generated corpora, interleaved
// in one invocation, plus in-process parse costs and the worst cases; prints Markdown tables and writes JSON.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRoot, bigCorpus, docsCorpus, tinyCorpus, worstCorpus, type Corpus } from './corpus.js';
import { worstCases, type WorstCase } from './generate.js';
import { hasGnuTime, measure, median, type Measurement } from './measure.js';
import { lspTable, measureLsp } from './lsp.js';

const repoRoot = join(benchRoot, '..', '..');
const prfaqBin = join(repoRoot, 'packages', 'cli', 'bin', 'prfaq.js');
const markdownlintBin = join(benchRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const remarkBin = join(benchRoot, 'node_modules', 'remark-cli', 'cli.js');
const remarkrc = join(benchRoot, 'remarkrc.json');
const parseChild = join(benchRoot, 'dist', 'parse-child.js');
const resultsDir = join(benchRoot, 'bench-results');
const prfaqCache = join(benchRoot, '.cache', 'prfaq-cache');

interface Tool {
  name: string;
  /** The command for a corpus: a directory of documents or a single file. */
  command(corpus: Corpus): { args: string[]; cwd: string; env?: NodeJS.ProcessEnv };
  /** Run before each measurement (for example: delete a cache to force a cold run). */
  before?: () => void;
}

const target = (corpus: Corpus): string => (corpus.files.length === 1 ? corpus.files[0]! : '.');
// prfaq honours .gitignore when it walks a directory, and the corpora live in a git-ignored folder:
// it gets the files by name (a file named explicitly is always linted).
const files = (corpus: Corpus): string[] => corpus.files;

const tools = {
  'node -e 0': { name: 'node -e 0', command: (c) => ({ args: ['-e', '0'], cwd: c.dir }) },
  prfaq: { name: 'prfaq lint', command: (c) => ({ args: [prfaqBin, 'lint', ...files(c)], cwd: c.dir }) },
  'prfaq-serial': {
    name: 'prfaq lint --concurrency off',
    command: (c) => ({ args: [prfaqBin, 'lint', '--concurrency', 'off', ...files(c)], cwd: c.dir }),
  },
  'prfaq-cold': {
    name: 'prfaq lint --cache (cold)',
    before: () => {
      rmSync(prfaqCache, { recursive: true, force: true });
    },
    command: (c) => ({
      args: [prfaqBin, 'lint', '--cache', '--cache-location', `${prfaqCache}/`, ...files(c)],
      cwd: c.dir,
    }),
  },
  'prfaq-warm': {
    name: 'prfaq lint --cache (warm)',
    command: (c) => ({
      args: [prfaqBin, 'lint', '--cache', '--cache-location', `${prfaqCache}/`, ...files(c)],
      cwd: c.dir,
    }),
  },
  markdownlint: {
    name: 'markdownlint-cli2',
    command: (c) => ({ args: [markdownlintBin, c.files.length === 1 ? c.files[0]! : '**/*.md'], cwd: c.dir }),
  },
  remark: {
    name: 'remark-cli',
    command: (c) => ({
      args: [
        remarkBin,
        target(c),
        '--rc-path',
        remarkrc,
        '--no-config',
        '--no-ignore',
        '--no-stdout',
        '--quiet',
        '--ext',
        'md',
      ],
      cwd: c.dir,
    }),
  },
} satisfies Record<string, Tool>;

function parseTool(mode: string, label = `parse: ${mode}`): Tool {
  return { name: label, command: (c) => ({ args: [parseChild, mode, c.dir], cwd: c.dir }) };
}

/** Markdown parse, parse() and lint() timed on the same documents in one process (parse-child.ts `stages`). */
const STAGES_TOOL = 'stages, interleaved per document: lint() (markdown parse / parse() in the ratios)';

const PARSE_TOOLS = [
  parseTool('remark', 'parse: remark + gfm + frontmatter'),
  parseTool('commonmark', 'parse: remark CommonMark only'),
  parseTool('prfaq', 'parse: @prfaq/core parse()'),
  parseTool('prfaq-lint', 'parse + rules + report: @prfaq/lint lint()'),
  parseTool('stages', STAGES_TOOL),
];

// Each GFM extension priced on its own over CommonMark + frontmatter, and the subset prfaq's rules need.
const EXTENSION_MODES = [
  'mdast:',
  'mdast:frontmatter',
  'mdast:frontmatter,table',
  'mdast:frontmatter,tasklist',
  'mdast:frontmatter,autolink',
  'mdast:frontmatter,footnote',
  'mdast:frontmatter,strikethrough',
  'mdast:frontmatter,table,tasklist',
  'mdast:frontmatter,table,tasklist,strikethrough',
  'mdast:frontmatter,table,tasklist,autolink,footnote,strikethrough',
];

interface ToolResult {
  tool: string;
  runs: Array<
    Pick<Measurement, 'wallMs' | 'maxRssKb' | 'cpuMs' | 'exitCode' | 'timedOut'> & { report?: Record<string, unknown> }
  >;
  medianMs: number | undefined;
  /** Median user + system CPU time of the whole process: less sensitive than wall time to a busy machine. */
  medianCpuMs: number | undefined;
  /** For in-process parse children: median of the parse loop alone, without start-up and file reading. */
  medianInnerMs: number | undefined;
  docsPerS: number | undefined;
  mbPerS: number | undefined;
  maxRssMb: number | undefined;
  failed: string | undefined;
}

interface ScenarioResult {
  name: string;
  files: number;
  bytes: number;
  tools: ToolResult[];
}

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    'worst-peers': { type: 'boolean', default: false },
    tools: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const SCENARIOS = [
  'startup',
  'docs-200',
  'docs-400',
  'docs-2000',
  'big',
  'extensions',
  'cache',
  'cache-200',
  'worst',
  'lsp',
] as const;

if (flags.help) {
  process.stdout
    .write(`Usage: pnpm bench [--quick] [--runs N] [--only ${SCENARIOS.join(',')}] [--timeout SECONDS] [--worst-peers]

  --quick        one run each, the 200-document corpus, start-up and worst cases only
  --runs N       runs per tool (median reported; default 3, start-up at least 11)
  --only LIST    comma-separated scenarios to run
  --timeout S    time limit per worst-case run (default 60 s); corpus runs allow 10 minutes
  --worst-peers  also time the remark parse on the worst cases (minutes each: the cliffs)
  --tools LIST   only tools whose name contains one of these words (e.g. prfaq,markdownlint)
`);
  process.exit(0);
}

const runs = Number(flags.runs ?? (flags.quick ? 1 : 3));
const worstTimeoutMs = Number(flags.timeout) * 1000;
const selected = new Set<string>(
  flags.only ? flags.only.split(',') : flags.quick ? ['startup', 'docs-200', 'worst'] : SCENARIOS,
);
for (const name of selected)
  if (!(SCENARIOS as readonly string[]).includes(name))
    throw new Error(`unknown scenario ${name}; one of ${SCENARIOS.join(', ')}`);

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/** Runs every tool `n` times, interleaved (tool A, B, C, A, B, C...) so that machine noise hits them alike. */
async function scenario(
  name: string,
  corpus: Corpus,
  all: Tool[],
  n: number,
  timeoutMs: number,
): Promise<ScenarioResult> {
  const wanted = flags.tools?.split(',').filter(Boolean);
  const list = wanted ? all.filter((tool) => wanted.some((word) => tool.name.includes(word))) : all;
  log(
    `\n${name}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${n} run(s) of ${list.length} tool(s)`,
  );
  const collected = new Map<Tool, ToolResult['runs']>(list.map((tool) => [tool, []]));
  for (let run = 0; run < n; run++) {
    for (const tool of list) {
      const previous = collected.get(tool)!;
      // A tool that timed out once will time out again: do not spend the budget twice.
      if (previous.some((r) => r.timedOut)) continue;
      tool.before?.();
      const { args, cwd, env } = tool.command(corpus);
      const m = await measure(process.execPath, args, { cwd, timeoutMs, ...(env ? { env } : {}) });
      const failed = m.timedOut || m.exitCode === null || m.exitCode > 1;
      log(
        `  ${tool.name.padEnd(44)} ${m.timedOut ? `timeout > ${(timeoutMs / 1000).toFixed(0)} s` : `${(m.wallMs / 1000).toFixed(2)} s`}${m.cpuMs !== undefined ? `  cpu ${(m.cpuMs / 1000).toFixed(2)} s` : ''}${m.maxRssKb ? `  ${(m.maxRssKb / 1024).toFixed(0)} MB` : ''}${failed && !m.timedOut ? `  FAILED (exit ${m.exitCode}): ${m.outputTail.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
      );
      previous.push({
        wallMs: m.wallMs,
        maxRssKb: m.maxRssKb,
        cpuMs: m.cpuMs,
        exitCode: m.exitCode,
        timedOut: m.timedOut,
        ...(m.report ? { report: m.report } : {}),
      });
    }
  }
  const tools: ToolResult[] = list.map((tool) => {
    const all = collected.get(tool)!;
    const ok = all.filter((r) => !r.timedOut && r.exitCode !== null && r.exitCode <= 1);
    const timedOut = all.find((r) => r.timedOut);
    const medianMs = ok.length ? median(ok.map((r) => r.wallMs)) : undefined;
    const cpu = ok.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
    const inner = ok.map((r) => r.report?.ms).filter((ms): ms is number => typeof ms === 'number');
    const medianInnerMs = inner.length ? median(inner) : undefined;
    const basis = medianInnerMs ?? medianMs;
    const rss = ok.map((r) => r.maxRssKb).filter((kb): kb is number => kb !== undefined);
    return {
      tool: tool.name,
      runs: all,
      medianMs,
      medianCpuMs: cpu.length ? median(cpu) : undefined,
      medianInnerMs,
      docsPerS: basis ? corpus.files.length / (basis / 1000) : undefined,
      mbPerS: basis ? corpus.bytes / 1e6 / (basis / 1000) : undefined,
      maxRssMb: rss.length ? Math.max(...rss) / 1024 : undefined,
      failed: timedOut
        ? `timeout > ${(timeoutMs / 1000).toFixed(0)} s`
        : ok.length
          ? undefined
          : `exit ${all[0]?.exitCode ?? '?'}`,
    };
  });
  return { name, files: corpus.files.length, bytes: corpus.bytes, tools };
}

const s = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(2));
const f = (value: number | undefined, digits = 2): string => (value === undefined ? '–' : value.toFixed(digits));

function table(result: ScenarioResult): string {
  const rows = [
    `**${result.name}** (${result.files} files, ${(result.bytes / 1e6).toFixed(2)} MB)`,
    '',
    '| tool | median wall (s) | CPU (s) | parse loop (s) | docs/s | MB/s | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const t of result.tools) {
    rows.push(
      `| ${t.tool} | ${t.failed ?? s(t.medianMs)} | ${s(t.medianCpuMs)} | ${s(t.medianInnerMs)} | ${f(t.docsPerS, 0)} | ${f(t.mbPerS)} | ${f(t.maxRssMb, 0)} |`,
    );
  }
  return rows.join('\n');
}

interface Ratio {
  name: string;
  value: number | undefined;
  target: string;
  met: boolean | undefined;
}

type Lookup = (scenarioName: string, tool: string) => ToolResult | undefined;
type AddRatio = (name: string, value: number | undefined, target: string, met: (v: number) => boolean) => void;

function ratios(results: Map<string, ScenarioResult>): Ratio[] {
  const get: Lookup = (scenarioName, tool) => results.get(scenarioName)?.tools.find((t) => t.tool === tool);
  const out: Ratio[] = [];
  const add: AddRatio = (name, value, target, met) => {
    out.push({ name, value, target, met: value === undefined || target === 'context' ? undefined : met(value) });
  };
  corpusRatios(results, get, add);
  cacheRatios(results, get, add);
  add(
    'prfaq / markdownlint-cli2 start-up, one tiny file',
    div(get('startup', tools.prfaq.name)?.medianMs, get('startup', tools.markdownlint.name)?.medianMs),
    '<= 0.4',
    (v) => v <= 0.4,
  );
  const perMb = (scenarioName: string): number | undefined => {
    const r = results.get(scenarioName);
    const ms = get(scenarioName, tools.prfaq.name)?.medianMs;
    return r && ms !== undefined ? ms / (r.bytes / 1e6) : undefined;
  };
  add(
    'prfaq time per MB: 5 MB document / 2,000-doc corpus',
    div(perMb('big'), perMb('docs-2000')),
    '<= 1.5',
    (v) => v <= 1.5,
  );
  add('prfaq peak RSS on 2,000 docs (MB)', get('docs-2000', tools.prfaq.name)?.maxRssMb, '< 300', (v) => v < 300);
  stageRatios(get, add);
  return out;
}

/** prfaq against its peers on each corpus size that ran. */
function corpusRatios(results: Map<string, ScenarioResult>, get: Lookup, add: AddRatio): void {
  for (const [name, label] of [
    ['docs-2000', '2,000'],
    ['docs-400', '400'],
    ['docs-200', '200'],
  ] as const) {
    if (!results.has(name)) continue;
    const lint = get(name, tools.prfaq.name);
    const mdl = get(name, tools.markdownlint.name);
    // At most half of markdownlint-cli2's wall time on every corpus size, small repositories included.
    add(
      `markdownlint-cli2 / prfaq lint, ${label} docs (wall)`,
      div(mdl?.medianMs, lint?.medianMs),
      '>= 2',
      (v) => v >= 2,
    );
    // CPU time is what a busy machine does not distort; with two idle cores the wall time of a parallel run approaches CPU / 2.
    add(
      `markdownlint-cli2 / prfaq lint --concurrency off, ${label} docs (CPU)`,
      div(mdl?.medianCpuMs, get(name, tools['prfaq-serial'].name)?.medianCpuMs),
      'context',
      () => true,
    );
    add(
      `markdownlint-cli2 / prfaq lint, ${label} docs (CPU)`,
      div(mdl?.medianCpuMs, lint?.medianCpuMs),
      'context',
      () => true,
    );
    add(
      `remark-cli / prfaq lint, ${label} docs (wall)`,
      div(get(name, tools.remark.name)?.medianMs, lint?.medianMs),
      'context',
      () => true,
    );
  }
}

/** Cold over warm `--cache` runs. */
function cacheRatios(results: Map<string, ScenarioResult>, get: Lookup, add: AddRatio): void {
  for (const [name, label] of [
    ['cache', '2,000'],
    ['cache-200', '200'],
  ] as const) {
    if (!results.has(name)) continue;
    add(
      `cold / warm --cache, ${label} docs (wall)`,
      div(get(name, tools['prfaq-cold'].name)?.medianMs, get(name, tools['prfaq-warm'].name)?.medianMs),
      '>= 10',
      (v) => v >= 10,
    );
  }
  // A cold --cache run must not cost memory: the texts are read and hashed in the workers, never held.
  // Peak RSS varies by a few MB between identical runs, hence the 5% allowance.
  add(
    'peak RSS, cold --cache / no cache, 2,000 docs',
    div(get('cache', tools['prfaq-cold'].name)?.maxRssMb, get('docs-2000', tools.prfaq.name)?.maxRssMb),
    '<= 1.05',
    (v) => v <= 1.05,
  );
}

/** Rules and reporting over parsing: the stages child times the three on the same documents, interleaved. */
function stageRatios(get: Lookup, add: AddRatio): void {
  const stage = (name: string): number | undefined => {
    const runs = (get('docs-2000', STAGES_TOOL) ?? get('docs-200', STAGES_TOOL))?.runs ?? [];
    const values = runs
      .map((r) => (r.report?.stages as Record<string, number> | undefined)?.[name])
      .filter((v): v is number => typeof v === 'number');
    return values.length ? median(values) : undefined;
  };
  const overMarkdown = div(stage('lint'), stage('markdown'));
  add(
    "model + rules + reporting over the Markdown parse with prfaq's extensions (stages, largest corpus run)",
    overMarkdown === undefined ? undefined : overMarkdown - 1,
    '<= 0.25',
    (v) => v <= 0.25,
  );
  const overParse = div(stage('lint'), stage('parse'));
  add(
    'rules + reporting over parse() (tree and model; stages, largest corpus run)',
    overParse === undefined ? undefined : overParse - 1,
    '<= 0.25',
    (v) => v <= 0.25,
  );
}

function div(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b ? a / b : undefined;
}

// Other work on the machine shows in wall times, not much in CPU times: the load average says how much there was.
const loadAtStart = loadavg();

async function main(): Promise<void> {
  if (!hasGnuTime) log('note: /usr/bin/time not found; peak RSS is reported only for the in-process parse children');
  const prfaqBuilt = existsSync(join(repoRoot, 'packages', 'cli', 'dist', 'main.js'));
  const results = new Map<string, ScenarioResult>();
  const corpusTimeout = 600_000;
  const lintTools: Tool[] = [tools.prfaq, tools['prfaq-serial'], tools.markdownlint, tools.remark];
  if (!prfaqBuilt) log('note: packages/cli/dist is missing; build with `npx tsc -b` to include prfaq lint');

  if (selected.has('startup')) {
    // A start-up is a few tenths of a second, where one scheduling hiccup moves a run by 30%: eleven runs
    // cost ten seconds and give a median that five did not (the ratio read 0.44-0.52 over four runs of 5).
    results.set(
      'startup',
      await scenario(
        'startup',
        tinyCorpus(),
        [tools['node -e 0'], tools.prfaq, tools.markdownlint, tools.remark],
        Math.max(runs, 11),
        60_000,
      ),
    );
  }
  for (const [name, build] of [
    ['docs-200', () => docsCorpus(200)],
    ['docs-400', () => docsCorpus(400)],
    ['docs-2000', () => docsCorpus(2000)],
    ['big', () => bigCorpus()],
  ] as const) {
    if (selected.has(name))
      results.set(name, await scenario(name, build(), [...lintTools, ...PARSE_TOOLS], runs, corpusTimeout));
  }
  if (selected.has('extensions')) {
    results.set(
      'extensions',
      await scenario(
        'extensions',
        docsCorpus(200),
        EXTENSION_MODES.map((mode) => parseTool(mode)),
        runs,
        corpusTimeout,
      ),
    );
  }
  for (const [name, count] of [
    ['cache', 2000],
    ['cache-200', 200],
  ] as const) {
    // Cold then warm, alternating: each cold run deletes the cache the next warm run relies on being written.
    if (selected.has(name))
      results.set(
        name,
        await scenario(name, docsCorpus(count), [tools['prfaq-cold'], tools['prfaq-warm']], runs, corpusTimeout),
      );
  }
  if (selected.has('worst')) {
    for (const name of Object.keys(worstCases) as WorstCase[]) {
      const list: Tool[] = [tools.prfaq, ...(flags['worst-peers'] ? [tools.markdownlint, PARSE_TOOLS[0]!] : [])];
      results.set(`worst: ${name}`, await scenario(`worst: ${name}`, worstCorpus(name), list, 1, worstTimeoutMs));
    }
  }

  // Editor latency through the language server (src/lsp.ts): its own table, not a corpus scenario.
  const lsp = selected.has('lsp') ? await measureLsp(Math.max(runs * 5, 15)) : undefined;

  writeReport(results, lsp);
}

/** The JSON and Markdown reports in bench/results, and the Markdown on stdout. */
function writeReport(
  results: Map<string, ScenarioResult>,
  lsp: Awaited<ReturnType<typeof measureLsp>> | undefined,
): void {
  const computed = ratios(results);
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    platform: process.platform,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg(),
  };
  const command = `pnpm bench ${process.argv.slice(2).join(' ')}`.trim();
  const report = {
    date: new Date().toISOString(),
    command,
    machine,
    runs,
    scenarios: [...results.values()],
    ratios: computed,
    lsp,
  };
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(resultsDir, `bench-${report.date.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(join(resultsDir, 'latest.json'), json);

  const markdown = [
    `Command: \`${command}\` — ${report.date}, Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpu ?? 'unknown'}), median of ${runs} run(s); load average ${machine.loadAverageAtStart[0]!.toFixed(1)} at start, ${machine.loadAverageAtEnd[0]!.toFixed(1)} at end.`,
    '',
    ...[...results.values()].flatMap((r) => [table(r), '']),
    ...(lsp ? [lspTable(lsp), ''] : []),
    '| ratio | value | target | met |',
    '| --- | ---: | --- | --- |',
    ...computed.map(
      (r) => `| ${r.name} | ${f(r.value)} | ${r.target} | ${r.met === undefined ? '–' : r.met ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
  writeFileSync(join(resultsDir, 'latest.md'), `${markdown}\n`);
  process.stdout.write(`\n${markdown}\n\nJSON: ${join(resultsDir, 'latest.json')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
