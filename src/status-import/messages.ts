/**
 * What `plangraf import-status` reports about a filled workbook. Each message is located in the
 * workbook: the file, the row as the line and the column (A = 1) as the column, and the sheet and
 * cell in words («лист „ПЛАН-ГРАФИК“, ячейка M12»), so that the person who filled it can find it.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';
import { EXECUTION_STATUSES, EXECUTION_STATUS_WORDS } from '../model/execution-status.js';

const qr = (s: unknown): string => `„${String(s)}“`;
const qe = (s: unknown): string => `“${String(s)}”`;
const at = (a: MessageArgs, ru: boolean): string =>
  a.sheet === undefined ? '' : ru ? `Лист ${qr(a.sheet)}, ячейка ${a.cell}: ` : `Sheet ${qe(a.sheet)}, cell ${a.cell}: `;
const maybe = (a: MessageArgs, ru: boolean): string =>
  a.suggestion === undefined ? '.' : ru ? ` — может быть, ${qr(a.suggestion)}?` : ` — did you mean ${qe(a.suggestion)}?`;
const NOT_WRITABLE_RU: Record<string, string> = {
  'no-id': 'у неё нет id, а в файле есть extends (по порядку сопоставляются только строки файла без основы)',
  plans: 'строка задана в основе, а в этом файле планы перечислены в plans, и среди них нет плана этой строки',
  layout: 'план или строка записаны в виде, в который plangraf не дописывает (например, список в квадратных скобках)',
};
const NOT_WRITABLE_EN: Record<string, string> = {
  'no-id': 'it has no id and the file has extends (rows are matched by position only in a file without a base)',
  plans: 'the row comes from the base, and this file lists its plans under plans, none of them this row’s plan',
  layout: 'the plan or the row is written in a form plangraf does not add to (a list in square brackets, for example)',
};
const WORDS = EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s]).join(', ');
const KEYS = EXECUTION_STATUSES.join(', ');

export const STATUS_IMPORT_MESSAGES = {
  'status-xlsx-unreadable': {
    severity: 'error',
    ru: (a) => `Файл не читается как таблица XLSX: ${a.reason}.`,
    en: (a) => `The file cannot be read as an XLSX workbook: ${a.reason}.`,
    hint: {
      ru: () => 'Сохраните таблицу в формате «Книга Excel (.xlsx)» без пароля и укажите этот файл.',
      en: () => 'Save the workbook as “Excel Workbook (.xlsx)” without a password and give that file.',
    },
  },
  'status-no-id-column': {
    severity: 'error',
    ru: () => 'Ни на одном листе нет столбца „ID“: строки таблицы не с чем сопоставить со строками плана.',
    en: () => 'No sheet has an “ID” column: the rows cannot be matched with the plan’s rows.',
    hint: {
      ru: () => 'Заполняйте таблицу, выгруженную командой plangraf render план.yaml --format xlsx, и не удаляйте в ней столбец „ID“ и заголовки столбцов исполнения.',
      en: () => 'Fill in the workbook written by plangraf render plan.yaml --format xlsx, and keep its “ID” column and the headers of the execution columns.',
    },
  },
  'status-sheet-skipped': {
    severity: 'info',
    ru: (a) => `Лист ${qr(a.sheet)} пропущен: на нём нет столбца „ID“${a.execution ? '' : ' и столбцов исполнения'}.`,
    en: (a) => `Sheet ${qe(a.sheet)} was skipped: it has no “ID” column${a.execution ? '' : ' and no execution columns'}.`,
  },
  'status-unknown-row': {
    severity: 'error',
    ru: (a) => `${at(a, true)}строки с ID ${qr(a.key)} в плане нет${maybe(a, true)}`,
    en: (a) => `${at(a, false)}the plan has no row with ID ${qe(a.key)}${maybe(a, false)}`,
    hint: {
      ru: () => 'ID строк не меняют: по нему статус попадает в строку плана. Новые строки добавляют в план (YAML), а не в таблицу.',
      en: () => 'Keep the rows’ IDs: the status reaches the plan’s row by it. New rows are added to the plan (YAML), not to the sheet.',
    },
  },
  'status-duplicate-row': {
    severity: 'error',
    ru: (a) => `${at(a, true)}строка ${qr(a.key)} уже заполнена выше (лист ${qr(a.firstSheet)}, строка ${a.firstRow}).`,
    en: (a) => `${at(a, false)}row ${qe(a.key)} was already filled in above (sheet ${qe(a.firstSheet)}, row ${a.firstRow}).`,
    hint: { ru: () => 'Оставьте одну строку с этим ID.', en: () => 'Keep one row with this ID.' },
  },
  'status-row-without-id': {
    severity: 'error',
    ru: (a) => `${at(a, true)}столбцы исполнения заполнены, а ID нет: непонятно, к какой строке плана это относится.`,
    en: (a) => `${at(a, false)}execution columns are filled in but the ID is empty: it is not clear which row of the plan this is.`,
    hint: {
      ru: () => 'Верните ID строки (его можно скопировать из исходной таблицы) или перенесите сведения в строку с ID.',
      en: () => 'Put the row’s ID back (copy it from the workbook as sent) or move the data to the row with the ID.',
    },
  },
  'status-row-moved': {
    severity: 'error',
    ru: (a) => `${at(a, true)}строка ${qr(a.key)} сопоставляется по порядку, а задача в ней не та, что в плане: в таблице ${qr(a.sheetTask)}, в плане ${qr(a.planTask)}.`,
    en: (a) => `${at(a, false)}row ${qe(a.key)} is matched by its position, and its task is not the plan’s: the sheet has ${qe(a.sheetTask)}, the plan ${qe(a.planTask)}.`,
    hint: {
      ru: () => 'У строк плана нет id, и после выгрузки таблицы строки плана переставлены или добавлены. Задайте строкам id (id: r1 …) и выгрузите таблицу заново.',
      en: () => 'The plan’s rows have no id, and rows were moved or added after the workbook was written. Give the rows ids (id: r1 …) and write the workbook again.',
    },
  },
  'status-row-not-writable': {
    severity: 'error',
    ru: (a) => `${at(a, true)}исполнение строки ${qr(a.key)} некуда записать в этом файле: ${NOT_WRITABLE_RU[String(a.why)] ?? a.why}.`,
    en: (a) => `${at(a, false)}the execution of row ${qe(a.key)} cannot be written into this file: ${NOT_WRITABLE_EN[String(a.why)] ?? a.why}.`,
    hint: {
      ru: () => 'Задайте строке id (id: r1 …) и выгрузите таблицу заново, или впишите исполнение в файл вручную: execution: {status: …}.',
      en: () => 'Give the row an id (id: r1 …) and write the workbook again, or write its execution into the file by hand: execution: {status: …}.',
    },
  },
  'status-missing': {
    severity: 'error',
    ru: (a) => `${at(a, true)}у строки ${qr(a.key)} заполнено исполнение, а статус не выбран.`,
    en: (a) => `${at(a, false)}row ${qe(a.key)} has its execution filled in but no status.`,
    hint: {
      ru: () => `Выберите статус из списка: ${WORDS}; без статуса исполнение строки не записывается.`,
      en: () => `Pick the status from the list: ${WORDS}; a row’s execution is not written without one.`,
    },
  },
  'status-unknown-status': {
    severity: 'error',
    ru: (a) => `${at(a, true)}${qr(a.value)} — не статус${maybe(a, true)}`,
    en: (a) => `${at(a, false)}${qe(a.value)} is not a status${maybe(a, false)}`,
    hint: {
      ru: () => `Статус выбирают из списка: ${WORDS} (или ${KEYS}).`,
      en: () => `Pick the status from the list: ${WORDS} (or ${KEYS}).`,
    },
  },
  'status-date-invalid': {
    severity: 'error',
    ru: (a) => `${at(a, true)}${qr(a.value)} — не дата.`,
    en: (a) => `${at(a, false)}${qe(a.value)} is not a date.`,
    hint: {
      ru: () => 'Дату выполнения пишут так: 15.12.2022 (или выбирают в ячейке с форматом даты).',
      en: () => 'Write the date done as 15.12.2022 (or enter it in a cell formatted as a date).',
    },
  },
  'status-date-impossible': {
    severity: 'error',
    ru: (a) => `${at(a, true)}такой даты нет: ${a.value}.`,
    en: (a) => `${at(a, false)}no such date: ${a.value}.`,
    hint: { ru: () => 'Проверьте число и месяц.', en: () => 'Check the day and the month.' },
  },
  'status-cell-error': {
    severity: 'error',
    ru: (a) => `${at(a, true)}в ячейке ошибка формулы ${a.value}.`,
    en: (a) => `${at(a, false)}the cell holds a formula error, ${a.value}.`,
    hint: { ru: () => 'Впишите в ячейку значение, а не формулу.', en: () => 'Type a value into the cell, not a formula.' },
  },
} as const satisfies Record<string, MessageEntry>;

export type StatusImportCode = keyof typeof STATUS_IMPORT_MESSAGES;

/** A place in a workbook: the sheet, the row (1-based) and the column (0-based). */
export interface CellPlace {
  sheet: string;
  row: number;
  column: number;
}

/** `M12` for row 12, column 12 (0-based). */
export function cellName(row: number, column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

export function statusDiagnostic(code: StatusImportCode, lang: Language, file: string, place: CellPlace | undefined, args: MessageArgs = {}): Diagnostic {
  const pos = place ? { line: place.row, column: place.column + 1 } : NO_POSITION;
  const where = place ? { sheet: place.sheet, cell: cellName(place.row, place.column) } : {};
  return diagnosticFromEntry(STATUS_IMPORT_MESSAGES[code], code, lang, file, pos, { ...where, ...args });
}
