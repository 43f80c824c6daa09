/**
 * `writePdf(model)`: the document model → PDF bytes via pdfmake. Styles are defined once from the
 * theme, each IR section becomes a pdfmake section (new page, own orientation and margins), each
 * block goes through its handler (blocks.ts). Page numbers come from a header (or footer)
 * function. Output is deterministic: creation and modification dates are `meta.created`, node ids
 * are numbered, and pdfkit derives the file /ID from the info dictionary.
 */
import type { DocumentModel } from '../../model/document.js';
import { resolveTheme, type Theme, type ThemeOverride } from '../../model/theme.js';
import { tinosFonts } from './fonts.js';
import type { FontSet } from './fonts.js';
import { withMissingGlyphsSubstituted } from './glyph-substitute.js';
import { printedModel } from '../model-text.js';
import { KeepRules } from './keep.js';
import { PageFootnotes } from './footnotes.js';
import { metricsOf } from '../measure.js';
import { pdfLineFactor } from '../line-height.js';
import { PDF_FONT_FAMILY, renderOwnedPdf } from './pdfmake.js';
import type { DocDefinition, PdfNode } from './pdfmake.js';
import { SectionNumbering, pageGeometry, sectionToPdf } from './section.js';
import { pdfStyles } from './styles.js';
import { mmToPt } from '../units.js';
import type { DocumentWriter } from '../writer.js';
import type { PdfArchiveOptions } from '../../archive/pdfa-options.js';
import type { PageBreaks } from '../page-breaks.js';

export type { FontSet } from './fonts.js';

export interface WritePdfOptions {
  /** Layout overrides, deep-merged over the GOST defaults (a full theme works too). Default: GOST. */
  theme?: ThemeOverride;
  /** Fonts to embed. Default: Tinos from @expo-google-fonts/tinos, loaded once per process. */
  fonts?: FontSet;
  /**
   * Write an archival PDF/A-3b, with `source` (the roadmap's YAML) embedded as the associated
   * file `roadmap.yaml` (src/archive/). The pages are those of the ordinary PDF.
   */
  pdfa?: PdfArchiveOptions;
}

export async function writePdf(input: DocumentModel, options: WritePdfOptions = {}): Promise<Uint8Array> {
  return (await writeLaidOutPdf(input, options)).bytes;
}

/** The PDF and the page breaks its keep rules made that the DOCX must write out (page-breaks.ts). */
export async function writeLaidOutPdf(input: DocumentModel, options: WritePdfOptions = {}): Promise<{ bytes: Uint8Array; pageBreaks: PageBreaks }> {
  const fonts = options.fonts ?? tinosFonts();
  let keep = new KeepRules();
  // The definition is handed over, not kept: its content is let go once laid out.
  let bytes = await renderOwnedPdf(pdfDefinition(input, options, keep), fonts);
  // A table head moved off a page that then held only the table's lead-in: laid out once more,
  // the table's first row cut to the room under the lead-in (rare: a first row taller than that).
  if (keep.leadInAlone.size > 0) {
    const rooms = keep.leadInAlone;
    keep = new KeepRules();
    bytes = await renderOwnedPdf(pdfDefinition(input, options, keep, rooms), fonts);
  }
  return { bytes, pageBreaks: keep.pageBreaks };
}

/** The pdfmake document definition of a model (what `writePdf` renders); `keep` gathers its keep rules. */
export function pdfDefinition(input: DocumentModel, options: WritePdfOptions = {}, keep = new KeepRules(), leadInRooms?: ReadonlyMap<string, number>): DocDefinition {
  // Bidi controls are left out (Word would reorder around them, the PDF would not); the built-in
  // font cannot draw everything: what it lacks is printed as a visible «�».
  const theme = resolveTheme(options.theme);
  const printed = printedModel(input, theme);
  const model = options.fonts ? printed : withMissingGlyphsSubstituted(printed);
  const metrics = metricsOf(options.fonts ?? tinosFonts());
  const created = new Date(model.meta.created);
  if (Number.isNaN(created.getTime())) throw new Error(`meta.created is not a date: ${model.meta.created}`);
  const first = model.sections[0]?.orientation ?? 'portrait';
  const firstPage = pageGeometry(theme, first);
  const pageNumber = pageNumberFunction(theme);
  // Sections numbered apart (an appendix starting again, or without numbers) print their own.
  const numbering = model.sections.some((s) => s.pageNumbers) ? new SectionNumbering() : undefined;
  const sectionNumber = (index: number) => numbering && pageNumberFunction(theme, (page) => numbering.numberOf(model.sections, index, page));
  return {
    content: model.sections.map((s, i) => sectionToPdf(s, theme, metrics, keep, sectionNumber(i), i, leadInRooms)),
    pageSize: { width: Math.min(firstPage.width, firstPage.height), height: Math.max(firstPage.width, firstPage.height) },
    pageOrientation: first,
    pageMargins: [firstPage.margins.left, firstPage.margins.top, firstPage.margins.right, firstPage.margins.bottom],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: theme.styles.body.size, lineHeight: pdfLineFactor(theme.styles.body.size, 1, metrics) },
    styles: pdfStyles(theme, metrics),
    language: model.meta.language,
    info: {
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      creator: 'plangraf',
      producer: 'plangraf',
      creationDate: created,
      modDate: created,
    },
    pageBreakBefore: keep.pageBreakBefore,
    ...(model.footnotes ? { footnotes: new PageFootnotes(model.footnotes, theme, metrics) } : {}),
    ...(options.pdfa ? { pdfa: options.pdfa } : {}),
    ...(theme.pageNumbers.position === 'top-center' ? { header: pageNumber } : { footer: pageNumber }),
  };
}

/**
 * Prints the page number from page `theme.pageNumbers.from` on, `offset` from the page edge.
 * `numberOf`: the printed number of a page of the document (null: none); default, the page's own.
 */
function pageNumberFunction(theme: Theme, numberOf: (page: number) => number | null = (page) => page) {
  const { from, position, size, offset } = theme.pageNumbers;
  return (documentPage: number, _pages: number, pageSize: { orientation: string }): PdfNode | null => {
    const page = numberOf(documentPage);
    if (page === null || from <= 0 || page < from) return null;
    const g = pageGeometry(theme, pageSize.orientation === 'landscape' ? 'landscape' : 'portrait');
    const top = position === 'top-center';
    const edge = mmToPt(offset);
    return {
      text: String(page),
      font: PDF_FONT_FAMILY,
      fontSize: size,
      alignment: position === 'bottom-right' ? 'right' : 'center',
      // The header box spans the page top to the top margin; the footer box the bottom margin.
      margin: top
        ? [g.margins.left, edge, g.margins.right, 0]
        : [g.margins.left, Math.max(0, g.margins.bottom - edge - size), g.margins.right, 0],
    };
  };
}

/** The registry's contract (src/write/writer.ts): every block that does not fit is reported while composing, so it adds no diagnostics. */
export const documentWriter: DocumentWriter = async (model, { theme, pdfa }) => {
  const { bytes, pageBreaks } = await writeLaidOutPdf(model, { theme, ...(pdfa ? { pdfa } : {}) });
  return { bytes, diagnostics: [], pageBreaks };
};
