/** «Исп. …, тел. …»: small print placed at the bottom left of the text area of the current page. */
import type { ExecutorMark } from '../../model/document.js';
import type { PdfContext } from './context.js';
import { BOTTOM_ANCHORED, type PdfNode } from './pdfmake.js';
import { paragraphToPdf } from './paragraph.js';
import { layoutLines, lineHeightOf } from '../text-height.js';

export function executorMarkToPdf(node: ExecutorMark, ctx: PdfContext): PdfNode {
  const inner: PdfContext = { ...ctx, prebreak: true };
  const paragraphs = node.lines.map((text) => ({ type: 'paragraph' as const, style: 'small' as const, runs: [{ text }], align: 'left' as const }));
  // Lines longer than the text width wrap: the mark is as tall as all its lines.
  const height = paragraphs.reduce((h, p) => h + layoutLines(p, ctx.width, ctx.theme, ctx.metrics, false).length * lineHeightOf(p, ctx.theme, ctx.metrics), 0);
  const { page } = ctx;
  return {
    stack: paragraphs.map((p) => ({ ...paragraphToPdf(p, inner), leadingIndent: 0 })),
    absolutePosition: { x: page.margins.left, y: page.height - page.margins.bottom - height - BOTTOM_SLACK },
    // Above the page's footnotes, if it has any.
    [BOTTOM_ANCHORED]: true,
  };
}

/**
 * Points kept between the mark and the bottom margin: a block ending exactly on the margin (up to
 * float rounding of line heights) makes pdfmake move its last line to a new page.
 */
const BOTTOM_SLACK = 1;
