/**
 * Reading a DOCX back in tests: the package's parts as strings and small views of
 * WordprocessingML without an XML library (regex and balanced-tag scanning, enough for what the
 * writer emits).
 *
 *   const docx = readDocx(bytes);
 *   docx.part('word/styles.xml')      // any part as a string (throws if missing)
 *   docx.documentXml                  // word/document.xml
 *   paragraphTexts(docx.documentXml)  // text of every top-level paragraph (tables skipped)
 *   tables(docx.documentXml)          // top-level tables → rows → cells (text, gridSpan)
 *   sections(docx.documentXml)        // w:sectPr of each section: orientation, size, titlePage
 *   elements(xml, 'w:tr')             // outermost <w:tr>…</w:tr> elements of any xml
 *   relationships(docx)               // rId → { type, target, external } of word/document.xml
 *   sectionHeaders(docx)              // per section: { default, first } header xml; hasPageField(xml)
 *
 * Unzips with fflate, the zip library docx itself depends on.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxRead {
  parts: Map<string, string>;
  /** A part by path, e.g. 'word/document.xml'; throws if the package lacks it. */
  part(path: string): string;
  documentXml: string;
}

export function readDocx(bytes: Uint8Array): DocxRead {
  const files = unzipSync(bytes);
  const parts = new Map(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  const part = (path: string) => {
    const p = parts.get(path);
    if (p === undefined) throw new Error(`No part ${path} in the package (has: ${[...parts.keys()].join(', ')})`);
    return p;
  };
  return { parts, part, documentXml: part('word/document.xml') };
}

/** The outermost `<tag …>…</tag>` (or `<tag …/>`) elements in `xml`, nesting-aware. */
export function elements(xml: string, tag: string): string[] {
  const open = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>|</${tag}>`, 'g');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const closing = m[0].startsWith('</');
    const selfClosing = !closing && m[1] === '/';
    if (!closing) {
      if (depth === 0) start = m.index;
      if (selfClosing) {
        if (depth === 0) out.push(xml.slice(start, m.index + m[0].length));
      } else depth++;
    } else {
      depth--;
      if (depth === 0) out.push(xml.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

/** The inside of an element (without its own start and end tags). */
function inner(el: string): string {
  return el.slice(el.indexOf('>') + 1, el.lastIndexOf('</'));
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Text of one paragraph (`<w:p>`): `w:t` texts, '\t' for `w:tab`, '\n' for `w:br`, '-' for
 * `w:noBreakHyphen`; soft hyphens (`w:softHyphen`, a break opportunity) and fields left out.
 */
export function paragraphText(p: string): string {
  let out = '';
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:noBreakHyphen\/>/g;
  for (let m = re.exec(p); m; m = re.exec(p)) out += m[1] !== undefined ? decode(m[1]) : m[0].startsWith('<w:tab') ? '\t' : m[0].startsWith('<w:noBreak') ? '-' : '\n';
  return out;
}

/** Text of every paragraph of the body outside tables, in order. */
export function paragraphTexts(documentXml: string): string[] {
  const body = inner(elements(documentXml, 'w:body')[0] ?? '');
  let withoutTables = body;
  for (const t of elements(body, 'w:tbl')) withoutTables = withoutTables.replace(t, '');
  return elements(withoutTables, 'w:p').map(paragraphText);
}

export interface DocxCell {
  text: string;
  paragraphs: string[];
  gridSpan: number;
  xml: string;
}
export interface DocxRow {
  /** `w:trPr/w:tblHeader`: repeats at the top of each page. */
  header: boolean;
  /** `w:trPr/w:cantSplit`. */
  cantSplit: boolean;
  cells: DocxCell[];
  xml: string;
}
export interface DocxTable {
  /** `w:tblGrid/w:gridCol/@w:w`, twips. */
  grid: number[];
  rows: DocxRow[];
  xml: string;
}

/** The top-level tables of the body (nested tables stay inside their cells' xml). */
export function tables(documentXml: string): DocxTable[] {
  return elements(documentXml, 'w:tbl').map((tbl) => {
    const body = inner(tbl);
    const grid = [...(elements(body, 'w:tblGrid')[0] ?? '').matchAll(/<w:gridCol [^>]*w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const rows = elements(body, 'w:tr').map((tr) => {
      const trPr = elements(tr, 'w:trPr')[0] ?? '';
      const cells = elements(inner(tr), 'w:tc').map((tc) => {
        const tcPr = elements(tc, 'w:tcPr')[0] ?? '';
        const span = /<w:gridSpan w:val="(\d+)"/.exec(tcPr);
        const paragraphs = elements(inner(tc), 'w:p').map(paragraphText);
        return { text: paragraphs.join('\n'), paragraphs, gridSpan: span ? Number(span[1]) : 1, xml: tc };
      });
      return { header: /<w:tblHeader(?:\/>|\s)/.test(trPr), cantSplit: /<w:cantSplit(?:\/>|\s)/.test(trPr), cells, xml: tr };
    });
    return { grid, rows, xml: tbl };
  });
}

/**
 * The tables with each table continued after a page break joined to the one it continues: a
 * table on the same grid whose leading rows, marked to repeat (`w:tblHeader`), repeat rows of the
 * table before it (as plangraf writes a page break its layout made: src/write/page-breaks.ts).
 * Those repeated rows are left out of the joined table.
 */
export function joinedTables(documentXml: string): DocxTable[] {
  const out: DocxTable[] = [];
  const texts = (r: DocxRow) => r.cells.map((c) => c.text).join('\u0001');
  for (const t of tables(documentXml)) {
    const previous = out.at(-1);
    const lead = t.rows.findIndex((r) => !r.header);
    const repeated = lead > 0 ? t.rows.slice(0, lead) : [];
    if (previous && repeated.length > 0 && previous.grid.join() === t.grid.join() && repeated.every((r) => previous.rows.some((p) => texts(p) === texts(r)))) {
      out[out.length - 1] = { ...previous, rows: [...previous.rows, ...t.rows.slice(lead)], xml: previous.xml + t.xml };
    } else out.push(t);
  }
  return out;
}

export interface DocxSection {
  orientation: 'portrait' | 'landscape';
  /** `w:pgSz` width and height, twips. */
  width: number;
  height: number;
  /** `w:titlePg`: a different first-page header. */
  titlePage: boolean;
  margins: Record<string, number>;
  xml: string;
}

/** Every `w:sectPr` in document order (one per section; the last one is the body's). */
export function sections(documentXml: string): DocxSection[] {
  return elements(documentXml, 'w:sectPr').map((s) => {
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(s)?.[1] ?? '';
    const get = (src: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(src)?.[1];
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(s)?.[1] ?? '';
    const margins: Record<string, number> = {};
    for (const m of pgMar.matchAll(/w:(\w+)="(-?\d+)"/g)) margins[m[1] as string] = Number(m[2]);
    return {
      orientation: get(pgSz, 'orient') === 'landscape' ? 'landscape' : 'portrait',
      width: Number(get(pgSz, 'w')),
      height: Number(get(pgSz, 'h')),
      titlePage: /<w:titlePg(?:\/>|\s)/.test(s),
      margins,
      xml: s,
    };
  });
}

/** Target part of each relationship of a part, by id: `relationships(docx, 'word/document.xml')`. */
export function relationships(docx: DocxRead, source = 'word/document.xml'): Map<string, { type: string; target: string; external: boolean }> {
  const dir = source.slice(0, source.lastIndexOf('/') + 1);
  const rels = docx.parts.get(`${dir}_rels/${source.slice(dir.length)}.rels`) ?? '';
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  for (const m of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const a = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? '';
    out.set(a('Id'), { type: a('Type').split('/').pop() ?? '', target: decode(a('Target')), external: a('TargetMode') === 'External' });
  }
  return out;
}

/**
 * The header parts of each section by reference type ('default', 'first', 'even'), as xml.
 * `hasPageField(xml)` tells whether one prints the page number.
 */
export function sectionHeaders(docx: DocxRead, kind: 'header' | 'footer' = 'header'): Array<Record<string, string>> {
  const rels = relationships(docx);
  return sections(docx.documentXml).map((s) => {
    const out: Record<string, string> = {};
    for (const m of s.xml.matchAll(new RegExp(`<w:${kind}Reference w:type="(\\w+)" r:id="([^"]+)"`, 'g'))) {
      const target = rels.get(m[2] ?? '')?.target;
      if (target) out[m[1] ?? ''] = docx.part(`word/${target}`);
    }
    return out;
  });
}

/** True if the xml holds a PAGE field (complex `w:instrText` or simple `w:fldSimple`). */
export function hasPageField(xml: string): boolean {
  return /<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /<w:fldSimple [^>]*w:instr="\s*PAGE\b/.test(xml);
}

/** No-break spaces as plain spaces (the writers tie words with them where Russian typesetting asks). */
export const plainSpaces = (s: string): string => s.replace(/\u00a0/g, ' ');
