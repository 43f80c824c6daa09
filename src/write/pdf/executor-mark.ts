/** «Исп. …, тел. …»: small print placed at the bottom left of the text area of the current page. */
import type { ExecutorMark } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';

export function executorMarkToPdf(node: ExecutorMark, ctx: PdfContext): PdfNode {
  const style = ctx.theme.styles.small;
  const height = node.lines.length * style.size * style.lineSpacing * ctx.metrics.lineHeight;
  const { page } = ctx;
  return {
    stack: node.lines.map((line) => ({ text: line, style: 'small', leadingIndent: 0 })),
    absolutePosition: { x: page.margins.left, y: page.height - page.margins.bottom - height - BOTTOM_SLACK },
  };
}

/**
 * Points kept between the mark and the bottom margin: a block ending exactly on the margin (up to
 * float rounding of line heights) makes pdfmake move its last line to a new page.
 */
const BOTTOM_SLACK = 1;
