/**
 * The one line-height model of both writers (issue 12). Word and LibreOffice set a single-spaced
 * line of Times New Roman / Liberation Serif at ascent + descent + the hhea line gap (2355 / 2048
 * of the size: 13.8 pt at 12 pt), in whole twips; a multiple (`lineSpacing` 1.5) is that many
 * single lines. The DOCX keeps Word's own «auto» spacing (an official who edits the text or its
 * size gets Word's single lines), and the PDF takes the same height: pdfmake's line (pdfkit's
 * ascent + descent, 2268 / 2048) is stretched to it by its `lineHeight` factor, and every estimate
 * of a text's height (text-height.ts) counts lines of this height.
 */
import type { FontMetrics } from './measure.js';

/** The height of a line of text at `size` points and `spacing` × single, points (whole twips, as Word and LibreOffice lay it). */
export function lineHeightPt(size: number, spacing: number, m: FontMetrics): number {
  return Math.round(size * spacing * m.lineHeight * 20) / 20;
}

/** pdfmake's `lineHeight` factor that gives a line of `lineHeightPt(size, spacing)`. */
export function pdfLineFactor(size: number, spacing: number, m: FontMetrics): number {
  return lineHeightPt(size, spacing, m) / (size * m.glyphHeight);
}
