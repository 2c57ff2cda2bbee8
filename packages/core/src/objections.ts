// Objections: GFM tables with an objection/concern/risk column, task lists in objections and risks
// sections, `objections:` in the frontmatter, and concerns hiding in FAQ answers and risk lists.
import type { ListItem, Nodes, Table, TableCell } from 'mdast';
import { endOf, enclosing, startOf, type ParseContext } from './context.js';
import type {
  FaqEntry,
  Field,
  Frontmatter,
  Objection,
  ObjectionStatus,
  ObjectionTable,
  SectionKind,
  Span,
} from './model.js';
import { plainText, scalarText, squash } from './text.js';
import { OBJECTION_QUESTION, normalizeObjectionStatus, objectionColumn, type ObjectionColumn } from './vocabulary.js';

const OBJECTION_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['objections', 'risks']);

export interface ObjectionsResult {
  objections: Objection[];
  tables: ObjectionTable[];
}

function cellSpan(ctx: ParseContext, cell: TableCell): Span {
  // The cell's own position includes its pipe and padding; point at the text when there is some.
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  if (first?.position && last?.position) return ctx.locator.span(startOf(first), endOf(last));
  return ctx.locator.span(startOf(cell), endOf(cell));
}

function tableObjections(
  ctx: ParseContext,
  table: Table,
  sectionIndex: number | undefined,
  out: ObjectionsResult,
): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((cell) => squash(plainText(cell)));
  const columns: ObjectionTable['columns'] = {};
  headers.forEach((header, index) => {
    const field = objectionColumn(header);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  if (columns.objection === undefined) return;
  const tableIndex = out.tables.length;
  out.tables.push({ span: ctx.locator.span(startOf(table), endOf(table)), headers, columns, section: sectionIndex });
  const canonical = new Map<number, ObjectionColumn>();
  for (const [field, index] of Object.entries(columns)) canonical.set(index, field as ObjectionColumn);
  for (const row of rows) {
    const fields: Record<string, Field> = {};
    row.children.forEach((cell, index) => {
      const value = squash(plainText(cell));
      const name = canonical.get(index) ?? headers[index] ?? `column ${index + 1}`;
      if (value || canonical.has(index)) fields[name] = { text: value, span: cellSpan(ctx, cell) };
    });
    if (!row.children.some((cell) => squash(plainText(cell)) !== '')) continue;
    out.objections.push(fromFields('table', fields, ctx.locator.span(startOf(row), endOf(row)), tableIndex));
  }
}

/** `Finance: the margin is too thin` -> stakeholder `Finance` (a short name before the first colon or dash). */
function splitStakeholder(value: string): { stakeholder: string | undefined; rest: string; offset: number } {
  const match = /^\s*([^:—–\n]{1,40}?)\s*(?::|\s[—–-]\s)\s*/u.exec(value);
  if (match && match[1] && match[1].split(/\s+/u).length <= 4 && !/[?.!]$/u.test(match[1])) {
    return {
      stakeholder: match[1].replace(/[*_]/gu, '').trim(),
      rest: value.slice(match[0].length),
      offset: match[0].length,
    };
  }
  return { stakeholder: undefined, rest: value, offset: 0 };
}

const SUB_FIELD = /^\s*(owner|resolution|status|mitigation|response|stakeholder|raised by)\s*:\s*(.+)$/iu;

/** Nested `- Owner: …`, `- Resolution: …`, `- Status: …` bullets under an item refine it. */
function nestedFields(ctx: ParseContext, item: ListItem, fields: Record<string, Field>): void {
  for (const child of item.children.slice(1)) {
    if (child.type !== 'list') continue;
    for (const sub of child.children) {
      const match = SUB_FIELD.exec(squash(plainText(sub)));
      if (!match) continue;
      const name = (match[1] as string).toLowerCase();
      const field = { text: (match[2] as string).trim(), span: ctx.locator.span(startOf(sub), endOf(sub)) };
      if (name === 'owner' || name === 'status') fields[name] = field;
      else if (name === 'stakeholder' || name === 'raised by') fields.stakeholder = field;
      else fields.resolution = field;
    }
  }
}

const CHECKED = { raw: '[x]', status: 'resolved' } as const;
const UNCHECKED = { raw: '[ ]', status: 'open' } as const;

/** One list item in an objections or risks section: a task (`- [ ] Finance: …`) or a plain risk. */
function itemObjection(ctx: ParseContext, item: ListItem, named: boolean): Objection | undefined {
  const head = item.children[0];
  if (!head || head.type !== 'paragraph') return undefined;
  const text = squash(plainText(head));
  if (!text) return undefined;
  const task = typeof item.checked === 'boolean';
  const fields: Record<string, Field> = {};
  // `Finance: …` names who objects in a task or an objections list; in a risks list it is just a label.
  const { stakeholder, rest } = named || task ? splitStakeholder(text) : { stakeholder: undefined, rest: text };
  const headSpan = ctx.locator.span(startOf(head), endOf(head));
  fields.objection = { text: rest, span: headSpan };
  if (stakeholder) fields.stakeholder = { text: stakeholder, span: headSpan };
  nestedFields(ctx, item, fields);
  // `(owner: Jane)` at the end of the line.
  const inlineOwner = /\(\s*owner\s*:\s*([^()]+)\)\s*$/iu.exec(rest);
  if (!fields.owner && inlineOwner) fields.owner = { text: (inlineOwner[1] as string).trim(), span: headSpan };
  // Where the objection's own words end on the line: before the owner, and before a resolution written after them
  // (`- [x] Legal: consent, resolved by an opt-in screen`).
  let cut = inlineOwner ? inlineOwner.index : rest.length;
  const inlineResolution =
    /(?:[,;]|\s[—–-]+|\s→)\s*((?:resolved|mitigated|addressed|fixed|settled|handled)\s+(?:by|with|through|via|in)\s.+|resolution\s*:\s*.+)$/iu.exec(
      rest.slice(0, cut),
    );
  if (!fields.resolution && inlineResolution) {
    const resolution = (inlineResolution[1] as string).replace(/^resolution\s*:\s*/iu, '').trim();
    fields.resolution = { text: resolution, span: headSpan };
    cut = inlineResolution.index;
  }
  let objection = rest.slice(0, cut).trim();
  // An item of an objections list that states its status (`— open`, `(open, owner: Anne)`, `Status: open`) is
  // tracked like a task; without one it is a concern written as prose.
  const stated = named && !task && !fields.status ? statedStatus(objection) : undefined;
  if (stated) {
    fields.status = { text: stated.raw, span: headSpan };
    if (!fields.owner && stated.owner) fields.owner = { text: stated.owner, span: headSpan };
    objection = objection.slice(0, stated.index).trim();
  }
  fields.objection = { text: objection, span: headSpan };
  // A Status bullet or a stated status overrides the checkbox.
  const checkbox = item.checked === true ? CHECKED : item.checked === false ? UNCHECKED : undefined;
  const rawStatus = fields.status?.text ?? checkbox?.raw;
  const status = fields.status ? normalizeObjectionStatus(fields.status.text) : checkbox?.status;
  return {
    source: task ? 'tasklist' : named && (fields.status || fields.owner) ? 'list' : 'faq',
    stakeholder: fields.stakeholder?.text,
    objection,
    rawStatus,
    status,
    owner: fields.owner?.text,
    resolution: fields.resolution?.text,
    span: ctx.locator.span(startOf(item), endOf(item)),
    fields,
    table: undefined,
  };
}

function frontmatterObjections(frontmatter: Frontmatter, ctx: ParseContext): Objection[] {
  const list = frontmatter.data.objections;
  if (!Array.isArray(list)) return [];
  const out: Objection[] = [];
  const aliases: Record<string, ObjectionColumn> = {
    stakeholder: 'stakeholder',
    by: 'stakeholder',
    from: 'stakeholder',
    'raised-by': 'stakeholder',
    raised_by: 'stakeholder',
    who: 'stakeholder',
    objection: 'objection',
    concern: 'objection',
    text: 'objection',
    description: 'objection',
    summary: 'objection',
    risk: 'objection',
    status: 'status',
    state: 'status',
    owner: 'owner',
    assignee: 'owner',
    resolution: 'resolution',
    response: 'resolution',
    mitigation: 'resolution',
  };
  list.forEach((item, index) => {
    const base = `/objections/${index}`;
    const whole = frontmatter.locations[base]?.value ?? frontmatter.span ?? ctx.locator.span(0, 0);
    const fields: Record<string, Field> = {};
    if (typeof item === 'string' || typeof item === 'number') {
      fields.objection = { text: String(item), span: whole };
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        const text = scalarText(value);
        if (text === undefined) continue;
        const name = aliases[key.toLowerCase()] ?? key;
        if (fields[name]) continue;
        const span = frontmatter.locations[`${base}/${key.replace(/~/gu, '~0').replace(/\//gu, '~1')}`]?.value ?? whole;
        fields[name] = { text, span };
      }
    } else return;
    out.push(fromFields('frontmatter', fields, whole, undefined));
  });
  return out;
}

