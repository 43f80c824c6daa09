/**
 * The shape of an author's table (`{table: …}` blocks): where each cell of each row falls on the
 * grid of columns, given its `colSpan` and the `rowSpan`s of cells above, and what does not fit.
 * The loader reports the problems (lint rules `table-row-too-long`, `table-span-outside`,
 * `table-span-overlap`); composing places the cells that fit and leaves the rest out.
 *
 *   3 columns, rows [[{text: А, rowSpan: 2}, Б, В], [Г, Д]]
 *   → row 0: cells at 0, 1, 2; row 1: column 0 covered, cells at 1, 2
 */

export interface CellSpan {
  colSpan?: number;
  rowSpan?: number;
}

export interface PlacedCell {
  /** First grid column. */
  from: number;
  span: number;
  /** Rows spanned, clipped to the rows there are. */
  rowSpan: number;
}

export type ShapeProblem =
  /** The cell starts past the last column: the row has more cells than the table has columns. */
  | { kind: 'too-long'; row: number; cell: number; columns: number }
  /** Its colSpan reaches past the last column, or its rowSpan past the last row. */
  | { kind: 'outside'; row: number; cell: number; columns: number; rows: number }
  /** Its columns run into a cell spanning down from a row above. */
  | { kind: 'overlap'; row: number; cell: number; column: number };

export interface TableShape {
  /** Per row, the placed cells (undefined for a cell left out). */
  cells: (PlacedCell | undefined)[][];
  /** Per row, the columns covered by a cell of a row above. */
  covered: Set<number>[];
  problems: ShapeProblem[];
}

export function tableShape(rows: readonly (readonly CellSpan[])[], columns: number): TableShape {
  const below = new Array<number>(columns).fill(0);
  const problems: ShapeProblem[] = [];
  const cells: (PlacedCell | undefined)[][] = [];
  const covered: Set<number>[] = [];
  rows.forEach((row, r) => {
    const taken = new Set<number>();
    below.forEach((left, c) => left > 0 && taken.add(c));
    covered.push(new Set(taken));
    let col = 0;
    const placed = row.map((cell, i): PlacedCell | undefined => {
      while (taken.has(col)) col++;
      if (col >= columns) {
        problems.push({ kind: 'too-long', row: r, cell: i, columns });
        return undefined;
      }
      let span = Math.max(1, cell.colSpan ?? 1);
      const wantRows = Math.max(1, cell.rowSpan ?? 1);
      const rowSpan = Math.min(wantRows, rows.length - r);
      if (col + span > columns || wantRows > rowSpan) {
        problems.push({ kind: 'outside', row: r, cell: i, columns, rows: rows.length });
        span = Math.min(span, columns - col);
      }
      const blocked = [...Array(span).keys()].map((k) => col + k).find((c) => taken.has(c));
      if (blocked !== undefined) {
        problems.push({ kind: 'overlap', row: r, cell: i, column: blocked + 1 });
        span = blocked - col;
      }
      const out = { from: col, span, rowSpan };
      for (let c = col; c < col + span; c++) taken.add(c);
      col += span;
      return out;
    });
    for (let c = 0; c < columns; c++) if (below[c]! > 0) below[c]!--;
    for (const p of placed) if (p) for (let c = p.from; c < p.from + p.span; c++) below[c] = Math.max(below[c]!, p.rowSpan - 1);
    cells.push(placed);
  });
  return { cells, covered, problems };
}

/**
 * The header grid of an author's table: the header rows written, then — when the columns have
 * headers (`columnHeaders`, one per column) — the row of those headers, less the ones whose
 * column a rowSpan from the rows above covers.
 */
export function headerGrid<T extends CellSpan>(header: readonly (readonly T[])[], columnHeaders: readonly T[] | undefined): T[][] {
  const rows = header.map((row) => [...row]);
  if (!columnHeaders) return rows;
  const covered = tableShape([...header, []], columnHeaders.length).covered.at(-1)!;
  rows.push(columnHeaders.filter((_, i) => !covered.has(i)));
  return rows;
}
