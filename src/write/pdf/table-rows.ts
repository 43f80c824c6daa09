/** IR table rows → pdfmake rows: cells with their paragraphs, spans and placeholders. */
import type { TableCell, TableRow } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { paragraphToPdf } from './paragraph.js';
import { placeRows } from '../grid.js';
import type { PlacedRow } from '../grid.js';

/**
 * One pdfmake row of `n` entries: each cell at its grid column (with `colSpan` / `rowSpan`), an
 * empty placeholder `{}` for every column a span covers (pdfmake wants them, also in the rows a
 * `rowSpan` reaches down into), and empty cells after the last cell. `placed`: where the cells
 * sit (placeRows over the table's rows; a row alone by default).
 */
export function pdfRow(
  row: TableRow,
  n: number,
  ctx: PdfContext,
  widths: number[],
  placed: PlacedRow = placeRows([row], n)[0] as PlacedRow,
  spanOffsets: number[] = [],
  stacked = false,
): PdfNode[] {
  const group = row.kind === 'group';
  const out: PdfNode[] = Array.from({ length: n }, (_, c) => (placed.covered.has(c) ? {} : { text: '' }));
  placed.cells.forEach(({ from, span, rowSpan }, i) => {
    if (from >= n) return;
    const cell = row.cells[i] as TableCell;
    out[from] = pdfCell(cell, span, rowSpan, group, row.kind === 'header', { ...ctx, width: widths[i] ?? ctx.width, prebreak: true }, spanOffsets[i] ?? 0, stacked);
    for (let k = 1; k < span && from + k < n; k++) out[from + k] = {};
  });
  return out;
}

/**
 * `offset`: for a header cell spanning rows, the space above its text that centres it over the
 * rows (estimated by the table): pdfmake 0.3 misplaces `verticalAlignment` in row-spanning cells
 * of unbreakable rows (it drew «Показатель» below the table).
 */
function pdfCell(cell: TableCell, span: number, rowSpan: number, group: boolean, header: boolean, ctx: PdfContext, offset: number, stacked: boolean): PdfNode {
  const over = { bold: cell.bold ?? (group || undefined), align: cell.align };
  const stack = cell.blocks.map((p) => paragraphToPdf(p, ctx, over));
  // A body cell of one paragraph is the paragraph's text node itself: a stack around it is a
  // node more per cell to measure, lay out and keep (half of the nodes of a large plan). Header
  // cells (centred vertically, or pushed down over the rows they span) keep their stack, and so
  // do the cells of a table's last row (`stacked`): a signature rule may give them an id, which
  // on a text node would become a named destination in the PDF.
  const only = stack.length === 1 ? (stack[0] as PdfNode) : undefined;
  if (only && !stacked && !header && rowSpan <= 1 && only.text !== undefined && only.id === undefined) {
    if (span > 1) only.colSpan = span;
    return only;
  }
  const node: PdfNode = { stack };
  if (span > 1) node.colSpan = span;
  if (rowSpan > 1) {
    node.rowSpan = rowSpan;
    if (offset > 0) node.marginTop = offset;
  } else if (header) node.verticalAlignment = 'middle';
  return node;
}
