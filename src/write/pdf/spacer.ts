/** Vertical space: an empty stack with a top margin of the spacer's height. */
import type { Spacer } from '../../model/document.js';
import type { PdfNode } from './pdfmake.js';

export function spacerToPdf(node: Spacer): PdfNode {
  return { stack: [], marginTop: node.height };
}
