/**
 * Group rows («Раздел 1. …», «2021 год») must not end a page. pdfmake has no keep-with-next for
 * table rows, so each run of group rows is joined with the row below it into one unbreakable
 * pdfmake row: a cell spanning all columns that holds a table with the same columns.
 */
import type { TableRow } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import type { CutRow } from './tall-rows.js';
import { pdfRow } from './table-rows.js';

/** One row of the pdfmake table: an IR row, or group rows joined with the row below them. */
export interface OuterRow {
  rows: TableRow[];
  continuation: boolean;
}

/**
 * Joins each run of group rows to the next (fresh, not continued) row. `height`: a row's
 * estimated height; `budget`: what fits on a page. A row joins only if it takes at most half the
 * budget, and a joined row never exceeds the budget (it could not be placed): of a long run of
 * group rows (forty empty sections in a row), only the last ones that fit go with the row below,
 * the others stand alone.
 */
export function withGroupsJoined(cut: CutRow[], height: (row: TableRow) => number, budget: number): OuterRow[] {
  const small = (row: TableRow) => height(row) <= budget / 2;
  const out: OuterRow[] = [];
  let pending: TableRow[] = [];
  let pendingHeight = 0;
  const alone = (row: TableRow): OuterRow => ({ rows: [row], continuation: false });
  cut.forEach((c, i) => {
    const next = cut[i + 1];
    if (c.row.kind === 'group' && !c.continuation && small(c.row) && next && !next.continuation && small(next.row)) {
      pending.push(c.row);
      pendingHeight += height(c.row);
      // Keep room for the row below: the earliest group rows go on their own.
      while (pending.length > 0 && pendingHeight + height(next.row) > budget) {
        const first = pending.shift() as TableRow;
        pendingHeight -= height(first);
        out.push(alone(first));
      }
      return;
    }
    if (pending.length > 0 && !c.continuation && small(c.row) && pendingHeight + height(c.row) <= budget) {
      out.push({ rows: [...pending, c.row], continuation: false });
    } else {
      out.push(...pending.map(alone), { rows: [c.row], continuation: c.continuation });
    }
    pending = [];
    pendingHeight = 0;
  });
  out.push(...pending.map(alone));
  return out;
}

/**
 * Several IR rows as one pdfmake row: a cell spanning all columns holding a table with the same
 * columns, pulled out over the cell padding (all four sides) so that its inner lines meet the outer ones; its own
 * outer lines are left to the outer table.
 */
export function joinedRow(rows: TableRow[], widths: number[], base: PdfNode, pad: number, padding: { top: number; bottom: number }, n: number, ctx: PdfContext, cellWidths: (row: TableRow) => number[]): PdfNode[] {
  const table: PdfNode = {
    table: { widths, body: rows.map((r) => pdfRow(r, n, ctx, cellWidths(r))), dontBreakRows: true },
    layout: innerLayout(base),
    margin: [-pad, -padding.top, -pad, -padding.bottom],
  };
  return [{ colSpan: n, stack: [table] }, ...Array.from({ length: n - 1 }, () => ({}))];
}

/** The inner table's layout: the outer one's without its outer lines (closures over `base` alone). */
function innerLayout(base: PdfNode): PdfNode {
  return {
    ...base,
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0 : (base.hLineWidth as (i: number) => number)(i)),
    vLineWidth: (i: number, node: { table: { widths: unknown[] } }) => (i === 0 || i === node.table.widths.length ? 0 : (base.vLineWidth as (i: number) => number)(i)),
  };
}

