/**
 * One sheet as SpreadsheetML (xl/worksheets/sheetN.xml):
 *
 *   row 1      the plan's title and subtitle, merged across the columns
 *   row 2      the header: the plan's column headers, then the added columns (columns.ts)
 *   row 3      the column numbers «1 2 3 …» of the plan's columns; the filter buttons sit here
 *   row 4 …    a section row (merged across the columns, bold) or an item row
 *
 * Rows 1–3 are frozen; rows 2–3 repeat on every printed page (print titles, workbook.ts). Cells
 * wrap their text; dates are real dates (serial numbers shown as dd.mm.yyyy), so they sort and
 * filter; the status column offers the status words as a list, the done column takes dates only.
 * Pages: A4 landscape (the theme's page and landscape margins), as wide as one page, numbered.
 */
import { EXECUTION_STATUSES, EXECUTION_STATUS_WORDS } from '../../model/execution-status.js';
import type { Theme } from '../../model/theme.js';
import { lineCount, lineHeight, rowHeight } from './row-height.js';
import { isoToSerial } from './serial-date.js';
import type { Sheet, SheetCell } from './sheets.js';
import { CellStyles, type CellFormat } from './styles.js';
import { esc, XML_HEADER } from './xml.js';

/** The rows above the data: title, header, numbers. */
export const HEAD_ROWS = 3;
/** The header row (1-based). */
export const HEADER_ROW = 2;
/** The most characters a cell holds (Excel's limit). */
export const CELL_LIMIT = 32_767;

const MM_PER_INCH = 25.4;

