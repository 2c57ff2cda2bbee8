// Turns a config (presets, extends, rules, overrides) into the effective config for one file.
// Later wins: extends in order, then the config's own keys, then each matching override in order.
import path from 'node:path';
import picomatch from 'picomatch';
import { isPresetName, presetRules } from '../presets.js';
import { builtinProfiles } from '../profiles.js';
import { rules as registry } from '../rules/index.js';
import type { Rule, Severity } from '../types.js';
import { validateRuleOptions } from './validate.js';
import {
  CONFIG_SOURCE,
  ConfigError,
  DEFAULT_FILES,
  type Config,
  type ConfigBody,
  type EffectiveConfig,
  type EffectiveRule,
  type SourcedConfig,
} from './types.js';

export interface ResolveOptions {
  /** The file being linted: absolute, or relative to the config's directory. Overrides match against it. */
  path?: string;
  /** The rule registry (tests pass their own). */
  rules?: readonly Rule[];
}

interface Setting {
  severity: Severity;
  options: Record<string, unknown> | undefined;
}

export function isEffectiveConfig(value: unknown): value is EffectiveConfig {
  return typeof value === 'object' && value !== null && (value as EffectiveConfig).effective;
}

const NO_CONFIG: Config = {};
/** Config -> rule list -> which overrides matched -> result. Files that match the same overrides share one effective config. */
const memo = new WeakMap<Config, WeakMap<readonly Rule[], Map<string, EffectiveConfig>>>();

/**
 * The effective config for `options.path`. Throws `ConfigError` for an unknown preset or rule, or
 * invalid options. The result is shared between files that match the same overrides: do not mutate it.
 */
export function resolveConfig(config: Config | undefined, options: ResolveOptions = {}): EffectiveConfig {
  const rules = options.rules ?? registry;
  const top = config ?? NO_CONFIG;
  let byRules = memo.get(top);
  if (!byRules) memo.set(top, (byRules = new WeakMap()));
  let bySignature = byRules.get(rules);
  if (!bySignature) byRules.set(rules, (bySignature = new Map<string, EffectiveConfig>()));
  const key = overrideSignature(top, options.path, []);
  let effective = bySignature.get(key);
  if (!effective) {
    effective = compute(config, options.path, rules);
    bySignature.set(key, effective);
  }
  return effective;
}

/** Which overrides of a config (and of the configs it extends) match `file`, as a string of 0 and 1. */
function overrideSignature(config: SourcedConfig, file: string | undefined, seen: Config[]): string {
  if (seen.includes(config)) return '';
  let signature = '';
  for (const parent of [config.extends ?? []].flat()) {
    if (typeof parent !== 'string') signature += overrideSignature(parent, file, [...seen, config]);
  }
  for (const override of config.overrides ?? []) {
    signature += file !== undefined && matches(override.files, file, config[CONFIG_SOURCE]?.dir) ? '1' : '0';
  }
  return signature;
}

function compute(config: Config | undefined, file: string | undefined, rules: readonly Rule[]): EffectiveConfig {
  const settings = Object.create(null) as Record<string, Setting>;
  const state: Omit<EffectiveConfig, 'rules' | 'effective'> = {
    sections: Object.create(null) as EffectiveConfig['sections'],
    profile: undefined,
    profiles: Object.create(null) as EffectiveConfig['profiles'],
  };
  apply(config ?? {}, true, file, rules, settings, state, []);

  const known = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const effectiveRules = Object.create(null) as Record<string, EffectiveRule>;
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const merged = { ...rule.meta.defaultOptions, ...setting?.options };
    effectiveRules[rule.meta.id] = { severity: setting?.severity ?? 'off', options: merged };
  }
  for (const id of Object.keys(settings)) {
    const rule = known.get(id);
    if (!rule)
      throw new ConfigError(
        `rules.${id}: unknown rule "${id}"; expected one of the rules listed by \`prfaq rules\``,
        undefined,
        undefined,
        undefined,
        `rules.${id}`,
      );
    // Defaults alone need no check (rules.test.ts validates every rule's defaults against its schema),
    // so a run where no config sets options never loads or compiles ajv: that was ~100 ms of start-up.
    const options = settings[id]!.options;
    if (options === undefined || Object.keys(options).length === 0) continue;
    const problem = validateRuleOptions(rule, effectiveRules[id]!.options);
    if (problem) throw new ConfigError(`rules.${id}: ${problem}`, undefined, undefined, undefined, `rules.${id}`);
  }
  if (state.profile !== undefined && !(state.profile in builtinProfiles) && !(state.profile in state.profiles)) {
    const names = [...Object.keys(builtinProfiles), ...Object.keys(state.profiles)];
    throw new ConfigError(
      `profile: unknown profile "${state.profile}"; expected one of ${names.join(', ')}`,
      undefined,
      undefined,
      undefined,
      'profile',
    );
  }
  return { effective: true, rules: effectiveRules, ...state };
}

