/**
 * The archival PDF (`--pdfa`, `writePdf(model, { pdfa })`): PDF/A-3b, optionally carrying the
 * roadmap it was made from as an associated file. An option of the PDF writer, not a format of
 * its own: the pages are the same as those of the ordinary PDF.
 */

export interface PdfArchiveOptions {
  /**
   * The roadmap's YAML, embedded as the associated file `roadmap.yaml` (AFRelationship
   * /Source, MIME type application/yaml), dated like the document. `plangraf extract` and
   * `readRoadmapSource` get these exact bytes back. Absent: a PDF/A-3b without a source.
   */
  source?: Uint8Array;
}

/** The fixed name of the embedded roadmap. */
export const ARCHIVE_SOURCE_NAME = 'roadmap.yaml';
/** Its MIME type (RFC 9512). */
export const ARCHIVE_SOURCE_TYPE = 'application/yaml';
