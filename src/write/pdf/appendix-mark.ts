/** «Приложение № 1 / к приказу … / от … № …» in the upper right. */
import type { AppendixMark } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { rightBlockToPdf } from './right-block.js';

export function appendixMarkToPdf(node: AppendixMark, ctx: PdfContext): PdfNode {
  return rightBlockToPdf(node.lines, ctx);
}
