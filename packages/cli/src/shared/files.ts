// File discovery for `prfaq lint` (and ready/diff): command-line paths, directories and globs ->
// the Markdown files to lint, honouring .gitignore, the config's `files` and `ignores`, in a stable order.
// Also finds the config that applies to each file.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import {
  configSource,
  ConfigError,
  DEFAULT_FILES,
  findConfigFile,
  findRepoRoot,
  isIgnoredFile,
  isPrfaqFile,
  loadConfigFile,
  resolveConfig,
  type EffectiveConfig,
  type SourcedConfig,
} from '@prfaq/lint/config';
import { CliError } from './exit.js';

/** Directories never searched, whatever .gitignore says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const MARKDOWN = /\.(md|markdown)$/i;

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Relative to the working directory with `/`, for messages. */
  displayPath: string;
}

export interface DiscoverOptions {
  cwd: string;
  configs: ConfigResolver;
  /** Default true: a path or glob that matches nothing is a usage error (exit 2). */
  errorOnUnmatchedPattern?: boolean;
}

/**
 * The files to lint for `patterns` (default `.`), in command-line order, each directory's files
 * sorted, no duplicates. A file named explicitly is always included; files found by searching a
 * directory must match the config's `files` and not its `ignores` or a .gitignore; a glob selects
 * files itself but still skips ignored ones.
 */
export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): DiscoveredFile[] {
  const { cwd, configs } = options;
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  const gitignore = new GitIgnore();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push({ path: file, displayPath: displayPath(file, cwd) });
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const before = out.length;
    const absolute = path.resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    let matched = false;
    const skipped: string[] = [];
    if (stat?.isFile()) {
      add(absolute);
      matched = true;
    } else if (stat?.isDirectory()) {
      for (const file of walk(absolute, gitignore)) {
        if (configs.isPrfaqFile(file)) add(file);
        else if (!configs.isIgnored(file)) skipped.push(displayPath(file, cwd));
      }
    } else if (picomatch.scan(pattern).isGlob) {
      const { base, glob } = picomatch.scan(pattern.split(path.sep).join('/'));
      const root = path.resolve(cwd, base || '.');
      const isMatch = picomatch(glob, { dot: false });
      if (statOrUndefined(root)?.isDirectory()) {
        for (const file of walk(root, gitignore)) {
          const rel = path.relative(root, file).split(path.sep).join('/');
          if (isMatch(rel) && !configs.isIgnored(file)) add(file);
        }
      }
    }
    matched ||= out.length > before;
    if (!matched && options.errorOnUnmatchedPattern !== false) {
      const why = stat?.isDirectory()
        ? noPrfaqFound(configs.filesDescription(absolute), skipped)
        : stat
          ? 'not a file or directory'
          : picomatch.scan(pattern).isGlob
            ? 'no file matches this pattern'
            : 'no such file or directory';
      throw new CliError(`${pattern}: ${why} (use --no-error-on-unmatched-pattern to allow this)`);
    }
  }
  return out;
}

/**
 * Why a directory gave nothing: the patterns it was searched for and the Markdown files it skipped, so that the
 * user can see "docs/launch-plan.md" was passed over and how to include it.
 */
function noPrfaqFound(patterns: string, skipped: readonly string[]): string {
  const looked = `no PR/FAQ found in this directory (looked for ${patterns})`;
  const include =
    'name the file on the command line, rename it to *.prfaq.md, or add it to "files" in prfaq.config.yaml';
  if (skipped.length === 0) return `${looked}; ${include}`;
  const shown = skipped.slice(0, 5).join(', ');
  const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
  const which = skipped.length === 1 ? `${shown}, which matches` : `${skipped.length} Markdown files that match`;
  return `${looked}; skipped ${which} none of them${skipped.length === 1 ? '' : ` (${shown}${more})`}; to lint one, ${include}`;
}

/** Markdown files under `dir`, depth first, names sorted, skipping .git, node_modules and git-ignored paths. Symlinked directories are not followed (no cycles). */
function* walk(dir: string, gitignore: GitIgnore): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || gitignore.ignores(full, true)) continue;
      yield* walk(full, gitignore);
    } else if (
      (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(full)?.isFile())) &&
      MARKDOWN.test(entry.name)
    ) {
      if (!gitignore.ignores(full, false)) yield full;
    }
  }
}

