// Finding templates: the built-in ones shipped with prfaq and a repository's own (the config's
// `templates` folder, same format). A broken template is a problem to report, never a crash.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest, type TemplateManifest } from './manifest.js';
import { placeholdersIn, render, TemplateSyntaxError } from './render.js';

export type TemplateSource = 'built-in' | 'repository';

export interface Template {
  name: string;
  source: TemplateSource;
  dir: string;
  manifest: TemplateManifest;
  /** template.md as read. */
  markdown: string;
}

export interface TemplateProblem {
  file: string;
  message: string;
}

export interface TemplateSet {
  /** Sorted by name; a repository template shadows a built-in one of the same name. */
  templates: Template[];
  problems: TemplateProblem[];
}

export interface TemplateDir {
  dir: string;
  source: TemplateSource;
}

// In the published package the templates are copied next to dist/ (prepack); in the workspace they
// live at its root. Same depth from src/templates and dist/templates.
const packaged = fileURLToPath(new URL('../../templates/', import.meta.url));
const workspace = fileURLToPath(new URL('../../../../templates/', import.meta.url));

export const BUILTIN_TEMPLATES_DIR = fs.existsSync(path.join(packaged, 'full', 'template.yaml')) ? packaged : workspace;

/** Files `prfaq init` writes, kept beside the templates so they are edited like them. */
export const INIT_FILES_DIR = path.join(BUILTIN_TEMPLATES_DIR, '_init');

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Loads every template under `dirs`, later directories shadowing earlier ones by name. */
export function loadTemplates(dirs: readonly TemplateDir[]): TemplateSet {
  const byName = new Map<string, Template>();
  const problems: TemplateProblem[] = [];
  for (const { dir, source } of dirs) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: dir, message: `cannot read the templates folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    for (const entry of entries) {
      // `_init` and dot-folders hold other files, not templates.
      if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const loaded = loadTemplate(path.join(dir, entry.name), source);
      if ('problems' in loaded) problems.push(...loaded.problems);
      else byName.set(loaded.name, loaded);
    }
  }
  return { templates: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)), problems };
}

/** Reads and checks one template folder: the manifest against its schema, and the Markdown against the manifest. */
export function loadTemplate(dir: string, source: TemplateSource): Template | { problems: TemplateProblem[] } {
  const manifestFile = path.join(dir, 'template.yaml');
  const markdownFile = path.join(dir, 'template.md');
  const manifestText = readText(manifestFile, dir);
  const markdown = readText(markdownFile, dir);
  const problems: TemplateProblem[] = [];
  for (const [file, result] of [
    [manifestFile, manifestText],
    [markdownFile, markdown],
  ] as const) {
    if (typeof result !== 'string') problems.push({ file, message: result.error });
  }
  if (typeof manifestText !== 'string' || typeof markdown !== 'string') return { problems };

  const parsed = parseManifest(manifestText, path.basename(dir));
  if (!parsed.ok) return { problems: parsed.problems.map((message) => ({ file: manifestFile, message })) };
  const manifest = parsed.manifest;

  const declared = new Set(manifest.variables.map((v) => v.name));
  const used = placeholdersIn(markdown);
  for (const name of used) {
    if (!declared.has(name)) problems.push({ file: markdownFile, message: `{{${name}}} is not declared in template.yaml; add it to variables` });
  }
  for (const name of declared) {
    if (!used.includes(name)) problems.push({ file: manifestFile, message: `variable "${name}" is never used in template.md; use it or remove it` });
  }
  try {
    render(markdown, {});
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    problems.push({ file: markdownFile, message: error.message });
  }
  if (problems.length > 0) return { problems };
  return { name: manifest.name, source, dir, manifest, markdown };
}

function readText(file: string, dir: string): string | { error: string } {
  try {
    // A repository template may be a symlink; it must still be a file inside its own template folder's parent tree.
    const real = fs.realpathSync(file);
    const realDir = fs.realpathSync(path.dirname(dir));
    if (!real.startsWith(realDir + path.sep)) return { error: 'is a link to a file outside the templates folder; expected a regular file' };
    const stat = fs.statSync(real);
    if (!stat.isFile()) return { error: 'is not a file' };
    if (stat.size > MAX_TEMPLATE_BYTES) return { error: `is ${stat.size} bytes; a template is at most 1 MiB` };
    return fs.readFileSync(real, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'is missing; a template folder holds template.yaml and template.md' : `cannot be read (${code ?? (error as Error).message})` };
  }
}
