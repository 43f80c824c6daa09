/**
 * The QR matrix of a text, shared by both writers (so that the PDF and the DOCX draw the same
 * symbol): pdfmake's own encoder (pdfmake/js/qrEnc.js, public-domain qr.js), which exports only
 * `measure(node)`. `measure` lays the symbol out as rectangles of 5 units per module without
 * `fit`: the background rectangle first (n × 5 square), then one per dark module, so the matrix
 * is read back from them. The text is passed as UTF-8 bytes (byte mode; pdfmake's own string
 * conversion splits characters outside the BMP), error correction level M, the smallest version
 * that holds it, best mask.
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './pdf/lazy-dependencies.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface QrRect {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface QrMeasured {
  _canvas: QrRect[];
  _width: number;
}
const qrEnc = (require('pdfmake/js/qrEnc.js') as { default: { measure(node: Record<string, unknown>): QrMeasured } }).default;

/** Error correction level: M (15 %). */
export const QR_ECC_LEVEL = 'M';
/** Largest version the documents use (57 × 57 modules). */
export const QR_MAX_VERSION = 10;
/** Bytes a version-10 symbol holds at level M in byte mode. */
export const QR_MAX_BYTES = 213;

const MODULE = 5;

/** `matrix[row][column]`, true = dark; a square of 17 + 4 × version modules (no quiet zone). */
export function qrMatrix(text: string): boolean[][] {
  const bytes = Array.from(new TextEncoder().encode(text));
  if (bytes.length > QR_MAX_BYTES) throw new Error(`QR text is ${bytes.length} bytes, more than ${QR_MAX_BYTES}`);
  const measured = qrEnc.measure({ qr: bytes, eccLevel: QR_ECC_LEVEL });
  const n = Math.round(measured._width / MODULE);
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => false));
  for (const r of measured._canvas.slice(1)) {
    const row = matrix[Math.round(r.y / MODULE)];
    if (row) row[Math.round(r.x / MODULE)] = true;
  }
  return matrix;
}

/** The version of a matrix: 1 for 21 × 21, 10 for 57 × 57. */
export function qrVersion(matrix: boolean[][]): number {
  return (matrix.length - 17) / 4;
}
