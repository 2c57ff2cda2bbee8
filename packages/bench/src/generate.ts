// Seeded, deterministic generator of realistic PR/FAQ documents and of the pathological inputs
// that make Markdown parsers fall off cliffs. Pure: the same seed always gives the same bytes.

/** mulberry32: tiny, fast and good enough to vary prose; not for anything secret. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (r: Random, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const FIRST = [
  'Jane',
  'Raj',
  'Amara',
  'Lukas',
  'Mei',
  'Tomás',
  'Priya',
  'Oluwaseun',
  'Sofia',
  'Kenji',
  'Fatima',
  'Noah',
  'Ingrid',
  'Diego',
];
const LAST = [
  'Doe',
  'Patel',
  'Okafor',
  'Schmidt',
  'Chen',
  'García',
  'Nair',
  'Adeyemi',
  'Rossi',
  'Tanaka',
  'Haddad',
  'Smith',
  'Larsen',
  'Fernández',
];
const ROLES = [
  'Finance',
  'Legal',
  'Security',
  'Support',
  'Marketing',
  'Engineering',
  'Risk',
  'Operations',
  'Sales',
  'Privacy',
  'Design',
  'Data Science',
];
const PRODUCTS = [
  'Instant Payouts',
  'Smart Refunds',
  'Team Inbox',
  'Offline Sync',
  'Usage Alerts',
  'One-Click Returns',
  'Shared Carts',
  'Live Tracking',
  'Bulk Invoicing',
  'Fraud Shield',
  'Self-Serve Exports',
  'Price Watch',
];
const CUSTOMERS = [
  'independent merchants selling on Acme',
  'small clinics booking patients online',
  'warehouse teams shipping same-day orders',
  'freelance designers billing clients',
  'school administrators managing enrolment',
  'developers running nightly data jobs',
];
const METRICS: Array<[string, string, string]> = [
  ['median payout time', '3 days', '1 hour'],
  ['support contacts per 1,000 orders', '42', '15'],
  ['weekly active teams', '1,200', '5,000'],
  ['refund processing time', '5 days', '10 minutes'],
  ['checkout conversion', '2.1%', '3.0%'],
  ['time to first invoice', '2 days', '15 minutes'],
  ['monthly churn', '4.5%', '3.0%'],
];
const STATUSES = ['open', 'resolved', 'accepted', 'deferred', 'withdrawn'];
const SIGNOFFS = ['pending', 'approved', 'rejected'];

// Vocabulary for filler prose: business English of the kind PR/FAQs are written in.
const NOUNS = [
  'merchant',
  'payout',
  'ledger',
  'customer',
  'order',
  'refund',
  'dashboard',
  'workflow',
  'account',
  'invoice',
  'team',
  'budget',
  'launch',
  'partner',
  'region',
  'report',
  'settlement',
  'balance',
  'fee',
  'integration',
  'review',
  'pilot',
  'cohort',
  'schedule',
  'policy',
  'queue',
  'service',
  'contract',
];
const VERBS = [
  'reduces',
  'tracks',
  'replaces',
  'speeds up',
  'simplifies',
  'removes',
  'protects',
  'measures',
  'automates',
  'explains',
  'schedules',
  'settles',
  'reconciles',
  'supports',
  'limits',
  'shows',
];
const ADJS = [
  'daily',
  'manual',
  'faster',
  'reliable',
  'regional',
  'existing',
  'monthly',
  'new',
  'shared',
  'secure',
  'optional',
  'visible',
  'predictable',
  'first',
  'small',
  'large',
];
const LINK_TARGETS = [
  'https://docs.acme.example/payouts',
  'https://acme.example/pricing',
  'https://status.acme.example',
  'https://wiki.acme.example/finance/risk-review',
  'https://github.com/acme/payments/issues/482',
  'https://acme.example/blog/launch',
];

function sentence(r: Random, links: LinkState): string {
  const words: string[] = [];
  const n = int(r, 8, 20);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.35) words.push(pick(r, NOUNS) + (r() < 0.3 ? 's' : ''));
    else if (roll < 0.55) words.push(pick(r, VERBS));
    else if (roll < 0.75) words.push(pick(r, ADJS));
    else
      words.push(pick(r, ['the', 'a', 'for', 'with', 'to', 'and', 'in', 'every', 'our', 'their', 'without', 'before']));
  }
  const decoration = r();
  if (decoration < 0.06)
    words.splice(int(r, 0, words.length - 1), 0, `[${pick(r, NOUNS)} guide](${pick(r, LINK_TARGETS)})`);
  else if (decoration < 0.1)
    words.splice(
      int(r, 0, words.length - 1),
      0,
      `\`${pick(r, ['payout.settle()', 'ACME_REGION', 'GET /v2/payouts', 'retry_after', '--dry-run'])}\``,
    );
  else if (decoration < 0.13) words.splice(int(r, 0, words.length - 1), 0, `**${pick(r, ADJS)}**`);
  else if (decoration < 0.15)
    words.splice(int(r, 0, words.length - 1), 0, `[${pick(r, NOUNS)} notes][${links.use(r)}]`);
  else if (decoration < 0.16)
    words.push(`(see ${pick(r, ['www.acme.example/help', 'https://acme.example/faq', 'support@acme.example'])})`);
  return `${cap(words.join(' '))}.`;
}

function paragraph(r: Random, links: LinkState, min = 2, max = 5): string {
  const out: string[] = [];
  for (let i = int(r, min, max); i > 0; i--) out.push(sentence(r, links));
  return out.join(' ');
}

/** Reference-style link definitions used by the prose, emitted once at the end of the document. */
class LinkState {
  private readonly used = new Set<number>();
  use(r: Random): string {
    const id = int(r, 1, 12);
    this.used.add(id);
    return `ref-${id}`;
  }
  definitions(): string[] {
    return [...this.used]
      .sort((a, b) => a - b)
      .map((id) => `[ref-${id}]: ${LINK_TARGETS[id % LINK_TARGETS.length]}/${id} "Reference ${id}"`);
  }
}