/** `0` → `A`, `26` → `AA`. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function worksheetXml(sheet: Sheet, theme: Theme, styles: CellStyles): string {
  const n = sheet.columns.length;
  const last = columnLetters(n - 1);
  const lastRow = HEAD_ROWS + sheet.rows.length;
  const fmt = (f: Partial<CellFormat> & Pick<CellFormat, 'font'>) =>
    styles.id({ border: true, align: 'left', vertical: 'top', wrap: true, ...f });

  const rows: string[] = [];
  const merges: string[] = [];
  const textCell = (ref: string, text: string, s: number) =>
    text === '' ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
  const size = theme.styles.table.size;
  const row = (r: number, height: number, cells: string) => `<row r="${r}" ht="${height}" customHeight="1">${cells}</row>`;
  const mergedRow = (r: number, text: string, s: number, height: number) => {
    const cells = [textCell(`A${r}`, text, s)];
    for (let i = 1; i < n; i++) cells.push(`<c r="${columnLetters(i)}${r}" s="${s}"/>`);
    merges.push(`A${r}:${last}${r}`);
    rows.push(row(r, height, cells.join('')));
  };
  /** The height of a row of `texts`, one per column (undefined: one line). */
  const heightOf = (texts: (string | undefined)[], bold = false) =>
    rowHeight(Math.max(1, ...texts.map((t, i) => (t ? lineCount(t, sheet.columns[i]!.widthMm, size, bold) : 1))), size);

  // The title: merged across the columns, without borders.
  const widthMm = sheet.columns.reduce((a, c) => a + c.widthMm, 0);
  const title = [sheet.title, sheet.subtitle].filter((t): t is string => t !== undefined && t !== '').join('\n');
  const titleSize = theme.styles.title.size;
  mergedRow(1, title, styles.id({ font: 'title', border: false, align: 'center', vertical: 'center', wrap: true }), rowHeight(lineCount(title, widthMm, titleSize, true), titleSize));

  const header = fmt({ font: 'text', align: 'center', vertical: 'center' });
  rows.push(row(HEADER_ROW, heightOf(sheet.columns.map((c) => c.header)), sheet.columns.map((c, i) => textCell(`${columnLetters(i)}${HEADER_ROW}`, c.header, header)).join('')));
  const numbers = fmt({ font: 'text', align: 'center', vertical: 'center', wrap: false });
  rows.push(
    row(
      HEAD_ROWS,
      rowHeight(1, size),
      sheet.columns
        .map((_, i) => (i < sheet.planColumns ? `<c r="${columnLetters(i)}${HEAD_ROWS}" s="${numbers}"><v>${i + 1}</v></c>` : `<c r="${columnLetters(i)}${HEAD_ROWS}" s="${numbers}"/>`))
        .join(''),
    ),
  );

  const dateStyle = fmt({ font: 'text', align: 'center', date: true, wrap: false });
  const keyStyle = fmt({ font: 'key', align: 'center', wrap: false });
  sheet.rows.forEach((data, k) => {
    const r = HEAD_ROWS + 1 + k;
    if (data.kind === 'group') {
      mergedRow(r, data.text, fmt({ font: 'bold', align: data.align }), rowHeight(lineCount(data.text, widthMm, size, true), size));
      return;
    }
    const cells = sheet.columns.map((column, i) => {
      const ref = `${columnLetters(i)}${r}`;
      const cell: SheetCell = data.cells[i];
      if (cell === undefined) return `<c r="${ref}" s="${column.kind === 'id' ? keyStyle : column.kind === 'done' || column.kind === 'start' || column.kind === 'end' ? dateStyle : fmt({ font: 'text', align: column.align })}"/>`;
      if ('date' in cell) return `<c r="${ref}" s="${dateStyle}"><v>${isoToSerial(cell.date)}</v></c>`;
      return textCell(ref, cell.text, column.kind === 'id' ? keyStyle : fmt({ font: 'text', align: cell.align }));
    });
    rows.push(row(r, heightOf(data.cells.map((c) => (c && 'text' in c ? c.text : undefined))), cells.join('')));
  });

  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${characters(c.widthMm, size)}" customWidth="1"/>`)
    .join('');
  const statusAt = sheet.columns.findIndex((c) => c.kind === 'status');
  const doneAt = sheet.columns.findIndex((c) => c.kind === 'done');
  const first = HEAD_ROWS + 1;
  // Validation covers the data rows and a few hundred below, for rows a user adds.
  const lastValid = Math.max(lastRow, first) + 500;
  const range = (i: number) => `${columnLetters(i)}${first}:${columnLetters(i)}${lastValid}`;
  const validations: string[] = [];
  if (statusAt >= 0) {
    const words = EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s]);
    validations.push(
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Статус" error="${esc(`Выберите статус из списка: ${words.join(', ')}`)}" sqref="${range(statusAt)}"><formula1>${esc(`"${words.join(',')}"`)}</formula1></dataValidation>`,
    );
  }
  if (doneAt >= 0) {
    validations.push(
      `<dataValidation type="date" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorTitle="Дата выполнения" error="${esc('Введите дату, например 15.12.2022')}" sqref="${range(doneAt)}"><formula1>${isoToSerial('1900-03-01')}</formula1></dataValidation>`,
    );
  }
  const m = theme.page.landscapeMargins;
  const inch = (mm: number) => (mm / MM_PER_INCH).toFixed(3);
  const a4 = Math.min(theme.page.width, theme.page.height) === 210 && Math.max(theme.page.width, theme.page.height) === 297;

  return (
    XML_HEADER +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${HEAD_ROWS}" topLeftCell="A${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${first}" sqref="A${first}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="${lineHeight(size)}"/>` +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A${HEAD_ROWS}:${last}${lastRow}"/>` +
    `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` +
    (validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '') +
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${inch(Math.min(m.top, 10) / 2)}" footer="${inch(Math.min(m.bottom, 10) / 2)}"/>` +
    `<pageSetup${a4 ? ' paperSize="9"' : ''} orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    '<headerFooter><oddFooter>&amp;C&amp;P</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

/**
 * Millimetres → a column width in characters, the unit of `<col width>`: the width of a digit of
 * the sheet's font (about half its size) at 96 pixels to the inch, plus the cell's 5 pixels of
 * padding.
 */
function characters(mm: number, fontSize: number): number {
  const digit = (fontSize * 96) / 72 / 2;
  const px = (mm * 96) / MM_PER_INCH;
  return Math.max(1, Math.round(((px - 5) / digit) * 100) / 100);
}