/** An objection declared with fields (a table row, a frontmatter entry): empty fields count as absent. */
function fromFields(
  source: 'table' | 'frontmatter',
  fields: Record<string, Field>,
  span: Span,
  table: number | undefined,
): Objection {
  const get = (name: ObjectionColumn): string | undefined => fields[name]?.text || undefined;
  return {
    source,
    stakeholder: get('stakeholder'),
    objection: get('objection') ?? '',
    rawStatus: get('status'),
    status: normalizeObjectionStatus(get('status')),
    owner: get('owner'),
    resolution: get('resolution'),
    span,
    fields,
    table,
  };
}

// `… — open`, `…, accepted`, `… Status: open`, `… (open, owner: Anne Roux)` at the end of an item's line.
const STATED_STATUS = [
  /\(\s*([^(),;:]{2,30}?)\s*(?:[,;]\s*owner\s*:\s*([^()]+?))?\s*\)\s*\.?$/iu,
  /\bstatus\s*:\s*([^,;()]{2,30}?)\s*\.?$/iu,
  /(?:\s[—–-]+\s*|[,;]\s*)([^,;()—–]{2,30}?)\s*\.?$/u,
];

/** The status an objections list item states at the end of its line, when its words are a known status. */
function statedStatus(
  text: string,
): { status: ObjectionStatus; raw: string; owner: string | undefined; index: number } | undefined {
  for (const pattern of STATED_STATUS) {
    const match = pattern.exec(text);
    const raw = match?.[1]?.trim();
    const status = raw === undefined ? undefined : normalizeObjectionStatus(raw);
    if (match && raw !== undefined && status !== undefined) {
      return { status, raw, owner: match[2]?.trim(), index: match.index };
    }
  }
  return undefined;
}

