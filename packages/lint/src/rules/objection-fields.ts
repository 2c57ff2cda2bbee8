// Each objection says who raised it, what it is, and where it stands, in words every reader understands.
import type { Rule } from '../types.js';
import { declaredObjections, describeObjection, fieldSpan, objectionStatuses } from './_util/objections.js';
import { didYouMean } from '../suggest.js';
import { listWords } from './_util/text.js';
import { replaceValue } from '../fixes/text.js';

const columnNames = { stakeholder: 'Stakeholder', objection: 'Objection', status: 'Status' } as const;

type MessageId = 'missingColumns' | 'noStakeholder' | 'noText' | 'noStatus' | 'unknownStatus' | 'aliasStatus';

export const objectionFields: Rule<Record<string, unknown>, MessageId> = {
  meta: {
    id: 'objection-fields',
    description:
      'Each objection has a stakeholder, a text and a known status (aliases such as done or wontfix are named)',
    category: 'objections',
    recommended: 'error',
    fixable: 'objections',
    messages: {
      missingColumns:
        'Objections table has no {{columns}} {{noun}}; expected columns Stakeholder | Objection | Status | Owner | Resolution',
      noStakeholder: '{{objection}} names no stakeholder; say who raised it',
      noText: "{{objection}} has no text; write the concern in the stakeholder's words",
      noStatus: '{{objection}} has no status; set one of {{statuses}}',
      unknownStatus: '{{objection}} has unknown status "{{status}}"{{suggestion}}; expected one of {{statuses}}',
      aliasStatus: '{{objection}} has status "{{status}}", read as "{{canonical}}"; write "{{canonical}}"',
    },
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
        messageId: 'missingColumns',
        data: { columns: listWords(names, 'or'), noun: names.length > 1 ? 'columns' : 'column' },
        span: { start: table.span.start, end: doc.positionAt(lineEnd(doc.text, table.span.start.offset)) },
      });
    });

    for (const objection of declaredObjections(doc.objections)) {
      // A missing column was reported once for its table; its rows would only repeat it.
      const missingColumns = objection.table === undefined ? [] : (tablesMissing.get(objection.table) ?? []);
      const label = describeObjection(objection);
      if (!objection.stakeholder?.trim() && !missingColumns.includes('stakeholder')) {
        ctx.report({
          messageId: 'noStakeholder',
          data: { objection: label },
          span: fieldSpan(objection, 'stakeholder'),
        });
      }
      if (objection.objection.trim() === '' && !missingColumns.includes('objection')) {
        ctx.report({
          messageId: 'noText',
          data: { objection: label },
          span: fieldSpan(objection, 'objection'),
        });
      }
      if (missingColumns.includes('status')) continue;
      const raw = objection.rawStatus?.trim() ?? '';
      if (objection.status === undefined) {
        ctx.report({
          messageId: raw === '' ? 'noStatus' : 'unknownStatus',
          data: {
            objection: label,
            status: raw,
            suggestion: raw === '' ? '' : didYouMean(raw, objectionStatuses),
            statuses: objectionStatuses.join(', '),
          },
          span: fieldSpan(objection, 'status'),
        });
      } else if (raw !== '' && objection.source !== 'tasklist' && raw.toLowerCase() !== objection.status) {
        // An alias is understood, but the canonical word reads the same to every reviewer and in `prfaq report`.
        ctx.report({
          messageId: 'aliasStatus',
          data: { objection: label, status: raw, canonical: objection.status },
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
