/**
 * Rows of a table body tied together by cells spanning rows (`rowSpan`: one result for the rows
 * 3.1–3.4 of a plan), for both writers.
 *
 * Such a run of rows is kept on one page when it fits one (DOCX: each row but the last kept with
 * the next; PDF: the run is one unbreakable row). A run taller than a page is cut between rows
 * into pieces of at most half a page, and the spanning cell is repeated in each piece over its
 * own rows: its value stands on every page the run covers, no cell spans a page break (which the
 * two formats would not lay out alike), and a piece that does not fit the rest of a page leaves
 * at most half of it empty. A piece holding a single row is an ordinary row. Both writers cut
 * from the same height estimates (text-height.ts), so they cut alike.
 *
 *   rows 1.1 (result R, rowSpan 4), 1.2, 1.3, 1.4, taller together than a page, two of them half a page
 *   → 1.1 (R, rowSpan 2), 1.2 | 1.3 (R, rowSpan 2), 1.4
 */
import type { TableCell, TableRow } from '../model/document.js';
import { placeRows, type Placed } from './grid.js';

/** The estimated height of a cell placed at `placed` (its grid columns) in `row`. */
export type CellHeight = (cell: TableCell, placed: Placed, row: TableRow) => number;

/** A run of rows `[start, end)` tied by row-spanning cells (a row alone is a run of one). */
export interface RowRun {
  start: number;
  end: number;
}

/** The rows grouped into runs: a cell spanning k rows ties its row to the k − 1 rows below. */
export function rowRuns(rows: readonly TableRow[], n: number): RowRun[] {
  const placed = placeRows([...rows], n);
  const runs: RowRun[] = [];
  let start = 0;
  let reach = 0;
  placed.forEach((row, r) => {
    for (const cell of row.cells) reach = Math.max(reach, r + cell.rowSpan);
    if (reach <= r + 1) {
      runs.push({ start, end: r + 1 });
      start = r + 1;
      reach = r + 1;
    }
  });
  if (start < rows.length) runs.push({ start, end: rows.length });
  return runs;
}

/**
 * The estimated height of consecutive rows placed together: each row as tall as its cells that do
 * not span rows, and the last row a spanning cell covers taller where the cell needs more.
 */
export function runHeight(rows: readonly TableRow[], n: number, cellHeight: CellHeight): number {
  const placed = placeRows([...rows], n);
  const height = (row: TableRow, r: number, i: number) => cellHeight(row.cells[i] as TableCell, placed[r]?.cells[i] as Placed, row);
  const heights = rows.map((row, r) => Math.max(0, ...row.cells.map((_, i) => (placed[r]?.cells[i]?.rowSpan === 1 ? height(row, r, i) : 0))));
  rows.forEach((row, r) => {
    placed[r]?.cells.forEach((cell, i) => {
      if (cell.rowSpan <= 1) return;
      const last = r + cell.rowSpan - 1;
      const covered = heights.slice(r, last + 1).reduce((a, b) => a + b, 0);
      const need = height(row, r, i);
      if (need > covered) heights[last] = (heights[last] ?? 0) + need - covered;
    });
  });
  return heights.reduce((a, b) => a + b, 0);
}

/**
 * The rows with every run taller than `budget` cut into pieces of at most half of it (see the module comment);
 * runs that fit come back as they are (the same row objects).
 */
export function cutTallRuns(rows: readonly TableRow[], n: number, budget: number, cellHeight: CellHeight): TableRow[] {
  const out: TableRow[] = [];
  for (const run of rowRuns(rows, n)) {
    const part = rows.slice(run.start, run.end);
    if (part.length === 1 || runHeight(part, n, cellHeight) <= budget) {
      out.push(...part);
      continue;
    }
    // Greedy: the longest piece from each row on within half a page (one row at least).
    let from = 0;
    while (from < part.length) {
      let to = from + 1;
      while (to < part.length && runHeight(piece(part, from, to + 1, n), n, cellHeight) <= budget / 2) to++;
      out.push(...piece(part, from, to, n));
      from = to;
    }
  }
  return out;
}

/**
 * Rows `[from, to)` of a run as a table of their own: spanning cells clipped to the piece, and a
 * cell spanning into the piece from above repeated in its first row, over the piece's rows.
 */
function piece(run: readonly TableRow[], from: number, to: number, n: number): TableRow[] {
  const placed = placeRows([...run], n);
  const rows = run.slice(from, to).map((row) => ({ ...row, cells: [...row.cells] }));
  // Cells of rows above the piece that reach into it, with their grid column.
  const entering: { cell: TableCell; column: number; rowSpan: number }[] = [];
  for (let r = 0; r < from; r++) {
    placed[r]?.cells.forEach((p, i) => {
      const reach = r + p.rowSpan;
      if (reach > from) entering.push({ cell: run[r]?.cells[i] as TableCell, column: p.from, rowSpan: Math.min(reach, to) - from });
    });
  }
  // Cells of the piece reaching below it are clipped.
  rows.forEach((row, k) => {
    row.cells = row.cells.map((cell) => {
      const span = cell.rowSpan ?? 1;
      return span > 1 && k + span > rows.length ? withRowSpan(cell, rows.length - k) : cell;
    });
  });
  const first = rows[0];
  if (first && entering.length > 0) {
    // The first row's own cells keep their columns; the entering cells go in at theirs.
    const own = placed[from]?.cells ?? [];
    const cells: { cell: TableCell; column: number }[] = first.cells.map((cell, i) => ({ cell, column: own[i]?.from ?? i }));
    for (const e of entering) cells.push({ cell: withRowSpan(e.cell, e.rowSpan), column: e.column });
    cells.sort((a, b) => a.column - b.column);
    first.cells = cells.map((c) => c.cell);
  }
  return rows;
}

function withRowSpan(cell: TableCell, rowSpan: number): TableCell {
  const { rowSpan: _r, ...rest } = cell;
  return rowSpan > 1 ? { ...rest, rowSpan } : rest;
}
