/**
 * The rows of a plan table → the plan's rows: items and groups.
 *
 * - The row of column numbers «1 2 3 …» under the header is the plan's (plangraf prints it
 *   again); a repeated header or number row further down, and empty rows, are left out and noted.
 * - A row whose one cell spans the table (or whose number cell is followed by one cell spanning
 *   the rest) is a group: «2021 год» a year, anything else a section, with the number written
 *   before its title («1.», «1.2.», «Направление 3.») kept apart as its label.
 * - Other rows are items, one cell per column; a vertically merged cell gives its content to
 *   every row it covers, a cell spanning several columns gives it to the first of them (noted).
 *
 * Sections nest by their numbers («1.2.» inside «1.»); a year row holds what follows it up to
 * the next year. An item numbered «1.3.» after section «1.2.» belongs to «1.» again.
 */
import type { ColumnRole } from '../model/roadmap-input.js';
import { cellLines, cellPlainText, cellRichText } from './cell-text.js';
import { extraColumnKey } from './column-headers.js';
import type { ImportedColumn, ImportedEntry, ImportedGroup, ImportedItem } from './imported-plan.js';
import type { ImportLocation } from './location.js';
import type { ImportMessageCode } from './messages.js';
import { isNumbersRow, sameTexts, type PlanTable } from './plan-tables.js';
import { cellAt, type GridCell, type GridRow } from './table-grid.js';
import type { DroppedKind, WordCell } from './word-body.js';

/** What the import reports: a code of its catalogue, where, and the message's values. */
export type Report = (code: ImportMessageCode, at: ImportLocation | undefined, args?: Record<string, string | number>) => void;

export interface PlanRows {
  columns: ImportedColumn[];
  entries: ImportedEntry[];
  numbersRow: boolean;
  emptyTasks: boolean;
  items: number;
  groups: number;
}

/** What the import leaves out, in the user's words. */
export const DROPPED_WORDS: Record<DroppedKind, { ru: string; en: string }> = {
  image: { ru: 'рисунок или фигура', en: 'a picture or a shape' },
  'text-box': { ru: 'надпись (текстовое поле)', en: 'a text box' },
  formula: { ru: 'формула', en: 'an equation' },
  footnote: { ru: 'знак сноски (текст сносок не переносится)', en: 'a footnote mark (footnote text is not imported)' },
  'nested-table': { ru: 'вложенная таблица (её текст перенесён в ячейку абзацами)', en: 'a nested table (its text went into the cell as paragraphs)' },
};

const SECTION_LABEL = /^((?:(?:Раздел|Направление|Этап|Блок|Подраздел|Глава|Часть|Задача)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})*(?=\s)|[IVXLC]{1,6}\.))\s*(?=\S)/iu;
const YEAR_ROW = /^(\d{4}) год$/;
/** Sections nest at most this deep by their numbers; deeper ones stay at this level. */
const MAX_DEPTH = 6;

export function readPlanRows(plan: PlanTable, report: Report, lang: 'ru' | 'en'): PlanRows {
  const columns = planColumns(plan, report);
  const numberCol = plan.roles.indexOf('number');
  const root: ImportedGroup = { type: 'group', at: { table: 0, row: 0 }, label: '', title: '', depth: -1, entries: [] };
  const stack: ImportedGroup[] = [root];
  const merged = new Map<WordCell, { at: ImportLocation; last: number }>();
  const reported = new Set<WordCell>();
  let numbersRow = false;
  let emptyTasks = false;
  let items = 0;
  let groups = 0;

  const dropped = (g: GridCell, row: GridRow) => {
    if (reported.has(g.source)) return;
    reported.add(g.source);
    const kinds = [...new Set(g.source.paragraphs.flatMap((p) => p.dropped))];
    if (kinds.length > 0) report('import-content-dropped', { table: row.table, row: g.sourceRow, cell: g.source.number }, { what: kinds.map((k) => DROPPED_WORDS[k][lang]).join(', ') });
  };

  // Whether the row stands in the run of repeated head rows at the top of such a continued table.
  let table: number | undefined;
  let topRun = false;
  plan.rows.forEach((row, index) => {
    const at = { table: row.table, row: row.row.number };
    if (row.table !== table) {
      table = row.table;
      topRun = true;
    }
    topRun &&= row.row.header === true && plan.repeatedHeads.includes(row.table);
    const own = row.cells.map((c) => (c.source === c.cell ? cellPlainText(c.cell.paragraphs) : ''));
    // A head row repeated at the top of a table continued after a page break, marked to repeat
    // there (`w:tblHeader`), is the head Word repeats on every page: left out without a note.
    if (isNumbersRow(row)) {
      if (index === 0) numbersRow = true;
      else if (!topRun) report('import-rows-skipped', at, { what: 'numbers' });
      return;
    }
    if (plan.headerRows.some((h) => sameTexts(row, h))) {
      if (!topRun) report('import-rows-skipped', at, { what: 'header' });
      return;
    }
    if (own.every((t) => t === '')) {
      report('import-rows-skipped', at, { what: 'empty' });
      return;
    }
    for (const g of row.cells) dropped(g, row);
    const group = groupOf(row, plan, numberCol);
    if (group) {
      groups++;
      place(stack, group);
      return;
    }
    const item = itemOf(row, plan, columns, merged, report);
    if (item.task === '') {
      emptyTasks = true;
      report('import-empty-task', { ...at, cell: cellAt(row, plan.roles.indexOf('task'))?.cell.number ?? 1 });
    }
    items++;
    placeItem(stack, item);
  });
  for (const { at, last } of merged.values()) if (last > at.row!) report('import-merged-cells', { ...at, rowEnd: last }, { how: 'vertical' });
  return { columns, entries: root.entries, numbersRow, emptyTasks, items, groups };
}