/** .gitignore files from the repository root down to each path, a deeper file overriding a shallower one as git does. */
class GitIgnore {
  private readonly perDir = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  ignores(file: string, isDir: boolean): boolean {
    const start = path.dirname(file);
    let root = this.roots.get(start);
    if (root === undefined) {
      root = findRepoRoot(start) ?? path.parse(start).root;
      this.roots.set(start, root);
    }
    const dirs: string[] = [];
    for (let dir = start; ; dir = path.dirname(dir)) {
      dirs.unshift(dir);
      if (dir === root || path.dirname(dir) === dir) break;
    }
    let ignored = false;
    for (const dir of dirs) {
      const rules = this.load(dir);
      if (!rules) continue;
      const rel = path.relative(dir, file).split(path.sep).join('/') + (isDir ? '/' : '');
      const result = rules.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private load(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      try {
        rules = ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.perDir.set(dir, rules);
    }
    return rules;
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** A path for messages: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}

export interface ConfigResolverOptions {
  cwd: string;
  /** `--config <file>`: used for every file; its globs are relative to the working directory. */
  configFile?: string | undefined;
}

/**
 * Which config applies to a file: `--config`, else the nearest config file walking up to the
 * repository root, else none (the `recommended` preset). Loaded once per file and per directory.
 * Config problems become `CliError`s (exit 2) naming the config file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, SourcedConfig | undefined>();
  private readonly byFile = new Map<string, SourcedConfig>();
  private readonly override: SourcedConfig | undefined;

  constructor(private readonly options: ConfigResolverOptions) {
    this.override = options.configFile
      ? this.guard(() => {
          const file = path.resolve(options.cwd, options.configFile!);
          if (!statOrUndefined(file)?.isFile())
            throw new CliError(
              `--config ${options.configFile}: ${statOrUndefined(file) ? 'is a directory; expected a config file' : 'no such file'}`,
            );
          return loadConfigFile(file, { baseDir: options.cwd });
        })
      : undefined;
  }

  /** Runs config code, turning a `ConfigError` into the one-line CLI error (exit 2) with paths relative to the working directory. */
  private guard<T>(run: () => T, file?: string): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof ConfigError) {
        const message = file && !error.message.startsWith(file) ? `${file}: ${error.message}` : error.message;
        throw new CliError(message.split(this.options.cwd + path.sep).join(''));
      }
      throw error;
    }
  }

  /** The config for files in `dir`, or undefined when none is found. */
  configFor(file: string): SourcedConfig | undefined {
    if (this.override) return this.override;
    const dir = path.dirname(file);
    if (!this.byDir.has(dir)) {
      const found = this.guard(() => findConfigFile(dir));
      let config: SourcedConfig | undefined;
      if (found) {
        config = this.byFile.get(found);
        if (!config) {
          config = this.guard(() => loadConfigFile(found));
          this.byFile.set(found, config);
        }
      }
      this.byDir.set(dir, config);
    }
    return this.byDir.get(dir);
  }

  /** The effective config to lint `file` with. */
  effective(file: string): EffectiveConfig {
    const config = this.configFor(file);
    return this.guard(() => resolveConfig(config, { path: file }), configSource(config)?.file);
  }

  /** Whether a file found by searching a directory is a PR/FAQ: matches `files`, not `ignores` (as the language server decides). */
  isPrfaqFile(file: string): boolean {
    return isPrfaqFile(file, this.configFor(file), this.options.cwd);
  }

  /** Whether the config's `ignores` exclude a file. */
  isIgnored(file: string): boolean {
    return isIgnoredFile(file, this.configFor(file), this.options.cwd);
  }

  /** The `files` globs in force for a directory, for the "nothing found" message. */
  filesDescription(dir: string): string {
    const config = this.configFor(path.join(dir, 'x.md'));
    return (config?.files ?? DEFAULT_FILES).join(', ');
  }

  /** The config file used for `file`, for --debug and --print-config. */
  sourceOf(file: string): string | undefined {
    return configSource(this.configFor(file))?.file;
  }
}
