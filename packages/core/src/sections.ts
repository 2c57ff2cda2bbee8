// The section alias table: how the many ways people title the parts of a PR/FAQ map to one SectionKind.
// Exported so the lint config can extend it and the docs can list it.
import type { SectionKind } from './model.js';
import { trimEndChars } from './text.js';

/** Built-in aliases, written as they would appear; they are compared after `normalizeTitle`. */
export const SECTION_ALIASES: Readonly<Record<Exclude<SectionKind, 'unknown'>, readonly string[]>> = {
  'press-release': [
    'Press Release',
    'PR',
    'The Press Release',
    'Draft Press Release',
    'Press Release Draft',
    'Announcement',
    'Launch Announcement',
    'Blog Post',
    'Pressemitteilung',
    'Comunicado de prensa',
    'Nota de prensa',
    'Communiqué de presse',
  ],
  headline: ['Headline'],
  subheading: ['Subheading', 'Sub-heading', 'Subheadline', 'Sub-headline', 'Subtitle', 'Subhead', 'Sub Title'],
  summary: [
    'Summary',
    'Summary Paragraph',
    'Intro',
    'Introduction',
    'Overview',
    'TL;DR',
    'TLDR',
    'Opening',
    'Opening Paragraph',
    'Executive Summary',
    'Zusammenfassung',
    'Resumen',
    'Résumé',
  ],
  problem: [
    'Problem',
    'The Problem',
    'Problem Statement',
    'Customer Problem',
    'Customer Pain',
    'Pain Points',
    'Challenge',
    'The Challenge',
    'Motivation',
    'Background',
    'Problema',
    'Problème',
  ],
  solution: [
    'Solution',
    'The Solution',
    'Our Solution',
    'Proposed Solution',
    'Proposal',
    'Product Solution',
    'Lösung',
    'Solución',
    'Solución propuesta',
  ],
  'leader-quote': [
    'Leader Quote',
    'Quote from Leader',
    'Quote from a Leader',
    'Quote from a Company Leader',
    'Company Quote',
    'Spokesperson Quote',
    'Executive Quote',
    'Internal Quote',
    'Leadership Quote',
    'Quote from You',
    'Quote',
    'Quotes',
  ],
  'how-it-works': [
    'How It Works',
    'How does it work',
    'How It Works / Getting Started',
    'Getting Started',
    'How to Get Started',
    'Customer Experience',
    'How to Use It',
  ],
  'customer-quote': [
    'Customer Quote',
    'Customer Quotes',
    'Quote from Customer',
    'Quote from a Customer',
    'Customer Testimonial',
    'Testimonial',
    'Testimonials',
    'Kundenzitat',
    'Cita del cliente',
    'Citation client',
  ],
  'call-to-action': [
    'Call to Action',
    'CTA',
    'Availability',
    'Availability and Pricing',
    'Learn More',
    'Where to Learn More',
    'Get Started Today',
  ],
  faq: [
    'FAQ',
    'FAQs',
    'Frequently Asked Questions',
    'Questions',
    'Questions and Answers',
    'Q&A',
    'Q & A',
    'FAQ Section',
    'Häufig gestellte Fragen',
    'Häufige Fragen',
    'Fragen und Antworten',
    'Preguntas frecuentes',
    'Preguntas y respuestas',
    'Questions fréquentes',
    'Foire aux questions',
  ],
  'external-faq': [
    'External FAQ',
    'Customer FAQ',
    'Public FAQ',
    'Customer / External FAQ',
    'External / Customer FAQ',
    'Customer Questions',
    'External Questions',
    'Customer-facing FAQ',
    'User FAQ',
    'Customer Frequently Asked Questions',
    'External Frequently Asked Questions',
    'Externe FAQ',
    'Kunden-FAQ',
    'Preguntas de clientes',
    'Preguntas externas',
    'FAQ externa',
    'FAQ externe',
  ],
  'internal-faq': [
    'Internal FAQ',
    'Stakeholder FAQ',
    'Business FAQ',
    'Technical FAQ',
    'Internal / Technical FAQ',
    'Internal FAQ (Technical / Stakeholder)',
    'Internal Questions',
    'Stakeholder Questions',
    'Team FAQ',
    'Internal Frequently Asked Questions',
    'Interne FAQ',
    'Interne Fragen',
    'Preguntas internas',
    'FAQ interna',
    'FAQ interne',
    'Questions internes',
  ],
  objections: [
    'Objections',
    'Stakeholder Objections',
    'Open Objections',
    'Objections and Concerns',
    'Stakeholder Concerns',
    'Concerns Raised',
    'Dissent',
    'Objection Log',
  ],
  risks: [
    'Risks',
    'Concerns',
    'Open Questions',
    'Open Issues',
    'Drawbacks',
    'Risks and Mitigations',
    'Risks and Concerns',
    'Known Risks',
    'Unresolved Questions',
    'Why should we not do this?',
    'Why not?',
    'What could go wrong?',
    'What would make this fail?',
    'Downsides',
    'Risiken',
    'Riesgos',
    'Risques',
  ],
  stakeholders: [
    'Stakeholders',
    'Stakeholder Alignment',
    'Alignment',
    'Reviewers',
    'Approvers',
    'Sign-off',
    'Sign-offs',
    'Signoffs',
    'Approvals',
    'Decision Makers',
  ],
  outcomes: [
    'Outcomes',
    'Customer Outcomes',
    'Success Metrics',
    'Metrics',
    'Goals',
    'Success Criteria',
    'Measures of Success',
    'KPIs',
    'Goals and Metrics',
    'Outcome Metrics',
  ],
  'working-backwards': [
    'Working Backwards',
    'Working Backwards Artifacts',
    'Future Artifacts',
    'Artifacts from the Future',
  ],
  metadata: ['Metadata', 'Meta', 'Document Info', 'Document Information', 'Document Details', 'Document Status'],
  appendix: ['Appendix', 'Appendices', 'References', 'Glossary', 'Related Documents', 'Resources', 'Further Reading'],
};

