// prfaq patches mdast-util-from-markdown for speed (patches/README.md). The patch must not change a tree:
// this rebuilds the package as published (the patch reversed, in a temporary copy beside the same
// dependencies) and compares its trees with the patched package's on every Markdown document in the
// repository and on generated PR/FAQs.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const patchFile = path.join(root, 'patches', 'mdast-util-from-markdown@2.1.0.patch');

type FromMarkdown = (value: string, options?: object) => { children: unknown[] };

/** The text a unified diff's hunks for `file` turn back into: each hunk's new lines replaced by its old ones. */
function reversePatch(text: string, patch: string, file: string): string {
  const section = patch.split(/^diff --git /mu).find((part) => part.startsWith(`a/${file} `));
  if (!section) throw new Error(`the patch does not touch ${file}`);
  let result = text;
  for (const hunk of section.split(/^@@[^\n]*\n/mu).slice(1)) {
    const lines = hunk.replace(/\n$/u, '').split('\n');
    const side = (skip: string): string =>
      lines
        .filter((line) => !line.startsWith(skip))
        .map((line) => line.slice(1))
        .join('\n');
    const patched = side('-');
    if (!result.includes(patched)) throw new Error(`a hunk of the patch is not in ${file}`);
    result = result.replace(patched, side('+'));
  }
  return result;
}

const options = {
  extensions: [gfmTable(), gfmTaskListItem()],
  mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};
/** The package's two builds: production, and the one the `development` export condition picks (vitest's). */
const BUILDS = ['lib/index.js', 'dev/lib/index.js'];
let scratch: string;
const patched = new Map<string, FromMarkdown>();
const published = new Map<string, FromMarkdown>();

/** The directory of the installed (patched) package, whichever build the resolver picked. */
function packageRoot(): string {
  let dir = path.dirname(realpathSync(createRequire(import.meta.url).resolve('mdast-util-from-markdown')));
  while (path.basename(dir) !== 'mdast-util-from-markdown') dir = path.dirname(dir);
  return dir;
}

async function load(file: string): Promise<FromMarkdown> {
  return ((await import(pathToFileURL(file).href)) as { fromMarkdown: FromMarkdown }).fromMarkdown;
}

beforeAll(async () => {
  const pkg = packageRoot();
  const siblings = path.dirname(pkg);
  scratch = mkdtempSync(path.join(tmpdir(), 'prfaq-from-markdown-'));
  const modules = path.join(scratch, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(siblings))
    if (name !== 'mdast-util-from-markdown') symlinkSync(path.join(siblings, name), path.join(modules, name));
  const copy = path.join(modules, 'mdast-util-from-markdown');
  cpSync(pkg, copy, { recursive: true });
  const patch = readFileSync(patchFile, 'utf8');
  for (const build of BUILDS) {
    const file = path.join(copy, build);
    writeFileSync(file, reversePatch(readFileSync(file, 'utf8'), patch, build));
    patched.set(build, await load(path.join(pkg, build)));
    published.set(build, await load(file));
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Both builds, patched and published, give the same tree for `text`. */
function expectSameTrees(text: string, label: string): void {
  for (const build of BUILDS) {
    expect(JSON.stringify(patched.get(build)!(text, options)), `${label} (${build})`).toBe(
      JSON.stringify(published.get(build)!(text, options)),
    );
  }
}

describe('the mdast-util-from-markdown patch', () => {
  it('is applied to both builds, and reversing it gives the code as published', () => {
    for (const build of BUILDS) {
      const copy = readFileSync(path.join(scratch, 'node_modules', 'mdast-util-from-markdown', build), 'utf8');
      expect(copy).toMatch(/\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/u);
      expect(copy).not.toContain('Patched by prfaq');
      expect(readFileSync(path.join(packageRoot(), build), 'utf8')).toContain('Patched by prfaq');
    }
  });

  it('reports a hunk it cannot find instead of skipping it', () => {
    expect(() => reversePatch('unrelated text', readFileSync(patchFile, 'utf8'), 'lib/index.js')).toThrow(
      'a hunk of the patch is not in lib/index.js',
    );
  });

  it('gives the published tree on every document in the repository', () => {
    const documents = [
      'examples',
      'templates',
      'packages/lint/fixtures',
      'packages/cli/test/realworld',
      'docs',
    ].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(root, dir, name)),
    );
    expect(documents.length).toBeGreaterThan(100);
    for (const file of documents) expectSameTrees(readFileSync(file, 'utf8'), file);
  });

  it('gives the published tree on constructs whose handlers read the source: references, character references, code, HTML', () => {
    const text = [
      '# Title &amp; more &#169; &#x1F600;',
      'Setext\n======',
      '[ref][Pay Later] [collapsed][] [shortcut] ![img](a.png "t") <https://auto.example> <a@b.example>',
      '[Pay Later]: https://example.com/pl "Title"\n[collapsed]: /c\n[shortcut]: /s',
      '```js title="x"\nconst a = 1;\n```\n\n    indented code\n\n`inline` and ``double ` tick``',
      '<div>\n*html*\n</div>\n\n<!-- comment -->',
      '1. one\n2. two\n   - [ ] task\n   - [x] done\n\n> quote\n> - list in quote',
      '| a | b |\n| :-- | --: |\n| 1 | `|` |\n| \\| | x |',
      'hard  \nbreak\\\nand *em* **strong** _u_ __s__\n\n***\n',
    ].join('\n\n');
    expectSameTrees(text, 'constructs');
  });
});
