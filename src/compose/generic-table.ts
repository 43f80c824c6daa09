/**
 * An author's table (`{table: …}` blocks): the caption «Таблица 1. Расчёт показателя» above it
 * (template `table-caption`, numbered through the document when the table has a caption), the
 * header rows written with their spans, the row of the columns' headers (cells a `rowSpan` from
 * above covers are left out), the column-number row only when asked, then the rows. A row with
 * fewer cells than columns is filled with empty cells; what does not fit is left out (the loader
 * reported it: table-shape.ts).
 *
 *   {caption: Расчёт, columns: [{header: Показатель, width: 3}, {header: Значение, align: center}],
 *    rows: [[Доля ШНОР, '10,2']]}
 *   → caption «Таблица 1. Расчёт»; {type: 'table', columns: [{width: 3}, {width: 1}],
 *      head: [{kind: 'header', cells: [Показатель | Значение]}], rows: [{kind: 'body', cells: [Доля ШНОР | 10,2]}]}
 */
import type { Block, Paragraph, Table, TableCell, TableRow } from '../model/document.js';
import type { TableBlock, TableCellData } from '../model/roadmap.js';
import { headerGrid, tableShape, type TableShape } from '../model/table-shape.js';
import { push, textParagraphs, type BodyComposer } from './body-state.js';
import { kindText } from './kind-wording.js';
import { orEmpty, textParagraph } from './rich-text.js';

export function composeTableBlock(c: BodyComposer, b: TableBlock): void {
  const blocks: Block[] = [];
  if (b.caption !== undefined || b.numbered) {
    const no = b.numbered ? ++c.counters.table : 0;
    const caption = textParagraph(kindText(c.ctx, 'table-caption', { no, caption: b.caption ?? '', numbered: b.numbered }), 'caption');
    caption.keepWithNext = true;
    blocks.push(caption);
  }
  blocks.push(genericTable(c, b));
  push(c, blocks);
}

function genericTable(c: BodyComposer, b: TableBlock): Table {
  const n = b.columns.length;
  // The row of the columns' headers comes last in the header (a rowSpan above may cover some).
  const columnHeaders = b.columns.some((col) => col.header !== undefined) ? b.columns.map((col): TableCellData => ({ text: col.header ?? [] })) : undefined;
  const headerRows = headerGrid(b.header, columnHeaders);
  const top = tableShape(headerRows, n);
  const head: TableRow[] = headerRows.map((row, r) => ({ kind: 'header', cantSplit: true, cells: placeRow(c, row, top, r, b, true) }));
  if (b.numbersRow) {
    head.push({
      kind: 'numbers',
      cantSplit: true,
      cells: b.columns.map((_, i) => ({ blocks: [textParagraph(String(i + 1), 'table', { align: 'center' })], align: 'center' })),
    });
  }
  const body = tableShape(b.rows, n);
  const rows: TableRow[] = b.rows.map((row, r) => ({ kind: 'body', cantSplit: true, cells: placeRow(c, row, body, r, b, false) }));
  return {
    type: 'table',
    columns: b.columns.map((col) => ({ width: col.width })),
    head,
    repeatHead: b.repeatHeader && head.length > 0 ? 'all' : 'none',
    rows,
    borders: 'all',
    style: 'table',
  };
}

/**
 * The cells of one row that fit (their spans cut to the grid), then empty cells for the columns
 * left free at the end of the row.
 */
function placeRow(c: BodyComposer, row: readonly TableCellData[], shape: TableShape, r: number, b: TableBlock, header: boolean): TableCell[] {
  const n = b.columns.length;
  const placed = shape.cells[r]!;
  const cells: TableCell[] = [];
  const taken = new Set(shape.covered[r]);
  row.forEach((data, i) => {
    const at = placed[i];
    if (!at || at.span < 1) return;
    for (let k = at.from; k < at.from + at.span; k++) taken.add(k);
    cells.push(cellOf(c, data, at.span, at.rowSpan, b.columns[at.from]?.align, header, b));
  });
  for (let k = 0; k < n; k++) if (!taken.has(k)) cells.push(cellOf(c, { text: [] }, 1, 1, b.columns[k]?.align, header, b));
  return cells;
}

function cellOf(c: BodyComposer, data: TableCellData, span: number, rowSpan: number, columnAlign: TableCell['align'], header: boolean, b: TableBlock): TableCell {
  const align = data.align ?? (header ? 'center' : columnAlign);
  const style = header ? 'table-header' : 'table';
  const options = align ? { align } : {};
  const blocks: Paragraph[] = orEmpty(textParagraphs(c, data.text, style, options), style, options);
  const cell: TableCell = { blocks };
  if (span > 1) cell.colSpan = span;
  if (rowSpan > 1) cell.rowSpan = rowSpan;
  if (align) cell.align = align;
  if (data.bold !== undefined) cell.bold = data.bold;
  return cell;
}
