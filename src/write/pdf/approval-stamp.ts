/** «УТВЕРЖДЕН / распоряжением … / от … № …» in the upper right; a label («ПРИЛОЖЕНИЕ») above it. */
import type { ApprovalStamp } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { rightBlockToPdf } from './right-block.js';

export function approvalStampToPdf(node: ApprovalStamp, ctx: PdfContext): PdfNode {
  const lines = [[{ text: node.word }], ...node.lines];
  // «ПРИЛОЖЕНИЕ» above the word, the theme's gap under it.
  if (node.label !== undefined) return rightBlockToPdf([[{ text: node.label }], ...lines], ctx, ctx.theme.stampLabelGap);
  return rightBlockToPdf(lines, ctx);
}