function apply(
  config: SourcedConfig,
  top: boolean,
  file: string | undefined,
  rules: readonly Rule[],
  settings: Record<string, Setting>,
  state: Omit<EffectiveConfig, 'rules' | 'effective'>,
  seen: Config[],
): void {
  if (seen.includes(config))
    throw new ConfigError('extends: a config extends itself through a cycle; expected each config to be extended once');
  seen = [...seen, config];
  const parents = config.extends === undefined ? (top ? ['recommended'] : []) : [config.extends].flat();
  for (const parent of parents) {
    if (typeof parent === 'string') {
      if (!isPresetName(parent)) {
        throw new ConfigError(
          `extends: unknown preset "${parent}"; expected recommended, strict or a path to a .yaml/.json config`,
          sourceFile(config),
          undefined,
          undefined,
          'extends',
        );
      }
      for (const [id, severity] of Object.entries(presetRules(parent, rules))) setRule(settings, id, severity);
    } else {
      apply(parent, false, file, rules, settings, state, seen);
    }
  }
  applyBody(config, settings, state);
  if (config.profiles) for (const [name, profile] of Object.entries(config.profiles)) state.profiles[name] = profile;
  for (const override of config.overrides ?? []) {
    if (file !== undefined && matches(override.files, file, config[CONFIG_SOURCE]?.dir))
      applyBody(override, settings, state);
  }
}

function applyBody(
  body: ConfigBody,
  settings: Record<string, Setting>,
  state: Omit<EffectiveConfig, 'rules' | 'effective'>,
): void {
  for (const [id, value] of Object.entries(body.rules ?? {})) {
    if (Array.isArray(value)) setRule(settings, id, value[0], value[1]);
    else setRule(settings, id, value);
  }
  for (const [kind, titles] of Object.entries(body.sections ?? {})) {
    const key = kind as keyof typeof state.sections;
    const earlier: readonly string[] | undefined = state.sections[key];
    state.sections[key] = [...(earlier ?? []), ...titles];
  }
  if (body.profile !== undefined) state.profile = body.profile;
}

/** A severity alone keeps options set earlier (as in ESLint); `[severity, options]` replaces them. */
function setRule(
  settings: Record<string, Setting>,
  id: string,
  severity: Severity,
  options?: Record<string, unknown>,
): void {
  settings[id] = { severity, options: options ?? settings[id]?.options };
}

function sourceFile(config: SourcedConfig): string | undefined {
  return config[CONFIG_SOURCE]?.file;
}

/** Whether `file` matches one of `globs`, taken relative to `dir` (or as given). A glob without `/` matches the file name anywhere, as in .gitignore. */
export function matches(globs: string | readonly string[], file: string, dir: string | undefined): boolean {
  const rel = relativePosix(file, dir);
  if (rel === undefined) return false;
  return globMatcher(globs)(rel);
}

/**
 * A matcher for config globs against `/`-separated relative paths. A glob without `/` matches the
 * file name in any folder, as in .gitignore (picomatch's own `basename` option also changes globs
 * that do contain a slash, so the prefix is added here instead).
 */
export function globMatcher(
  globs: string | readonly string[],
  options: { nocase?: boolean } = {},
): (relativePath: string) => boolean {
  const nocase = options.nocase === true;
  const key = `${nocase ? 'i' : 's'}${JSON.stringify(globs)}`;
  let matcher = matchers.get(key);
  if (!matcher) {
    const patterns = [globs].flat().map((glob) => (glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`));
    matcher = picomatch(patterns, { dot: true, nocase });
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The PR/FAQ files of a config: its `files` as written, else DEFAULT_FILES in any letter case (`PRFAQ.md`, `Pr-Faq.md`). */
export function filesMatcher(files: readonly string[] | undefined): (relativePath: string) => boolean {
  return files ? globMatcher(files) : globMatcher(DEFAULT_FILES, { nocase: true });
}

/** Compiled globs: the same few patterns are matched against every file of a run. */
const matchers = new Map<string, (relativePath: string) => boolean>();

/**
 * `file` relative to `dir` with `/` separators, or undefined when it lies outside `dir`. A config
 * built in memory has no folder: a relative path is taken as given, an absolute one relative to the
 * working directory (as ESLint does).
 */
export function relativePosix(file: string, dir: string | undefined): string | undefined {
  if (dir === undefined && path.isAbsolute(file)) dir = process.cwd();
  let rel = dir === undefined ? file : path.relative(dir, path.resolve(dir, file));
  rel = rel.split(path.sep).join('/').replace(/^\.\//, '');
  if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return undefined;
  return rel;
}