function hasOffsetIn(sorted: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && (sorted[low] as number) <= to;
}

function proseObjection(ctx: ParseContext, node: Nodes, text: string): Objection {
  const span = ctx.locator.span(startOf(node), endOf(node));
  return {
    source: 'faq',
    stakeholder: undefined,
    objection: text,
    rawStatus: undefined,
    status: undefined,
    owner: undefined,
    resolution: undefined,
    span,
    fields: { objection: { text, span } },
    table: undefined,
  };
}

/** "Why should we not do this?" and its answer: a concern with no stakeholder, status or owner. */
function faqObjection(entry: FaqEntry): Objection | undefined {
  if (!OBJECTION_QUESTION.test(entry.question)) return undefined;
  const span: Span = entry.answerSpan ? { start: entry.span.start, end: entry.answerSpan.end } : entry.span;
  const objectionField: Field =
    entry.answered && entry.answerSpan
      ? { text: entry.answer, span: entry.answerSpan }
      : { text: entry.question, span: entry.span };
  return {
    source: 'faq',
    stakeholder: undefined,
    objection: objectionField.text,
    rawStatus: undefined,
    status: undefined,
    owner: undefined,
    resolution: undefined,
    span,
    fields: { objection: objectionField, question: { text: entry.question, span: entry.span } },
    table: undefined,
  };
}

