/**
 * Tables with more columns than a page can hold. Each column is at least
 * `theme.table.minColumnWidth` wide (both writers, src/write/units.ts `columnWidths`); a table
 * with more columns than fit at that width would run past the page's edge (and LibreOffice
 * squeezes it until no text shows). Such a table is printed in parts, one below the other, each
 * with the next columns as long as each keeps its share of the width (at least the narrowest
 * width; at most as many columns as fit): the first column (the row number, where there is one) is repeated
 * in every part so that its rows can be told apart, cells spanning columns of several parts (a
 * section row, «Факт» over its years) are repeated in each part over its own columns, and the
 * column-number row keeps the original numbers. Composing warns (`table-too-wide`) at the first
 * column that did not fit.
 *
 *   102 columns [№ (7), Задачи (33), К0 … К99 (12 each)] on a landscape page (257 mm, at least 7 mm each)
 *   → [№, Задачи, К0 … К17] [№, К18 … К37] [№, К38 … К57] … (each 7 + 12 k ≤ 257 mm at its share)
 */
import type { Block, Table, TableCell, TableRow } from '../model/document.js';
import type { SourceLocation } from '../model/source.js';
import { placeRows } from '../write/grid.js';
import { columnsThatFit, textWidthMm } from '../write/units.js';
import { report, type ComposeContext } from './context.js';

export interface ColumnsInfo {
  /** Column headers as printed, in order (for the message). */
  headers: readonly string[];
  /** Columns repeated in every part (the row number), indices. */
  repeated: readonly number[];
  /** Where column `i` was written. */
  locOf(index: number): SourceLocation | undefined;
}

/**
 * `table` as it fits pages of `orientation`: itself, or its parts with spacers between them
 * (adjacent tables would be joined into one by Word) and a `table-too-wide` warning.
 */
export function fitColumns(ctx: ComposeContext, table: Table, orientation: 'portrait' | 'landscape', info: ColumnsInfo): Block[] {
  const fit = columnsThatFit(ctx.theme, orientation);
  const n = table.columns.length;
  if (n <= fit) return [table];
  const repeated = info.repeated.filter((i) => i < n);
  const rest = table.columns.map((_, i) => i).filter((i) => !repeated.includes(i));
  // Each part takes the next columns while every column of it keeps at least the narrowest width
  // at its own share (no column squeezed for the others), and one column at least.
  const width = textWidthMm(ctx.theme, orientation);
  const min = ctx.theme.table.minColumnWidth;
  const weight = (i: number) => table.columns[i]?.width ?? 0;
  const roomy = (columns: number[]) => {
    const sum = columns.reduce((a, i) => a + weight(i), 0);
    return columns.length <= fit && columns.every((i) => (weight(i) / sum) * width >= min);
  };
  const parts: number[][] = [];
  let part: number[] = [];
  for (const i of rest) {
    if (part.length > 0 && !roomy([...repeated, ...part, i])) {
      parts.push(part);
      part = [];
    }
    part.push(i);
  }
  parts.push(part);
  const columnsOf = parts.map((p) => [...repeated, ...p].sort((a, b) => a - b));
  // The first column of the second part: the first that did not fit.
  const out = parts[1]?.[0] ?? n - 1;
  const args = {
    count: n,
    fit,
    width: Math.round(textWidthMm(ctx.theme, orientation)),
    min: ctx.theme.table.minColumnWidth,
    parts: parts.length,
    header: info.headers[out],
    repeated: repeated.map((i) => info.headers[i]).join('|'),
    repeatedCount: repeated.length,
    landscape: orientation === 'landscape' ? 1 : 0,
  };
  report(ctx, 'table-too-wide', args, info.locOf(out));
  return columnsOf.flatMap((columns, k): Block[] => [...(k > 0 ? [{ type: 'spacer' as const, height: ctx.theme.partGap }] : []), tablePart(table, columns)]);
}

/** The table with only `columns` (indices, ascending). */
export function tablePart(table: Table, columns: number[]): Table {
  const n = table.columns.length;
  const slice = (rows: TableRow[]): TableRow[] => {
    const placed = placeRows(rows, n);
    return rows.map((row, r) => {
      const cells: TableCell[] = [];
      row.cells.forEach((cell, i) => {
        const at = placed[r]?.cells[i];
        if (!at) return;
        const inPart = columns.filter((c) => c >= at.from && c < at.from + at.span).length;
        if (inPart === 0) return;
        const { colSpan: _, ...rest } = cell;
        cells.push(inPart > 1 || (row.kind === 'group' && row.cells.length === 1) ? { ...rest, colSpan: inPart } : rest);
      });
      return { ...row, cells };
    });
  };
  return { ...table, columns: columns.map((c) => table.columns[c] as Table['columns'][number]), head: slice(table.head), rows: slice(table.rows) };
}
