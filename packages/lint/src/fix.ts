// Fixes as text edits: apply the non-overlapping ones (all-or-nothing per fix), and run lint/fix passes
// until nothing changes. Bytes outside the edits are never touched; the BOM and line endings are kept.
import type { Diagnostic, Fix, FixType, TextEdit } from './types.js';

/** Every kind of fix, in the order `--fix-type` documents them. */
export const FIX_TYPES: readonly FixType[] = ['structure', 'frontmatter', 'objections', 'writing'];

/** At most this many lint/fix passes: a fix that enables another fix converges quickly; a cycle must not loop. */
export const MAX_FIX_PASSES = 10;

export interface ApplyResult {
  output: string;
  /** Fixes whose edits were all applied. */
  applied: Fix[];
  /** Fixes left out because an edit overlapped an applied fix or fell outside the text. */
  skipped: Fix[];
}

/**
 * Applies every fix whose edits do not overlap an earlier-accepted fix (fixes are taken in source
 * order of their first edit; a fix is all-or-nothing). Edit text written with `\n` is converted to
 * `eol` so that a CRLF file stays CRLF. A fix identical to an accepted one (several reports repaired by
 * one change, like every missing section of one gap) counts as applied without being applied twice.
 */
export function applyFixes(text: string, fixes: readonly Fix[], eol: '\n' | '\r\n' = '\n'): ApplyResult {
  const ordered = fixes
    .map((fix, index) => ({ fix, index, start: Math.min(...fix.edits.map((e) => e.range[0])) }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const accepted: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const { fix } of ordered) {
    if (fix.edits.length === 0 || !fix.edits.every((e) => validEdit(e, text.length)) || selfOverlapping(fix.edits)) {
      skipped.push(fix);
      continue;
    }
    if (fix.edits.every((edit) => accepted.some((other) => sameEdit(edit, other)))) {
      applied.push(fix);
      continue;
    }
    if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...fix.edits);
    applied.push(fix);
  }
  // Accepted edits never overlap, so one left-to-right walk copies each untouched byte exactly once
  // (splicing from the end would copy the whole text once per edit).
  accepted.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chunks: string[] = [];
  let at = 0;
  for (const edit of accepted) {
    chunks.push(text.slice(at, edit.range[0]), eol === '\r\n' ? edit.text.replace(/\r?\n/g, '\r\n') : edit.text);
    at = edit.range[1];
  }
  chunks.push(text.slice(at));
  return { output: chunks.join(''), applied, skipped };
}

/**
 * The fixes of `diagnostics` that `--fix-type` lets through: all of them without `types`, else only
 * those whose rule declares one of `types` as its `meta.fixable`.
 */
export function selectFixes(
  diagnostics: readonly Diagnostic[],
  types: readonly FixType[] | undefined,
  fixTypeOf: (ruleId: string) => FixType | undefined,
): Fix[] {
  return diagnostics.flatMap((d) => {
    if (!d.fix) return [];
    if (types === undefined) return [d.fix];
    const type = fixTypeOf(d.ruleId);
    return type !== undefined && types.includes(type) ? [d.fix] : [];
  });
}

const sameEdit = (a: TextEdit, b: TextEdit): boolean =>
  a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

function validEdit(edit: TextEdit, length: number): boolean {
  const [start, end] = edit.range;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= length &&
    typeof edit.text === 'string'
  );
}

/**
 * Two edits conflict when their ranges share a character, or when both start at the same offset
 * (two insertions at one point have no defined order).
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range[0] === b.range[0]) return true;
  return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}

function selfOverlapping(edits: readonly TextEdit[]): boolean {
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) if (overlaps(edits[i]!, edits[j]!)) return true;
  }
  return false;
}
