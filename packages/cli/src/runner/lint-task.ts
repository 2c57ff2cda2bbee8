// Linting one file, as the serial loop and each worker thread do it. A module of its own (and an entry
// point of the bundle) because workers import it by URL for `createTask`.
import type { FixType, LintResult, Severity } from '@prfaq/lint';
import { ConfigResolver, type DiscoveredFile } from '../shared/files.js';
import { lintFile, lintText, type LintFilesOptions } from './lint-file.js';

/** What a worker needs to build the same `LintFilesOptions` as the main thread: plain data only. */
export interface TaskInit {
  cwd: string;
  configFile: string | undefined;
  fix: boolean;
  fixTypes?: FixType[];
  only: string[] | undefined;
  reportUnusedDirectives: Exclude<Severity, 'off'> | undefined;
}

/** A file to lint; `text` is present when the main thread already read it (to hash it for the cache). */
export interface TaskItem {
  file: DiscoveredFile;
  text?: string;
}

export function lintTask(options: LintFilesOptions): (item: TaskItem) => Promise<LintResult> {
  return async (item) =>
    item.text === undefined ? lintFile(item.file, options) : lintText(item.file, item.text, options);
}

/** Called once in each worker thread (see worker.ts). */
export function createTask(init: unknown): (item: TaskItem) => Promise<LintResult> {
  const { cwd, configFile, fix, fixTypes, only, reportUnusedDirectives } = init as TaskInit;
  return lintTask({ configs: new ConfigResolver({ cwd, configFile }), fix, fixTypes, only, reportUnusedDirectives });
}
