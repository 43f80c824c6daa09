/**
 * Merged cells in a table body (a plan's `merge:`): one cell over several rows, DOCX `w:vMerge`
 * and PDF `rowSpan`, the rows kept on one page when they fit, and a run taller than a page cut
 * into pieces of at most half a page with the merged value repeated in each — alike in both
 * formats (read back from both).
 */
import { describe, expect, it } from 'vitest';
import type { Table, TableCell, TableRow } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { cutTallRuns, rowRuns, runHeight } from '../../src/write/merged-rows.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { elements, readDocx } from '../support/docx-read.js';
import { pdfCellRows } from '../support/pdf-cells.js';
import { readPdf } from '../support/pdf-read.js';
import { cell, model } from '../support/sample-model.js';

const row = (cells: TableCell[]): TableRow => ({ kind: 'item', cantSplit: true, cells });
const spanning = (text: string, rowSpan: number): TableCell => ({ ...cell(text), rowSpan });

/** `n` rows whose last column is one merged cell «R» over all of them (as plan-table composes it). */
function mergedRows(n: number, from = 1, text = 'Общий результат'): TableRow[] {
  return Array.from({ length: n }, (_, i) =>
    row(i === 0 ? [cell(`${from + i}.`), cell(`Мероприятие ${from + i}`), spanning(text, n)] : [cell(`${from + i}.`), cell(`Мероприятие ${from + i}`)]),
  );
}

const table = (rows: TableRow[]): Table => ({
  type: 'table',
  columns: [{ width: 1 }, { width: 6 }, { width: 3 }],
  head: [{ kind: 'header', cells: [cell('№'), cell('Задача'), cell('Результат')] }],
  repeatHead: 'all',
  rows,
  borders: 'all',
});

const text = (c: TableCell) => c.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n');

describe('runs of rows tied by merged cells', () => {
  it('rowRuns: a spanning cell ties its rows; other rows stand alone', () => {
    const rows = [row([cell('0'), cell('a'), cell('x')]), ...mergedRows(3), row([cell('9'), cell('z'), cell('y')])];
    expect(rowRuns(rows, 3)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 4 }, { start: 4, end: 5 }]);
  });

  it('runHeight: the spanning cell makes the last row taller when it needs more', () => {
    const h = (c: TableCell) => (text(c) === 'Общий результат' ? 100 : 10);
    expect(runHeight(mergedRows(3), 3, h)).toBe(100);
    expect(runHeight(mergedRows(3), 3, (c) => (text(c) === 'Общий результат' ? 5 : 10))).toBe(30);
  });

  it('cutTallRuns: a run that fits stays as it is; a taller one is cut in pieces of half the budget, the value repeated', () => {
    const rows = mergedRows(6);
    const h = () => 10;
    expect(cutTallRuns(rows, 3, 60, h)).toEqual(rows);
    const cut = cutTallRuns(rows, 3, 40, h);
    expect(cut.map((r) => r.cells.map(text))).toEqual([
      ['1.', 'Мероприятие 1', 'Общий результат'], ['2.', 'Мероприятие 2'],
      ['3.', 'Мероприятие 3', 'Общий результат'], ['4.', 'Мероприятие 4'],
      ['5.', 'Мероприятие 5', 'Общий результат'], ['6.', 'Мероприятие 6'],
    ]);
    expect(cut.filter((r) => r.cells.length === 3).map((r) => r.cells[2]!.rowSpan)).toEqual([2, 2, 2]);
    // A piece of one row is an ordinary row.
    const ones = cutTallRuns(rows, 3, 15, h);
    expect(ones.every((r) => r.cells.length === 3 && r.cells[2]!.rowSpan === undefined)).toBe(true);
  });
});

