// One document as prfaq sees it: the config that applies to its path (found the way `prfaq lint` finds it,
// data only, never code), the parsed model, the lint result and the readiness verdict.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type PrfaqDocument } from '@prfaq/core';
import {
  assessReadiness,
  ConfigCache,
  configSource,
  ConfigError,
  findRepoRoot,
  isPrfaqFile,
  lintDocument,
  readinessChecks,
  readinessTargets,
  resolveConfig,
  type EffectiveConfig,
  type LintResult,
  type Readiness,
  type ReadinessCheck,
  type ReadyConfig,
  type SourcedConfig,
} from '@prfaq/lint';

export interface Analysis {
  uri: string;
  version: number;
  /** The editor's text (a BOM, if any, included). */
  text: string;
  /** 1 when `text` starts with a BOM: prfaq's offsets index the text after it. */
  bom: 0 | 1;
  /** False when the file is not a PR/FAQ by the config's `files`/`ignores` (no diagnostics then). */
  prfaq: boolean;
  /** Present when the config could not be loaded: one line naming the config file and the cause. */
  configError?: string;
  config?: EffectiveConfig;
  /** The path `fix` and `overrides` see: absolute for files, undefined for untitled buffers. */
  file?: string;
  displayPath?: string;
  doc?: PrfaqDocument;
  result?: LintResult;
  readiness?: Readiness;
}

export interface AnalyzeOptions {
  /** Lint every Markdown document, not only those the config's `files` select. */
  allMarkdown: boolean;
  /** Workspace folders (absolute paths): globs are relative to them when no config file is found. */
  roots: readonly string[];
}

/** file: URIs map to paths; anything else (untitled:, vscode-notebook-cell:) is linted with the recommended preset. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function analyze(
  uri: string,
  version: number,
  text: string,
  configs: ConfigCache,
  options: AnalyzeOptions,
): Analysis {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const base: Analysis = { uri, version, text, bom, prfaq: true };
  const file = filePathOf(uri);
  let sourced: SourcedConfig | undefined;
  let config: EffectiveConfig;
  let ready: ReadyConfig | undefined;
  const root = file ? rootOf(file, options.roots) : undefined;
  const displayPath = file ? path.relative(root!, file).split(path.sep).join('/') || path.basename(file) : uri;
  // A buffer without a path (untitled:) cannot match `files`: linted only when every Markdown document is.
  if (!file && !options.allMarkdown) return { ...base, prfaq: false, displayPath };
  try {
    sourced = file ? configs.configFor(file) : undefined;
    if (file && !options.allMarkdown && !isPrfaqFile(file, sourced, root!))
      return { ...base, prfaq: false, file, displayPath };
    config = resolveConfig(sourced, file ? { path: file } : {});
    ready = readyConfig(sourced);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const source = configSource(sourced)?.file ?? error.file;
    const message = source && !error.message.startsWith(source) ? `${source}: ${error.message}` : error.message;
    return { ...base, file, displayPath, configError: message };
  }
  const doc = parse(text, { path: displayPath, sections: config.sections });
  const result = lintDocument(doc, config, { path: displayPath });
  const readiness = assessReadiness(doc, result, { config: ready });
  return { ...base, file, displayPath, config, doc, result, readiness };
}

/** The folder globs are relative to without a config: the workspace folder holding the file, else its repository, else its directory. */
function rootOf(file: string, roots: readonly string[]): string {
  const inside = roots
    .filter((root) => file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
    .sort((a, b) => b.length - a.length);
  return inside[0] ?? findRepoRoot(path.dirname(file)) ?? path.dirname(file);
}

/** The config's `ready` key; a value `prfaq ready` would refuse is a config error here too. */
function readyConfig(config: SourcedConfig | undefined): ReadyConfig | undefined {
  const ready = config?.ready as unknown;
  if (ready === undefined) return undefined;
  const source = configSource(config)?.file ?? 'config';
  const fail = (key: string, what: string) => new ConfigError(`${source}: ready${key}: ${what}`, source);
  if (typeof ready !== 'object' || ready === null || Array.isArray(ready))
    throw fail('', `expected a mapping of ${readinessTargets.join(', ')}`);
  const result: ReadyConfig = {};
  for (const [target, value] of Object.entries(ready)) {
    if (!(readinessTargets as readonly string[]).includes(target))
      throw fail(`.${target}`, `unknown target; expected ${readinessTargets.join(' or ')}`);
    const block = (value as { block?: unknown } | null)?.block;
    if (block === undefined) continue;
    if (!Array.isArray(block) || block.some((check) => !(readinessChecks as readonly unknown[]).includes(check))) {
      throw fail(`.${target}.block`, `expected a list of ${readinessChecks.join(', ')}`);
    }
    result[target as keyof ReadyConfig] = { block: block as ReadinessCheck[] };
  }
  return result;
}
