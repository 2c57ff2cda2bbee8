// Hover: on a diagnostic, which rule fires and why (its description and docs page); on a section
// heading, a FAQ entry or an objection, what prfaq recognised there.
import { normalizeTitle } from '@prfaq/core';
import { docsUrl, rules } from '@prfaq/lint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from './analyze.js';
import { contains, rangeOf, toLspDiagnostic } from './convert.js';
import { describeFaq, kindLabels } from './symbols.js';

const ruleMeta = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));

export function hover(document: TextDocument, analysis: Analysis, position: Position): Hover | null {
  const { doc, result } = analysis;
  if (!doc || !result) return null;
  const parts: string[] = [];
  const at = (start: number, end: number) =>
    contains(rangeOf(document, analysis, start, end), position.line, position.character);

  for (const d of result.diagnostics) {
    const range = toLspDiagnostic(document, analysis, d).range;
    // An empty range (a missing section reported at a point) still hovers on its line.
    const empty = range.start.line === range.end.line && range.start.character === range.end.character;
    if (!(empty ? range.start.line === position.line : contains(range, position.line, position.character))) continue;
    const meta = ruleMeta.get(d.ruleId);
    const severity = d.severity === 'warn' ? 'warning' : d.severity;
    const lines = [`**prfaq ${severity}** \`${d.ruleId}\`: ${d.message}`];
    if (meta)
      lines.push(
        `Rule: ${meta.description}${meta.fixable ? ` (fixable: ${meta.fixable})` : ''}. [Documentation](${docsUrl(d.ruleId)})`,
      );
    parts.push(lines.join('\n\n'));
  }

  const questionHeadings = new Set(doc.faq.filter((e) => e.style === 'heading').map((e) => e.span.start.line));
  for (const section of doc.sections) {
    if (!at(section.heading.start.offset, section.heading.end.offset)) continue;
    // A question written as a heading: the FAQ entry below says what it is.
    if (section.kind === 'unknown' && questionHeadings.has(section.heading.start.line)) continue;
    const normal = normalizeTitle(section.title);
    const why =
      section.kind === 'unknown'
        ? `"${normal}", which matches no section alias; add the title under \`sections:\` in prfaq.config.yaml to give it a kind`
        : `"${normal}", an alias of \`${section.kind}\``;
    const questions = doc.faq.filter((e) => e.section === section.index).length;
    parts.push(
      [
        `**Section: ${kindLabels[section.kind] ?? section.kind}**`,
        `Heading "${section.title}" (${section.style}, level ${section.level}) normalises to ${why}.`,
        `${section.words} word${section.words === 1 ? '' : 's'}${section.empty ? ', empty' : ''}${questions ? `, ${questions} FAQ entr${questions === 1 ? 'y' : 'ies'}` : ''}.`,
      ].join('\n\n'),
    );
  }

  for (const entry of doc.faq) {
    if (!at(entry.span.start.offset, entry.span.end.offset)) continue;
    parts.push(`**FAQ entry** (${describeFaq(entry)}, written as ${entry.style}${entry.id ? `, id ${entry.id}` : ''})`);
  }

  for (const o of doc.objections) {
    if (!at(o.span.start.offset, o.span.end.offset)) continue;
    const status = o.status ?? (o.rawStatus ? `"${o.rawStatus}", not a known status` : 'none');
    parts.push(
      `**Objection** from the ${o.source}: stakeholder ${o.stakeholder?.trim() || 'none'}, status ${status}, owner ${o.owner?.trim() || 'none'}`,
    );
  }

  if (doc.headline && at(doc.headline.span.start.offset, doc.headline.span.end.offset)) {
    parts.push(`**Headline** (found as ${doc.headline.source}); profile \`${doc.detectedProfile}\` detected`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}
