/**
 * The upper-right blocks (approval stamp, appendix mark): a stack indented from the left so that
 * it stands in the right part of the page, `theme.stampWidth` of the text width wide, text
 * left-aligned inside. Its lines are broken here (as cell text is: a word wider than the block is
 * cut as Word cuts it), so that pdfmake never breaks a long word itself. The block is kept on one
 * page, unless it is taller than a page.
 */
import type { Paragraph, Run } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { paragraphToPdf } from './paragraph.js';
import { ESTIMATE_SAFETY, estimateCellHeight } from '../text-height.js';

/** `gapAfterFirst`: space under the first line, points (a stamp's label). */
export function rightBlockToPdf(lines: Run[][], ctx: PdfContext, gapAfterFirst?: number): PdfNode {
  const left = ctx.width * (1 - ctx.theme.stampWidth);
  const inner: PdfContext = { ...ctx, width: ctx.width - left, prebreak: true };
  const paragraphs = lines.map((runs): Paragraph => ({ type: 'paragraph', style: 'stamp', runs, align: 'left' }));
  // Kept on one page unless taller than a page (an act of a thousand words): then it breaks.
  const height = estimateCellHeight(paragraphs, inner.width, ctx.theme, ctx.metrics) + (gapAfterFirst ?? 0);
  const page = ctx.page.height - ctx.page.margins.top - ctx.page.margins.bottom;
  return {
    stack: paragraphs.map((p, i) => ({ ...paragraphToPdf(p, inner), leadingIndent: 0, ...(i === 0 && gapAfterFirst !== undefined ? { marginBottom: gapAfterFirst } : {}) })),
    marginLeft: left,
    unbreakable: height <= page * ESTIMATE_SAFETY,
  };
}
