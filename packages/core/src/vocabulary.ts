// Words prfaq recognises in cells, values and questions: statuses, sign-offs, column headers, question markers.
import type { DocumentStatus, ObjectionStatus, Signoff } from './model.js';
import { trimEndChars } from './text.js';

function key(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}✅❌]+/gu, ' ')
    .trim();
}

function lookup<T extends string>(
  table: Readonly<Record<T, readonly string[]>>,
): (raw: string | undefined) => T | undefined {
  const map = new Map<string, T>();
  for (const [canonical, aliases] of Object.entries<readonly string[]>(table)) {
    map.set(key(canonical), canonical as T);
    for (const alias of aliases) map.set(key(alias), canonical as T);
  }
  return (raw) => {
    if (raw === undefined) return undefined;
    const normalized = key(raw);
    if (!normalized) return undefined;
    const exact = map.get(normalized);
    if (exact) return exact;
    // "Resolved (2026-11-20)", "Deferred to v2", "✅ done": the leading words decide.
    const words = normalized.split(' ');
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const hit = map.get(words.slice(0, n).join(' '));
      if (hit) return hit;
    }
    return undefined;
  };
}

export const OBJECTION_STATUS_ALIASES: Readonly<Record<ObjectionStatus, readonly string[]>> = {
  open: [
    'todo',
    'to do',
    'pending',
    'in progress',
    'wip',
    'unresolved',
    'new',
    'active',
    'blocked',
    'raised',
    'not started',
    'under discussion',
    'in discussion',
    'discussing',
    'investigating',
    'under review',
    'outstanding',
    'tbd',
  ],
  resolved: [
    'done',
    'closed',
    'fixed',
    'addressed',
    'mitigated',
    'answered',
    'complete',
    'completed',
    'agreed',
    'solved',
    '✅',
  ],
  accepted: [
    'wontfix',
    'wont fix',
    'disagree and commit',
    'disagree & commit',
    'acknowledged',
    'accepted risk',
    'risk accepted',
    'agree to disagree',
  ],
  deferred: ['later', 'parked', 'postponed', 'backlog', 'on hold', 'next phase', 'follow up', 'follow-up'],
  withdrawn: ['dropped', 'retracted', 'obsolete', 'cancelled', 'canceled', 'no longer relevant', 'moot', '❌'],
};

export const normalizeObjectionStatus = lookup<ObjectionStatus>(OBJECTION_STATUS_ALIASES);

export const SIGNOFF_ALIASES: Readonly<Record<Signoff, readonly string[]>> = {
  pending: ['waiting', 'todo', 'to do', 'not yet', 'requested', 'in review', 'reviewing', 'open', 'tbd', 'no'],
  approved: ['approve', 'yes', 'signed', 'signed off', 'signed-off', 'lgtm', 'ok', 'agreed', 'accepted', 'done', '✅'],
  rejected: ['reject', 'declined', 'veto', 'vetoed', 'blocked', 'objected', 'no go', '❌'],
};

export const normalizeSignoff = lookup<Signoff>(SIGNOFF_ALIASES);

export const DOCUMENT_STATUS_ALIASES: Readonly<Record<DocumentStatus, readonly string[]>> = {
  draft: [
    'wip',
    'work in progress',
    'in progress',
    'writing',
    'drafting',
    'proposed',
    'idea',
    'entwurf',
    'borrador',
    'brouillon',
  ],
  review: [
    'in review',
    'under review',
    'ready for review',
    'reviewing',
    'ready for decision',
    'pending decision',
    'final comment period',
    'fcp',
  ],
  approved: ['accepted', 'agreed', 'greenlit', 'green lit', 'go', 'funded', 'done'],
  rejected: ['declined', 'no go', 'no-go', 'killed', 'denied'],
  shelved: ['parked', 'on hold', 'deferred', 'postponed', 'paused', 'archived', 'abandoned', 'superseded', 'withdrawn'],
};

export const normalizeDocumentStatus = lookup<DocumentStatus>(DOCUMENT_STATUS_ALIASES);

export type ObjectionColumn = 'stakeholder' | 'objection' | 'status' | 'owner' | 'resolution';

// Column headers by canonical field; compared after `key()`. The objection column is what makes a table an objections table.
export const OBJECTION_COLUMNS: Readonly<Record<ObjectionColumn, readonly string[]>> = {
  stakeholder: [
    'stakeholder',
    'stakeholders',
    'who',
    'raised by',
    'from',
    'by',
    'team',
    'function',
    'role',
    'name',
    'reviewer',
    'requester',
    'org',
    'organisation',
    'organization',
    'party',
    'raised',
  ],
  objection: [
    'objection',
    'objections',
    'concern',
    'concerns',
    'risk',
    'risks',
    'issue',
    'issues',
    'objection concern',
    'concern objection',
    'the concern',
    'objection or concern',
    'risk concern',
  ],
  status: ['status', 'state', 'resolved', 'current status'],
  owner: [
    'owner',
    'owners',
    'assignee',
    'assigned to',
    'responsible',
    'dri',
    'action owner',
    'who owns it',
    'follow-up owner',
  ],
  resolution: [
    'resolution',
    'response',
    'mitigation',
    'mitigations',
    'answer',
    'how addressed',
    'how we addressed it',
    'plan',
    'decision',
    'mitigation plan',
    'our response',
    'resolution notes',
    'outcome',
    'resolution mitigation',
  ],
};

