// Placeholder until the parser lands: an empty model so the workspace type-checks.
import type { ParseOptions, PrfaqDocument } from './model.js';

export function parse(text: string, options: ParseOptions = {}): PrfaqDocument {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const zero = { line: 1, column: 1, offset: 0 };
  return {
    path: options.path,
    text: body,
    bom,
    eol: body.includes('\r\n') ? '\r\n' : '\n',
    frontmatter: { present: false, data: {}, span: undefined, locations: {} },
    meta: {},
    status: undefined,
    headline: undefined,
    sections: [],
    pressRelease: undefined,
    faq: [],
    objections: [],
    objectionTables: [],
    stakeholders: [],
    outcomes: [],
    words: { total: 0, pressRelease: 0, faq: 0 },
    detectedProfile: 'lite',
    problems: [],
    tree: { type: 'root', children: [] },
    positionAt: () => zero,
  };
}