const person = (r: Random): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;

function isoDate(r: Random, year = 2026): string {
  return `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
}

export type FaqStyle = 'heading' | 'bold';

/** What the generator put into a document, so tests can compare it with what the parser finds. */
export interface GeneratedDoc {
  text: string;
  title: string;
  stakeholders: number;
  outcomes: number;
  externalFaq: number;
  internalFaq: number;
  objections: number;
  faqStyle: FaqStyle;
}

export interface DocOptions {
  /** Approximate size in bytes; the default is drawn from 9–19 KB. */
  targetBytes?: number;
  /** Number of FAQ entries; the default is drawn from 10–30. */
  faqCount?: number;
  /** Number of objections rows; the default is drawn from 3–8. */
  objectionCount?: number;
}

function codeBlock(r: Random): string {
  return pick(r, [
    '```bash\ncurl -X POST https://api.acme.example/v2/payouts \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -d \'{"amount": 1250, "currency": "USD", "instant": true}\'\n```',
    '```json\n{\n  "payout_id": "po_1234",\n  "status": "settled",\n  "settled_at": "2026-11-20T10:15:00Z"\n}\n```',
    '```ts\nconst payout = await acme.payouts.create({ amount: 1250, instant: true });\nif (payout.status !== "settled") retryLater(payout.id);\n```',
    '```yaml\nrollout:\n  regions: [us-east, eu-west]\n  percentage: 10\n  guardrail: error_rate < 0.5%\n```',
  ]);
}

