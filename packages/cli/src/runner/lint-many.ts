// Lints many files fast around the serial `lintFile` of lint-file.ts: reuses cached results
// (`--cache`) and lints the rest in worker threads (`--concurrency`), results in input order, identical
// to the serial loop. The workers run lint-task.ts.
import type { EffectiveConfig, LintResult } from '@prfaq/lint';
import { fileStamp, hashConfig, hashContent, LintCache, resolveCacheFile } from './cache.js';
import type { DiscoveredFile } from '../shared/files.js';
import type { LintFilesOptions } from './lint-file.js';
import { ioErrorResult } from './result.js';
import type { TaskInit, TaskItem, TaskOutput } from './lint-task.js';
import { decodeMarkdown, readBytesSync, readMarkdownSync } from '../shared/read.js';
import { VERSION } from '../version.js';
import { moduleBeside, planThreads, runPool, type Concurrency } from './workers.js';
import { LARGER_JIT_BUDGET_FROM_FILES, tuneJit } from './heap.js';

export interface ScaleOptions {
  cwd: string;
  /** `--config`, which the workers load again for themselves. */
  configFile: string | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
  concurrency: Concurrency;
  /** Told when the cache cannot be written; the lint run itself still succeeds. */
  warn: (message: string) => void;
  /** Node flags for the workers (tests pass a TypeScript loader). */
  execArgv?: string[];
  /** The prfaq version in the cache key; tests change it. */
  version?: string;
  /** The time file stamps are judged against (`fileStamp`); tests move it on. Default: now. */
  now?: number;
}

/** The module each worker imports for `createTask`. */
const lintTaskModule = moduleBeside(import.meta.url, 'lint-task');

interface Pending {
  index: number;
  item: TaskItem;
  /** Content and config hashes under which to cache the result, when the main thread read the file. */
  key?: [string, string];
  /** The file's stamp before it was read, stored with the result. */
  stamp?: string;
}

export async function lintMany(
  files: readonly DiscoveredFile[],
  options: LintFilesOptions,
  scale: ScaleOptions,
): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(files.length);
  // A --fix run rewrites files: its results describe text that no longer exists.
  const cache =
    scale.cache && !options.fix
      ? LintCache.load(resolveCacheFile(scale.cacheLocation, scale.cwd), scale.version ?? VERSION)
      : undefined;
  const pending: Pending[] = [];
  const now = scale.now ?? Date.now();
  const configHashes = new Map<EffectiveConfig, string>();
  const configHash = (file: DiscoveredFile): string => configKey(file, options, configHashes);
  for (const [index, file] of files.entries()) {
    if (!cache) {
      pending.push({ index, item: { file } });
      continue;
    }
    const found = lookUp(cache, file, configHash, now);
    if ('result' in found) results[index] = found.result;
    else pending.push({ index, ...found });
  }

  const store = (p: Pending, { result, contentHash }: TaskOutput): void => {
    results[p.index] = result;
    const key = p.key ?? (contentHash === undefined ? undefined : [contentHash, configHash(p.item.file)]);
    if (cache && key) cache.set(p.item.file.path, key[0], key[1], result, p.stamp);
  };
  if (pending.length > 0) await lintPending(pending, options, scale, store);

  if (cache) {
    const problem = cache.save();
    if (problem) scale.warn(problem);
  }
  return results;
}

/**
 * A file's result from the cache, or what to lint. A file whose stamp is the one stored is not read; any
 * other file the cache has seen is read and hashed here, and one it has never seen is left to its task.
 */
function lookUp(
  cache: LintCache,
  file: DiscoveredFile,
  configHash: (file: DiscoveredFile) => string,
  now: number,
): { result: LintResult } | Omit<Pending, 'index'> {
  // Taken before the file is read: a change while it is read gives it a stamp other than the one stored.
  const stamp = fileStamp(file.path, now);
  // A file the cache has never seen is read, linted and hashed by its task: the main thread keeps no text.
  if (!cache.has(file.path)) return { item: { file, hash: true }, stamp };
  const stamped = stamp === undefined ? undefined : cache.getStamped(file.path, stamp, configHash(file));
  if (stamped) return { result: { ...stamped, path: file.displayPath } };
  // The bytes that are hashed are the text that is linted, so a file changing mid-run cannot poison the
  // cache. They are decoded only on a miss: a hit has the bytes of a file that was valid UTF-8 when it
  // was linted, since no read problem is ever cached.
  const bytes = readBytesSync(file.path);
  if (!Buffer.isBuffer(bytes)) return { result: ioErrorResult(file.displayPath, bytes.problem, bytes.line) };
  const key: [string, string] = [hashContent(bytes), configHash(file)];
  const hit = cache.get(file.path, ...key, stamp);
  if (hit) return { result: { ...hit, path: file.displayPath } };
  const read = decodeMarkdown(bytes);
  if ('problem' in read) return { result: ioErrorResult(file.displayPath, read.problem, read.line) };
  return { item: { file, text: read.text }, key, stamp };
}

/**
 * Lints the files the cache did not answer, in this thread and the workers `planThreads` asks for. The
 * lint engine (the parser and the rules) is imported here, on first use: a `--cache` run whose every
 * file is cached never loads it.
 */
async function lintPending(
  pending: readonly Pending[],
  options: LintFilesOptions,
  scale: ScaleOptions,
  store: (p: Pending, output: TaskOutput) => void,
): Promise<void> {
  const { lintTask } = await import('./lint-task.js');
  if (pending.length >= LARGER_JIT_BUDGET_FROM_FILES) tuneJit();
  const threads = planThreads(scale.concurrency, pending.length);
  // This thread reads synchronously, the workers do not (read.ts says why).
  const task = lintTask(options, readMarkdownSync);
  if (threads === 1) {
    for (const p of pending) store(p, await task(p.item));
  } else {
    const init: TaskInit = {
      cwd: scale.cwd,
      configFile: scale.configFile,
      fix: options.fix,
      fixTypes: options.fixTypes,
      only: options.only,
      reportUnusedDirectives: options.reportUnusedDirectives,
    };
    await runPool<TaskItem, TaskOutput>(
      pending.map((p) => p.item),
      {
        task: lintTaskModule,
        init,
        workers: threads - 1,
        local: task,
        ...(scale.execArgv ? { execArgv: scale.execArgv } : {}),
      },
      (result, i) => {
        store(pending[i]!, result);
      },
    );
  }
}

/**
 * Everything besides the text that decides a file's result: its effective config and the run's rule selection.
 * Files whose config resolves alike share one EffectiveConfig object (resolveConfig memoises it), so each is
 * hashed once per run: hashing it for every file was a tenth of a warm run.
 */
function configKey(file: DiscoveredFile, options: LintFilesOptions, hashes: Map<EffectiveConfig, string>): string {
  const config = options.configs.effective(file.path);
  let hash = hashes.get(config);
  if (hash === undefined) {
    hash = hashConfig({ config, only: options.only ?? null, unused: options.reportUnusedDirectives ?? null });
    hashes.set(config, hash);
  }
  return hash;
}