const objectionColumnMap = new Map<string, ObjectionColumn>();
for (const [canonical, aliases] of Object.entries(OBJECTION_COLUMNS)) {
  for (const alias of aliases) objectionColumnMap.set(key(alias), canonical as ObjectionColumn);
}

/** The canonical field a header names, or undefined for an extra column. */
export function objectionColumn(header: string): ObjectionColumn | undefined {
  const normalized = key(header);
  const exact = objectionColumnMap.get(normalized);
  if (exact) return exact;
  if (
    /\b(objection|objections|concern|concerns|risk|risks)\b/u.test(normalized) &&
    !/\b(owner|status|mitigation|resolution|level|likelihood|impact|severity|id)\b/u.test(normalized)
  ) {
    return 'objection';
  }
  return undefined;
}

export type StakeholderColumn = 'name' | 'role' | 'prealigned' | 'signoff' | 'constraints';

export const STAKEHOLDER_COLUMNS: Readonly<Record<StakeholderColumn, readonly string[]>> = {
  name: ['name', 'stakeholder', 'who', 'person', 'reviewer', 'approver'],
  role: ['role', 'function', 'team', 'org', 'title', 'area'],
  prealigned: [
    'prealigned',
    'pre-aligned',
    'pre-alignment',
    'prealignment',
    'aligned',
    '1:1',
    'one-on-one',
    'pre-read',
    'pre-aligned on',
    'prealigned on',
    'aligned on',
  ],
  signoff: ['signoff', 'sign off', 'sign-off', 'approval', 'approved', 'status', 'decision'],
  constraints: ['constraints', 'constraint', 'conditions', 'non-negotiables', 'requirements', 'concerns'],
};

const stakeholderColumnMap = new Map<string, StakeholderColumn>();
for (const [canonical, aliases] of Object.entries(STAKEHOLDER_COLUMNS)) {
  for (const alias of aliases) stakeholderColumnMap.set(key(alias), canonical as StakeholderColumn);
}

export function stakeholderColumn(header: string): StakeholderColumn | undefined {
  return stakeholderColumnMap.get(key(header));
}

/** `Q:`, `**Q:**`, `Q1.`, `Question:` at the start of a line (optionally bold). */
export const QUESTION_MARKER =
  /^[ \t]*(?:\*\*|__)?[ \t]*(?:Q|Question|QUESTION)[ \t]*(\d{1,3})?[ \t]*[:.)][ \t]*(?:\*\*|__)?[ \t]*/u;
/** `A:`, `**A:**`, `A.`, `Answer:` at the start of a line (optionally bold). */
export const ANSWER_MARKER =
  /^[ \t]*(?:\*\*|__)?[ \t]*(?:A|Answer|ANSWER)[ \t]*(\d{1,3})?[ \t]*[:.)][ \t]*(?:\*\*|__)?[ \t]*/u;
/** `C1.`, `I3:`, `E-2)`, `Q4.` before a question: an id, whose letter can name the audience. */
export const QUESTION_ID = /^[ \t]*([A-Z]{1,2}-?\d{1,3})[ \t]*[.):][ \t]+/u;

const INTERROGATIVE =
  /^(how|what|why|when|where|who|whom|whose|which|will|would|can|could|should|shall|does|do|did|is|are|was|were|has|have|had|may|might|must|if|isnt|arent|doesnt|dont|wont|cant)\b/iu;

/** True when a line reads as a question: ends with `?` or starts with an interrogative word. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = trimEndChars(text.trim(), '*_').trim();
  if (trimmed.endsWith('?') || trimmed.endsWith('？')) return true;
  return INTERROGATIVE.test(trimmed.replace(/['’]/gu, ''));
}

/** Audience named by a question id: C/E/P for customer/external/public, I/S/T/B for internal/stakeholder/technical/business. */
export function audienceFromId(id: string | undefined): 'external' | 'internal' | undefined {
  const letter = id?.[0];
  if (letter === 'C' || letter === 'E' || letter === 'P') return 'external';
  if (letter === 'I' || letter === 'S' || letter === 'T' || letter === 'B') return 'internal';
  return undefined;
}

/**
 * Questions that are objections in disguise: what prfaq records as `source: 'faq'` objections. "Why not partner with X?"
 * asks about an alternative, which its answer justifies: not a concern about doing the project.
 */
export const OBJECTION_QUESTION =
  /\b(why (?:should|would|shouldnt|wouldnt|shouldn't|wouldn't|might|could) (?:we|you|i|anyone|a customer|customers) (?:_|\*)?not\b|why not (?:do|build|ship|launch|pursue) (?:this|it)\b|drawbacks?|downsides?|what (?:could|would|might|will) (?:make (?:this|it|us) fail|go wrong|cause (?:this|it) to fail)|what are the (?:risks|concerns)|biggest risks?|main risks?|key risks?|open (?:issues|questions)|unresolved (?:issues|questions)|warum sollten wir (?:das |es )?nicht|por qu[eé] no deber[ií]amos)/iu;
