/**
 * A formula line: three columns — the theme's number width left empty, the formula centred in
 * the middle, the number «(1)» flush right in a column as wide as the left one — so that the
 * formula stands in the middle of the text width, as the DOCX's centre tab puts it.
 */
import type { Formula } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { pdfRuns } from './runs.js';
import { mmToPt } from '../units.js';

export function formulaToPdf(node: Formula, ctx: PdfContext): PdfNode {
  const side = node.number === undefined ? 0 : mmToPt(ctx.theme.formula.numberWidth);
  const size = ctx.theme.styles.formula.size;
  const fit = { width: ctx.width - 2 * side, size, metrics: ctx.metrics };
  const formula: PdfNode = { width: '*', text: pdfRuns(node.runs, { links: ctx.theme.typography.links }, fit), alignment: 'center', leadingIndent: 0 };
  if (node.number === undefined) return { style: 'formula', ...formula };
  return {
    style: 'formula',
    columns: [
      { width: side, text: '' },
      formula,
      { width: side, text: node.number, alignment: 'right', leadingIndent: 0 },
    ],
    columnGap: 0,
  };
}
