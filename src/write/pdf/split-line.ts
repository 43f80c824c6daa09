/** «14.02.2022 … № 50»: left runs at the left margin, right runs flush right, on one line. */
import type { SplitLine } from '../../model/document.js';
import type { PdfNode } from './pdfmake.js';
import { pdfRuns } from './runs.js';

export function splitLineToPdf(node: SplitLine): PdfNode {
  return {
    style: node.style,
    columns: [
      { width: '*', text: pdfRuns(node.left), alignment: 'left', leadingIndent: 0 },
      { width: 'auto', text: pdfRuns(node.right), alignment: 'right', leadingIndent: 0 },
    ],
  };
}
