import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordRule } from '../testing/rules.js';
import type { Rule } from '../types.js';
import { findConfigFile, loadConfigFile, parseConfigText } from './load.js';
import { resolveConfig } from './resolve.js';
import { ConfigError } from './types.js';

const rules = [
  wordRule('no-foo', 'foo', 'warn'),
  wordRule('no-bar', 'bar', 'error'),
  wordRule('no-baz', 'baz', 'off'),
] as Rule[];

let root: string;
const write = (rel: string, text: string) => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'prfaq-config-')));
  mkdirSync(path.join(root, 'repo', '.git'), { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config discovery', () => {
  it('finds the nearest config walking up from the file', () => {
    const top = write('repo/prfaq.config.yaml', 'rules: {}\n');
    const nested = write('repo/teams/payments/.prfaqrc.json', '{}');
    mkdirSync(path.join(root, 'repo/teams/payments/docs'), { recursive: true });
    mkdirSync(path.join(root, 'repo/teams/search'), { recursive: true });
    expect(findConfigFile(path.join(root, 'repo/teams/payments/docs'))).toBe(nested);
    expect(findConfigFile(path.join(root, 'repo/teams/search'))).toBe(top);
  });

  it('stops at the repository root (a directory with .git)', () => {
    write('.prfaqrc.yaml', 'rules: {}\n');
    mkdirSync(path.join(root, 'repo/docs'), { recursive: true });
    expect(findConfigFile(path.join(root, 'repo/docs'))).toBeUndefined();
  });

  it('accepts every config file name', () => {
    for (const name of ['prfaq.config.yaml', 'prfaq.config.yml', '.prfaqrc.yaml', '.prfaqrc.yml', '.prfaqrc.json']) {
      const file = write(`repo/${name.replace(/\W/g, '_')}/${name}`, name.endsWith('json') ? '{}' : 'rules: {}\n');
      expect(findConfigFile(path.dirname(file))).toBe(file);
    }
  });

  it('refuses two config files in one directory instead of picking one silently', () => {
    write('repo/prfaq.config.yaml', 'rules: {}\n');
    write('repo/.prfaqrc.json', '{}');
    expect(errorOf(() => findConfigFile(path.join(root, 'repo'))).message).toMatch(
      /more than one config file .*prfaq\.config\.yaml, \.prfaqrc\.json/,
    );
  });
});

