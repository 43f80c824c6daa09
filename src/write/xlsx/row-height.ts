/**
 * Row heights. Neither Excel nor LibreOffice fits a row to its wrapped text when it opens a file
 * (and never a merged row): each row gets the height of its tallest cell, from the lines its text
 * breaks into at the column's width — the kept Tinos advance widths (src/write/measure.ts; Tinos
 * is metric-compatible with Times New Roman, the sheet's font), greedy breaking at spaces.
 */
import { tinosMetrics } from '../measure.js';

const PT_PER_MM = 72 / 25.4;
/** Space a cell keeps on its left and right, points. */
const CELL_PADDING = 3;
/** A line's height as a multiple of the font size (what Excel and LibreOffice give Times New Roman). */
const LINE = 1.2;
/** Space above and below the lines, points. */
const ROW_PADDING = 3;

/** The height of one line of `size`-point text, points (also the default row height). */
export function lineHeight(size: number): number {
  return Math.round(size * LINE * 4) / 4;
}

/** How many lines `text` takes in a cell `widthMm` wide at `size` points. */
export function lineCount(text: string, widthMm: number, size: number, bold: boolean): number {
  const metrics = tinosMetrics();
  const room = Math.max(1, widthMm * PT_PER_MM - 2 * CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/(?<= )/u)) {
      const w = metrics.width(word, bold) * size;
      if (used > 0 && used + w - metrics.width(' ', bold) * size * Number(word.endsWith(' ')) > room) {
        lines++;
        used = 0;
      }
      // A word wider than the cell breaks anywhere: it takes as many lines as it is wide.
      if (w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else {
        used += w;
      }
    }
  }
  return Math.max(1, lines);
}

/** The height of a row whose tallest cell has `lines` lines. */
export function rowHeight(lines: number, size: number): number {
  return Math.round((lines * size * LINE + ROW_PADDING) * 4) / 4;
}
