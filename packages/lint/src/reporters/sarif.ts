// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps): one run, the rule
// catalogue with help links, one result per diagnostic. Columns are UTF-16 code units, as in prfaq.
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../types.js';
import type { Reporter } from './types.js';

const level: Record<Exclude<Severity, 'off'>, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warn: 'warning',
  info: 'note',
};

export const sarif: Reporter = (results, context = {}) => {
  const known: ReadonlyMap<string, RuleMeta> = context.rules ?? new Map();
  // Every registered rule, then any other id that appears (engine ids such as io-error), in a stable order.
  const ids = [...known.keys()].sort();
  for (const result of results) for (const d of result.diagnostics) if (!ids.includes(d.ruleId)) ids.push(d.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = known.get(id);
    const descriptor: Record<string, unknown> = {
      id,
      shortDescription: { text: meta?.description ?? engineDescriptions[id] ?? id },
    };
    if (meta) {
      descriptor.helpUri = context.docsUrl?.(id);
      descriptor.defaultConfiguration = {
        enabled: meta.recommended !== 'off',
        level: meta.recommended === 'off' ? 'warning' : level[meta.recommended],
      };
      descriptor.properties = { category: meta.category, ...(meta.fixable ? { fixable: meta.fixable } : {}) };
    }
    if (descriptor.helpUri === undefined) delete descriptor.helpUri;
    return descriptor;
  });
  const artifacts: string[] = [];
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'prfaq',
            informationUri: 'https://github.com/prfaq/prfaq',
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        // SARIF wants an absolute URI for a base; without a known folder the base is left for the consumer (GitHub uses the checkout).
        ...(context.cwd
          ? {
              originalUriBaseIds: {
                '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href },
              },
            }
          : {}),
        artifacts: [] as Array<{ location: { uri: string; uriBaseId: string } }>,
        results: results.flatMap((result) => {
          const uri = pathToUri(result.path ?? 'unknown.md');
          let artifactIndex = artifacts.indexOf(uri);
          if (artifactIndex === -1) artifactIndex = artifacts.push(uri) - 1;
          return result.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: index.get(d.ruleId)!,
            level: level[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    endLine: d.endLine,
                    endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column : 1),
                  },
                },
              },
            ],
          }));
        }),
      },
    ],
  };
  out.runs[0]!.artifacts = artifacts.map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' } }));
  return `${JSON.stringify(out, null, 2)}\n`;
};

/** Descriptions of diagnostics that do not come from a rule. */
const engineDescriptions: Record<string, string> = {
  'io-error': 'The file could not be read as UTF-8 Markdown',
  'frontmatter-yaml': 'The frontmatter is not valid YAML',
  'parse-limit': 'The document exceeded a parser limit',
  encoding: 'The text has an encoding problem',
  'directive-unknown-rule': 'A suppression comment names an unknown rule',
  'directive-unused': 'A suppression comment suppresses nothing',
};

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
function pathToUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
