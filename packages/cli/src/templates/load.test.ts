import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR, loadTemplates } from './load.js';
import { parseManifest } from './manifest.js';
import { slugify } from './slug.js';
import { run, tempRepo } from './testing.js';

const QUESTIONS = 'questions: { customer: who, problem: who, benefit: who, evidence: who, experience: who }\n';
const MINIMAL = `name: mine\ndescription: Mine\n${QUESTIONS}variables:\n  - { name: who, prompt: Who? }\n`;

describe('parseManifest', () => {
  it('accepts a minimal manifest', () => {
    expect(parseManifest(MINIMAL, 'mine')).toMatchObject({ ok: true, manifest: { name: 'mine', variables: [{ name: 'who', prompt: 'Who?' }] } });
  });

  it.each([
    ['an unknown key', `${MINIMAL}colour: red\n`, 'unknown key "colour"; expected one of name, description, profile, questions, variables'],
    ['a misspelt variable key', MINIMAL.replace('prompt: Who?', 'prompt: Who?, defualt: x'), 'variables.0: unknown key "defualt"; expected one of name, prompt, default, required, pattern, hint'],
    ['a missing question', MINIMAL.replace(', experience: who', ''), 'questions: missing "experience"'],
    ['a question naming no variable', MINIMAL.replace('evidence: who', 'evidence: data'), 'questions.evidence: "data" is not a declared variable'],
    ['a name that differs from its folder', MINIMAL.replace('name: mine', 'name: other'), 'name: "other" differs from its folder "mine"; expected the folder name'],
    ['a variable declared twice', `${MINIMAL}  - { name: who, prompt: Again? }\n`, 'variables.1.name: "who" is declared twice'],
    ['an invalid pattern', MINIMAL.replace('prompt: Who?', 'prompt: Who?, pattern: "(unclosed"'), /^variables\.0\.pattern: not a valid regular expression/],
    ['a default its pattern refuses', MINIMAL.replace('prompt: Who?', 'prompt: Who?, pattern: "^\\\\d+$", default: "ten"'), 'variables.0.default: "ten" does not match its own pattern'],
    ['a bad variable name', MINIMAL.replace('name: who,', 'name: Who Is,'), 'variables.0.name: must match pattern "^[a-z][a-z0-9_]*$"'],
    ['a custom YAML tag', MINIMAL.replace('description: Mine', 'description: !!js/function "return 1"'), /^unsupported YAML: /],
    ['broken YAML', 'name: [mine', /^invalid YAML: /],
  ])('reports %s as a value, not an exception', (_label, text, expected) => {
    const result = parseManifest(text, 'mine');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    if (typeof expected === 'string') expect(problems).toContain(expected);
    else expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});

describe('loadTemplates', () => {
  let repo: ReturnType<typeof tempRepo>;
  beforeEach(() => {
    repo = tempRepo();
  });
  afterEach(() => { repo.cleanup(); });

  const addTemplate = (name: string, manifest: string, markdown: string): string => {
    const dir = path.join(repo.dir, 'templates', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'template.yaml'), manifest);
    writeFileSync(path.join(dir, 'template.md'), markdown);
    return dir;
  };
  const dirs = () => [
    { dir: BUILTIN_TEMPLATES_DIR, source: 'built-in' as const },
    { dir: path.join(repo.dir, 'templates'), source: 'repository' as const },
  ];

  it('adds repository templates, which shadow built-ins of the same name', () => {
    addTemplate('mine', MINIMAL, '# For {{who}}\n');
    addTemplate('full', MINIMAL.replace('name: mine', 'name: full').replace('description: Mine', 'description: Our own full'), '# {{who}}\n');
    const { templates, problems } = loadTemplates(dirs());
    expect(problems).toEqual([]);
    expect(templates.map((t) => [t.name, t.source, t.manifest.description])).toEqual([
      ['feature', 'built-in', expect.any(String)],
      ['full', 'repository', 'Our own full'],
      ['internal', 'built-in', expect.any(String)],
      ['mine', 'repository', 'Mine'],
      ['rfc', 'built-in', expect.any(String)],
    ]);
  });

  it('reports placeholders the manifest does not declare and variables the Markdown never uses', () => {
    const dir = addTemplate('mine', `${MINIMAL}  - { name: unused, prompt: Never asked }\n`, '# For {{who}} and {{typo}}\n');
    const { templates, problems } = loadTemplates(dirs());
    expect(templates.map((t) => t.name)).not.toContain('mine');
    expect(problems).toEqual([
      { file: path.join(dir, 'template.md'), message: '{{typo}} is not declared in template.yaml; add it to variables' },
      { file: path.join(dir, 'template.yaml'), message: 'variable "unused" is never used in template.md; use it or remove it' },
    ]);
  });

  it('reports a missing file and broken frontmatter', () => {
    const missing = path.join(repo.dir, 'templates', 'half');
    mkdirSync(missing, { recursive: true });
    writeFileSync(path.join(missing, 'template.yaml'), MINIMAL.replace('name: mine', 'name: half'));
    const broken = addTemplate('broken', MINIMAL.replace('name: mine', 'name: broken'), '---\ntitle: [{{who}}\n---\n');
    const { problems } = loadTemplates(dirs());
    expect(problems).toContainEqual({ file: path.join(missing, 'template.md'), message: 'is missing; a template folder holds template.yaml and template.md' });
    expect(problems.find((p) => p.file === path.join(broken, 'template.md'))?.message).toMatch(/^frontmatter is not valid YAML/);
  });

  it('refuses a template file that links outside the templates folder', () => {
    const dir = addTemplate('leak', MINIMAL.replace('name: mine', 'name: leak'), '');
    const secret = path.join(repo.dir, 'secret.md');
    writeFileSync(secret, '# {{who}}\n');
    const link = path.join(dir, 'template.md');
    rmSync(link);
    symlinkSync(secret, link);
    const { problems } = loadTemplates(dirs());
    expect(problems).toContainEqual({ file: link, message: 'is a link to a file outside the templates folder; expected a regular file' });
  });
});

describe('prfaq templates', () => {
  let repo: ReturnType<typeof tempRepo>;
  beforeEach(() => {
    repo = tempRepo();
  });
  afterEach(() => { repo.cleanup(); });

  it('lists the built-in templates with their descriptions', async () => {
    const result = await run(repo.dir, 'templates');
    expect(result.code).toBe(0);
    const names = result.out
      .split('\n')
      .filter((line) => /^\S/.test(line) && !line.startsWith('Use '))
      .map((line) => line.split(/\s{2,}/).slice(0, 2));
    expect(names).toEqual([
      ['feature', 'built-in'],
      ['full', 'built-in'],
      ['internal', 'built-in'],
      ['rfc', 'built-in'],
    ]);
    const full = readFileSync(path.join(BUILTIN_TEMPLATES_DIR, 'full/template.yaml'), 'utf8').match(/^description: (.*)$/m)![1]!;
    expect(result.out).toContain(full);
  });

  it('adds the repository templates named in the config, and reports broken ones with exit 2', async () => {
    mkdirSync(path.join(repo.dir, 'tpl/ours'), { recursive: true });
    writeFileSync(path.join(repo.dir, 'tpl/ours/template.yaml'), MINIMAL.replace('name: mine', 'name: ours').replace('description: Mine', 'description: Our launch format'));
    writeFileSync(path.join(repo.dir, 'tpl/ours/template.md'), '# {{who}}\n');
    mkdirSync(path.join(repo.dir, 'tpl/bad'));
    writeFileSync(path.join(repo.dir, 'tpl/bad/template.yaml'), 'name: bad\n');
    writeFileSync(path.join(repo.dir, 'tpl/bad/template.md'), '# x\n');
    writeFileSync(path.join(repo.dir, 'prfaq.config.yaml'), 'templates: tpl\n');

    const text = await run(repo.dir, 'templates');
    expect(text.code).toBe(2);
    expect(text.out).toMatch(/^ours {6}repository {2}Our launch format$/m);
    expect(text.err).toBe('prfaq: tpl/bad/template.yaml: missing "description"\nprfaq: tpl/bad/template.yaml: missing "questions"\nprfaq: tpl/bad/template.yaml: missing "variables"\n');

    const json = await run(repo.dir, 'templates', '--format', 'json');
    const data = JSON.parse(json.out) as { templates: Array<{ name: string; source: string; variables: Array<{ name: string }> }>; problems: unknown[] };
    expect(data.templates.map((t) => `${t.name}:${t.source}`)).toEqual(['feature:built-in', 'full:built-in', 'internal:built-in', 'ours:repository', 'rfc:built-in']);
    expect(data.templates.find((t) => t.name === 'ours')?.variables).toEqual([{ name: 'who', prompt: 'Who?', required: false, default: null }]);
    expect(data.problems).toHaveLength(3);

    const made = await run(repo.dir, 'new', 'prfaq/x.md', '--template', 'ours', '--var', 'who=Merchants');
    expect(made.code).toBe(0);
    expect(readFileSync(path.join(repo.dir, 'prfaq/x.md'), 'utf8')).toBe('# Merchants\n');
    const broken = await run(repo.dir, 'new', 'prfaq/y.md', '--template', 'bad');
    expect(broken.err).toBe('prfaq: tpl/bad/template.yaml: missing "description"\n');
  });

  it('says which config key names a missing templates folder', async () => {
    writeFileSync(path.join(repo.dir, 'prfaq.config.yaml'), 'templates: nowhere\n');
    const result = await run(repo.dir, 'templates');
    expect(result).toEqual({ code: 2, out: '', err: `prfaq: ${path.join(repo.dir, 'prfaq.config.yaml')}: templates: folder "nowhere" does not exist (looked for ${path.join(repo.dir, 'nowhere')})\n` });
  });
});

describe('slugify', () => {
  it.each([
    ['Instant Payouts: get paid in 1 hour!', 'instant-payouts-get-paid-in-1-hour'],
    ['Café Crème — Ünïcode', 'cafe-creme-unicode'],
    ['🚀 Launch 🚀', 'launch'],
    ['即時 決済', '即時-決済'],
    ['CON', 'con-prfaq'],
    ['!!!', ''],
    ['a'.repeat(70), 'a'.repeat(60)],
    ['word '.repeat(20), Array(12).fill('word').join('-')],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
