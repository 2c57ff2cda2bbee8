// Stakeholders (frontmatter list or a table in a stakeholders section) and outcomes (frontmatter).
import type { ListItem, Nodes, Table } from 'mdast';
import { endOf, enclosing, startOf, type ParseContext } from './context.js';
import type { Field, Frontmatter, Outcome, SectionKind, Span, Stakeholder } from './model.js';
import { plainText, scalarText, squash } from './text.js';
import { normalizeSignoff, objectionColumn, stakeholderColumn, type StakeholderColumn } from './vocabulary.js';

function pointer(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}

/** The scalar fields of a frontmatter list item, each with the span of its value. */
function itemFields(
  frontmatter: Frontmatter,
  base: string,
  item: Record<string, unknown>,
  whole: Span,
): Record<string, Field> {
  const fields: Record<string, Field> = {};
  for (const [key, value] of Object.entries(item)) {
    const text = scalarText(value);
    if (text === undefined) continue;
    fields[key] = { text, span: frontmatter.locations[`${base}/${pointer(key)}`]?.value ?? whole };
  }
  return fields;
}

function pick(fields: Record<string, Field>, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const [key, field] of Object.entries(fields)) {
      if (key.toLowerCase().replace(/[\s_]/gu, '-') === name && field.text) return field.text;
    }
  }
  return undefined;
}

const NAME_KEYS = ['name', 'who', 'person', 'stakeholder'];
const ROLE_KEYS = ['role', 'function', 'team', 'title', 'org'];
const PREALIGNED_KEYS = [
  'prealigned',
  'pre-aligned',
  'prealigned-on',
  'pre-aligned-on',
  'aligned',
  'aligned-on',
  'prealignment',
  'pre-alignment',
];
const SIGNOFF_KEYS = ['signoff', 'sign-off', 'signed-off', 'approval', 'approved', 'status', 'decision'];

/** `Raj Patel (Finance)` or `Raj Patel — Finance`: a name and a role in one string. */
function splitNameRole(value: string): { name: string; role: string | undefined } {
  const paren = /^(.+?)\s*\(([^)]+)\)\s*$/u.exec(value);
  if (paren) return { name: (paren[1] as string).trim(), role: (paren[2] as string).trim() };
  const dash = /^(.+?)\s+[—–-]\s+(.+)$/u.exec(value);
  if (dash) return { name: (dash[1] as string).trim(), role: (dash[2] as string).trim() };
  const comma = /^(.+?),\s*(.+)$/u.exec(value);
  if (comma) return { name: (comma[1] as string).trim(), role: (comma[2] as string).trim() };
  return { name: value.trim(), role: undefined };
}

function constraintsOf(value: unknown): string[] {
  if (Array.isArray(value))
    return value
      .filter((item) => item !== null && typeof item !== 'object')
      .map((item) => String(item).trim())
      .filter(Boolean);
  if (typeof value === 'string' && value.trim()) return [value.trim()];
  return [];
}

function frontmatterStakeholders(frontmatter: Frontmatter, ctx: ParseContext): Stakeholder[] {
  const list = frontmatter.data.stakeholders;
  if (!Array.isArray(list)) return [];
  const out: Stakeholder[] = [];
  list.forEach((item, index) => {
    const base = `/stakeholders/${index}`;
    const whole = frontmatter.locations[base]?.value ?? frontmatter.span ?? ctx.locator.span(0, 0);
    if (typeof item === 'string' || typeof item === 'number') {
      const { name, role } = splitNameRole(String(item));
      out.push({
        name,
        role,
        prealigned: undefined,
        signoff: undefined,
        rawSignoff: undefined,
        constraints: [],
        source: 'frontmatter',
        span: whole,
        fields: { name: { text: String(item), span: whole } },
      });
      return;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Record<string, unknown>;
    const fields = itemFields(frontmatter, base, record, whole);
    const rawPrealigned = pick(fields, PREALIGNED_KEYS);
    const rawSignoff = pick(fields, SIGNOFF_KEYS);
    const constraintKey = Object.keys(record).find((key) =>
      /^(constraints?|conditions|non-?negotiables|requirements)$/iu.test(key),
    );
    const nameValue = pick(fields, NAME_KEYS) ?? '';
    const split =
      pick(fields, ROLE_KEYS) === undefined
        ? splitNameRole(nameValue)
        : { name: nameValue, role: pick(fields, ROLE_KEYS) };
    out.push({
      name: split.name,
      role: split.role,
      // `prealigned: false` / `no` means not pre-aligned; a date or `true` is kept as written.
      prealigned:
        rawPrealigned && !/^(false|no|none|n\/a|pending|tbd)$/iu.test(rawPrealigned) ? rawPrealigned : undefined,
      signoff: normalizeSignoff(rawSignoff),
      rawSignoff,
      constraints: constraintKey ? constraintsOf(record[constraintKey]) : [],
      source: 'frontmatter',
      span: whole,
      fields,
    });
  });
  return out;
}

const STAKEHOLDER_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['stakeholders']);

