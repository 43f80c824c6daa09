/**
 * The cells of an XLSX workbook, as Excel or LibreOffice saved it after someone filled it in:
 * every sheet by name, every cell that holds something as text, number, boolean or error, and
 * whether a number is shown as a date. Not a spreadsheet engine: no formulas are computed (their
 * last results, which the file keeps, are read), no formatting is kept.
 *
 * The zip is read with fflate, the XML with saxes, the parser of the Word import too (strict and
 * streaming: no document tree; it knows only XML's five entities and character references, and a
 * part that declares a DTD is refused, as a workbook never has one, so no entity is ever
 * expanded and nothing external is read). The file is untrusted: only the parts needed are unpacked, each and all of
 * them within `XLSX_LIMITS` as their headers declare (a part that inflates past its declared size
 * fails), and anything that is not a workbook is a `WorkbookUnreadable` with the reason in words.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser } from 'saxes';

export const XLSX_LIMITS = {
  /** The workbook file, bytes. */
  fileBytes: 50 * 1024 * 1024,
  /** Unpacked size of one part, bytes. */
  partBytes: 64 * 1024 * 1024,
  /** Unpacked size of all the parts read, bytes. */
  totalBytes: 192 * 1024 * 1024,
  /** Sheets. */
  sheets: 1000,
};

export type Cell =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number; date: boolean }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; text: string };

export interface WorkbookSheet {
  name: string;
  /** Cells by row (1-based) and column (0-based). Empty cells are absent. */
  rows: Map<number, Map<number, Cell>>;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904: boolean;
}

/** Why a file could not be read as a workbook. */
export type UnreadableReason = 'not-zip' | 'not-workbook' | 'too-large' | 'broken-xml' | 'dtd';

export class WorkbookUnreadable extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export function readWorkbook(bytes: Uint8Array): Workbook {
  const parts = unpack(bytes);
  const text = (path: string): string | undefined => {
    const data = parts.get(path);
    return data === undefined ? undefined : new TextDecoder('utf-8', { fatal: false }).decode(data);
  };
  const workbookPath = officeDocument(text('_rels/.rels')) ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined) throw new WorkbookUnreadable('not-workbook', 'no xl/workbook.xml');
  const { sheets: declared, date1904 } = workbookSheets(workbookXml);
  const relsPath = relsOf(workbookPath);
  const targets = relationshipTargets(text(relsPath) ?? '', workbookPath);
  const strings = sharedStrings(text(targets.sharedStrings ?? 'xl/sharedStrings.xml'));
  const dateStyles = dateFormats(text(targets.styles ?? 'xl/styles.xml'));
  const sheets: WorkbookSheet[] = [];
  for (const { name, rid } of declared) {
    const path = targets.byId.get(rid);
    const xml = path === undefined ? undefined : text(path);
    if (xml === undefined) continue;
    sheets.push({ name, rows: sheetCells(xml, strings, dateStyles) });
  }
  return { sheets, date1904 };
}

/** The parts needed, unpacked within the limits. */
function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    // An encrypted (password-protected) workbook is an OLE compound file, not a zip.
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw new WorkbookUnreadable('not-zip', ole ? 'an OLE compound file (an encrypted workbook or an old .xls)' : 'not a zip archive');
  }
  let total = 0;
  let tooLarge: string | undefined;
  const wanted = (f: UnzipFileInfo): boolean => {
    const name = f.name;
    const needed = name === '_rels/.rels' || /\.xml$/.test(name) || /\.rels$/.test(name);
    if (!needed || !/^(_rels\/|xl\/)/.test(name)) return false;
    if (/^xl\/(media|embeddings|printerSettings|drawings|charts|pivot|externalLinks|theme)/.test(name)) return false;
    if (f.originalSize > XLSX_LIMITS.partBytes || total + f.originalSize > XLSX_LIMITS.totalBytes) {
      tooLarge ??= name;
      return false;
    }
    total += f.originalSize;
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch (e) {
    throw new WorkbookUnreadable('not-zip', e instanceof Error ? e.message : String(e));
  }
  if (tooLarge !== undefined) throw new WorkbookUnreadable('too-large', tooLarge);
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (data.length > XLSX_LIMITS.partBytes) throw new WorkbookUnreadable('too-large', name);
    out.set(name, data);
  }
  return out;
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Runs `xml` through saxes; `open`/`close`/`text` see local names (no prefix). */
function parse(xml: string, handlers: { open?(tag: Tag): void; close?(name: string): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => handlers.open?.({ name: local(tag.name), attributes: tag.attributes as Record<string, string> }));
  parser.on('closetag', (tag) => handlers.close?.(local(tag.name)));
  parser.on('text', (t) => handlers.text?.(t));
  parser.on('cdata', (t) => handlers.text?.(t));
  parser.on('doctype', () => {
    throw new WorkbookUnreadable('dtd', `${parser.line}:${parser.column}`);
  });
  // Without an error handler saxes throws at the first error (its message starts with line:column).
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof WorkbookUnreadable) throw e;
    throw new WorkbookUnreadable('broken-xml', e instanceof Error ? e.message.split('\n')[0]!.replace(/\.$/, '') : String(e));
  }
}

