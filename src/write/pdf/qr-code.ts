/**
 * The document's QR code (GOST R 7.0.97-2025) in PDF: vector rectangles (a pdfmake `canvas`, one
 * rectangle per run of dark modules in a row) at an absolute position, bottom right of the text
 * area of the page it falls on (page 1: composing puts the node first). Out of the flow: it takes
 * no space and never adds a page. Not pdfmake's `qr` node: that one rounds the module down to
 * whole points (a 25 mm code of 57 modules came out 20 mm); the matrix is the same encoder's
 * (src/write/qr-matrix.ts), as in DOCX.
 */
import type { QrCode } from '../../model/document.js';
import { mmToPt } from '../units.js';
import { qrMatrix } from '../qr-matrix.js';
import type { PdfContext } from './context.js';
import { BOTTOM_ANCHORED, type PdfNode } from './pdfmake.js';

/** Points between the code and the bottom margin (see executor-mark.ts: a node ending exactly on it moves). */
const BOTTOM_SLACK = 1;
/** Rows overlap by this much (points) so that no hairline shows between them when rasterised. */
const ROW_OVERLAP = 0.05;

export function qrCodeToPdf(node: QrCode, ctx: PdfContext): PdfNode {
  const matrix = qrMatrix(node.text);
  const size = mmToPt(node.size);
  const m = size / matrix.length;
  const canvas: PdfNode[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      canvas.push({ type: 'rect', x: start * m, y: y * m, w: (x - start) * m, h: m + (y < matrix.length - 1 ? ROW_OVERLAP : 0), lineWidth: 0, color: '#000000' });
    }
  });
  const { page } = ctx;
  return {
    canvas,
    absolutePosition: { x: page.width - page.margins.right - size, y: page.height - page.margins.bottom - size - BOTTOM_SLACK },
    // Above the page's footnotes, if it has any.
    [BOTTOM_ANCHORED]: true,
  };
}
