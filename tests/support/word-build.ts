/**
 * Building small DOCX files in tests the way Word stores what its users make: paragraphs of runs,
 * tables with merged cells (`w:gridSpan`, `w:vMerge`), header rows repeated on every page,
 * bulleted lists (`w:numPr` with a numbering part), hyperlinks, pictures.
 *
 *   const docx = wordDocx([p('ПЛАН МЕРОПРИЯТИЙ'), tbl([2000, 6000], [tr([tc(p('№')), tc(p('Мероприятие'))])])]);
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Run {
  text?: string;
  bold?: boolean;
  italic?: boolean;
  /** A line break before the text. */
  br?: boolean;
  tab?: boolean;
  /** A hyperlink around the run (its target; relationships are made up). */
  link?: string;
  /** A picture in the run. */
  picture?: boolean;
}

export interface ParagraphOptions {
  /** A list paragraph: `w:numId` 1 is a bullet list, 2 a decimal one (see NUMBERING). */
  numId?: number;
  level?: number;
  align?: 'left' | 'center' | 'right' | 'both';
  pageBreakBefore?: boolean;
  sectionEnd?: boolean;
}

const links: string[] = [];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(r: Run | string): string {
  const spec: Run = typeof r === 'string' ? { text: r } : r;
  const props = `${spec.bold ? '<w:b/>' : ''}${spec.italic ? '<w:i/>' : ''}`;
  let inner = props ? `<w:rPr>${props}</w:rPr>` : '';
  if (spec.br) inner += '<w:br/>';
  if (spec.tab) inner += '<w:tab/>';
  if (spec.picture) inner += '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Рисунок 1"/></wp:inline></w:drawing>';
  if (spec.text !== undefined) inner += `<w:t xml:space="preserve">${esc(spec.text)}</w:t>`;
  const xml = `<w:r>${inner}</w:r>`;
  if (spec.link === undefined) return xml;
  links.push(spec.link);
  return `<w:hyperlink r:id="rIdLink${links.length}">${xml}</w:hyperlink>`;
}

/** A paragraph of runs (a string is one run). */
export function p(content: string | Run | (string | Run)[] = [], options: ParagraphOptions = {}): string {
  const runs = (Array.isArray(content) ? content : [content]).map(run).join('');
  let pPr = '';
  if (options.numId !== undefined) pPr += `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`;
  if (options.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (options.align) pPr += `<w:jc w:val="${options.align}"/>`;
  if (options.sectionEnd) pPr += '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

export interface CellOptions {
  span?: number;
  vMerge?: 'restart' | 'continue';
}

/** A cell of paragraphs (a cell without one gets an empty paragraph, as Word requires). */
export function tc(paragraphs: string | string[] = [], options: CellOptions = {}): string {
  const list = Array.isArray(paragraphs) ? paragraphs : [paragraphs];
  let tcPr = '';
  if (options.span) tcPr += `<w:gridSpan w:val="${options.span}"/>`;
  if (options.vMerge) tcPr += options.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${list.length > 0 ? list.join('') : '<w:p/>'}</w:tc>`;
}

/** A row; `header`: repeated at the top of every page. */
export function tr(cells: string[], options: { header?: boolean } = {}): string {
  return `<w:tr>${options.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
}

/** A table on a grid of column widths (twips). */
export function tbl(grid: number[], rows: string[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** Bullet list 1 («•»), decimal list 2 («1.», «1.1.»). */
export const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export interface PackageOptions {
  /** The document part's XML as is, instead of a body made of `body`. */
  documentXml?: string;
  /** More parts, or parts replaced (name → text or bytes). */
  parts?: Record<string, string | Uint8Array>;
}

/** A DOCX package: the body's paragraphs and tables, relationships, the numbering part. */
export function wordDocx(body: string[], options: PackageOptions = {}): Uint8Array {
  const documentXml = options.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
  const rels = links.map((href, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R}/hyperlink" Target="${esc(href)}" TargetMode="External"/>`).join('');
  links.length = 0;
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': documentXml,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNum" Type="${R}/numbering" Target="numbering.xml"/>${rels}</Relationships>`,
    'word/numbering.xml': NUMBERING,
    ...options.parts,
  };
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable, { level: 6 });
}
