/**
 * What the XLSX writer says about the workbook it wrote: what of the document has no place in a
 * sheet, a document without a plan-graph, a cell cut at the spreadsheet's limit. Each is located:
 * at the document (`document:`) or at the plan the sheet is made from.
 */
import type { Language } from '../../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { MessageArgs, MessageEntry } from '../../diagnostics/messages.js';
import type { SourceLocation } from '../../model/source.js';

const qr = (s: unknown): string => `„${String(s)}“`;
const qe = (s: unknown): string => `“${String(s)}”`;

export const XLSX_MESSAGES = {
  'xlsx-left-out': {
    severity: 'info',
    ru: (a) => `В XLSX выводятся только таблицы планов-графиков; не выведены: ${a.ru}.`,
    en: (a) => `XLSX holds the plan-graph tables only; left out: ${a.en}.`,
    hint: {
      ru: () => 'Документ целиком — в DOCX и PDF; XLSX — таблица плана для учёта исполнения (plangraf import-status).',
      en: () => 'The whole document is in the DOCX and the PDF; the XLSX is the plan table for tracking execution (plangraf import-status).',
    },
  },
  'xlsx-no-plan': {
    severity: 'error',
    ru: () => 'В документе нет плана-графика: XLSX составить не из чего.',
    en: () => 'The document has no plan-graph: there is nothing to put in an XLSX.',
    hint: {
      ru: () => 'XLSX выводит таблицы планов (plan: или plans:). Письмо без приложения или документ без плана выводите в DOCX и PDF: --format docx,pdf.',
      en: () => 'XLSX holds plan tables (plan: or plans:). Render a letter without an appendix, or a document without a plan, to DOCX and PDF: --format docx,pdf.',
    },
  },
  'xlsx-cell-truncated': {
    severity: 'warning',
    ru: (a) => `Текст ячейки длиннее ${a.limit} знаков (предел ячейки Excel) и в XLSX обрезан: строка ${qr(a.row)}, столбец ${qr(a.column)}.`,
    en: (a) => `The cell's text is longer than ${a.limit} characters (an Excel cell's limit) and is cut in the XLSX: row ${qe(a.row)}, column ${qe(a.column)}.`,
    hint: {
      ru: () => 'Сократите текст или вынесите подробности в приложение; в DOCX и PDF он выводится целиком.',
      en: () => 'Shorten the text or move the details to an appendix; the DOCX and the PDF print it whole.',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type XlsxMessageCode = keyof typeof XLSX_MESSAGES;

export function xlsxDiagnostic(code: XlsxMessageCode, lang: Language, loc: SourceLocation | undefined, args: MessageArgs = {}): Diagnostic {
  return diagnosticFromEntry(XLSX_MESSAGES[code], code, lang, loc?.file ?? '<input>', loc ?? NO_POSITION, args);
}
