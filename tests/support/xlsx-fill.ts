/**
 * Filling in a workbook plangraf wrote, as a municipality would: set the text (or a date, or a
 * number) of cells found by the row's ID and the column's header. The sheet XML is patched where
 * the writer put the cell (every cell of an item row is written, empty ones too), so the rest of
 * the file stays as written.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../src/status-import/xlsx-cells.js';
import { isoToSerial } from '../../src/write/xlsx/serial-date.js';

export type CellInput = string | { date: string } | { number: number };

/** Column letters of a 0-based index. */
function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Where the row with `id` is, and the column of each header, on the sheet that has it. */
export function locate(xlsx: Uint8Array, id: string): { sheet: number; row: number; columns: Map<string, number> } {
  const book = readWorkbook(xlsx);
  for (const [s, sheet] of book.sheets.entries()) {
    const header = sheet.rows.get(2);
    if (!header) continue;
    const columns = new Map<string, number>();
    for (const [c, cell] of header) if (cell.type === 'text') columns.set(cell.text, c);
    const idAt = columns.get('ID');
    if (idAt === undefined) continue;
    for (const [r, cells] of sheet.rows) {
      const cell = cells.get(idAt);
      if (cell?.type === 'text' && cell.text === id) return { sheet: s, row: r, columns };
    }
  }
  throw new Error(`no row ${id}`);
}

/** Cells by `[sheet index, A1 reference]` set to new values ('' empties the cell). */
export function setCells(xlsx: Uint8Array, cells: { sheet: number; ref: string; value: CellInput }[]): Uint8Array {
  const files = unzipSync(xlsx);
  for (const { sheet, ref, value } of cells) {
    const part = `xl/worksheets/sheet${sheet + 1}.xml`;
    let xml = strFromU8(files[part]!);
    const pattern = new RegExp(`<c r="${ref}"( s="\\d+")?( t="\\w+")?(/>|>.*?</c>)`);
    const m = pattern.exec(xml);
    if (!m) throw new Error(`no cell ${ref} in ${part}`);
    const s = m[1] ?? '';
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const cell =
      typeof value === 'string'
        ? value === ''
          ? `<c r="${ref}"${s}/>`
          : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`
        : 'date' in value
          ? `<c r="${ref}"${s}><v>${isoToSerial(value.date)}</v></c>`
          : `<c r="${ref}"${s}><v>${value.number}</v></c>`;
    xml = xml.slice(0, m.index) + cell + xml.slice(m.index + m[0].length);
    files[part] = strToU8(xml);
  }
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2023, 0, 1)) });
}

/** The execution cells of row `id` filled in: by the headers «Статус», «Дата выполнения», «Фактическое выполнение», «Комментарий». */
export function fillRow(xlsx: Uint8Array, id: string, values: { status?: CellInput; done?: CellInput; fact?: CellInput; comment?: CellInput }): Uint8Array {
  const { sheet, row, columns } = locate(xlsx, id);
  const header = { status: 'Статус', done: 'Дата выполнения', fact: 'Фактическое выполнение', comment: 'Комментарий' } as const;
  const cells = Object.entries(values).map(([k, value]) => {
    const c = columns.get(header[k as keyof typeof header]);
    if (c === undefined) throw new Error(`no column ${k}`);
    return { sheet, ref: `${letters(c)}${row}`, value: value as CellInput };
  });
  return setCells(xlsx, cells);
}
