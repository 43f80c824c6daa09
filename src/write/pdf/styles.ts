/** Paragraph styles, defined once from the theme as pdfmake named styles (same names as the IR). */
import type { ParagraphStyleName } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { PdfNode } from './pdfmake.js';
import type { FontMetrics } from '../measure.js';
import { pdfLineFactor } from '../line-height.js';
import { mmToPt } from '../units.js';

/** Lines are as tall as Word's and LibreOffice's (line-height.ts). */
export function pdfStyles(theme: Theme, m: FontMetrics): Record<string, PdfNode> {
  const out: Record<string, PdfNode> = {};
  for (const name of Object.keys(theme.styles) as ParagraphStyleName[]) {
    const s = theme.styles[name];
    out[name] = {
      fontSize: s.size,
      bold: s.bold ?? false,
      italics: s.italic ?? false,
      alignment: s.align,
      lineHeight: pdfLineFactor(s.size, s.lineSpacing, m),
      leadingIndent: s.firstLineIndent ? mmToPt(s.firstLineIndent) : 0,
      marginTop: s.spaceBefore ?? 0,
      marginBottom: s.spaceAfter ?? 0,
    };
  }
  return out;
}
