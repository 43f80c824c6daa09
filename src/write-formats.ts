/**
 * Writes one document model in the formats asked for, through the registry (src/output-formats.ts),
 * with one pagination: the DOCX takes the page breaks of the PDF's layout (src/write/page-breaks.ts).
 * When both are asked for, the PDF is written first and its layout handed to the DOCX writer; a
 * DOCX asked for alone is laid out as a PDF first when its model has a table (a document of
 * paragraphs only has no page break a keep rule could move).
 */
import type { DocumentModel } from './model/document.js';
import { FORMAT_REGISTRY, type OutputFormat } from './output-formats.js';
import { needsLayoutPass, type PageBreaks } from './write/page-breaks.js';
import type { WriterOptions, WriterOutput } from './write/writer.js';

/** The output of each format, in the order of `formats` (each written once). */
export async function writeFormats(model: DocumentModel, formats: readonly OutputFormat[], options: WriterOptions): Promise<Array<[OutputFormat, WriterOutput]>> {
  const unique = [...new Set(formats)];
  const written = new Map<OutputFormat, WriterOutput>();
  if (unique.includes('docx')) {
    let pageBreaks: PageBreaks | undefined;
    if (unique.includes('pdf')) {
      const pdf = await (await FORMAT_REGISTRY.pdf.load())(model, options);
      written.set('pdf', pdf);
      pageBreaks = pdf.pageBreaks;
    } else pageBreaks = await layoutPageBreaks(model, options);
    written.set('docx', await (await FORMAT_REGISTRY.docx.load())(model, { ...options, ...(pageBreaks ? { pageBreaks } : {}) }));
  }
  const rest = unique.filter((f) => !written.has(f));
  const outputs = await Promise.all(rest.map(async (format) => (await FORMAT_REGISTRY[format].load())(model, options)));
  rest.forEach((format, i) => written.set(format, outputs[i]!));
  return unique.map((format) => [format, written.get(format)!]);
}

/**
 * The page breaks a DOCX of `model` takes from the PDF's layout, the PDF laid out for them alone
 * (none for a model without tables: `needsLayoutPass`).
 */
export async function layoutPageBreaks(model: DocumentModel, options: WriterOptions): Promise<PageBreaks | undefined> {
  if (!needsLayoutPass(model)) return undefined;
  // An archival PDF's extras are not needed for that.
  const { pdfa: _pdfa, ...plain } = options;
  return (await (await FORMAT_REGISTRY.pdf.load())(model, plain)).pageBreaks;
}