/** The kinds whose sections hold FAQ entries. */
export const FAQ_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['faq', 'external-faq', 'internal-faq']);

// Emoji, variation selectors, zero-width joiners and keycaps: decoration, never meaning.
const DECORATION = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
// "1.", "1)", "2 -", "IV.", "A)", "Part 1 —", "Part III:", "Section 2." at the start of a title.
const NUMBERING =
  /^(?:(?:part|section|chapter|step)\s+(?:\d+|[ivxlc]+|[a-z])\b\s*[.):\-–—]?|(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])\s*(?:[.)]|\s[-–—:]))\s*/iu;

// Documents repeat the same titles ("FAQ", "Press Release") and a parse normalises each title twice (its kind,
// then the profile): results are kept, and the cache is emptied when it grows past a bound.
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 5000;

/**
 * Lower-cases a title and strips what does not carry meaning: emoji, leading numbering, closing `#`s,
 * trailing colons, punctuation, plural `FAQs` and extra spaces. `"1. 📣 Press Release:"` -> `"press release"`.
 */
export function normalizeTitle(title: string): string {
  let value = normalized.get(title);
  if (value === undefined) {
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    value = normalizeUncached(title);
    normalized.set(title, value);
  }
  return value;
}

function normalizeUncached(title: string): string {
  let value = title.normalize('NFKC').replace(DECORATION, ' ').trim();
  // A closing `##` that remark did not strip (bold titles, config aliases), trimmed without a backtracking regex.
  const unhashed = trimEndChars(value, '#');
  if (unhashed.length < value.length && /\s$/u.test(unhashed)) value = unhashed.trim();
  // Numbering can repeat ("Part 1 — 1. Press Release") but a bare "I" or "A" word must survive.
  for (let i = 0; i < 2; i++) {
    const match = NUMBERING.exec(value);
    if (!match || match[0].length >= value.length) break;
    value = value.slice(match[0].length);
  }
  return value
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bfaqs\b/gu, 'faq')
    .replace(/\s+/gu, ' ')
    .trim();
}

export type AliasTable = ReadonlyMap<string, SectionKind>;

/** Builds the lookup from normalised title to kind; `extra` (from config) wins over the built-in table. */
export function buildAliasTable(extra?: Partial<Record<SectionKind, readonly string[]>>): AliasTable {
  const table = new Map<string, SectionKind>();
  const add = (aliases: Partial<Record<SectionKind, readonly string[]>>): void => {
    for (const [kind, titles] of Object.entries(aliases)) {
      if (!Array.isArray(titles)) continue;
      for (const title of titles) {
        if (typeof title !== 'string') continue;
        const key = normalizeTitle(title);
        if (key) table.set(key, kind as SectionKind);
      }
    }
  };
  add(SECTION_ALIASES);
  if (extra) add(extra);
  return table;
}

const DEFAULT_TABLE = buildAliasTable();

/** The table for a parse: the built-in one, shared, unless the options add aliases. */
export function aliasTableFor(extra?: Partial<Record<SectionKind, readonly string[]>>): AliasTable {
  return extra && Object.keys(extra).length > 0 ? buildAliasTable(extra) : DEFAULT_TABLE;
}

const EXTERNAL_WORDS = /\b(customer|customers|external|public|user|users|client|clients)\b/u;
const INTERNAL_WORDS = /\b(internal|stakeholder|stakeholders|business|technical|team|engineering|leadership)\b/u;

/**
 * The kind of a section title: an exact alias first, then a few family rules for the FAQ variants
 * nobody can list exhaustively ("Customer / External FAQs", "Internal FAQ (Technical / Stakeholder)",
 * "Appendix B: Data").
 */
export function classifyTitle(title: string, table: AliasTable = DEFAULT_TABLE): SectionKind {
  // A template placeholder (`# {{headline}}`, `## {PROBLEM}`) is text still to be written, not a part's name.
  if (/\{\{[^{}]*\}\}|\{[A-Z_]+\}/u.test(title)) return 'unknown';
  const key = normalizeTitle(title);
  if (!key) return 'unknown';
  const exact = table.get(key);
  if (exact) return exact;
  // "Shared Carts — PR/FAQ" names the whole document, not its FAQ.
  if (/\b(pr faq|prfaq|press release (and|faq))\b/u.test(key)) return 'unknown';
  const isFaq = /\bfaq\b/u.test(key) || /\bfrequently asked questions\b/u.test(key) || /\bq and a\b/u.test(key);
  if (isFaq) {
    const external = EXTERNAL_WORDS.exec(key);
    const internal = INTERNAL_WORDS.exec(key);
    // "Customer / External FAQ" vs "Internal FAQ (Technical / Stakeholder)": the word written first decides.
    if (external && (!internal || external.index < internal.index)) return 'external-faq';
    if (internal) return 'internal-faq';
    return 'faq';
  }
  if (/^(appendix|appendices|annex)\b/u.test(key)) return 'appendix';
  if (/^(press release|pr)\b/u.test(key) && key.split(' ').length <= 4) return 'press-release';
  return 'unknown';
}
