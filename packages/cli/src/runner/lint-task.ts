// Linting one file, as the serial loop and each worker thread do it. A module of its own (and an entry
// point of the bundle) because workers import it by URL for `createTask`.
import type { FixType, LintResult, Severity } from '@prfaq/lint';
import { ConfigResolver, type DiscoveredFile } from '../shared/files.js';
import { readMarkdown, type ReadOutcome } from '../shared/read.js';
import { hashContent } from './cache.js';
import { lintText, type LintFilesOptions } from './lint-file.js';
import { ioErrorResult } from './result.js';

/** What a worker needs to build the same `LintFilesOptions` as the main thread: plain data only. */
export interface TaskInit {
  cwd: string;
  configFile: string | undefined;
  fix: boolean;
  fixTypes?: FixType[];
  only: string[] | undefined;
  reportUnusedDirectives: Exclude<Severity, 'off'> | undefined;
}

/**
 * A file to lint. `text` is present when the main thread already read it (to look it up in the cache);
 * `hash` asks for the content hash of the text the task read, so a cold `--cache` run reads and hashes
 * each file once, in the worker, and the main thread never holds the texts.
 */
export interface TaskItem {
  file: DiscoveredFile;
  text?: string;
  hash?: boolean;
}

/** The result, and with `hash` the content hash of exactly the text that was linted. */
export interface TaskOutput {
  result: LintResult;
  contentHash?: string;
}

/**
 * The lint of one item. `readFile` reads a file whose text the item does not carry: asynchronous by
 * default, as the workers read; the main thread passes `readMarkdownSync` (read.ts says why).
 */
export function lintTask(
  options: LintFilesOptions,
  readFile: (file: string) => ReadOutcome | Promise<ReadOutcome> = readMarkdown,
): (item: TaskItem) => Promise<TaskOutput> {
  return async (item) => {
    if (item.text !== undefined) return { result: lintText(item.file, item.text, options) };
    const read = await readFile(item.file.path);
    if ('problem' in read) return { result: ioErrorResult(item.file.displayPath, read.problem, read.line) };
    const result = lintText(item.file, read.text, options);
    return item.hash === true ? { result, contentHash: hashContent(read.bytes) } : { result };
  };
}

/** Called once in each worker thread (see worker.ts). */
export function createTask(init: unknown): (item: TaskItem) => Promise<TaskOutput> {
  const { cwd, configFile, fix, fixTypes, only, reportUnusedDirectives } = init as TaskInit;
  return lintTask({ configs: new ConfigResolver({ cwd, configFile }), fix, fixTypes, only, reportUnusedDirectives });
}
