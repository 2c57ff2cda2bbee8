// Finding and reading config files: walk up from a file to the repository root, parse YAML/JSON
// with positions, refuse dangerous keys, validate against the generated schema, inline `extends` files.
// Nothing here runs code from a repository: configs are data only.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { rules as registry } from '../rules/index.js';
import type { Rule } from '../types.js';
import { configSchema } from './schema.js';
import { CONFIG_SOURCE, ConfigError, type Config, type SourcedConfig } from './types.js';
import { createAjv, describeErrors, FORBIDDEN_KEYS } from './validate.js';
import { isPresetName } from '../presets.js';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILE_NAMES = [
  'prfaq.config.yaml',
  'prfaq.config.yml',
  '.prfaqrc.yaml',
  '.prfaqrc.yml',
  '.prfaqrc.json',
] as const;

/** The repository root above `start`: the nearest directory holding `.git`, or undefined. */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config file that applies to files in `dir`: the nearest one walking up, stopping after the
 * repository root (a directory with `.git`) or at the filesystem root. Two config files in one
 * directory are an error rather than a silent pick.
 */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const present = CONFIG_FILE_NAMES.filter((name) => isFile(path.join(current, name)));
    if (present.length > 1) {
      throw new ConfigError(
        `${path.join(current, present[1]!)}: more than one config file in this directory (${present.join(', ')}); keep one`,
      );
    }
    if (present.length === 1) return path.join(current, present[0]!);
    if (fs.existsSync(path.join(current, '.git'))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface LoadOptions {
  rules?: readonly Rule[];
  /** Files extended from this config must lie inside this directory (default: the repository root, else the config's directory). */
  root?: string;
  /** The directory the config's globs are relative to (default: the config's directory; `--config` uses the working directory). */
  baseDir?: string;
}

/** Reads, validates and returns a config file with its `extends` files inlined. Throws `ConfigError` with file:line:col. */
export function loadConfigFile(file: string, options: LoadOptions = {}): SourcedConfig {
  const absolute = path.resolve(file);
  const root = options.root ?? findRepoRoot(path.dirname(absolute)) ?? path.dirname(absolute);
  return load(absolute, options.rules ?? registry, root, [], options.baseDir);
}

function load(file: string, rules: readonly Rule[], root: string, chain: string[], baseDir?: string): SourcedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `${file}: cannot read config (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      file,
    );
  }
  const config = parseConfigText(text, file, rules) as SourcedConfig;
  const dir = path.dirname(file);
  config[CONFIG_SOURCE] = { file, dir: baseDir ?? dir };
  if (config.extends !== undefined) {
    const parents = [config.extends].flat() as string[];
    config.extends = parents.map((entry, index) => {
      if (isPresetName(entry)) return entry;
      const where = `extends${Array.isArray(config.extends) ? `.${index}` : ''}`;
      if (!/\.(ya?ml|json)$/i.test(entry)) {
        throw new ConfigError(
          `${file}: ${where}: "${entry}" is neither a preset nor a .yaml/.yml/.json file; expected recommended, strict or a config file path (configs never load code)`,
          file,
          undefined,
          undefined,
          where,
        );
      }
      const target = path.resolve(dir, entry);
      let real: string;
      try {
        real = fs.realpathSync(target);
      } catch {
        throw new ConfigError(
          `${file}: ${where}: cannot find "${entry}" (looked for ${target})`,
          file,
          undefined,
          undefined,
          where,
        );
      }
      const realRoot = safeRealpath(root);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
        throw new ConfigError(
          `${file}: ${where}: "${entry}" is outside the repository (${root}); expected a config inside it`,
          file,
          undefined,
          undefined,
          where,
        );
      }
      if (chain.includes(real) || real === safeRealpath(file)) {
        throw new ConfigError(
          `${file}: ${where}: "${entry}" extends back to ${[...chain, file].map((f) => path.basename(f)).join(' -> ')}; expected no cycles`,
          file,
          undefined,
          undefined,
          where,
        );
      }
      return load(real, rules, root, [...chain, safeRealpath(file)]);
    });
  }
  return config;
}

function safeRealpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Lines in a config file; real ones have tens. */
const MAX_CONFIG_LINES = 10_000;

const validators = new WeakMap<readonly Rule[], ReturnType<ReturnType<typeof createAjv>['compile']>>();

/**
 * Parses and validates config text (YAML, or JSON which is read as YAML so that errors carry
 * positions). Throws one `ConfigError`: `file:line:col: key.path: what is wrong; expected ...`.
 */
export function parseConfigText(text: string, file: string, rules: readonly Rule[] = registry): Config {
  // The YAML parser's duplicate-key check is quadratic in a mapping's size: 100,000 keys would take minutes.
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= MAX_CONFIG_LINES; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_CONFIG_LINES)
    throw new ConfigError(
      `${file}: more than ${MAX_CONFIG_LINES.toLocaleString('en-US')} lines; expected a config of a few dozen`,
      file,
    );
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fail = (offset: number | undefined, keyPath: string, message: string): never => {
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    throw new ConfigError(`${where}: ${keyPath ? `${keyPath}: ` : ''}${message}`, file, pos?.line, pos?.col, keyPath);
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const what =
      yamlError.code === 'DUPLICATE_KEY'
        ? 'this key appears twice; expected each key once'
        : yamlError.message.split('\n')[0];
    fail(yamlError.pos[0], '', `invalid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${what}`);
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents))
    fail(doc.contents.range[0], '', 'expected a mapping of config keys (rules, extends, overrides, ...)');
  checkKeys(doc.contents, [], fail);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    fail(undefined, '', `cannot read config: ${(error as Error).message}`);
  }
  let validate = validators.get(rules);
  if (!validate) {
    validate = createAjv().compile(configSchema(rules));
    validators.set(rules, validate);
  }
  if (!validate(data)) {
    const problem = describeErrors(validate.errors ?? [], data)!;
    const node = nodeAt(doc, problem.path, problem.atKey);
    fail(node?.range?.[0], problem.path.join('.'), problem.message);
  }
  return data as Config;
}

/** Refuses `__proto__`, `constructor` and `prototype` keys anywhere: a config must not reach Object.prototype. */
function checkKeys(
  node: Node,
  at: Array<string | number>,
  fail: (offset: number | undefined, keyPath: string, message: string) => never,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (FORBIDDEN_KEYS.has(key)) {
        fail(
          (pair.key as Node | null)?.range?.[0],
          [...at, key].join('.'),
          `the key "${key}" is not allowed; expected a config key`,
        );
      }
      if (pair.value) checkKeys(pair.value as Node, [...at, key], fail);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      checkKeys(item as Node, [...at, index], fail);
    });
  }
}

/** The YAML node at a path (the key node when `atKey`), for positions. */
function nodeAt(doc: Document, keyPath: ReadonlyArray<string | number>, atKey: boolean): Node | undefined {
  if (keyPath.length === 0) return doc.contents as Node;
  if (atKey) {
    const parent = doc.getIn(keyPath.slice(0, -1), true);
    const last = keyPath[keyPath.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
      if (pair) return pair.key as Node;
    }
    return nodeAt(doc, keyPath.slice(0, -1), false);
  }
  const node = doc.getIn(keyPath, true) as Node | undefined;
  if (node && typeof node === 'object' && 'range' in node) return node;
  return keyPath.length > 0 ? nodeAt(doc, keyPath.slice(0, -1), false) : undefined;
}
