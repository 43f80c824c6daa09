/**
 * The filled rows of a workbook: on every sheet with an «ID» column (columns are found by their
 * headers, src/write/xlsx/columns.ts, so moved or added columns do not matter), each row with an
 * ID and what its execution columns say, read into the shape of `execution:` — the status as its
 * key, the date done as an ISO date, texts as written. Empty cells are fields to clear. What
 * cannot be read is a located diagnostic; such a row is returned without that field.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { nearest } from '../load/suggest.js';
import { executionStatusSpellings, parseExecutionStatus, type ExecutionStatus } from '../model/execution-status.js';
import { parseWrittenDate } from '../text/written-date.js';
import { headerKey, sheetColumnOf, type ExecutionColumn, type SheetColumnKind } from '../write/xlsx/columns.js';
import { serialToIso } from '../write/xlsx/serial-date.js';
import { statusDiagnostic, type CellPlace } from './messages.js';
import type { Cell, Workbook, WorkbookSheet } from './xlsx-cells.js';

/** The four fields a sheet carries, as read: a value, or null for an empty cell (clear it). */
export interface SheetExecution {
  status?: ExecutionStatus | null;
  done?: string | null;
  fact?: string | null;
  comment?: string | null;
}

export interface StatusRow {
  key: string;
  /** Where its ID is. */
  place: CellPlace;
  /** The fields its sheet has columns for; absent: no such column (leave the field alone). */
  execution: SheetExecution;
  /** Where each field's cell is. */
  cells: Partial<Record<ExecutionColumn, CellPlace>>;
  /** The texts of its other cells by header (`headerKey`), to check a row matched by position. */
  texts: Map<string, string>;
}

/** How far down a sheet the header row is looked for. */
const HEADER_SEARCH_ROWS = 20;

export function statusRows(book: Workbook, file: string, lang: Language): { rows: StatusRow[]; diagnostics: Diagnostic[]; sheetsWithId: number } {
  const rows: StatusRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let sheetsWithId = 0;
  for (const sheet of book.sheets) {
    const head = headerRow(sheet);
    if (!head || head.columns.get('id') === undefined) {
      diagnostics.push(statusDiagnostic('status-sheet-skipped', lang, file, undefined, { sheet: sheet.name, execution: head ? 1 : 0 }));
      continue;
    }
    sheetsWithId++;
    const idAt = head.columns.get('id')!;
    for (const [r, cells] of [...sheet.rows].sort(([a], [b]) => a - b)) {
      if (r <= head.row) continue;
      const place = (column: number): CellPlace => ({ sheet: sheet.name, row: r, column });
      const id = cellText(cells.get(idAt));
      const filled = [...head.execution].find(([, c]) => cellText(cells.get(c)) !== '');
      if (id === '') {
        if (filled) diagnostics.push(statusDiagnostic('status-row-without-id', lang, file, place(filled[1])));
        continue;
      }
      const row: StatusRow = { key: id, place: place(idAt), execution: {}, cells: {}, texts: new Map() };
      for (const [header, c] of head.texts) row.texts.set(header, cellText(cells.get(c)));
      for (const [field, c] of head.execution) {
        row.cells[field] = place(c);
        const value = readField(field, cells.get(c), book.date1904, (code, args) => diagnostics.push(statusDiagnostic(code, lang, file, place(c), args)));
        if (value !== undefined) (row.execution as Record<string, unknown>)[field] = value;
      }
      rows.push(row);
    }
  }
  return { rows, diagnostics, sheetsWithId };
}

interface HeaderRow {
  row: number;
  columns: Map<SheetColumnKind, number>;
  execution: Map<ExecutionColumn, number>;
  /** Every other header by `headerKey`, with its column. */
  texts: Map<string, number>;
}

/** The first row (of the top ones) with an «ID» header, or else with any execution header. */
function headerRow(sheet: WorkbookSheet): HeaderRow | undefined {
  let fallback: HeaderRow | undefined;
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const cells = sheet.rows.get(r);
    if (!cells) continue;
    const columns = new Map<SheetColumnKind, number>();
    const texts = new Map<string, number>();
    for (const [c, cell] of [...cells].sort(([a], [b]) => a - b)) {
      const text = cellText(cell);
      const kind = sheetColumnOf(text);
      if (kind && !columns.has(kind)) columns.set(kind, c);
      else if (text !== '' && !texts.has(headerKey(text))) texts.set(headerKey(text), c);
    }
    const execution = new Map<ExecutionColumn, number>();
    for (const field of ['status', 'done', 'fact', 'comment'] as const) {
      const c = columns.get(field);
      if (c !== undefined) execution.set(field, c);
    }
    const head = { row: r, columns, execution, texts };
    if (columns.has('id')) return head;
    if (execution.size > 0) fallback ??= head;
  }
  return fallback;
}

/** A cell as text: a number as written in the file, trimmed. */
function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.type) {
    case 'text':
      return cell.text.replace(/\r\n?/g, '\n').trim();
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.text;
  }
}

type Report = (code: 'status-unknown-status' | 'status-date-invalid' | 'status-date-impossible' | 'status-cell-error', args: Record<string, string>) => void;

/** A field's value from its cell: null when empty, undefined when it cannot be read (reported). */
function readField(field: ExecutionColumn, cell: Cell | undefined, date1904: boolean, report: Report): string | null | undefined {
  if (cell?.type === 'error') {
    report('status-cell-error', { value: cell.text });
    return undefined;
  }
  const text = cellText(cell);
  if (text === '') return null;
  switch (field) {
    case 'status': {
      const status = parseExecutionStatus(text);
      if (status) return status;
      const suggestion = nearest(text.toLowerCase(), executionStatusSpellings());
      report('status-unknown-status', { value: text, ...(suggestion !== undefined ? { suggestion } : {}) });
      return undefined;
    }
    case 'done': {
      if (cell?.type === 'number') {
        // A date cell holds a serial number; a plain number is not a date.
        const iso = cell.date ? serialToIso(cell.value + (date1904 ? 1462 : 0)) : undefined;
        if (iso !== undefined) return iso;
        report('status-date-invalid', { value: text });
        return undefined;
      }
      const parsed = parseWrittenDate(text);
      if (parsed.ok) return parsed.iso;
      report(parsed.reason === 'impossible' ? 'status-date-impossible' : 'status-date-invalid', { value: text });
      return undefined;
    }
    case 'fact':
    case 'comment':
      return text;
  }
}