describe('extends and overrides', () => {
  it('applies extends in order, then the config, then matching overrides in order', () => {
    write('repo/base.yaml', 'rules:\n  no-foo: [error, { word: base }]\n  no-bar: off\nprofile: rfc\n');
    write('repo/team.json', '{ "extends": "strict", "rules": { "no-baz": "info" } }');
    const file = write(
      'repo/prfaq.config.yaml',
      [
        'extends: [./base.yaml, ./team.json]',
        'rules:',
        '  no-foo: warn',
        'overrides:',
        '  - files: ["drafts/**"]',
        '    rules: { no-foo: info }',
        '  - files: "*.draft.md"',
        '    rules: { no-foo: off }',
        '    profile: lite',
        '',
      ].join('\n'),
    );
    const config = loadConfigFile(file, { rules });
    const at = (rel: string) => resolveConfig(config, { path: path.join(root, 'repo', rel), rules });

    const plain = at('final.md');
    // team.json's strict preset came after base.yaml, so no-bar is error again; no-baz is info from team.json.
    expect(plain.rules['no-bar']!.severity).toBe('error');
    expect(plain.rules['no-baz']!.severity).toBe('info');
    // A severity alone keeps the options set by base.yaml.
    expect(plain.rules['no-foo']).toEqual({ severity: 'warn', options: { word: 'base' } });
    expect(plain.profile).toBe('rfc');

    expect(at('drafts/x.md').rules['no-foo']!.severity).toBe('info');
    // A glob without a slash matches the file name in any folder; the later override wins.
    const draft = at('drafts/deep/y.draft.md');
    expect(draft.rules['no-foo']!.severity).toBe('off');
    expect(draft.profile).toBe('lite');
  });

  it('shares one effective config between files matching the same overrides', () => {
    const config = { overrides: [{ files: 'drafts/**', rules: { 'no-foo': 'off' as const } }] };
    const a = resolveConfig(config, { path: 'drafts/a.md', rules });
    expect(resolveConfig(config, { path: 'drafts/b.md', rules })).toBe(a);
    const final = resolveConfig(config, { path: 'final/c.md', rules });
    expect(final).not.toBe(a);
    expect([a.rules['no-foo']!.severity, final.rules['no-foo']!.severity]).toEqual(['off', 'warn']);
  });

  it('starts a top-level config from recommended, and from nothing with extends: []', () => {
    expect(resolveConfig({}, { rules }).rules['no-foo']!.severity).toBe('warn');
    expect(resolveConfig({ extends: [] }, { rules }).rules['no-foo']!.severity).toBe('off');
    expect(resolveConfig(undefined, { rules }).rules['no-bar']!.severity).toBe('error');
  });

  it('derives strict from recommended: enabled rules become errors, disabled ones warnings', () => {
    const strict = resolveConfig({ extends: 'strict' }, { rules });
    expect([
      strict.rules['no-foo']!.severity,
      strict.rules['no-bar']!.severity,
      strict.rules['no-baz']!.severity,
    ]).toEqual(['error', 'error', 'warn']);
  });

  it('refuses cycles', () => {
    write('repo/a.yaml', 'extends: ./b.yaml\n');
    write('repo/b.yaml', 'extends: ./a.yaml\n');
    const file = write('repo/prfaq.config.yaml', 'extends: ./a.yaml\n');
    expect(errorOf(() => loadConfigFile(file, { rules })).message).toMatch(
      /a\.yaml.*extends back to .*expected no cycles/,
    );
  });

  it('refuses files outside the repository, also through a symlink', () => {
    write('outside.yaml', 'rules: {}\n');
    const file = write('repo/prfaq.config.yaml', 'extends: ../outside.yaml\n');
    expect(errorOf(() => loadConfigFile(file, { rules })).message).toMatch(/outside the repository/);
    symlinkSync(path.join(root, 'outside.yaml'), path.join(root, 'repo/link.yaml'));
    write('repo/prfaq.config.yaml', 'extends: ./link.yaml\n');
    expect(errorOf(() => loadConfigFile(file, { rules })).message).toMatch(/outside the repository/);
  });

  it('never loads code: only presets and .yaml/.yml/.json files', () => {
    write('repo/evil.js', 'process.exit(42)\n');
    const file = write('repo/prfaq.config.yaml', 'extends: ./evil.js\n');
    expect(errorOf(() => loadConfigFile(file, { rules })).message).toMatch(
      /neither a preset nor a \.yaml\/\.yml\/\.json file/,
    );
  });

  it('reports an unknown preset and an unknown profile', () => {
    expect(errorOf(() => resolveConfig({ extends: 'recomended' }, { rules })).message).toMatch(
      /unknown preset "recomended"/,
    );
    expect(errorOf(() => resolveConfig({ profile: 'nope' }, { rules })).message).toMatch(
      /unknown profile "nope"; expected one of full, lite, rfc/,
    );
    expect(resolveConfig({ profile: 'mine', profiles: { mine: { required: ['summary'] } } }, { rules }).profile).toBe(
      'mine',
    );
  });
});