/** DOCX rows: the texts of the cells that are not vMerge continuations, and whether the row is kept with the next. */
function docxRows(bytes: Uint8Array): { cells: string[]; restart: boolean; keep: boolean }[] {
  const xml = readDocx(bytes).documentXml;
  return elements(xml, 'w:tr').map((tr) => {
    const own = elements(tr.slice(tr.indexOf('>') + 1), 'w:tc').filter((tc) => !tc.includes('<w:vMerge w:val="continue"/>'));
    return {
      cells: own.map((tc) => [...tc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      restart: tr.includes('<w:vMerge w:val="restart"/>'),
      keep: tr.includes('<w:keepNext/>'),
    };
  });
}

describe('both writers', () => {
  it('a run that fits: one merged cell, the rows kept together (DOCX keepNext, PDF moved to the next page whole)', async () => {
    // A page holds 27 such rows (under the header): rows 26 and 27 would fit on page 1, the run of six does not.
    const rows = [...Array.from({ length: 25 }, (_, i) => row([cell(`${i + 1}.`), cell(`Мероприятие ${i + 1}`), cell('свой')])), ...mergedRows(6, 26)];
    const doc = model([table(rows)], 'landscape');
    const docx = docxRows(await writeDocx(doc, { theme: GOST_THEME }));
    const run = docx.slice(26, 32);
    expect(run.map((r) => r.cells.join('|'))).toEqual(['26.|Мероприятие 26|Общий результат', '27.|Мероприятие 27', '28.|Мероприятие 28', '29.|Мероприятие 29', '30.|Мероприятие 30', '31.|Мероприятие 31']);
    expect(run[0]!.restart).toBe(true);
    expect(run.map((r) => r.keep)).toEqual([true, true, true, true, true, false]);

    const pages = await pdfCellRows(await writePdf(doc, { theme: GOST_THEME }));
    const pageOf = (no: string) => pages.findIndex((rows) => rows.some((r) => r[0]!.text.trim() === no));
    expect(pageOf('25.')).toBe(0);
    expect(['26.', '27.', '28.', '29.', '30.', '31.'].map(pageOf)).toEqual([1, 1, 1, 1, 1, 1]);
    const merged = pages.flat().flat().filter((c) => c.text.trim() === 'Общий результат');
    expect(merged).toHaveLength(1);
    // One cell from the top of row 26 to the bottom of row 31.
    const first = pages[1]!.flat().find((x) => x.text.trim() === '26.')!;
    const last = pages[1]!.flat().find((x) => x.text.trim() === '31.')!;
    expect(Math.abs(merged[0]!.top - first.top)).toBeLessThan(1);
    expect(Math.abs(merged[0]!.bottom - last.bottom)).toBeLessThan(1);
  });

  it('rows that may split (a plan’s splitRows): a run of merged rows still goes whole to the next page in the PDF', async () => {
    const splittable = (r: TableRow): TableRow => ({ ...r, cantSplit: false });
    const rows = [...Array.from({ length: 25 }, (_, i) => row([cell(`${i + 1}.`), cell(`Мероприятие ${i + 1}`), cell('свой')])), ...mergedRows(6, 26)].map(splittable);
    const pages = await pdfCellRows(await writePdf(model([table(rows)], 'landscape'), { theme: GOST_THEME }));
    const pageOf = (no: string) => pages.findIndex((rows) => rows.some((r) => r[0]!.text.trim() === no));
    expect(['25.', '26.', '27.', '28.', '29.', '30.', '31.'].map(pageOf)).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(pages.flat().flat().filter((c) => c.text.trim() === 'Общий результат')).toHaveLength(1);
  });

  it('a section row goes to the next page with a run taller than half a page (not left at the foot of the page)', async () => {
    // 20 rows, the section row, then a run of 16 rows (over half of the 27 a page holds): the run
    // does not fit under row 20 and moves; the section row goes with it in both formats.
    const section: TableRow = { kind: 'group', cantSplit: true, cells: [{ ...cell('2. Раздел'), colSpan: 3, bold: true }] };
    const rows = [...Array.from({ length: 20 }, (_, i) => row([cell(`${i + 1}.`), cell(`Мероприятие ${i + 1}`), cell('свой')])), section, ...mergedRows(16, 21)];
    const doc = model([table(rows)], 'landscape');
    const docx = docxRows(await writeDocx(doc, { theme: GOST_THEME }));
    expect(docx.find((r) => r.cells[0] === '2. Раздел')!.keep).toBe(true);
    const pages = await pdfCellRows(await writePdf(doc, { theme: GOST_THEME }));
    const pageOf = (text: string) => pages.findIndex((rows) => rows.some((r) => r[0]!.text.trim() === text));
    expect([pageOf('20.'), pageOf('2. Раздел'), pageOf('21.'), pageOf('36.')]).toEqual([0, 1, 1, 1]);
  });

  it('a run taller than a page: pieces of at most half a page, the value repeated in each, the same in both formats', async () => {
    const long = 'Длинная формулировка мероприятия, которая занимает в ячейке таблицы несколько строк и переносится';
    const rows = mergedRows(40).map((r, i) => ({ ...r, cells: r.cells.map((c, k) => (k === 1 ? cell(`${long} ${i + 1}`) : c)) }));
    const doc = model([table(rows)], 'landscape');
    const docx = docxRows(await writeDocx(doc, { theme: GOST_THEME }));
    const docxPieces = docx.filter((r) => r.cells.includes('Общий результат')).map((r) => r.cells[0]);
    const pdf = await writePdf(doc, { theme: GOST_THEME });
    const pages = await pdfCellRows(pdf);
    const pdfPieces = pages.flatMap((rows) => rows.filter((r) => r.some((c) => c.text.trim() === 'Общий результат')).map((r) => r[0]!.text.trim()));
    expect(docxPieces.length).toBeGreaterThan(2);
    expect(pdfPieces).toEqual(docxPieces);
    // The value stands on every page the run covers, and no page holds more than two pieces.
    const read = await readPdf(pdf);
    for (const page of read.pages) {
      const count = (page.text.match(/Общий результат/g) ?? []).length;
      expect(count, `page ${page.number}`).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
    }
  });
});

