// What `prfaq new`, `init` and `templates` share: the repository root, the config that applies to the
// working directory, and from it the template folders and the folder new documents go to.
import fs from 'node:fs';
import path from 'node:path';
import { configSource, ConfigError, findConfigFile, findRepoRoot, loadConfigFile, type SourcedConfig } from '@prfaq/lint';
import { CliError } from '../shared/exit.js';
import { BUILTIN_TEMPLATES_DIR, type TemplateDir } from './load.js';

export const DEFAULT_FOLDER = 'prfaq';
export const DEFAULT_TEMPLATE = 'full';

export interface ScaffoldContext {
  /** The git root above the working directory, else the working directory. */
  root: string;
  config: SourcedConfig | undefined;
  /** Built-in templates first, then the repository's, which shadow them by name. */
  templateDirs: TemplateDir[];
  /** Absolute folder for new documents. */
  folder: string;
  defaultTemplate: string;
}

export function scaffoldContext(cwd: string, configFile?: string): ScaffoldContext {
  const root = findRepoRoot(cwd) ?? path.resolve(cwd);
  const file = guard(() => (configFile ? path.resolve(cwd, configFile) : findConfigFile(cwd)));
  const config = file ? guard(() => loadConfigFile(file, configFile ? { baseDir: cwd } : {}), file) : undefined;
  const base = configSource(config)?.dir ?? path.resolve(cwd);
  const templateDirs: TemplateDir[] = [{ dir: BUILTIN_TEMPLATES_DIR, source: 'built-in' }];
  if (config?.templates !== undefined) {
    const dir = path.resolve(base, config.templates);
    if (!fs.existsSync(dir)) throw new CliError(`${file}: templates: folder "${config.templates}" does not exist (looked for ${dir})`);
    templateDirs.push({ dir, source: 'repository' });
  }
  return {
    root,
    config,
    templateDirs,
    folder: path.resolve(base, config?.new?.folder ?? DEFAULT_FOLDER),
    defaultTemplate: config?.new?.template ?? DEFAULT_TEMPLATE,
  };
}

function guard<T>(run: () => T, file?: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new CliError(file && !error.message.startsWith(file) ? `${file}: ${error.message}` : error.message);
    }
    throw error;
  }
}

/**
 * Whether `target` lies inside `root`, following symbolic links of the part that already exists
 * (a link named `prfaq/` that points to /etc is outside).
 */
export function isInside(target: string, root: string): boolean {
  const realRoot = realpathOr(root);
  let existing = path.resolve(target);
  const rest: string[] = [];
  while (!fs.existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  // The target itself may be a link (to replace with --force): judge where it sits, not where it points.
  const real = rest.length === 0 ? path.join(realpathOr(path.dirname(existing)), path.basename(existing)) : path.join(realpathOr(existing), ...rest);
  const relative = path.relative(realRoot, real);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
