/** Unit conversions shared by the writers (the only numbers that are not in the theme). */
import type { Margins, Theme } from '../model/theme.js';

const MM_PER_INCH = 25.4;

/** Millimetres to twentieths of a point (DOCX twips). */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / MM_PER_INCH);
/** Points to twips. */
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
/** Millimetres to PDF points. */
export const mmToPt = (mm: number): number => (mm * 72) / MM_PER_INCH;

/** Page margins of an orientation. */
export function marginsOf(theme: Theme, orientation: 'portrait' | 'landscape'): Margins {
  return orientation === 'landscape' ? theme.page.landscapeMargins : theme.page.portraitMargins;
}

/** Page size (width, height) in millimetres for an orientation: landscape swaps them. */
export function pageSizeOf(theme: Theme, orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const { width, height } = theme.page;
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Text width (between the left and right margins) in millimetres. */
export function textWidthMm(theme: Theme, orientation: 'portrait' | 'landscape'): number {
  const m = marginsOf(theme, orientation);
  return pageSizeOf(theme, orientation).width - m.left - m.right;
}

/** Splits `total` in proportion to `weights`, rounding so that the parts sum exactly to `total`. */
export function proportionalWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  let used = 0;
  return weights.map((w, i) => {
    if (i === weights.length - 1) return total - used;
    const part = Math.round((w / sum) * total);
    used += part;
    return part;
  });
}

/**
 * Column widths: `total` split in proportion to `weights` (as `proportionalWidths`), but no
 * column narrower than `min`: columns whose share is less get `min`, the others share the rest
 * in proportion. When even `min` each does not fit, every column gets `min` and the widths sum
 * to more than `total` (the table is wider than the page: compose warns, `table-too-wide`).
 * Integer units, like `proportionalWidths`; the same as it when no share is below `min`.
 */
export function columnWidths(weights: number[], total: number, min: number): number[] {
  if (weights.length * min >= total) return weights.map(() => min);
  const narrow = new Set<number>();
  for (;;) {
    const free = total - narrow.size * min;
    const sum = weights.reduce((a, w, i) => (narrow.has(i) ? a : a + w), 0) || 1;
    const below = weights.map((w, i) => (!narrow.has(i) && (w / sum) * free < min ? i : -1)).filter((i) => i >= 0);
    if (below.length === 0) break;
    for (const i of below) narrow.add(i);
  }
  if (narrow.size === 0) return proportionalWidths(weights, total);
  const wide = proportionalWidths(weights.filter((_, i) => !narrow.has(i)), total - narrow.size * min);
  let k = 0;
  return weights.map((_, i) => (narrow.has(i) ? min : (wide[k++] as number)));
}

/** How many columns of at least `theme.table.minColumnWidth` fit the text width of a page. */
export function columnsThatFit(theme: Theme, orientation: 'portrait' | 'landscape'): number {
  return Math.floor(textWidthMm(theme, orientation) / theme.table.minColumnWidth);
}