describe('config validation', () => {
  const problem = (text: string, file = 'prfaq.config.yaml') => errorOf(() => parseConfigText(text, file, rules));

  it('points at an unknown rule with a suggestion', () => {
    const error = problem('rules:\n  no-fooo: warn\n');
    expect(error.message).toBe(
      'prfaq.config.yaml:2:3: rules.no-fooo: unknown rule "no-fooo"; expected a rule id listed by `prfaq rules` (did you mean "no-foo"?)',
    );
    expect([error.line, error.column, error.keyPath]).toEqual([2, 3, 'rules.no-fooo']);
  });

  it('points at a bad severity and says what is expected', () => {
    expect(problem('rules:\n  no-foo: warning\n').message).toBe(
      'prfaq.config.yaml:2:11: rules.no-foo: must be one of off, info, warn, error, or [severity, { options }]; got "warning"',
    );
    expect(problem('rules:\n  no-foo: [warning]\n').message).toMatch(
      /^prfaq\.config\.yaml:2:12: rules\.no-foo\.0: must be one of off, info, warn, error/,
    );
  });

  it('describes rule settings inside overrides the same way', () => {
    expect(problem('overrides:\n  - files: x\n    rules: { no-foo: warning }\n').message).toBe(
      'prfaq.config.yaml:3:22: overrides.0.rules.no-foo: must be one of off, info, warn, error, or [severity, { options }]; got "warning"',
    );
    expect(problem('overrides:\n  - files: x\n    rules: { no-fo: warn }\n').message).toMatch(
      /^prfaq\.config\.yaml:3:14: overrides\.0\.rules\.no-fo: unknown rule "no-fo"; expected a rule id listed by `prfaq rules` \(did you mean "no-foo"\?\)$/,
    );
  });

  it('points inside rule options', () => {
    expect(problem('rules:\n  no-foo:\n    - warn\n    - word: 42\n').message).toBe(
      'prfaq.config.yaml:4:13: rules.no-foo.1.word: must be a string; got 42',
    );
    expect(problem('rules:\n  no-foo: [warn, { wrd: x }]\n').message).toMatch(
      /^prfaq\.config\.yaml:2:20: rules\.no-foo\.1\.wrd: unknown key "wrd"; expected one of word, replacement, pattern \(did you mean "word"\?\)$/,
    );
  });

  it('checks regular expressions in options', () => {
    expect(problem('rules:\n  no-foo: [warn, { pattern: "a(b" }]\n').message).toBe(
      'prfaq.config.yaml:2:29: rules.no-foo.1.pattern: must be a valid regular expression; got "a(b"',
    );
  });

  it('reports unknown keys, wrong types and section kinds', () => {
    expect(problem('rule:\n  no-foo: warn\n').message).toMatch(
      /^prfaq\.config\.yaml:1:1: rule: unknown key "rule"; expected one of .*\(did you mean "rules"\?\)$/,
    );
    expect(problem('ignores: docs/**\n').message).toBe(
      'prfaq.config.yaml:1:10: ignores: must be a list; got "docs/**"',
    );
    expect(problem('sections:\n  sumary: [TL;DR]\n').message).toMatch(
      /^prfaq\.config\.yaml:2:3: sections\.sumary: unknown section kind "sumary"; expected one of .* \(did you mean "summary"\?\)$/,
    );
    expect(problem('overrides:\n  - rules: { no-foo: off }\n').message).toBe(
      'prfaq.config.yaml:2:5: overrides.0: must have the key "files"; got a mapping',
    );
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    expect(problem('rules:\n  __proto__: { polluted: true }\n').message).toMatch(
      /^prfaq\.config\.yaml:2:3: rules\.__proto__: the key "__proto__" is not allowed/,
    );
    expect(problem('{"overrides": [{"files": "x", "constructor": 1}]}', '.prfaqrc.json').message).toMatch(
      /^\.prfaqrc\.json:1:31: overrides\.0\.constructor: the key/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports YAML and JSON syntax errors and duplicate keys with positions', () => {
    expect(problem('rules:\n  no-foo: [warn\n').message).toMatch(/^prfaq\.config\.yaml:\d+:\d+: invalid YAML: /);
    expect(problem('rules: {}\nrules: {}\n').message).toMatch(
      /^prfaq\.config\.yaml:2:1: invalid YAML: this key appears twice; expected each key once$/,
    );
    expect(problem('{ "rules": { "no-foo": "warn", } ', '.prfaqrc.json').message).toMatch(
      /^\.prfaqrc\.json:\d+:\d+: invalid JSON: /,
    );
    expect(problem('- a\n- b\n').message).toBe(
      'prfaq.config.yaml:1:1: expected a mapping of config keys (rules, extends, overrides, ...)',
    );
  });

  it('accepts a full, valid config', () => {
    const text = [
      '$schema: ./node_modules/@prfaq/lint/schema/config.schema.json',
      'extends: [recommended]',
      'profile: full',
      'rules:',
      '  no-foo: [error, { word: x, pattern: "^a+$" }]',
      '  no-bar: off',
      'sections:',
      '  summary: [TL;DR, Elevator pitch]',
      'files: ["docs/prfaq/**/*.md"]',
      'ignores: ["**/archive/**"]',
      'overrides:',
      '  - files: drafts/**',
      '    rules: { no-bar: warn }',
      'profiles:',
      '  tiny: { description: Just the basics, required: [summary, [faq, external-faq]] }',
      'templates: templates/',
      'ready: { review: { block: [open-objections, not-prealigned] } }',
      '',
    ].join('\n');
    expect(parseConfigText(text, 'prfaq.config.yaml', rules)).toMatchObject({
      profile: 'full',
      rules: { 'no-bar': 'off' },
    });
  });
});
