/**
 * The contract every writer meets: the document model, the theme and the options in; the file's
 * bytes and what the writer has to say about them out. A writer that cannot print part of the
 * model says so with a located diagnostic («в XLSX выводятся только таблицы планов: …») instead
 * of dropping it silently; one that cannot write the file at all returns no bytes and an error.
 *
 * Writers are listed in one table, src/output-formats.ts; everything that offers formats (render,
 * batch, serve, the CLI's `--format`, the library's result type) is derived from it.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document.js';
import type { Theme } from '../model/theme.js';
import type { PdfArchiveOptions } from '../archive/pdfa-options.js';
import type { PageBreaks } from './page-breaks.js';

export interface WriterOptions {
  /** The full theme (resolved). */
  theme: Theme;
  /** Language of the writer's diagnostics. */
  lang: Language;
  /**
   * The PDF writer's only: write PDF/A-3b with the roadmap's source embedded (`--pdfa`,
   * src/archive/). An option of the pdf format, not a format of its own; other writers ignore it.
   */
  pdfa?: PdfArchiveOptions;
  /**
   * The DOCX writer's: the page breaks the PDF's layout made by keep rules, written out so that
   * the DOCX paginates as the PDF does in any office suite (src/write/page-breaks.ts). Other
   * writers ignore it; `writeFormats` (src/write-formats.ts) passes it on.
   */
  pageBreaks?: PageBreaks;
}

export interface WriterOutput {
  /** The file; absent when the writer could not write it (then an error says why). */
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
  /** The PDF writer's: the page breaks its keep rules made (for the DOCX: `WriterOptions.pageBreaks`). */
  pageBreaks?: PageBreaks;
}

export type DocumentWriter = (model: DocumentModel, options: WriterOptions) => Promise<WriterOutput>;
