/**
 * Reading the table cells of a PDF back in tests, from the drawing itself: the lines the page
 * strokes (pdfjs operator list) bound the cells, and each piece of text belongs to the cell whose
 * nearest lines enclose it on all four sides. A cell spanning rows or columns has no line inside
 * it, so it comes back as one cell; text outside any lined box (titles, stamps, signatures,
 * tables without borders) is left out.
 *
 *   const pages = await pdfCellRows(bytes);
 *   pages[0]        // rows of page 1, top to bottom; each row: its cells left to right
 *   pages[0][2][1]  // { text: 'Задачи', left, right, top, bottom }
 *
 * A row is the cells with text sharing a top line (a cell spanning rows belongs to its first
 * row; empty cells are not found: tell columns apart by the cells' left edges). Cell
 * text: the lines of the cell top to bottom joined by '\n', pieces of a line joined as
 * pdf-read.ts joins them (a space where they stand apart).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfCell {
  text: string;
  /** PDF points, y upwards. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Segment {
  /** The constant coordinate (x of a vertical line, y of a horizontal one). */
  at: number;
  from: number;
  to: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Stroked straight lines of a page, in page space: horizontal and vertical ones. */
function lines(fnArray: number[], argsArray: unknown[]): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = [];
  const v: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let width = 1;
  let path: [number, number][][] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.setLineWidth) width = args[0] as number;
    else if (fn === OPS.constructPath) {
      const [ops, coords] = args as [number[], number[]];
      let k = 0;
      for (const op of ops) {
        if (op === OPS.moveTo) path.push([apply(ctm, coords[k++] as number, coords[k++] as number)]);
        else if (op === OPS.lineTo) path.at(-1)?.push(apply(ctm, coords[k++] as number, coords[k++] as number));
        else if (op === OPS.rectangle) {
          const [x, y, w, hh] = [coords[k++] as number, coords[k++] as number, coords[k++] as number, coords[k++] as number];
          path.push([apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + hh), apply(ctm, x, y + hh), apply(ctm, x, y)]);
        } else k += op === OPS.curveTo ? 6 : op === OPS.curveTo2 || op === OPS.curveTo3 ? 4 : 0;
      }
    } else if (fn === OPS.stroke || fn === OPS.closeStroke) {
      if (width > 0) {
        for (const points of path) {
          for (let p = 1; p < points.length; p++) {
            const [x1, y1] = points[p - 1] as [number, number];
            const [x2, y2] = points[p] as [number, number];
            if (Math.abs(y1 - y2) < 0.01) h.push({ at: y1, from: Math.min(x1, x2), to: Math.max(x1, x2) });
            else if (Math.abs(x1 - x2) < 0.01) v.push({ at: x1, from: Math.min(y1, y2), to: Math.max(y1, y2) });
          }
        }
      }
      path = [];
    } else if (fn === OPS.endPath || fn === OPS.fill || fn === OPS.eoFill) path = [];
  });
  return { h, v };
}

const EPS = 0.6;

/** The nearest segment on one side of `p` that covers `q` along it. */
function nearest(segments: Segment[], p: number, q: number, before: boolean): number | undefined {
  let best: number | undefined;
  for (const s of segments) {
    if (q < s.from - EPS || q > s.to + EPS) continue;
    if (before ? s.at <= p : s.at >= p) {
      if (best === undefined || (before ? s.at > best : s.at < best)) best = s.at;
    }
  }
  return best;
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pieces as lines of text (same baseline within 1 pt), as pdf-read.ts makes them. */
function textOf(pieces: Piece[]): string {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Piece[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs((g[0] as Piece).y - it.y) <= 1) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      let line = '';
      let end = -Infinity;
      for (const it of g) {
        if (line && it.x > end + Math.max(1, it.height) / 4 && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
        line += it.str;
        end = it.x + it.width;
      }
      return line;
    })
    .join('\n');
}

/** Every page's table rows (cells within drawn lines), top to bottom, cells left to right. */
export async function pdfCellRows(bytes: Uint8Array): Promise<PdfCell[][][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: PdfCell[][][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    const { h, v } = lines(ops.fnArray, ops.argsArray);
    const cells = new Map<string, { cell: PdfCell; pieces: Piece[] }>();
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str === '') continue;
      const piece: Piece = { str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height };
      // A point inside the first glyph, above the baseline.
      const px = piece.x + Math.min(1, piece.width / 2);
      const py = piece.y + Math.max(1, piece.height * 0.3);
      const left = nearest(v, px, py, true);
      const right = nearest(v, px, py, false);
      const bottom = nearest(h, py, px, true);
      const top = nearest(h, py, px, false);
      if (left === undefined || right === undefined || bottom === undefined || top === undefined) continue;
      const key = [left, right, top, bottom].map((c) => c.toFixed(1)).join(',');
      let entry = cells.get(key);
      if (!entry) cells.set(key, (entry = { cell: { text: '', left, right, top, bottom }, pieces: [] }));
      entry.pieces.push(piece);
    }
    // A cell no text fell in is not found: rows are made of the cells that have text (tell
    // their columns by their left edges).
    const found = [...cells.values()].map(({ cell, pieces }) => ({ ...cell, text: textOf(pieces) }));
    found.sort((a, b) => b.top - a.top || a.left - b.left);
    const rows: PdfCell[][] = [];
    for (const cell of found) {
      const row = rows.at(-1);
      if (row && Math.abs((row[0] as PdfCell).top - cell.top) < 1) row.push(cell);
      else rows.push([cell]);
    }
    out.push(rows);
  }
  await doc.destroy();
  return out;
}
