/**
 * Where each cell of a table's rows sits on the column grid, for both writers: a group row's
 * single cell spans all columns, `colSpan` widens a cell, and a cell with `rowSpan` covers its
 * columns in the rows below, which omit the covered cells (their cells start after them).
 */
import type { TableRow } from '../model/document.js';

export interface Placed {
  /** First grid column. */
  from: number;
  /** Grid columns spanned. */
  span: number;
  /** Rows spanned (1 unless `rowSpan`, clipped to the rows given). */
  rowSpan: number;
}

export interface PlacedRow {
  cells: Placed[];
  /** Grid columns covered by a cell of a row above (a row-spanning cell continues there). */
  covered: Set<number>;
}

/** Places the cells of consecutive rows on a grid of `n` columns. */
export function placeRows(rows: TableRow[], n: number): PlacedRow[] {
  // covering[c] = how many rows below the current one column c stays covered.
  const covering = new Array<number>(n).fill(0);
  return rows.map((row, r) => {
    const covered = new Set<number>();
    covering.forEach((left, c) => left > 0 && covered.add(c));
    let col = 0;
    const cells = row.cells.map((cell) => {
      while (covered.has(col)) col++;
      const span = row.kind === 'group' && row.cells.length === 1 ? n : Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
      const placed = { from: col, span, rowSpan };
      col += span;
      return placed;
    });
    for (let c = 0; c < n; c++) if (covering[c]! > 0) covering[c]!--;
    for (const p of cells) for (let c = p.from; c < p.from + p.span && c < n; c++) covering[c] = Math.max(covering[c]!, p.rowSpan - 1);
    return { cells, covered };
  });
}

/** The width of each placed cell: the sum of its columns plus `gap` per inner column boundary. */
export function placedWidths(row: PlacedRow, widths: number[], gap = 0): number[] {
  return row.cells.map(({ from, span }) => widths.slice(from, from + span).reduce((a, b) => a + b, 0) + (span - 1) * gap);
}
