/** IR table rows → pdfmake rows: cells with their paragraphs, spans and placeholders. */
import type { TableCell, TableRow } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { paragraphToPdf } from './paragraph.js';

/** [first grid column, span] of each cell; a group row's single cell spans all columns. */
export function spans(row: TableRow, n: number): Array<[number, number]> {
  let col = 0;
  return row.cells.map((cell) => {
    const span = row.kind === 'group' && row.cells.length === 1 ? n : Math.max(1, cell.colSpan ?? 1);
    const out: [number, number] = [col, span];
    col += span;
    return out;
  });
}

export function pdfRow(row: TableRow, n: number, ctx: PdfContext, widths: number[]): PdfNode[] {
  const group = row.kind === 'group';
  const out: PdfNode[] = [];
  spans(row, n).forEach(([, span], i) => {
    const cell = row.cells[i] as TableCell;
    out.push(pdfCell(cell, span, group, row.kind === 'header', { ...ctx, width: widths[i] ?? ctx.width }));
    for (let k = 1; k < span; k++) out.push({});
  });
  while (out.length < n) out.push({ text: '' });
  return out;
}

function pdfCell(cell: TableCell, span: number, group: boolean, header: boolean, ctx: PdfContext): PdfNode {
  const over = { bold: cell.bold ?? (group || undefined), align: cell.align };
  const stack = cell.blocks.map((p) => paragraphToPdf(p, ctx, over));
  // Always a stack (measured: a bare text node per cell lays out slower in pdfmake 0.3).
  const node: PdfNode = { stack };
  if (span > 1) node.colSpan = span;
  if (header) node.verticalAlignment = 'middle';
  return node;
}
