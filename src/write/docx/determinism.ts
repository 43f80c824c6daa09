/**
 * Makes a DOCX package byte-identical for the same model: docx stamps the core properties with the
 * current time, gives hyperlink relationships random ids (nanoid), numbers drawings (images) with a
 * process-wide counter, and zips with the current time.
 * We take the package's parts as docx compiles them (before it zips them, so nothing is zipped,
 * unzipped and zipped again), fix the core dates to `meta.created`, renumber the random
 * relationship ids in order of appearance, and zip once (zip.ts: fflate's deflate, the zip library
 * docx itself uses) with a fixed entry time and a fixed entry order ([Content_Types].xml first,
 * then by path).
 * The directly written XML (raw.ts) goes into word/document.xml only as it is encoded for the
 * zip: the regular expressions here run over docx's XML of the document, a small shell.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { RawXml } from './raw.js';
import { zipParts } from './zip.js';

/** The package's parts by path: XML as strings, binary parts as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

/** The earliest time a zip entry can carry (DOS time starts in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 12);

export function normalizeDocx(parts: PackageParts, created: string, raw?: RawXml): Uint8Array {
  const files: Record<string, string | Uint8Array> = Object.fromEntries(parts);
  const stamp = isoSeconds(created);
  const text = (path: string) => {
    const f = files[path] ?? '';
    return typeof f === 'string' ? f : strFromU8(f);
  };
  const core = 'docProps/core.xml';
  if (files[core]) {
    files[core] = (
      text(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
    );
  }
  // Drawings (the QR code image): docx numbers `wp:docPr` ids with a process-wide counter, so the
  // second document of a process got other ids. Renumber them 1, 2, … in part and document order.
  let drawing = 0;
  for (const path of Object.keys(files).filter((p) => p.startsWith('word/') && p.endsWith('.xml')).sort()) {
    const xml = text(path);
    if (!xml.includes('<wp:docPr ')) continue;
    files[path] = xml.replace(/(<wp:docPr [^>]*?\bid=")\d+"/g, (_whole, head: string) => `${head}${++drawing}"`);
  }
  // The directly written XML's links are written rIdP1, rIdP2, … in document order already: only
  // if the numbering comes out otherwise is it renamed too (`renameRaw`).
  let counter = 0;
  let renameRaw: ((xml: string) => string) | undefined;
  for (const rels of Object.keys(files).filter((p) => p.endsWith('.rels')).sort()) {
    const mapping = new Map<string, string>();
    const fixed = (raw ? raw.relationshipsXml(text(rels)) : text(rels)).replace(/Id="([^"]+)"/g, (whole, id: string) => {
      if (/^rId\d+$/.test(id)) return whole;
      const next = `rIdP${++counter}`;
      mapping.set(id, next);
      return `Id="${next}"`;
    });
    if (mapping.size === 0) continue;
    files[rels] = fixed;
    const source = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (!files[source]) continue;
    const rename = (xml: string) =>
      xml.replace(/r:id="([^"]+)"/g, (whole, id: string) => {
        const next = mapping.get(id);
        return next ? `r:id="${next}"` : whole;
      });
    files[source] = rename(text(source));
    if (source === DOCUMENT && [...mapping].some(([from, to]) => from !== to)) renameRaw = rename;
  }
  // Entry times: the creation time (from its UTC fields, zip.ts), not before 1980 (nor after 2107:
  // zip.ts stamps a later time as the last one MS-DOS times hold; core.xml keeps the real date).
  const time = Math.max(ZIP_EPOCH, Date.parse(created) || ZIP_EPOCH);
  const paths = Object.keys(files).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return zipParts(
    paths.map((path) => {
      const f = files[path] as string | Uint8Array;
      const data = path === DOCUMENT && raw ? raw.documentXml(text(path), renameRaw) : typeof f === 'string' ? strToU8(f) : f;
      return { path, data };
    }),
    time,
  );
}

const DOCUMENT = 'word/document.xml';

const rank = (path: string) => (path === '[Content_Types].xml' ? 0 : 1);

/** `2022-02-14T09:00:00Z`: the W3CDTF form Word writes, without milliseconds. */
function isoSeconds(created: string): string {
  const t = Date.parse(created);
  if (Number.isNaN(t)) throw new Error(`meta.created is not a date: ${created}`);
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
