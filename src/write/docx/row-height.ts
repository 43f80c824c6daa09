/**
 * Rows taller than a page (Word cuts off a `cantSplit` row that does not fit a page, so those may
 * split): the estimate lays out every cell's text (text-height.ts), which for a plan of thousands
 * of rows was most of the table's time. Nearly all rows are far from a page, and an upper bound
 * of their height from the width of their text settles those without laying it out; only the
 * others get the estimate. The answer is the estimate's, always.
 */
import type { Paragraph, TableRow } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import { ESTIMATE_SAFETY, cellPaddingY, estimateCellHeight, lineHeightOf } from '../text-height.js';
import { mmToPt } from '../units.js';

/**
 * Whether the row's estimated height exceeds the page's text area (`bodyHeight`, points) with
 * the estimate's safety margin. `widths`: the cells' text widths, points.
 */
export function tallerThanPage(row: TableRow, widths: number[], bodyHeight: number, theme: Theme, m: FontMetrics): boolean {
  const limit = bodyHeight * ESTIMATE_SAFETY - cellPaddingY(theme);
  return row.cells.some((cell, i) => {
    const width = widths[i] ?? 0;
    const bold = cell.bold || row.kind === 'group';
    return cellHeightBound(cell.blocks, width, theme, m, bold) > limit && estimateCellHeight(cell.blocks, width, theme, m, bold) > limit;
  });
}

/**
 * An upper bound of `estimateCellHeight` (same arguments). Its line breaking is greedy: a word
 * goes to a new line when the line so far plus the word is wider than the line. Summed over the
 * k such breaks, the lines before them plus the words that begin the next are wider than k lines;
 * the lines are disjoint and so are the words, so k < (2 × text width + first-line indent) / line
 * width. Explicit breaks (a run's `breakBefore`, a line feed) add one line each.
 */
export function cellHeightBound(blocks: Paragraph[], width: number, theme: Theme, m: FontMetrics, bold = false): number {
  let height = 0;
  for (const p of blocks) {
    const s = theme.styles[p.style];
    const lineWidth = width - (p.bullet ? mmToPt(theme.indent.bullet) : 0);
    if (!(lineWidth > 0)) return Infinity;
    const indent = p.bullet ? 0 : s.firstLineIndent ? mmToPt(s.firstLineIndent) : 0;
    let textWidth = 0;
    let breaks = 0;
    for (const run of p.runs) {
      textWidth += textWidthOf(run.text, run.bold ?? p.bold ?? (bold || (s.bold ?? false)), m) * s.size;
      if (run.breakBefore) breaks++;
      for (let at = run.text.indexOf('\n'); at !== -1; at = run.text.indexOf('\n', at + 1)) breaks++;
    }
    // One line more than the bound, against rounding in the sums.
    const lines = 2 + breaks + Math.floor((2 * textWidth + indent) / lineWidth);
    height += lines * lineHeightOf(p, theme, m) + (s.spaceBefore ?? 0) + (s.spaceAfter ?? 0);
  }
  return height;
}

/** Advance widths (at 1 pt) by UTF-16 code unit, regular and bold, per font: NaN until measured. */
const advances = new WeakMap<FontMetrics, [Float64Array, Float64Array]>();

/**
 * `m.width(text, bold)` summed a character at a time from a table (the metrics' own loop, over
 * code points through a map, is several times slower); text with surrogate pairs goes to `m.width`.
 */
function textWidthOf(text: string, bold: boolean, m: FontMetrics): number {
  let tables = advances.get(m);
  if (!tables) {
    tables = [new Float64Array(0x10000).fill(NaN), new Float64Array(0x10000).fill(NaN)];
    advances.set(m, tables);
  }
  const table = tables[bold ? 1 : 0];
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return m.width(text, bold);
    let w = table[code] as number;
    if (Number.isNaN(w)) table[code] = w = m.width(text[i] as string, bold);
    width += w;
  }
  return width;
}
