/**
 * The upper-right blocks (approval stamp, appendix mark): a stack indented from the left so that
 * it stands in the right part of the page, `theme.stampWidth` of the text width wide, text
 * left-aligned inside.
 */
import type { Run } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { pdfRuns } from './runs.js';

export function rightBlockToPdf(lines: Run[][], ctx: PdfContext): PdfNode {
  return {
    stack: lines.map((runs) => ({ text: pdfRuns(runs), style: 'stamp', alignment: 'left', leadingIndent: 0 })),
    marginLeft: ctx.width * (1 - ctx.theme.stampWidth),
    unbreakable: true,
  };
}