/** The plan's columns: roles and headers, extra columns keyed from their headers. */
function planColumns(plan: PlanTable, report: Report): ImportedColumn[] {
  const taken = new Set<string>();
  return plan.headers.map((header, col) => {
    const role = plan.roles[col];
    if (role) return { role, header };
    const key = extraColumnKey(header, taken);
    taken.add(key);
    const first = plan.headerRows[0]!;
    report('import-column-extra', { table: first.table, row: first.row.number, cell: cellAt(first, col)?.cell.number ?? col + 1 }, { header: header || '—', key });
    return { key, header };
  });
}

/** A row of one cell across the table, or of the number cell and one cell across the rest. */
function groupOf(row: GridRow, plan: PlanTable, numberCol: number): ImportedGroup | undefined {
  const at = { table: row.table, row: row.row.number };
  const cells = row.cells;
  let label = '';
  let body: GridCell | undefined;
  if (cells.length === 1 && cells[0]!.span >= plan.columns - row.row.gridBefore - row.row.gridAfter && plan.columns > 1) body = cells[0];
  else if (cells.length === 2 && numberCol === 0 && cells[0]!.col === 0 && cells[0]!.span === 1 && cells[1]!.col + cells[1]!.span >= plan.columns && plan.columns > 2) {
    label = cellPlainText(cells[0]!.source.paragraphs);
    body = cells[1];
  }
  if (!body) return undefined;
  const plain = cellPlainText(body.source.paragraphs);
  if (label === '') {
    const year = YEAR_ROW.exec(plain);
    if (year) return { type: 'group', at, year: Number(year[1]), label: '', title: '', depth: 0, entries: [] };
    const m = SECTION_LABEL.exec(plain);
    if (m) {
      label = m[1]!;
      return { type: 'group', at, label, title: cellRichText(body.source.paragraphs, { noBold: true, skipChars: m[0].length }), depth: depthOf(label), entries: [] };
    }
  }
  return { type: 'group', at, label, title: cellRichText(body.source.paragraphs, { noBold: true }), depth: depthOf(label), entries: [] };
}

/** «1.2.» → 2; «Направление 3.», «IV.», no number → 1. */
function depthOf(label: string): number {
  const m = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/.exec(label);
  return m ? Math.min(m[1]!.split('.').length, MAX_DEPTH) : 1;
}

function itemOf(row: GridRow, plan: PlanTable, columns: ImportedColumn[], merged: Map<WordCell, { at: ImportLocation; last: number }>, report: Report): ImportedItem {
  const item: ImportedItem = { type: 'item', at: { table: row.table, row: row.row.number }, label: '', task: '', extra: {} };
  for (let col = 0; col < plan.columns; col++) {
    const g = cellAt(row, col);
    if (!g || g.col !== col) continue;
    if (g.span > 1 && g.col + g.span > col + 1) report('import-merged-cells', { table: row.table, row: row.row.number, cell: g.cell.number }, { how: 'horizontal', header: columns[col]!.header || String(col + 1) });
    if (g.source !== g.cell) {
      const region = merged.get(g.source);
      if (region) region.last = row.row.number;
      else merged.set(g.source, { at: { table: row.table, row: g.sourceRow, cell: g.source.number }, last: row.row.number });
      // The cell continues the one above: `merge: [column]`, as the author merged it (a merged
      // task is written empty). The number column is computed, never merged.
      const role = plan.roles[col];
      if (role !== 'number') {
        (item.merge ??= []).push(role ?? columns[col]!.key!);
        if (role === 'task') item.task = '';
        continue;
      }
    }
    setCell(item, plan.roles[col], columns[col]!, g.source);
  }
  return item;
}

function setCell(item: ImportedItem, role: ColumnRole | undefined, column: ImportedColumn, cell: WordCell): void {
  const ps = cell.paragraphs;
  switch (role) {
    case 'number':
      item.label = cellPlainText(ps);
      return;
    case 'task':
      item.task = cellRichText(ps);
      return;
    case 'result':
    case 'info': {
      const text = cellRichText(ps);
      if (text !== '') item[role] = text;
      return;
    }
    case 'deadline':
    case 'executors': {
      const text = cellPlainText(ps);
      if (text !== '') item[role] = text;
      return;
    }
    case undefined: {
      const lines = cellLines(ps);
      if (lines.length === 1) item.extra[column.key!] = lines[0]!;
      else if (lines.length > 1) item.extra[column.key!] = lines;
    }
  }
}

/** A group goes into the innermost open group of a lower level (a year closes everything). */
function place(stack: ImportedGroup[], group: ImportedGroup): void {
  if (group.year !== undefined) stack.length = 1;
  else while (stack.length > 1 && stack[stack.length - 1]!.depth >= group.depth && stack[stack.length - 1]!.year === undefined) stack.pop();
  stack[stack.length - 1]!.entries.push(group);
  stack.push(group);
}

/** An item goes into the innermost open group, or, numbered «1.3.», back into section «1.». */
function placeItem(stack: ImportedGroup[], item: ImportedItem): void {
  const m = /^(\d{1,3}(?:\.\d{1,3})+)\.?$/.exec(item.label);
  if (m) {
    const depth = m[1]!.split('.').length;
    while (stack.length > 1 && stack[stack.length - 1]!.year === undefined && stack[stack.length - 1]!.depth >= depth) stack.pop();
  }
  stack[stack.length - 1]!.entries.push(item);
}
