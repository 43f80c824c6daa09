/** «УТВЕРЖДЕН / распоряжением … / от … № …» in the upper right. */
import type { ApprovalStamp } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { rightBlockToPdf } from './right-block.js';

export function approvalStampToPdf(node: ApprovalStamp, ctx: PdfContext): PdfNode {
  return rightBlockToPdf([[{ text: node.word }], ...node.lines], ctx);
}
