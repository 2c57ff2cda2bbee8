// The configuration a user writes (prfaq.config.yaml and friends) and the effective config one file is linted with.
import type { SectionKind } from '@prfaq/core';
import type { Severity } from '../types.js';

/** `warn`, or `[warn]`, or `[warn, { ...options }]`. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** A custom profile in config: required section kinds in order (an inner list means any of them). */
export interface ProfileConfig {
  description?: string;
  required: Array<string | string[]>;
}

/** The keys a config and each of its `overrides` share. */
export interface ConfigBody {
  rules?: Record<string, RuleSetting>;
  /** Extra heading aliases, merged with the built-in table: kind -> titles. */
  sections?: Partial<Record<SectionKind, string[]>>;
  /** The profile to check documents against; detected from each document when absent. */
  profile?: string;
}

export interface ConfigOverride extends ConfigBody {
  /** Globs, relative to the directory of the config that declares them. */
  files: string | string[];
}

export interface Config extends ConfigBody {
  $schema?: string;
  /**
   * Presets (`recommended`, `strict`) or YAML/JSON files relative to the config, applied in order
   * before this config's own keys. A top-level config without `extends` starts from `recommended`.
   * The loader replaces file names by the loaded configs.
   */
  extends?: string | Array<string | Config>;
  overrides?: ConfigOverride[];
  /** Globs of files never linted when prfaq searches directories (on top of .gitignore). */
  ignores?: string[];
  /** Globs of the Markdown files that are PR/FAQs, for directory search. */
  files?: string[];
  profiles?: Record<string, ProfileConfig>;
  /** Folder of repository templates for `prfaq new`, relative to the config. */
  templates?: string;
  /** Defaults for `prfaq new`: where new documents go (relative to the config) and the default template. */
  new?: { folder?: string; template?: string };
  /** Readiness settings for `prfaq ready`. */
  ready?: Record<string, unknown>;
}

/**
 * Which Markdown files are PR/FAQs when prfaq searches a directory and no config sets `files`.
 * A repository holds many Markdown files that are not PR/FAQs (README, CHANGELOG, docs), so the
 * default is the conventions that say "this is a PR/FAQ": a `.prfaq.md` suffix, a folder named for
 * them, or the names public repositories give a single PR/FAQ (`PRFAQ.md`, `docs/PR-FAQ.md`,
 * `press-release.md`). The default matches in any letter case (see `filesMatcher`); a config's own
 * `files` match as written. Files named on the command line are always linted.
 */
export const DEFAULT_FILES: readonly string[] = [
  '**/*.prfaq.md',
  '**/prfaq/**/*.md',
  '**/prfaqs/**/*.md',
  '**/pr-faq/**/*.md',
  '**/pr-faqs/**/*.md',
  '**/prfaq.md',
  '**/pr-faq.md',
  '**/pr_faq.md',
  '**/press-release.md',
];

/** Where a config came from: set by the loader (a symbol key, so it never reaches the schema or JSON). */
export const CONFIG_SOURCE: unique symbol = Symbol.for('prfaq.configSource');

export interface ConfigSource {
  /** The config file, absolute. */
  file: string;
  /** The directory its globs are relative to. */
  dir: string;
}

export type SourcedConfig = Config & { [CONFIG_SOURCE]?: ConfigSource };

/** Where `config` was loaded from; undefined for a config built in code (or no config). */
export function configSource(config: SourcedConfig | undefined): ConfigSource | undefined {
  return config?.[CONFIG_SOURCE];
}

export interface EffectiveRule {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Everything needed to lint one file: the result of presets, extends and matching overrides. */
export interface EffectiveConfig {
  readonly effective: true;
  /** Rule id -> severity and options (defaults merged in), every registered rule present. */
  rules: Record<string, EffectiveRule>;
  sections: Partial<Record<SectionKind, string[]>>;
  profile: string | undefined;
  profiles: Record<string, ProfileConfig>;
}

/** A problem with a configuration: one line naming the file, position, key path, what is wrong and what is expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
    readonly keyPath?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
