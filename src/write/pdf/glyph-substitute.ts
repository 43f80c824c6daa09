/**
 * Characters the embedded font cannot draw (emoji, CJK, Arabic) would come out of pdfmake as
 * nothing at all. Before layout, every text of the model has them replaced by a visible «�»
 * (src/text/font-coverage.ts); the loader has already warned, naming the string
 * (`text-missing-glyph`). Only for the built-in font: a caller's own fonts draw what they draw.
 * The model is not changed; a copy is made only where something is replaced (model-text.ts).
 */
import type { DocumentModel } from '../../model/document.js';
import { charactersMissingFromPdfFont, substituteMissingGlyphs } from '../../text/font-coverage.js';
import { mapModelText } from '../model-text.js';

const text = (s: string): string => (charactersMissingFromPdfFont(s).length > 0 ? substituteMissingGlyphs(s) : s);

/** The model with every character the built-in PDF font lacks replaced by «�». */
export function withMissingGlyphsSubstituted(model: DocumentModel): DocumentModel {
  return mapModelText(model, text);
}
