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
import type { PlacedRow } from '../grid.js';
import { rowRuns } from '../merged-rows.js';

/** One row of the pdfmake table: an IR row, a run of merged rows, or group rows joined with what is below them. */
export interface OuterRow {
  rows: TableRow[];
  continuation: boolean;
}

/**
 * The body rows as units that must not be parted: a row (or a piece of a row cut at a page), or a
 * run of rows tied by row-spanning cells (merged-rows.ts; after `cutTallRuns` every run of more
 * than one row fits a page).
 */
export function unitsOf(cut: CutRow[], n: number): OuterRow[] {
  return rowRuns(cut.map((c) => c.row), n).map(({ start, end }) => ({
    rows: cut.slice(start, end).map((c) => c.row),
    continuation: end - start === 1 && (cut[start] as CutRow).continuation,
  }));
}

/**
 * Joins each run of group rows to the next (fresh, not continued) unit. `height`: the estimated
 * height of rows placed together; `budget`: what fits on a page. A unit joins only if it takes at
 * most half the budget (a run of merged rows whatever its height), and a joined row never exceeds
 * the budget (it could not be placed): of a
 * long run of group rows (forty empty sections in a row), only the last ones that fit go with
 * the unit below, the others stand alone.
 */
export function withGroupsJoined(units: OuterRow[], height: (rows: TableRow[]) => number, budget: number): OuterRow[] {
  const isGroup = (u: OuterRow) => u.rows.length === 1 && (u.rows[0] as TableRow).kind === 'group';
  // A run of merged rows is unbreakable and fits a page (cutTallRuns): it moves whole anyway, so
  // its section row goes with it whenever both fit a page, as Word keeps them (keepNext).
  const small = (u: OuterRow) => u.rows.length > 1 || height(u.rows) <= budget / 2;
  const out: OuterRow[] = [];
  let pending: TableRow[] = [];
  const alone = (row: TableRow): OuterRow => ({ rows: [row], continuation: false });
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (isGroup(u) && !u.continuation && small(u) && next && !next.continuation && small(next)) {
      pending.push(...u.rows);
      // Keep room for the unit below: the earliest group rows go on their own.
      while (pending.length > 0 && height([...pending, ...next.rows]) > budget) out.push(alone(pending.shift() as TableRow));
      return;
    }
    if (pending.length > 0 && !u.continuation && small(u) && height([...pending, ...u.rows]) <= budget) {
      out.push({ rows: [...pending, ...u.rows], continuation: false });
    } else {
      out.push(...pending.map(alone), u);
    }
    pending = [];
  });
  out.push(...pending.map(alone));
  return out;
}

/**
 * Several IR rows as one pdfmake row: a cell spanning all columns holding a table with the same
 * columns, pulled out over the cell padding (all four sides) so that its inner lines meet the outer ones; its own
 * outer lines are left to the outer table.
 */
export function joinedRow(rows: TableRow[], widths: number[], base: PdfNode, pad: number, padding: { top: number; bottom: number }, n: number, ctx: PdfContext, cellWidths: (row: TableRow) => number[], placedOf: (row: TableRow) => PlacedRow): PdfNode[] {
  const table: PdfNode = {
    table: { widths, body: rows.map((r) => pdfRow(r, n, ctx, cellWidths(r), placedOf(r))), dontBreakRows: true },
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

