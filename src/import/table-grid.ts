/**
 * A Word table laid on its grid: every cell at the grid column it starts in and the number of
 * columns it spans (`w:gridSpan`, the legacy `w:hMerge`, skipped columns `w:gridBefore`), and
 * for a vertically merged cell (`w:vMerge`) the cell above whose content it shows.
 *
 *   row 1: [№ | Мероприятие | Срок (gridSpan 2)]      row 2: [(vMerge) | (vMerge) | начало | окончание]
 *   → row 2 cells at columns 0, 1, 2, 3; the first two show the content of row 1's cells.
 */
import type { WordCell, WordRow, WordTable } from './word-body.js';

export interface GridCell {
  /** The `w:tc` itself. */
  cell: WordCell;
  /** The cell whose content shows here: itself, or the first cell of a vertical merge above. */
  source: WordCell;
  /** Row number (in its table) of `source`. */
  sourceRow: number;
  /** First grid column, 0-based. */
  col: number;
  span: number;
}

export interface GridRow {
  /** The table it belongs to (1-based, document order). */
  table: number;
  row: WordRow;
  cells: GridCell[];
}

export interface TableGrid {
  table: WordTable;
  /** Grid columns the cells use. */
  columns: number;
  rows: GridRow[];
}

export function tableGrid(table: WordTable): TableGrid {
  const rows: GridRow[] = [];
  let columns = 0;
  let above: GridRow | undefined;
  for (const row of table.rows) {
    const cells: GridCell[] = [];
    let col = row.gridBefore;
    for (const cell of row.cells) {
      const prev = cells[cells.length - 1];
      if (cell.hMerge === 'continue' && prev) {
        prev.span += cell.gridSpan;
        col += cell.gridSpan;
        continue;
      }
      const g: GridCell = { cell, source: cell, sourceRow: row.number, col, span: cell.gridSpan };
      if (cell.vMerge === 'continue' && above) {
        const up = above.cells.find((c) => c.col === col);
        if (up) {
          g.source = up.source;
          g.sourceRow = up.sourceRow;
        }
      }
      cells.push(g);
      col += cell.gridSpan;
    }
    columns = Math.max(columns, col);
    const gridRow: GridRow = { table: table.number, row, cells };
    rows.push(gridRow);
    above = gridRow;
  }
  return { table, columns, rows };
}

/** The cell of a row covering grid column `col`. */
export function cellAt(row: GridRow, col: number): GridCell | undefined {
  return row.cells.find((c) => c.col <= col && col < c.col + c.span);
}
