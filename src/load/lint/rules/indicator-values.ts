import { parseRichText } from '../../../text/rich-text.js';
import type { LintRule } from '../rule.js';
import { plainText } from '../walk.js';

/** A passport's indicator with more or fewer values than the table has years («Факт» + «План»). */
export const indicatorValues: LintRule = {
  code: 'indicator-values',
  severity: 'warning',
  description: { ru: 'у показателя паспорта число значений не равно числу годов', en: 'a passport indicator whose number of values is not its number of years' },
  check(ctx) {
    const doc = ctx.input.document;
    const table = doc.passport?.indicators;
    if (doc.kind !== 'passport' || !table) return;
    const expected = table.fact.length + table.plan.length;
    table.rows.forEach((row, i) => {
      if (row.values.length === expected) return;
      ctx.report(ctx.position(['document', 'passport', 'indicators', 'rows', i, 'values']), {
        name: plainText(parseRichText(row.name)),
        got: row.values.length,
        expected,
        fact: table.fact.join(', ') || '—',
        plan: table.plan.join(', ') || '—',
      });
    });
  },
};
