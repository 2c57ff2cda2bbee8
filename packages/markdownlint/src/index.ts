// @prfaq/markdownlint: every prfaq rule as a markdownlint custom rule named `prfaq/<rule-id>`, so that
// markdownlint-cli2 users add one line (`"customRules": ["@prfaq/markdownlint"]`) and get prfaq's findings.
// The document is linted once per file and content; each rule picks its own findings.
import { ENGINE_IDS, docsUrl, lintAtPath, rules, type Diagnostic } from '@prfaq/lint';

/** The shape markdownlint expects of a custom rule (markdownlint's own types are not a dependency). */
export interface MarkdownlintRule {
  names: string[];
  description: string;
  information?: URL;
  tags: string[];
  parser: 'none';
  function: (params: RuleParams, onError: (error: ErrorInfo) => void) => void;
}

export interface RuleParams {
  name: string;
  lines: readonly string[];
  frontMatterLines: readonly string[];
}

export interface ErrorInfo {
  lineNumber: number;
  detail?: string;
  range?: [number, number];
}

export const RULE_PREFIX = 'prfaq/';
/** Engine ids a file can produce here (io-error is the CLI's: markdownlint reads the file itself). */
const engineIds = Object.values(ENGINE_IDS).filter((id) => id !== ENGINE_IDS.ioError);

/** The last few files linted: markdownlint calls each rule in turn on the same file. */
const recent = new Map<string, Map<string, Diagnostic[]>>();
const RECENT = 8;

function findingsFor(params: RuleParams): Map<string, Diagnostic[]> {
  const text = [...params.frontMatterLines, ...params.lines].join('\n');
  const key = `${params.name}\u0000${text}`;
  let byRule = recent.get(key);
  if (!byRule) {
    byRule = new Map();
    let diagnostics: Diagnostic[];
    try {
      diagnostics = lintAtPath(text, params.name || undefined)?.diagnostics ?? [];
    } catch (error) {
      // A bad prfaq config is one finding on the first line, not a crash of the whole markdownlint run.
      const message = error instanceof Error ? error.message : String(error);
      diagnostics = [
        {
          ruleId: 'config',
          severity: 'error',
          message: `prfaq config: ${message}`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          offset: 0,
          endOffset: 0,
        },
      ];
    }
    for (const d of diagnostics) {
      const list = byRule.get(d.ruleId) ?? [];
      list.push(d);
      byRule.set(d.ruleId, list);
    }
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(key, byRule);
  }
  return byRule;
}

/**
 * Reports one prfaq finding. markdownlint numbers lines after the frontmatter it strips and cannot report
 * inside it, so a frontmatter finding goes on the first line after the closing `---`, saying which line it is about.
 */
function report(d: Diagnostic, params: RuleParams, onError: (error: ErrorInfo) => void): void {
  const offset = params.frontMatterLines.length;
  const bodyLine = d.line - offset;
  if (bodyLine < 1) {
    onError({ lineNumber: 1, detail: `frontmatter line ${d.line}: ${d.message}` });
    return;
  }
  const lineNumber = Math.min(bodyLine, params.lines.length);
  const text = params.lines[lineNumber - 1] ?? '';
  const length = d.endLine === d.line ? d.endColumn - d.column : text.length - d.column + 1;
  const range: [number, number] | undefined =
    lineNumber === bodyLine && length >= 1 && d.column + length - 1 <= text.length ? [d.column, length] : undefined;
  onError(range ? { lineNumber, detail: d.message, range } : { lineNumber, detail: d.message });
}

function rule(
  id: string,
  description: string,
  category: string | undefined,
  information: string | undefined,
): MarkdownlintRule {
  return {
    names: [`${RULE_PREFIX}${id}`],
    description,
    ...(information ? { information: new URL(information) } : {}),
    tags: ['prfaq', ...(category ? [`prfaq-${category}`] : [])],
    parser: 'none',
    function(params, onError) {
      for (const d of findingsFor(params).get(id) ?? []) report(d, params, onError);
    },
  };
}

const engineDescriptions: Record<string, string> = {
  [ENGINE_IDS.frontmatterYaml]: 'The frontmatter is valid YAML: a mapping without repeated keys',
  [ENGINE_IDS.parseLimit]: 'The document is within the parser limits (docs/format.md)',
  [ENGINE_IDS.encoding]: 'The text has no encoding problem',
  [ENGINE_IDS.directiveUnknownRule]: 'prfaq-disable comments name known rules',
  [ENGINE_IDS.directiveUnused]: 'prfaq-disable comments suppress something',
};

/** prfaq's rules and engine checks, plus `prfaq/config` for a config prfaq cannot load. */
export const prfaqRules: MarkdownlintRule[] = [
  ...rules.map((r) => rule(r.meta.id, r.meta.description, r.meta.category, docsUrl(r.meta.id))),
  ...engineIds.map((id) => rule(id, engineDescriptions[id] ?? id, undefined, undefined)),
  rule('config', 'The prfaq config that applies to the file loads', undefined, undefined),
];

export default prfaqRules;
