/**
 * Turning the pdfkit document of a PDF into an archival one, PDF/A-3b (ISO 19005-3), with the
 * roadmap it was made from embedded. pdfkit does most of it when asked for `subset: 'PDF/A-3b'`
 * (`PDFA_DOCUMENT_OPTIONS`): the sRGB output intent with the ICC profile pdfkit ships
 * (data/sRGB_IEC61966_2_1.icc, read from pdfkit's own folder: nothing is fetched), PDF 1.7, and
 * fonts are embedded anyway. Here, before the document ends:
 *
 * - the source YAML becomes an embedded file stream (`/Type /EmbeddedFile /Subtype
 *   /application#2Fyaml`, `/Params` with its size, MD5 checksum and the document's dates) with a
 *   file specification `roadmap.yaml` (`/AFRelationship /Source`, `/F`, `/UF`, `/Desc`) listed in
 *   the catalog's `/AF` and in its `/Names /EmbeddedFiles` (so viewers show it as an attachment);
 * - the XMP packet is written by xmp.ts instead of pdfkit's (which leaves the title unescaped and
 *   the modification date out, while PDF/A wants the packet equal to the information
 *   dictionary);
 * - the file identifier (`/ID`) is pdfkit's (an MD5 of the information dictionary) mixed with an
 *   MD5 of the source, so archival PDFs of different roadmaps with the same title and date are
 *   told apart. Same model, options and source: the same bytes.
 */
import { createHash } from 'node:crypto';
import { ARCHIVE_SOURCE_NAME, ARCHIVE_SOURCE_TYPE, type PdfArchiveOptions } from './pdfa-options.js';
import { xmpPacket } from './xmp.js';

/** What the pdfkit document is given to be PDF/A-3b. */
export const PDFA_DOCUMENT_OPTIONS = { subset: 'PDF/A-3b', pdfVersion: '1.7' } as const;

interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** The parts of a pdfkit document used here. */
export interface ArchivablePdf {
  info: Record<string, unknown>;
  _id: Uint8Array;
  _root: { data: Record<string, unknown> };
  ref(data: Record<string, unknown>): PdfRef;
  file(src: Buffer, options: Record<string, unknown>): unknown;
  endMetadata(): void;
}

const DESCRIPTION = 'План (дорожная карта) в YAML, из которого собран документ / The roadmap (YAML) this document was made from';

/** Call after the pages are printed and before `end()`. */
export function prepareArchive(doc: ArchivablePdf, options: PdfArchiveOptions): void {
  const created = doc.info.CreationDate instanceof Date ? doc.info.CreationDate : new Date(0);
  if (options.source) {
    const source = Buffer.from(options.source.buffer, options.source.byteOffset, options.source.byteLength);
    doc.file(source, {
      name: ARCHIVE_SOURCE_NAME,
      type: ARCHIVE_SOURCE_TYPE,
      relationship: 'Source',
      description: DESCRIPTION,
      creationDate: created,
      modifiedDate: created,
    });
    doc._id = createHash('md5').update(doc._id).update(source).digest();
  }
  const text = (key: string) => (typeof doc.info[key] === 'string' ? (doc.info[key] as string) : undefined);
  const fields = {
    creatorTool: text('Creator') ?? '',
    producer: text('Producer') ?? '',
    created,
    ...(text('Title') ? { title: text('Title')! } : {}),
    ...(text('Author') ? { author: text('Author')! } : {}),
    ...(text('Subject') ? { subject: text('Subject')! } : {}),
  };
  doc.endMetadata = function endMetadata(this: ArchivablePdf): void {
    const ref = this.ref({ Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false;
    ref.write(Buffer.from(xmpPacket(fields), 'utf8'));
    ref.end();
    this._root.data.Metadata = ref;
  };
}
