// The lint engine as `ready` and `diff` need it: find the PR/FAQs as `prfaq lint` does, and for one
// text give the model, the lint result and the readiness settings of the config that applies.
import path from 'node:path';
import picomatch from 'picomatch';
import { parse, type PrfaqDocument } from '@prfaq/core';
import {
  configSource,
  ConfigError,
  lintDocument,
  readinessChecks,
  readinessTargets,
  type LintResult,
  type ReadinessCheck,
  type ReadyConfig,
} from '@prfaq/lint';
import { CliError } from '../shared/exit.js';
import { ConfigResolver, discoverFiles, displayPath } from '../shared/files.js';
import { readMarkdown } from '../shared/read.js';

export { displayPath };

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

export class Engine {
  readonly configs: ConfigResolver;

  constructor(readonly options: EngineOptions) {
    this.configs = new ConfigResolver({ cwd: options.cwd, configFile: options.config });
  }

  /** Absolute paths of the PR/FAQs under `paths` (files, directories, globs), as `prfaq lint` finds them. */
  find(paths: string[], allowEmpty = false): string[] {
    return discoverFiles(paths, {
      cwd: this.options.cwd,
      configs: this.configs,
      errorOnUnmatchedPattern: !allowEmpty,
    }).map((f) => f.path);
  }

  /** Whether a file that no longer exists would have been found under `paths`: named, matched by a glob, or a PR/FAQ inside a named directory. */
  wouldFind(file: string, paths: string[]): boolean {
    return paths.some((pattern) => {
      const absolute = path.resolve(this.options.cwd, pattern);
      if (absolute === file) return true;
      const scan = picomatch.scan(pattern.split(path.sep).join('/'));
      if (scan.isGlob) {
        const rel = path
          .relative(path.resolve(this.options.cwd, scan.base || '.'), file)
          .split(path.sep)
          .join('/');
        return !rel.startsWith('../') && picomatch(scan.glob)(rel) && !this.configs.isIgnored(file);
      }
      const rel = path.relative(absolute, file);
      return !rel.startsWith('..') && !path.isAbsolute(rel) && this.configs.isPrfaqFile(file);
    });
  }

  /** Reads a file of the working tree; a problem (missing, binary, not UTF-8) is a one-line error. */
  async read(file: string): Promise<string> {
    const read = await readMarkdown(file);
    if ('problem' in read) throw new CliError(`${displayPath(file, this.options.cwd)}: ${read.problem}`);
    return read.text;
  }

  /** Parses and lints one text with the configuration that applies to `file`. */
  check(text: string, file: string): Checked {
    const shown = displayPath(file, this.options.cwd);
    const config = this.configs.effective(file);
    const doc = parse(text, { path: shown, sections: config.sections });
    try {
      const lint = lintDocument(doc, config, { path: shown });
      return { doc, lint, ready: this.readyConfig(file) };
    } catch (error) {
      if (error instanceof ConfigError) throw new CliError(`${this.configs.sourceOf(file) ?? shown}: ${error.message}`);
      throw error;
    }
  }

  /** The `ready` key of the config for `file`, checked here too so a bad value is one clear line whatever the schema says. */
  private readyConfig(file: string): ReadyConfig | undefined {
    const config = this.configs.configFor(file);
    const ready = config?.ready as unknown;
    if (ready === undefined) return undefined;
    const source = configSource(config)?.file ?? 'config';
    const fail = (key: string, what: string) => new CliError(`${source}: ready${key}: ${what}`);
    if (typeof ready !== 'object' || ready === null || Array.isArray(ready))
      throw fail('', `expected a mapping of ${readinessTargets.join(', ')}`);
    const result: ReadyConfig = {};
    for (const [target, value] of Object.entries(ready)) {
      if (!(readinessTargets as readonly string[]).includes(target))
        throw fail(`.${target}`, `unknown target; expected ${readinessTargets.join(' or ')}`);
      const block: unknown = (value as { block?: unknown } | null)?.block;
      if (block === undefined) continue;
      if (!Array.isArray(block)) throw fail(`.${target}.block`, 'expected a list of checks');
      const unknown: unknown = (block as unknown[]).find(
        (check) => !(readinessChecks as readonly unknown[]).includes(check),
      );
      if (unknown !== undefined)
        throw fail(
          `.${target}.block`,
          `unknown check "${typeof unknown === 'string' ? unknown : JSON.stringify(unknown)}"; expected some of ${readinessChecks.join(', ')}`,
        );
      result[target as keyof ReadyConfig] = { block: block as ReadinessCheck[] };
    }
    return result;
  }
}
