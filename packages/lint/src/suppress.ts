// Suppression comments: `<!-- prfaq-disable a b -- reason -->`, `prfaq-enable`, `prfaq-disable-next-line`
// and `prfaq-disable-file`, read from the Markdown's HTML nodes (so never from inside code).
import type { PrfaqDocument } from '@prfaq/core';
import type { Diagnostic, Severity } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ids: string[];
  reason: string | undefined;
  /** Where the comment is. */
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Diagnostic ids of the suppression machinery itself. */
export const DIRECTIVE_UNKNOWN_RULE = 'directive-unknown-rule';
export const DIRECTIVE_UNUSED = 'directive-unused';

const COMMENT = /<!--\s*prfaq-(disable-next-line|disable-file|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

interface HtmlNode {
  type: string;
  value?: string;
  position?: { start: { offset?: number } };
  children?: HtmlNode[];
}

/** Every directive in the document, in source order. */
export function findDirectives(doc: PrfaqDocument): Directive[] {
  const found: Directive[] = [];
  // Most documents have no directive: skip the tree walk.
  if (!doc.text.includes('prfaq-')) return found;
  const visit = (node: HtmlNode): void => {
    if (node.type === 'html' && node.value !== undefined && node.position?.start.offset !== undefined) {
      const base = node.position.start.offset;
      for (const match of node.value.matchAll(COMMENT)) {
        const [ids, reason] = splitReason(match[2]!);
        const offset = base + match.index;
        const endOffset = offset + match[0].length;
        const start = doc.positionAt(offset);
        const end = doc.positionAt(endOffset);
        found.push({
          kind: match[1] as DirectiveKind,
          ids,
          reason,
          offset,
          endOffset,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc.tree);
  return found.sort((a, b) => a.offset - b.offset);
}

/** `a b, c -- because` -> [[a, b, c], 'because']. */
function splitReason(body: string): [string[], string | undefined] {
  const at = body.search(/(^|\s)--(\s|$)/);
  const list = at === -1 ? body : body.slice(0, at);
  const reason =
    at === -1
      ? undefined
      : body
          .slice(at)
          .replace(/^\s*--\s*/, '')
          .trim() || undefined;
  return [list.split(/[\s,]+/).filter(Boolean), reason];
}

export interface SuppressOptions {
  /** Every rule id a directive may name (registered rules and engine ids). */
  knownIds: ReadonlySet<string>;
  /** Rule ids that ran on this document: a directive naming only rules that did not run is not "unused". */
  ranIds: ReadonlySet<string>;
  /** Report directives that suppress nothing, at this severity. */
  reportUnused?: Exclude<Severity, 'off'> | undefined;
}

/**
 * Drops suppressed diagnostics and adds diagnostics for directives naming unknown rules (always)
 * and for unused directives (when asked). Engine diagnostics about directives are never suppressed.
 */
export function applySuppressions(
  doc: PrfaqDocument,
  diagnostics: Diagnostic[],
  options: SuppressOptions,
): Diagnostic[] {
  const directives = findDirectives(doc);
  if (directives.length === 0) return diagnostics;
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const by = suppressedBy(directives, diagnostic);
    if (by) used.get(by)!.add(diagnostic.ruleId);
    else kept.push(diagnostic);
  }
  const extra: Diagnostic[] = [];
  for (const directive of directives) {
    for (const id of directive.ids) {
      if (!options.knownIds.has(id)) {
        extra.push(
          at(
            directive,
            DIRECTIVE_UNKNOWN_RULE,
            'warn',
            `Unknown rule "${id}" in prfaq-${directive.kind}; expected a rule id listed by \`prfaq rules\``,
          ),
        );
      }
    }
    if (!options.reportUnused || directive.kind === 'enable') continue;
    const suppressed = used.get(directive)!;
    if (directive.ids.length === 0) {
      if (suppressed.size === 0)
        extra.push(
          at(
            directive,
            DIRECTIVE_UNUSED,
            options.reportUnused,
            `Unused prfaq-${directive.kind} directive: no problem was suppressed; remove it`,
          ),
        );
    } else {
      const idle = directive.ids.filter((id) => options.ranIds.has(id) && !suppressed.has(id));
      if (idle.length > 0) {
        extra.push(
          at(
            directive,
            DIRECTIVE_UNUSED,
            options.reportUnused,
            `Unused prfaq-${directive.kind} directive: ${idle.join(', ')} reported nothing here; remove ${idle.length === 1 ? 'it' : 'them'}`,
          ),
        );
      }
    }
  }
  return [...kept, ...extra];
}

/** The directive that suppresses `diagnostic`, if any. `disable`/`enable` work like ESLint's: the last word before the problem wins. */
function suppressedBy(directives: readonly Directive[], diagnostic: Diagnostic): Directive | undefined {
  const names = (d: Directive) => d.ids.length === 0 || d.ids.includes(diagnostic.ruleId);
  let region: Directive | undefined;
  for (const directive of directives) {
    if (directive.kind === 'disable-file' && names(directive)) return directive;
    if (directive.kind === 'disable-next-line' && names(directive) && diagnostic.line === directive.endLine + 1)
      return directive;
    if (directive.offset >= diagnostic.offset) continue;
    if (directive.kind === 'disable' && names(directive)) region = directive;
    if (directive.kind === 'enable' && names(directive)) region = undefined;
  }
  return region;
}

function at(directive: Directive, ruleId: string, severity: Exclude<Severity, 'off'>, message: string): Diagnostic {
  return {
    ruleId,
    severity,
    message,
    messageId: ruleId,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
    offset: directive.offset,
    endOffset: directive.endOffset,
  };
}
