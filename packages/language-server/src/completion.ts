// Completion inside the frontmatter, from the frontmatter schema: top-level keys, the fields of a
// stakeholder, outcome or objection, and the values of statuses, sign-offs and dates. Line based, so
// it works while the YAML is half written and invalid.
import { OBJECTION_STATUS_ALIASES } from '@prfaq/core';
import { frontmatterSchema } from '@prfaq/lint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';

type Properties = Record<string, { enum?: readonly string[]; description?: string }>;
const top = frontmatterSchema.properties as unknown as Properties;
const itemKeys: Record<string, Properties> = {
  stakeholders: frontmatterSchema.properties.stakeholders.items.properties as unknown as Properties,
  outcomes: frontmatterSchema.properties.outcomes.items.properties as unknown as Properties,
  objections: frontmatterSchema.properties.objections.items.properties as unknown as Properties,
};
const requiredItemKeys: Record<string, readonly string[]> = {
  stakeholders: frontmatterSchema.properties.stakeholders.items.required,
  outcomes: frontmatterSchema.properties.outcomes.items.required,
  objections: frontmatterSchema.properties.objections.items.required,
};
const dateKeys = new Set(['decision-date', 'prealigned']);
const objectionStatuses = Object.keys(OBJECTION_STATUS_ALIASES);

export function completion(document: TextDocument, position: Position, today: Date = new Date()): CompletionItem[] {
  const lines = document
    .getText()
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return [];
  let close = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (position.line === 0 || position.line >= close) return [];
  const prefix = (lines[position.line] ?? '').slice(0, position.character);

  const value = /^([ \t]*)(-[ \t]+)?([\w-]+):[ \t]*([^#]*)$/.exec(prefix);
  if (value) {
    const key = value[3]!;
    const parent = value[1] || value[2] ? parentKey(lines, position.line) : undefined;
    if (dateKeys.has(key)) {
      const date = today.toISOString().slice(0, 10);
      return [{ label: date, kind: CompletionItemKind.Value, detail: 'today (YYYY-MM-DD)' }];
    }
    const values =
      parent === 'objections' && key === 'status'
        ? objectionStatuses
        : (parent ? itemKeys[parent]?.[key] : top[key])?.enum;
    return (values ?? []).map((label) => ({
      label,
      kind: CompletionItemKind.EnumMember,
      detail: `${parent ? `${parent}[].` : ''}${key}`,
    }));
  }

  const key = /^([ \t]*)(-[ \t]+)?([\w-]*)$/.exec(prefix);
  if (!key) return [];
  const nested = Boolean(key[1] || key[2]);
  const parent = nested ? parentKey(lines, position.line) : undefined;
  const properties = nested ? (parent ? itemKeys[parent] : undefined) : top;
  if (!properties) return [];
  // Keys already written (at this level) are not offered again.
  const present = new Set<string>();
  if (!nested) for (let i = 1; i < close; i++) present.add(/^([\w-]+):/.exec(lines[i]!)?.[1] ?? '');
  const required = new Set<string>(nested ? (requiredItemKeys[parent!] ?? []) : frontmatterSchema.required);
  return Object.keys(properties)
    .filter((label) => !present.has(label) || label === key[3])
    .map((label) => ({
      label,
      kind: CompletionItemKind.Property,
      detail: `${parent ? `${parent}[]` : 'frontmatter'}${required.has(label) ? ', required' : ''}`,
      insertText: `${label}: `,
    }));
}

/** The top-level key whose list holds `line` (the nearest line above written at column 0). */
function parentKey(lines: readonly string[], line: number): string | undefined {
  for (let i = line - 1; i > 0; i--) {
    const match = /^([\w-]+):/.exec(lines[i]!);
    if (match) return match[1];
    if (/^\S/.test(lines[i]!)) return undefined;
  }
  return undefined;
}
