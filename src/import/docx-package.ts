/**
 * A DOCX file → the body of its main document (word-body.ts). The package is read as Word reads
 * it: `_rels/.rels` names the main document part (usually `word/document.xml`), its relationships
 * name the hyperlink targets and the numbering part. Everything is bounded by `ImportLimits`;
 * failures are thrown as `ZipRefused` (the container), `XmlProblem` (a part's XML) or
 * `ImportLimitExceeded` (the document's size), which import-docx.ts turns into diagnostics.
 */
import type { ImportLimits } from './limits.js';
import { emptyNumbering, hyperlinkTargets, mainDocumentPart, numberingPart, parseNumbering, parseRelationships, relationshipsPartOf } from './package-parts.js';
import type { WordBody } from './word-body.js';
import { WordBodyReader } from './word-body-reader.js';
import { inflateEntry, readEntry, zipEntries, ZipRefused } from './docx-zip.js';
import { W_NS, XmlByteStream, type XmlParserClass, type XmlTag } from './xml-stream.js';

const DEFAULT_MAIN = 'word/document.xml';

/** `Parser`: saxes' class (xml-stream.ts `loadXmlParser`). */
export function readWordBody(bytes: Uint8Array, limits: ImportLimits, Parser: XmlParserClass): WordBody {
  const entries = zipEntries(bytes, limits.zipEntries);
  const part = (name: string) => {
    const entry = entries.get(name);
    return entry ? readEntry(bytes, entry, limits.partBytes) : undefined;
  };
  const packageRels = part('_rels/.rels');
  const main = (packageRels && mainDocumentPart(parseRelationships(Parser, '_rels/.rels', packageRels))) ?? DEFAULT_MAIN;
  const mainEntry = entries.get(main);
  if (!mainEntry) throw new ZipRefused({ kind: 'not-word' });
  const relsName = relationshipsPartOf(main);
  const relsBytes = part(relsName);
  const rels = relsBytes ? parseRelationships(Parser, relsName, relsBytes) : new Map();
  const numberingName = numberingPart(main, rels);
  const numberingBytes = numberingName !== undefined ? part(numberingName) : undefined;
  const numbering = numberingName !== undefined && numberingBytes ? parseNumbering(Parser, numberingName, numberingBytes) : emptyNumbering();

  const reader = new WordBodyReader(limits, numbering, hyperlinkTargets(rels));
  let root = true;
  const xml = new XmlByteStream(Parser, main, {
    open(tag: XmlTag) {
      // The main part of a spreadsheet or a presentation is not a w:document.
      if (root && !(W_NS.has(tag.uri) && tag.local === 'document')) throw new ZipRefused({ kind: 'not-word' });
      root = false;
      reader.open(tag);
    },
    close: (tag) => reader.close(tag),
    text: (text) => reader.text(text),
  });
  inflateEntry(bytes, mainEntry, limits.documentBytes, (chunk) => xml.write(chunk));
  xml.end();
  return reader.body();
}