function tableStakeholders(ctx: ParseContext, table: Table): Stakeholder[] {
  const [head, ...rows] = table.children;
  if (!head) return [];
  const headers = head.children.map((cell) => squash(plainText(cell)));
  // A table with an objection column is an objections table, even inside a stakeholders section.
  if (headers.some((header) => objectionColumn(header) === 'objection')) return [];
  const columns = new Map<number, StakeholderColumn>();
  const used = new Set<StakeholderColumn>();
  headers.forEach((header, index) => {
    const column = stakeholderColumn(header);
    if (column && !used.has(column)) {
      columns.set(index, column);
      used.add(column);
    }
  });
  if (!used.has('name')) return [];
  const out: Stakeholder[] = [];
  for (const row of rows) {
    const fields: Record<string, Field> = {};
    row.children.forEach((cell, index) => {
      const value = squash(plainText(cell));
      const first = cell.children[0];
      const last = cell.children[cell.children.length - 1];
      const span =
        first?.position && last?.position
          ? ctx.locator.span(startOf(first), endOf(last))
          : ctx.locator.span(startOf(cell), endOf(cell));
      fields[columns.get(index) ?? headers[index] ?? `column ${index + 1}`] = { text: value, span };
    });
    const name = fields.name?.text;
    if (!name) continue;
    const rawPrealigned = fields.prealigned?.text || undefined;
    const rawSignoff = fields.signoff?.text || undefined;
    out.push({
      name,
      role: fields.role?.text || undefined,
      prealigned:
        rawPrealigned && !/^(false|no|none|n\/a|pending|tbd|-|—|❌)$/iu.test(rawPrealigned) ? rawPrealigned : undefined,
      signoff: normalizeSignoff(rawSignoff),
      rawSignoff,
      constraints: fields.constraints?.text ? fields.constraints.text.split(/\s*;\s*/u).filter(Boolean) : [],
      source: 'table',
      span: ctx.locator.span(startOf(row), endOf(row)),
      fields,
    });
  }
  return out;
}

/** `- Raj Patel (Finance) — prealigned 2026-11-20, signoff: approved` in a stakeholders section. */
function listStakeholder(ctx: ParseContext, item: ListItem): Stakeholder | undefined {
  const head = item.children[0];
  if (!head || head.type !== 'paragraph') return undefined;
  const text = squash(plainText(head));
  const [first = '', ...rest] = text.split(/\s+[—–]\s+|\s+-\s+|;\s*|:\s+/u);
  const { name, role } = splitNameRole(first);
  if (!name || name.split(/\s+/u).length > 6) return undefined;
  const tail = rest.join(', ');
  const aligned = /\b(?:pre-?aligned|aligned|1:1|met)\b(?:\s+on)?\s*:?\s*(\d{4}-\d{2}-\d{2})/iu.exec(tail);
  const signed = /\b(?:sign-?off|signed off|approval|status)\s*:?\s*([\p{L}-]+(?:\s[\p{L}-]+)?)/iu.exec(tail);
  const rawSignoff =
    signed?.[1] ??
    tail.split(/,\s*/u).find((part) => normalizeSignoff(part) !== undefined && /^\S+$/u.test(part.trim()));
  const span = ctx.locator.span(startOf(item), endOf(item));
  const fields: Record<string, Field> = { name: { text: name, span } };
  if (role) fields.role = { text: role, span };
  if (aligned) fields.prealigned = { text: aligned[1] as string, span };
  if (rawSignoff) fields.signoff = { text: rawSignoff, span };
  return {
    name,
    role,
    prealigned: aligned?.[1],
    signoff: normalizeSignoff(rawSignoff),
    rawSignoff,
    constraints: [],
    source: 'list',
    span,
    fields,
  };
}

export function extractStakeholders(ctx: ParseContext, frontmatter: Frontmatter): Stakeholder[] {
  const out = frontmatterStakeholders(frontmatter, ctx);
  for (let i = 0; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i] as Nodes;
    if (block.type !== 'table' && block.type !== 'list') continue;
    const sectionIndex = ctx.sectionOf[i] as number;
    if (sectionIndex < 0 || !enclosing(ctx, sectionIndex, STAKEHOLDER_SECTIONS)) continue;
    if (block.type === 'table') out.push(...tableStakeholders(ctx, block));
    else {
      for (const item of block.children) {
        const stakeholder = listStakeholder(ctx, item);
        if (stakeholder) out.push(stakeholder);
      }
    }
  }
  return out;
}

const STATEMENT_KEYS = ['statement', 'outcome', 'description', 'name', 'goal', 'summary', 'text'];
const METRIC_KEYS = ['metric', 'measure', 'kpi', 'indicator'];
const BASELINE_KEYS = ['baseline', 'current', 'from', 'today', 'before'];
const TARGET_KEYS = ['target', 'to', 'goal-value', 'after', 'expected'];

export function extractOutcomes(ctx: ParseContext, frontmatter: Frontmatter): Outcome[] {
  const list = frontmatter.data.outcomes;
  if (!Array.isArray(list)) return [];
  const out: Outcome[] = [];
  list.forEach((item, index) => {
    const base = `/outcomes/${index}`;
    const whole = frontmatter.locations[base]?.value ?? frontmatter.span ?? ctx.locator.span(0, 0);
    if (typeof item === 'string' || typeof item === 'number') {
      out.push({
        statement: String(item).trim(),
        metric: undefined,
        baseline: undefined,
        target: undefined,
        source: 'frontmatter',
        span: whole,
        fields: { statement: { text: String(item).trim(), span: whole } },
      });
      return;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const fields = itemFields(frontmatter, base, item as Record<string, unknown>, whole);
    out.push({
      statement: pick(fields, STATEMENT_KEYS) ?? '',
      metric: pick(fields, METRIC_KEYS),
      baseline: pick(fields, BASELINE_KEYS),
      target: pick(fields, TARGET_KEYS),
      source: 'frontmatter',
      span: whole,
      fields,
    });
  });
  return out;
}