export function extractObjections(
  ctx: ParseContext,
  frontmatter: Frontmatter,
  faq: readonly FaqEntry[],
): ObjectionsResult {
  const out: ObjectionsResult = { objections: [], tables: [] };
  out.objections.push(...frontmatterObjections(frontmatter, ctx));
  const boldHeadingStarts = new Set(
    ctx.sections.filter((section) => section.style === 'bold').map((section) => section.heading.start.offset),
  );
  const faqQuestionSections = new Set<number>();
  for (const entry of faq)
    if (entry.style === 'heading' && entry.section !== undefined) faqQuestionSections.add(entry.section);

  for (let i = 0; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i] as Nodes;
    const sectionIndex = (ctx.sectionOf[i] as number) >= 0 ? (ctx.sectionOf[i] as number) : undefined;
    const objectionSection = sectionIndex === undefined ? undefined : enclosing(ctx, sectionIndex, OBJECTION_SECTIONS);
    // A question heading classified as risks ("Why should we not do this?") is answered in prose: the FAQ entry covers it.
    // Tasks under "Are there any open issues?" (a question heading inside a FAQ) are objections too.
    const inner = sectionIndex === undefined ? undefined : ctx.sections[sectionIndex];
    const objectionQuestion =
      inner !== undefined && /[?？]\s*$/u.test(inner.title) && OBJECTION_QUESTION.test(inner.title);
    const inObjections =
      (objectionSection !== undefined && !/[?？]\s*$/u.test(objectionSection.title)) || objectionQuestion;
    const named = objectionSection?.kind === 'objections';
    // Tables anywhere (also inside lists or quotes); task lists and risk bullets only in objections/risks sections.
    const stack: Nodes[] = [block];
    while (stack.length > 0) {
      const node = stack.pop() as Nodes;
      if (node.type === 'table') {
        tableObjections(ctx, node, sectionIndex, out);
        continue;
      }
      // A risks section written as prose: each paragraph is a concern (an intro ending in ":" is not).
      if (
        node.type === 'paragraph' &&
        node === block &&
        objectionSection?.kind === 'risks' &&
        inObjections &&
        objectionSection.index === sectionIndex
      ) {
        // A bold pseudo-heading (`**Open issues**`) titles the concerns; it is not one.
        if (boldHeadingStarts.has(startOf(node))) continue;
        const text = squash(plainText(node));
        if (text && !/[:：]$/u.test(text)) out.objections.push(proseObjection(ctx, node, text));
        continue;
      }
      if (node.type === 'list' && inObjections && node === block) {
        for (const item of node.children) {
          const objection = itemObjection(ctx, item, named);
          if (objection) out.objections.push(objection);
        }
        continue;
      }
      if (node.type === 'list') {
        // Task items nested anywhere inside an objections section still count.
        for (const item of node.children) {
          if (inObjections && typeof item.checked === 'boolean') {
            const objection = itemObjection(ctx, item, named);
            if (objection) out.objections.push(objection);
          } else stack.push(item);
        }
        continue;
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        const children = node.children as Nodes[];
        for (let c = children.length - 1; c >= 0; c--) stack.push(children[c] as Nodes);
      }
    }
  }
  // An entry whose answer already lists its concerns (tasks, bullets, table rows) is recorded through them, not twice.
  const listedStarts = out.objections.map((o) => o.span.start.offset).sort((a, b) => a - b);
  for (const entry of faq) {
    const answer = entry.answerSpan;
    if (answer && hasOffsetIn(listedStarts, answer.start.offset, answer.end.offset)) continue;
    const objection = faqObjection(entry);
    if (objection) out.objections.push(objection);
  }
  out.objections.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return out;
}
