/**
 * The upper-right blocks (approval stamp, appendix mark): a stack indented from the left so that
 * it stands in the right part of the page, `theme.stampWidth` of the text width wide, text
 * left-aligned inside.
 */
import type { Run } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { pdfRuns } from './runs.js';

/** `gapAfterFirst`: space under the first line, points (a stamp's label). */
export function rightBlockToPdf(lines: Run[][], ctx: PdfContext, gapAfterFirst?: number): PdfNode {
  return {
    stack: lines.map((runs, i) => ({
      text: pdfRuns(runs),
      style: 'stamp',
      alignment: 'left',
      leadingIndent: 0,
      ...(i === 0 && gapAfterFirst !== undefined ? { marginBottom: gapAfterFirst } : {}),
    })),
    marginLeft: ctx.width * (1 - ctx.theme.stampWidth),
    unbreakable: true,
  };
}