/** `_rels/.rels` → the main part (`xl/workbook.xml`). */
function officeDocument(rels: string | undefined): string | undefined {
  if (rels === undefined) return undefined;
  let target: string | undefined;
  parse(rels, {
    open(tag) {
      if (tag.name === 'Relationship' && /\/officeDocument$/.test(tag.attributes.Type ?? '') && target === undefined) target = resolvePath('', tag.attributes.Target ?? '');
    },
  });
  return target;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to the part that has it (or absolute: `/xl/…`). */
function resolvePath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const seg of `${base}${target}`.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function workbookSheets(xml: string): { sheets: { name: string; rid: string }[]; date1904: boolean } {
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  parse(xml, {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = tag.attributes.date1904 === '1' || tag.attributes.date1904 === 'true';
      if (tag.name === 'sheet' && sheets.length < XLSX_LIMITS.sheets) {
        const rid = Object.entries(tag.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
        if (rid !== undefined) sheets.push({ name: tag.attributes.name ?? '', rid });
      }
    },
  });
  return { sheets, date1904 };
}

function relationshipTargets(xml: string, workbookPath: string): { byId: Map<string, string>; sharedStrings?: string; styles?: string } {
  const byId = new Map<string, string>();
  const out: { byId: Map<string, string>; sharedStrings?: string; styles?: string } = { byId };
  if (!xml) return out;
  parse(xml, {
    open(tag) {
      if (tag.name !== 'Relationship') return;
      const target = resolvePath(workbookPath, tag.attributes.Target ?? '');
      byId.set(tag.attributes.Id ?? '', target);
      const type = tag.attributes.Type ?? '';
      if (/\/sharedStrings$/.test(type)) out.sharedStrings = target;
      if (/\/styles$/.test(type)) out.styles = target;
    },
  });
  return out;
}

/** Excel writes characters XML cannot carry (and some it can) as `_x000D_`; `_x005F_` escapes an underscore. */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parse(xml, {
    open(tag) {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.push(unescapeText(current ?? ''));
        current = undefined;
      }
    },
    text(t) {
      if (inText && current !== undefined) current += t;
    },
  });
  return out;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30, and the East Asian ones Excel maps to dates). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date: it has d, m or y outside quotes, brackets and escapes. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** For each cell format index (`s`), whether its number format shows a date. */
function dateFormats(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  parse(xml, {
    open(tag) {
      if (tag.name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateCode(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}

/** `B12` → [12, 1]. */
function cellRef(ref: string): [number, number] | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col - 1];
}

function sheetCells(xml: string, strings: readonly string[], dateStyles: readonly boolean[]): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  let row = 0;
  let col = -1;
  let cell: { type: string; style: number; value: string; inline: string; inValue: boolean; inInline: number; phonetic: number } | undefined;
  parse(xml, {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'row') {
        row = a.r !== undefined ? Number(a.r) : row + 1;
        col = -1;
      } else if (tag.name === 'c') {
        const at = a.r !== undefined ? cellRef(a.r) : undefined;
        if (at) [row, col] = at;
        else col++;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '', inValue: false, inInline: 0, phonetic: 0 };
      } else if (cell) {
        if (tag.name === 'v') cell.inValue = true;
        else if (tag.name === 'rPh') cell.phonetic++;
        else if (tag.name === 't' && cell.phonetic === 0) cell.inInline++;
      }
    },
    close(name) {
      if (!cell) return;
      if (name === 'v') cell.inValue = false;
      else if (name === 'rPh') cell.phonetic--;
      else if (name === 't' && cell.inInline > 0) cell.inInline--;
      else if (name === 'c') {
        const value = cellValue(cell.type, cell.value, cell.inline, cell.style, strings, dateStyles);
        if (value !== undefined) {
          let cells = rows.get(row);
          if (!cells) rows.set(row, (cells = new Map()));
          cells.set(col, value);
        }
        cell = undefined;
      }
    },
    text(t) {
      if (!cell) return;
      if (cell.inValue) cell.value += t;
      else if (cell.inInline > 0) cell.inline += t;
    },
  });
  return rows;
}

function cellValue(type: string, value: string, inline: string, style: number, strings: readonly string[], dateStyles: readonly boolean[]): Cell | undefined {
  switch (type) {
    case 's': {
      const text = strings[Number(value)];
      return text === undefined || text === '' ? undefined : { type: 'text', text };
    }
    case 'inlineStr':
      return inline === '' ? undefined : { type: 'text', text: unescapeText(inline) };
    case 'str':
      return value === '' ? undefined : { type: 'text', text: unescapeText(value) };
    case 'b':
      return value === '' ? undefined : { type: 'boolean', value: value === '1' || value === 'true' };
    case 'e':
      return { type: 'error', text: value };
    case 'd':
      // An ISO 8601 date written as such (rare; strict Open XML).
      return value === '' ? undefined : { type: 'text', text: value };
    default: {
      if (value.trim() === '') return undefined;
      const n = Number(value);
      return Number.isFinite(n) ? { type: 'number', value: n, date: dateStyles[style] === true } : { type: 'text', text: value };
    }
  }
}
