/**
 * The workbook package: the sheets (worksheet.ts), the workbook with their names, print titles,
 * print areas and filter ranges, the styles, the core properties, and the zip. Deterministic: the
 * parts in a fixed order, every zip entry stamped with the document's own time (`meta.created`,
 * from `now`), no clock and no random ids anywhere, and dates as serial numbers computed from ISO
 * dates, so the machine's time zone changes nothing.
 */
import type { DocumentMeta } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
// The same deterministic zip as the DOCX (an OPC package too): fflate's deflate, fixed entry time and order.
import { zipParts } from '../docx/zip.js';
import type { Sheet } from './sheets.js';
import { CellStyles } from './styles.js';
import { columnLetters, HEAD_ROWS, HEADER_ROW, worksheetXml } from './worksheet.js';
import { esc, XML_HEADER } from './xml.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The earliest time a zip entry can carry (DOS time starts in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 12);

export function workbookBytes(sheets: readonly Sheet[], meta: DocumentMeta, theme: Theme): Uint8Array {
  const styles = new CellStyles(theme);
  const names = sheetNames(sheets.map((s) => s.title));
  const worksheets = sheets.map((s) => worksheetXml(s, theme, styles));
  const created = isoSeconds(meta.created);
  const encoder = new TextEncoder();
  const part = (path: string, xml: string) => ({ path, data: encoder.encode(xml) });

  const definedNames = sheets.flatMap((s, i) => {
    const ref = quoteSheet(names[i]!);
    const last = columnLetters(s.columns.length - 1);
    const lastRow = HEAD_ROWS + s.rows.length;
    // Printed: everything but the key column (last); the header and number rows on every page.
    const printLast = columnLetters(Math.max(0, s.columns.length - 2));
    return [
      { name: '_xlnm._FilterDatabase', i, hidden: true, value: `${ref}!$A$${HEAD_ROWS}:$${last}$${lastRow}` },
      { name: '_xlnm.Print_Area', i, hidden: false, value: `${ref}!$A$1:$${printLast}$${lastRow}` },
      { name: '_xlnm.Print_Titles', i, hidden: false, value: `${ref}!$${HEADER_ROW}:$${HEAD_ROWS}` },
    ];
  });

  const parts = [
    part(
      '[Content_Types].xml',
      XML_HEADER +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '</Types>',
    ),
    part(
      '_rels/.rels',
      XML_HEADER +
        `<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    ),
    part(
      'docProps/app.xml',
      XML_HEADER + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>plangraf</Application></Properties>',
    ),
    part(
      'docProps/core.xml',
      XML_HEADER +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${esc(meta.title)}</dc:title>` +
        (meta.author ? `<dc:creator>${esc(meta.author)}</dc:creator>` : '') +
        `<dc:language>${meta.language}</dc:language>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
        '</cp:coreProperties>',
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      XML_HEADER +
        `<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    part(
      'xl/workbook.xml',
      XML_HEADER +
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets>${names.map((name, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
        `<definedNames>${definedNames
          .map((d) => `<definedName name="${d.name}" localSheetId="${d.i}"${d.hidden ? ' hidden="1"' : ''}>${esc(d.value)}</definedName>`)
          .join('')}</definedNames>` +
        '</workbook>',
    ),
    ...worksheets.map((xml, i) => part(`xl/worksheets/sheet${i + 1}.xml`, xml)),
    // Last: the formats the sheets asked for are known only once they are written.
    part('xl/styles.xml', styles.xml()),
  ];
  const time = Math.max(ZIP_EPOCH, Date.parse(meta.created) || ZIP_EPOCH);
  return zipParts(parts, time);
}

/**
 * Sheet names from plan titles: at most 31 characters, none of `[ ] : * ? / \`, not starting or
 * ending with an apostrophe, unique ignoring case («ПЛАН-ГРАФИК», «ПЛАН-ГРАФИК (2)»).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, i) => {
    const clean = title.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || `План ${i + 1}`;
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = `${[...clean].slice(0, 31 - suffix.length).join('').trim()}${suffix}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  });
}

/** `'План-график'` for formulas: always quoted, apostrophes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `2022-02-14T00:00:00Z`: the creation time to the second, UTC. */
function isoSeconds(created: string): string {
  const t = Date.parse(created);
  return Number.isNaN(t) ? '1980-01-01T00:00:00Z' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