function answer(r: Random, links: LinkState, budget: number): string {
  const parts: string[] = [];
  let size = 0;
  // A sentence is about 110 bytes: short budgets get short answers, so 30 entries still fit in 20 KB.
  const maxSentences = Math.max(1, Math.min(5, Math.round(budget / 110)));
  while (size < budget || parts.length === 0) {
    const roll = r();
    let part: string;
    if (parts.length === 0) part = paragraph(r, links, 1, maxSentences);
    else if (roll < 0.6) part = paragraph(r, links, 1, maxSentences);
    else if (roll < 0.78) {
      const ordered = r() < 0.4;
      const items: string[] = [];
      for (let i = 1, n = int(r, 2, 5); i <= n; i++) {
        const item = `${ordered ? `${i}.` : '-'} ${sentence(r, links)}`;
        items.push(r() < 0.15 ? `${item}\n  - ${sentence(r, links)}` : item);
      }
      part = items.join('\n');
    } else if (roll < 0.88) part = codeBlock(r);
    else if (roll < 0.94) part = `> ${sentence(r, links)} ${sentence(r, links)}`;
    else part = `- [${r() < 0.5 ? 'x' : ' '}] ${sentence(r, links)}\n- [ ] ${sentence(r, links)}`;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

function question(r: Random, internal: boolean): string {
  const product = pick(r, NOUNS);
  const external = [
    `How much does the ${product} feature cost?`,
    `Which ${pick(r, NOUNS)}s can use it on day one?`,
    `What happens when a ${product} fails?`,
    `How do I turn it off for my ${pick(r, NOUNS)}?`,
    `Is my ${product} data shared with anyone?`,
    `When is it available in my region?`,
    `Does it work with the ${pick(r, ADJS)} ${product} integration?`,
  ];
  const internalQs = [
    `Why are we doing this now and not next year?`,
    `Why should we not do this?`,
    `What does the ${product} cost us per month at the target volume?`,
    `What alternatives did you consider for the ${product}?`,
    `What are the biggest risks to the ${pick(r, ADJS)} ${product}?`,
    `How will we know the ${product} launch worked?`,
    `What would make this fail?`,
    `Which teams need to change their ${product} process?`,
  ];
  return pick(r, internal ? internalQs : external);
}

interface FrontmatterShape {
  seed: number;
  product: string;
  customer: string;
  stakeholderCount: number;
  outcomeCount: number;
}

/** The frontmatter lines, `---` to `---`: meta, stakeholders and outcomes. */
function frontmatter(r: () => number, shape: FrontmatterShape): string[] {
  const { seed, product, customer, stakeholderCount, outcomeCount } = shape;
  const fm: string[] = [
    '---',
    `title: ${product}`,
    `status: ${pick(r, ['draft', 'review', 'approved'])}`,
    `owner: ${person(r)}`,
    `customer: ${customer}`,
    `decision-date: ${isoDate(r)}`,
    'stakeholders:',
  ];
  for (let i = 0; i < stakeholderCount; i++) {
    fm.push(`  - name: ${person(r)}`, `    role: ${ROLES[i % ROLES.length]}`);
    if (r() < 0.7) fm.push(`    prealigned: ${isoDate(r)}`);
    fm.push(`    signoff: ${pick(r, SIGNOFFS)}`);
  }
  fm.push('outcomes:');
  for (let i = 0; i < outcomeCount; i++) {
    const [metric, baseline, target] = METRICS[(seed + i) % METRICS.length]!;
    fm.push(
      `  - statement: ${cap(customer)} see ${metric} go from ${baseline} to ${target}`,
      `    metric: ${metric}`,
      `    baseline: "${baseline}"`,
      `    target: "${target}"`,
    );
  }
  fm.push('---');

  return fm;
}

/** The `## Objections` section as a table, one row per objection. */
function objectionTable(r: () => number, links: LinkState, objectionCount: number): string {
  const rows: string[] = [
    '| Stakeholder | Objection | Status | Owner | Resolution |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (let i = 0; i < objectionCount; i++) {
    const status = pick(r, STATUSES);
    const resolution = status === 'open' ? '' : sentence(r, links).replace(/\|/g, '/');
    rows.push(
      `| ${pick(r, ROLES)} | ${sentence(r, links).replace(/\|/g, '/')} | ${status} | ${person(r)} | ${resolution} |`,
    );
  }
  return `## Objections\n\n${rows.join('\n')}`;
}

/** One realistic PR/FAQ in the canonical shape, 8–20 KB unless `targetBytes` says otherwise. */
export function generateDoc(seed: number, options: DocOptions = {}): GeneratedDoc {
  const r = rng(seed);
  const links = new LinkState();
  const product = pick(r, PRODUCTS);
  const customer = pick(r, CUSTOMERS);
  const faqStyle: FaqStyle = r() < 0.7 ? 'heading' : 'bold';
  const targetBytes = options.targetBytes ?? int(r, 10_500, 19_500);
  const faqCount = options.faqCount ?? int(r, 10, 30);
  const objectionCount = options.objectionCount ?? int(r, 3, 8);
  const stakeholderCount = int(r, 2, 6);
  const outcomeCount = int(r, 1, 3);

  const fm = frontmatter(r, { seed, product, customer, stakeholderCount, outcomeCount });

  const [metric, baseline, target] = METRICS[seed % METRICS.length]!;
  const leader = person(r);
  const client = person(r);
  const pr: string[] = [
    `# Acme launches ${product}: ${customer} cut ${metric} from ${baseline} to ${target}`,
    `## Summary\n\n${cap(customer)} can now use ${product}. ${paragraph(r, links, 2, 3)} It brings ${metric} from ${baseline} to ${target}.`,
    `## Problem\n\n${paragraph(r, links, 3, 6)}\n\n${paragraph(r, links, 2, 4)}`,
    `## Solution\n\n${paragraph(r, links, 3, 6)}\n\n${answer(r, links, 500)}`,
    `## Leader quote\n\n"${paragraph(r, links, 2, 3)}" said ${leader}, VP of ${pick(r, ROLES)} at Acme.`,
    `## How it works\n\n${answer(r, links, 900)}`,
    `## Customer quote\n\n"${paragraph(r, links, 2, 3)}" said ${client}, owner of a ${pick(r, ADJS)} business in ${pick(r, ['Lisbon', 'Austin', 'Lagos', 'Osaka', 'Bremen', 'Pune'])}.`,
    `## Call to action\n\nTurn on ${product} today at [acme.example/${product.toLowerCase().replace(/[^a-z]+/g, '-')}](https://acme.example/${product.toLowerCase().replace(/[^a-z]+/g, '-')}) or read the [launch notes][${links.use(r)}].`,
  ];

  const objections = objectionTable(r, links, objectionCount);

  const fixed = fm.join('\n').length + pr.join('\n\n').length + objections.length + 200;
  const externalCount = Math.max(1, Math.round(faqCount * (0.35 + r() * 0.2)));
  const internalCount = faqCount - externalCount;
  const perEntry = Math.max(120, (targetBytes - fixed) / faqCount - 260);
  const faqEntry = (internal: boolean): string => {
    const q = question(r, internal);
    const a = answer(r, links, perEntry);
    return faqStyle === 'heading' ? `#### ${q}\n\n${a}` : `**Q: ${q}**\n\nA: ${a}`;
  };
  const faq: string[] = ['## FAQ', '### External FAQ'];
  for (let i = 0; i < externalCount; i++) faq.push(faqEntry(false));
  faq.push('### Internal FAQ');
  for (let i = 0; i < internalCount; i++) faq.push(faqEntry(true));

  const defs = links.definitions();
  const text = `${fm.join('\n')}\n\n${pr.join('\n\n')}\n\n${faq.join('\n\n')}\n\n${objections}\n${defs.length ? `\n${defs.join('\n')}\n` : ''}`;
  return {
    text,
    title: product,
    stakeholders: stakeholderCount,
    outcomes: outcomeCount,
    externalFaq: externalCount,
    internalFaq: internalCount,
    objections: objectionCount,
    faqStyle,
  };
}

/** The pathological inputs from the issue, each the size it was measured at. */
export const worstCases = {
  /** A 100,000-row GFM table (about 3 MB). */
  'table-100k-rows': (): string => {
    const out = ['| Stakeholder | Objection | Status |', '| --- | --- | --- |'];
    for (let i = 0; i < 100_000; i++) out.push(`| Team ${i % 97} | Cost ${i} | open |`);
    return `${out.join('\n')}\n`;
  },
  /** 50,000 link reference definitions, each used once. */
  'link-defs-50k': (): string => {
    const uses: string[] = [];
    const defs: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      uses.push(`See [item ${i}][ref${i}].`);
      defs.push(`[ref${i}]: https://example.com/items/${i} "Item ${i}"`);
    }
    return `# Links\n\n${uses.join(' ')}\n\n${defs.join('\n')}\n`;
  },
  /** 100,000 headings with a line of text under each. */
  'headings-100k': (): string => {
    const out: string[] = [];
    for (let i = 0; i < 100_000; i++) out.push(`${'#'.repeat((i % 4) + 1)} Heading ${i}\n\nText ${i}.\n`);
    return out.join('\n');
  },
  /** A bullet list nested 1,000 levels deep. */
  'list-nested-1000': (): string => {
    const out: string[] = [];
    for (let i = 0; i < 1_000; i++) out.push(`${'  '.repeat(i)}- level ${i}`);
    return `${out.join('\n')}\n`;
  },
  /** One paragraph of 1 MB on a single line. */
  'line-1mb': (): string => {
    const r = rng(1);
    const words: string[] = [];
    let size = 0;
    while (size < 1_000_000) {
      const w = pick(r, NOUNS);
      words.push(w);
      size += w.length + 1;
    }
    return `# One line\n\n${words.join(' ')}\n`;
  },
} satisfies Record<string, () => string>;

export type WorstCase = keyof typeof worstCases;
