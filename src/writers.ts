/**
 * The writers as the package exports them: each loads its module (docx, or pdfmake with the
 * fonts, or the XLSX writer) the first time it is called, so that a program importing `plangraf`
 * for one format, or only to load and check roadmaps, does not load the others (~15–18 MB and
 * ~60 ms each for docx and pdfmake). `writeDocument` writes any format of the registry
 * (src/output-formats.ts) through the writers' one contract (src/write/writer.ts).
 */
import type { DocumentModel } from './model/document.js';
import type { WriteDocxOptions } from './write/docx/index.js';
import type { WritePdfOptions } from './write/pdf/index.js';
import type { OutputFormat } from './output-formats.js';
import { layoutPageBreaks, writeFormats } from './write-formats.js';
import { resolveTheme, type ThemeOverride } from './model/theme.js';
import type { Language } from './diagnostics/diagnostic.js';
import type { WriterOutput } from './write/writer.js';
import type { PdfArchiveOptions } from './archive/pdfa-options.js';

/** The document model → DOCX bytes (src/write/docx). */
export async function writeDocx(model: DocumentModel, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  // One pagination with the PDF (src/write/page-breaks.ts): laid out first when the model needs it.
  if (!options.pageBreaks) {
    const pageBreaks = await layoutPageBreaks(model, { theme: resolveTheme(options.theme), lang: 'ru' });
    if (pageBreaks) options = { ...options, pageBreaks };
  }
  return (await import('./write/docx/index.js')).writeDocx(model, options);
}

/** The document model → PDF bytes (src/write/pdf). */
export async function writePdf(model: DocumentModel, options: WritePdfOptions = {}): Promise<Uint8Array> {
  return (await import('./write/pdf/index.js')).writePdf(model, options);
}

export interface WriteDocumentOptions {
  /** Layout overrides, deep-merged over the GOST defaults. */
  theme?: ThemeOverride;
  /** Language of the writer's diagnostics. Default 'ru'. */
  lang?: Language;
  /** The PDF writer's: PDF/A-3b with the roadmap's source embedded (`WriterOptions.pdfa`). */
  pdfa?: PdfArchiveOptions;
}

/**
 * The document model → the bytes of `format` and what its writer reported (a block it does not
 * print, a document it cannot write: then no bytes and an error).
 */
export async function writeDocument(format: OutputFormat, model: DocumentModel, options: WriteDocumentOptions = {}): Promise<WriterOutput> {
  const [written] = await writeFormats(model, [format], { theme: resolveTheme(options.theme), lang: options.lang ?? 'ru', ...(options.pdfa ? { pdfa: options.pdfa } : {}) });
  return written![1];
}

/** The document model → an XLSX workbook (src/write/xlsx): one sheet per plan-graph table. */
export function writeXlsx(model: DocumentModel, options: WriteDocumentOptions = {}): Promise<WriterOutput> {
  return writeDocument('xlsx', model, options);
}
