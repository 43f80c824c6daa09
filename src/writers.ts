/**
 * The two writers as the package exports them: each loads its module (docx, or pdfmake with the
 * fonts) the first time it is called, so that a program importing `plangraf` for one format, or
 * only to load and check roadmaps, does not load the other (~15–18 MB and ~60 ms each).
 */
import type { DocumentModel } from './model/document.js';
import type { WriteDocxOptions } from './write/docx/index.js';
import type { WritePdfOptions } from './write/pdf/index.js';

/** The document model → DOCX bytes (src/write/docx). */
export async function writeDocx(model: DocumentModel, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  return (await import('./write/docx/index.js')).writeDocx(model, options);
}

/** The document model → PDF bytes (src/write/pdf). */
export async function writePdf(model: DocumentModel, options: WritePdfOptions = {}): Promise<Uint8Array> {
  return (await import('./write/pdf/index.js')).writePdf(model, options);
}
