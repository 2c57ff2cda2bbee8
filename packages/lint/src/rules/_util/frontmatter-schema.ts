// The JSON Schema of PR/FAQ frontmatter, shipped in the package: what `frontmatter-schema` validates and what editors can complete.
// Date formats are left to `decision-date` and `stakeholder-prealigned`, and objection statuses to `objection-fields`,
// so that one mistake is reported once, by the rule that explains it best.

export const documentStatuses = ['draft', 'review', 'approved', 'rejected', 'shelved'] as const;
export const signoffs = ['pending', 'approved', 'rejected'] as const;

const text = { type: 'string' } as const;
const textOrNumber = { type: ['string', 'number'] } as const;

export const frontmatterSchema = {
  $id: 'https://github.com/prfaq/prfaq/blob/main/packages/lint/schema/frontmatter.schema.json',
  title: 'PR/FAQ frontmatter',
  type: 'object',
  required: ['title', 'status', 'owner'],
  properties: {
    title: { type: 'string', minLength: 1 },
    status: { enum: [...documentStatuses] },
    owner: { type: 'string', minLength: 1 },
    customer: text,
    'decision-date': textOrNumber,
    stakeholders: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          role: text,
          prealigned: textOrNumber,
          signoff: { enum: [...signoffs] },
          constraints: { type: 'array', items: text },
        },
      },
    },
    outcomes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['statement'],
        properties: {
          statement: { type: 'string', minLength: 1 },
          metric: text,
          baseline: textOrNumber,
          target: textOrNumber,
        },
      },
    },
    objections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['stakeholder', 'objection'],
        properties: { stakeholder: text, objection: text, status: text, owner: text, resolution: text },
      },
    },
  },
} as const;

/** Known keys of the object at a data path (`''`, `/stakeholders/0`), for "did you mean". */
export function knownKeys(path: string): string[] {
  if (path === '') return Object.keys(frontmatterSchema.properties);
  const list = /^\/(stakeholders|outcomes|objections)\/\d+$/.exec(path)?.[1] as
    'stakeholders' | 'outcomes' | 'objections' | undefined;
  return list ? Object.keys(frontmatterSchema.properties[list].items.properties) : [];
}
