/**
 * The XLSX writer: the document model → a workbook with one sheet per plan-graph, for tracking
 * how the plan is carried out (sheets.ts: what a sheet holds; worksheet.ts: its layout;
 * workbook.ts: the package). SpreadsheetML is written directly and zipped with fflate, like the
 * DOCX (README «Dependencies» says why no spreadsheet library).
 *
 * What the document has besides its plan-graphs (an order's text, stamps, signatures, other
 * tables) is not in the workbook, and the writer says so (`xlsx-left-out`, info, at the
 * document); a document without a plan-graph gets no workbook (`xlsx-no-plan`, error).
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import type { BlockType, DocumentModel } from '../../model/document.js';
import { resolveTheme, type ThemeOverride } from '../../model/theme.js';
import { pluralEn, pluralRu } from '../../text/quantities.js';
import type { DocumentWriter, WriterOutput } from '../writer.js';
import { xlsxDiagnostic } from './messages.js';
import { sheetsOf, type LeftOut, type Sheet } from './sheets.js';
import { workbookBytes } from './workbook.js';
import { CELL_LIMIT } from './worksheet.js';

export interface WriteXlsxOptions {
  /** Layout overrides (fonts, page margins), deep-merged over the GOST defaults. */
  theme?: ThemeOverride;
  /** Language of the diagnostics. Default 'ru'. */
  lang?: Language;
}

export function writeXlsx(model: DocumentModel, options: WriteXlsxOptions = {}): WriterOutput {
  const theme = resolveTheme(options.theme);
  const lang = options.lang ?? 'ru';
  const { sheets, leftOut } = sheetsOf(model, theme);
  if (sheets.length === 0) return { diagnostics: [xlsxDiagnostic('xlsx-no-plan', lang, model.meta.source)] };
  const diagnostics: Diagnostic[] = [];
  const left = leftOutText(leftOut);
  if (left) diagnostics.push(xlsxDiagnostic('xlsx-left-out', lang, model.meta.source, left));
  for (const sheet of sheets) diagnostics.push(...truncateLongCells(sheet, lang));
  return { bytes: workbookBytes(sheets, model.meta, theme), diagnostics };
}

/** The registry's contract (src/write/writer.ts). */
export const documentWriter: DocumentWriter = async (model, { theme, lang }) => writeXlsx(model, { theme, lang });

/** Cells over Excel's limit, cut there, each reported at the plan. */
function truncateLongCells(sheet: Sheet, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const row of sheet.rows) {
    if (row.kind === 'group') {
      if (row.text.length > CELL_LIMIT) {
        row.text = `${row.text.slice(0, CELL_LIMIT - 1)}…`;
        out.push(xlsxDiagnostic('xlsx-cell-truncated', lang, sheet.loc, { limit: CELL_LIMIT, row: row.text.slice(0, 40), column: sheet.columns[0]?.header ?? '' }));
      }
      continue;
    }
    row.cells.forEach((cell, i) => {
      if (cell && 'text' in cell && cell.text.length > CELL_LIMIT) {
        cell.text = `${cell.text.slice(0, CELL_LIMIT - 1)}…`;
        out.push(xlsxDiagnostic('xlsx-cell-truncated', lang, sheet.loc, { limit: CELL_LIMIT, row: row.item.key, column: sheet.columns[i]?.header ?? '' }));
      }
    });
  }
  return out;
}

/** «12 абзацев текста, 1 таблица, гриф утверждения, подпись» — or nothing when nothing was left out. */
function leftOutText(left: LeftOut): { ru: string; en: string } | undefined {
  const ru: string[] = [];
  const en: string[] = [];
  if (left.paragraphs > 0) {
    ru.push(`${pluralRu(left.paragraphs, 'абзац', 'абзаца', 'абзацев')} текста`);
    en.push(`${pluralEn(left.paragraphs, 'paragraph', 'paragraphs')} of text`);
  }
  if (left.tables > 0) {
    ru.push(`${pluralRu(left.tables, 'таблица', 'таблицы', 'таблиц')} (не план-график)`);
    en.push(`${pluralEn(left.tables, 'table', 'tables')} (not a plan-graph)`);
  }
  if (left.footnotes > 0) {
    ru.push(`${pluralRu(left.footnotes, 'сноска', 'сноски', 'сносок')} (и их знаки в тексте)`);
    en.push(`${pluralEn(left.footnotes, 'footnote', 'footnotes')} (and their marks in the text)`);
  }
  for (const type of [...left.other].sort()) {
    const words = BLOCK_WORDS[type as keyof typeof BLOCK_WORDS] ?? { ru: type, en: type };
    ru.push(words.ru);
    en.push(words.en);
  }
  return ru.length === 0 ? undefined : { ru: ru.join(', '), en: en.join(', ') };
}

/** Every other kind of block, in words (the compiler asks for a new kind's words). */
const BLOCK_WORDS: Record<Exclude<BlockType, 'paragraph' | 'split-line' | 'table' | 'page-break' | 'spacer'>, { ru: string; en: string }> = {
  formula: { ru: 'формулы', en: 'formulas' },
  'approval-stamp': { ru: 'гриф утверждения', en: 'the approval stamp' },
  'appendix-mark': { ru: 'отметка о приложении', en: 'the appendix mark' },
  signature: { ru: 'подпись', en: 'the signature' },
  'executor-mark': { ru: 'отметка об исполнителе', en: 'the executor mark' },
  'qr-code': { ru: 'QR-код', en: 'the QR code' },
};
