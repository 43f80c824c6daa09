/**
 * The cells of the plan-graph tables of a DOCX, for comparing two renderings of a plan: every
 * row (text and column span of each cell) of each table that starts with a plan's header, and of
 * the table that carries its body when the header stands apart (plangraf writes it so, for the
 * row of column numbers alone to repeat on every page).
 *
 *   planCells(docxBytes, [['№ п/п', 'Задачи', 'Сроки реализации']]) → [['№ п/п|Задачи|Сроки реализации', '1|2|3', '[6]1. Создание …', …]]
 */
import { plainSpaces, readDocx, tables, type DocxRow } from './docx-read.js';

/** One row as a comparable line: cells joined by «|», a spanning cell marked «[n]». */
export function rowLine(row: DocxRow): string {
  return row.cells.map((c) => `${c.gridSpan > 1 ? `[${c.gridSpan}]` : ''}${c.text}`).join('|');
}

/** Rows of each plan table, by the plans' headers (in document order). */
export function planCells(docx: Uint8Array, headers: readonly (readonly string[])[]): string[][] {
  const all = tables(readDocx(docx).documentXml);
  const wanted = new Set(headers.map((h) => plainSpaces(h.join('|'))));
  const out: string[][] = [];
  all.forEach((t, i) => {
    const first = t.rows[0];
    // (The writers tie words with no-break spaces: a header is found by its words.)
    if (!first || !wanted.has(first.cells.map((c) => plainSpaces(c.text)).join('|'))) return;
    const rows = [...t.rows];
    if (t.rows.length === 1 && all[i + 1]) rows.push(...all[i + 1]!.rows);
    out.push(rows.map(rowLine));
  });
  return out;
}
