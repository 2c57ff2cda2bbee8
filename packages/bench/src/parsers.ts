// The parsers whose raw cost the bench measures: the peers' remark stack, CommonMark alone, prfaq's
// own parse(), and mdast-util-from-markdown with any subset of the syntax extensions.
import type { Options as FromMarkdownOptions } from 'mdast-util-from-markdown';

type MicromarkExtension = NonNullable<FromMarkdownOptions['extensions']>[number];
type FromMarkdownExtension = NonNullable<FromMarkdownOptions['mdastExtensions']>[number];

/** The syntax extensions that can be switched on one by one in `mdast:` modes. */
export const EXTENSIONS = ['frontmatter', 'table', 'tasklist', 'autolink', 'footnote', 'strikethrough'] as const;
export type ExtensionName = (typeof EXTENSIONS)[number];

type Parser = (text: string) => unknown;

async function mdastParser(names: ExtensionName[]): Promise<Parser> {
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const extensions: MicromarkExtension[] = [];
  const mdastExtensions: FromMarkdownExtension[] = [];
  for (const name of names) {
    switch (name) {
      case 'frontmatter': {
        const [{ frontmatter }, { frontmatterFromMarkdown }] = await Promise.all([
          import('micromark-extension-frontmatter'),
          import('mdast-util-frontmatter'),
        ]);
        extensions.push(frontmatter(['yaml']));
        mdastExtensions.push(frontmatterFromMarkdown(['yaml']));
        break;
      }
      case 'table': {
        const [{ gfmTable }, { gfmTableFromMarkdown }] = await Promise.all([
          import('micromark-extension-gfm-table'),
          import('mdast-util-gfm-table'),
        ]);
        extensions.push(gfmTable());
        mdastExtensions.push(gfmTableFromMarkdown());
        break;
      }
      case 'tasklist': {
        const [{ gfmTaskListItem }, { gfmTaskListItemFromMarkdown }] = await Promise.all([
          import('micromark-extension-gfm-task-list-item'),
          import('mdast-util-gfm-task-list-item'),
        ]);
        extensions.push(gfmTaskListItem());
        mdastExtensions.push(gfmTaskListItemFromMarkdown());
        break;
      }
      case 'autolink': {
        const [{ gfmAutolinkLiteral }, { gfmAutolinkLiteralFromMarkdown }] = await Promise.all([
          import('micromark-extension-gfm-autolink-literal'),
          import('mdast-util-gfm-autolink-literal'),
        ]);
        extensions.push(gfmAutolinkLiteral());
        mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
        break;
      }
      case 'footnote': {
        const [{ gfmFootnote }, { gfmFootnoteFromMarkdown }] = await Promise.all([
          import('micromark-extension-gfm-footnote'),
          import('mdast-util-gfm-footnote'),
        ]);
        extensions.push(gfmFootnote());
        mdastExtensions.push(gfmFootnoteFromMarkdown());
        break;
      }
      case 'strikethrough': {
        const [{ gfmStrikethrough }, { gfmStrikethroughFromMarkdown }] = await Promise.all([
          import('micromark-extension-gfm-strikethrough'),
          import('mdast-util-gfm-strikethrough'),
        ]);
        extensions.push(gfmStrikethrough());
        mdastExtensions.push(gfmStrikethroughFromMarkdown());
        break;
      }
    }
  }
  return (text) => fromMarkdown(text, { extensions, mdastExtensions });
}

/**
 * `remark`: unified + remark-parse + remark-gfm + remark-frontmatter (what the peers pay);
 * `commonmark`: unified + remark-parse alone; `prfaq`: `parse()` from @prfaq/core (tree and model);
 * `prfaq-lint`: parse, the recommended rules and the stylish reporter;
 * `mdast:<ext,...>`: mdast-util-from-markdown with exactly the listed extensions (`mdast:` is CommonMark).
 */
export async function parserFor(mode: string): Promise<Parser> {
  if (mode === 'remark' || mode === 'commonmark') {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    if (mode === 'commonmark') {
      const processor = unified().use(remarkParse);
      return (text) => processor.parse(text);
    }
    const [{ default: remarkGfm }, { default: remarkFrontmatter }] = await Promise.all([
      import('remark-gfm'),
      import('remark-frontmatter'),
    ]);
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
    // remark-gfm and remark-frontmatter only register extensions; `parse` applies them without running transformers.
    return (text) => processor.parse(text);
  }
  if (mode === 'prfaq') {
    const { parse } = await import('@prfaq/core');
    return (text) => parse(text);
  }
  if (mode === 'prfaq-lint') {
    // What `prfaq lint` does per file in one thread, without start-up or I/O: parse, every rule of the
    // recommended preset, and the stylish report of the result.
    const { lint, reporters, resolveConfig, rules, docsUrl } = await import('@prfaq/lint');
    const config = resolveConfig(undefined);
    const context = {
      color: false,
      rules: new Map(rules.map((rule) => [rule.meta.id, rule.meta])),
      docsUrl,
      version: 'bench',
      fixed: false,
    };
    return (text) => reporters.stylish([lint(text, { path: 'doc.md', config })], context);
  }
  if (mode.startsWith('mdast:')) {
    const names = mode.slice('mdast:'.length).split(',').filter(Boolean);
    for (const name of names)
      if (!(EXTENSIONS as readonly string[]).includes(name)) throw new Error(`unknown extension ${name}`);
    return mdastParser(names as ExtensionName[]);
  }
  throw new Error(`unknown parse mode ${mode}`);
}
