/**
 * Where in a Word document something is, as a reader finds it in Word: «таблица 2, строка 12,
 * ячейка 3» (tables counted from the top of the document, rows from the top of the table, cells
 * from the left of the row, all from 1), «абзацы 1–13» (paragraphs outside tables), or a place in
 * an XML part of the package («word/document.xml:1:5530») for a damaged file.
 */
import type { Language } from '../diagnostics/diagnostic.js';

export interface ImportLocation {
  table?: number;
  row?: number;
  /** Last row of a span of rows. */
  rowEnd?: number;
  cell?: number;
  paragraph?: number;
  paragraphEnd?: number;
  /** An XML part of the package, with a line and column in it. */
  part?: string;
  line?: number;
  column?: number;
}

const WORDS = {
  ru: { table: 'таблица', row: 'строка', rows: 'строки', cell: 'ячейка', paragraph: 'абзац', paragraphs: 'абзацы' },
  en: { table: 'table', row: 'row', rows: 'rows', cell: 'cell', paragraph: 'paragraph', paragraphs: 'paragraphs' },
} as const;

/** «таблица 2, строки 5–7, ячейка 4» / «table 2, rows 5–7, cell 4»; '' for no place. */
export function locationText(loc: ImportLocation, lang: Language): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (loc.part !== undefined) parts.push(loc.line !== undefined ? `${loc.part}:${loc.line}:${loc.column ?? 1}` : loc.part);
  if (loc.table !== undefined) parts.push(`${w.table} ${loc.table}`);
  if (loc.row !== undefined) {
    parts.push(loc.rowEnd !== undefined && loc.rowEnd !== loc.row ? `${w.rows} ${loc.row}–${loc.rowEnd}` : `${w.row} ${loc.row}`);
  }
  if (loc.cell !== undefined) parts.push(`${w.cell} ${loc.cell}`);
  if (loc.paragraph !== undefined) {
    parts.push(loc.paragraphEnd !== undefined && loc.paragraphEnd !== loc.paragraph
      ? `${w.paragraphs} ${loc.paragraph}–${loc.paragraphEnd}`
      : `${w.paragraph} ${loc.paragraph}`);
  }
  return parts.join(', ');
}

/** The same with a capital first letter, to start a message (a part's name stays as it is). */
export function locationLead(loc: ImportLocation, lang: Language): string {
  const text = locationText(loc, lang);
  return loc.part !== undefined ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
