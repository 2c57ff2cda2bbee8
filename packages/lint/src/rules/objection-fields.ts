// Each objection says who raised it, what it is, and where it stands, in words every reader understands.
import type { Rule } from '../types.js';
import { declaredObjections, describeObjection, fieldSpan, objectionStatuses } from './_util/objections.js';
import { didYouMean } from '../suggest.js';
import { listWords } from './_util/text.js';
import { replaceValue } from '../fixes/text.js';

const columnNames = { stakeholder: 'Stakeholder', objection: 'Objection', status: 'Status' } as const;

export const objectionFields: Rule = {
  meta: {
    id: 'objection-fields',
    description:
      'Each objection has a stakeholder, a text and a known status (aliases such as done or wontfix are named)',
    category: 'objections',
    recommended: 'error',
    fixable: 'objections',
  },
  check(doc, ctx) {
    const tablesMissing = new Map<number, string[]>();
    doc.objectionTables.forEach((table, index) => {
      const missing = (Object.keys(columnNames) as Array<keyof typeof columnNames>).filter(
        (name) => table.columns[name] === undefined,
      );
      tablesMissing.set(index, missing);
      if (missing.length === 0) return;
      const names = missing.map((name) => columnNames[name]);
      ctx.report({
        message: `Objections table has no ${listWords(names, 'or')} column${names.length > 1 ? 's' : ''}; expected columns Stakeholder | Objection | Status | Owner | Resolution`,
        span: { start: table.span.start, end: doc.positionAt(lineEnd(doc.text, table.span.start.offset)) },
      });
    });

    for (const objection of declaredObjections(doc.objections)) {
      // A missing column was reported once for its table; its rows would only repeat it.
      const missingColumns = objection.table === undefined ? [] : (tablesMissing.get(objection.table) ?? []);
      const label = describeObjection(objection);
      if (!objection.stakeholder?.trim() && !missingColumns.includes('stakeholder')) {
        ctx.report({
          message: `${label} names no stakeholder; say who raised it`,
          span: fieldSpan(objection, 'stakeholder'),
        });
      }
      if (objection.objection.trim() === '' && !missingColumns.includes('objection')) {
        ctx.report({
          message: `${label} has no text; write the concern in the stakeholder's words`,
          span: fieldSpan(objection, 'objection'),
        });
      }
      if (missingColumns.includes('status')) continue;
      const raw = objection.rawStatus?.trim() ?? '';
      if (objection.status === undefined) {
        ctx.report({
          message:
            raw === ''
              ? `${label} has no status; set one of ${objectionStatuses.join(', ')}`
              : `${label} has unknown status "${raw}"${didYouMean(raw, objectionStatuses)}; expected one of ${objectionStatuses.join(', ')}`,
          span: fieldSpan(objection, 'status'),
        });
      } else if (raw !== '' && objection.source !== 'tasklist' && raw.toLowerCase() !== objection.status) {
        // An alias is understood, but the canonical word reads the same to every reviewer and in `prfaq report`.
        ctx.report({
          message: `${label} has status "${raw}", read as "${objection.status}"; write "${objection.status}"`,
          span: fieldSpan(objection, 'status'),
          severity: 'info',
          fix: objection.fields.status
            ? replaceValue(doc, objection.fields.status.span, raw, objection.status)
            : undefined,
        });
      }
    }
  },
};

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const stop = end === -1 ? text.length : end;
  return text[stop - 1] === '\r' ? stop - 1 : stop;
}
