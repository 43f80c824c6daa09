/**
 * Which tables of a Word document are plan-graphs, and which run on into the next: the column
 * roles are read from the header (column-headers.ts); a table is a plan-graph when it has a task
 * column and a deadline, executor or result column. A table that follows a plan with nothing but
 * empty paragraphs between, on the same number of columns, continues it when it has only the
 * header so far (plangraf writes the header apart from the body, so that the column numbers
 * alone repeat on every page), when it starts with the plan's header again or with the row of
 * column numbers, or when its first row is no header at all (a table cut at a page end).
 *
 * The header is the rows above the row of column numbers «1 2 3 …» when there is one; else the
 * rows Word repeats on every page (`w:tblHeader`); else the first row and the rows merged into it
 * from below (a header in two rows: «Срок» over «начало | окончание»).
 */
import type { ColumnRole } from '../model/roadmap-input.js';
import { cellPlainText } from './cell-text.js';
import { headerRole } from './column-headers.js';
import { cellAt, tableGrid, type GridRow, type TableGrid } from './table-grid.js';
import type { BodyBlock } from './word-body.js';

export interface PlanTable {
  /** The Word tables it is made of, the first holding the header. */
  grids: TableGrid[];
  /** Index in the body's blocks of the first and the last table. */
  firstBlock: number;
  lastBlock: number;
  columns: number;
  headerRows: GridRow[];
  /** Every row after the header, in all its tables. */
  rows: GridRow[];
  /** Header text of each grid column («Срок, начало» for a header in two rows). */
  headers: string[];
  /** Role of each grid column; undefined: an extra column. */
  roles: (ColumnRole | undefined)[];
  /** Tables after the first that continue it on their own (not the body of a header apart). */
  continued: number[];
  /** Tables that go on after a page break repeating the head (marked to repeat): that head is left out without a note. */
  repeatedHeads: number[];
}

export interface SkippedTable {
  grid: TableGrid;
  block: number;
  /** What it lacks, in words of `lang`. */
  reason: { ru: string; en: string };
}

export interface TableScan {
  plans: PlanTable[];
  skipped: SkippedTable[];
}

export function scanTables(blocks: readonly BodyBlock[]): TableScan {
  const plans: PlanTable[] = [];
  const skipped: SkippedTable[] = [];
  let current: PlanTable | undefined;
  let blankSince = true;
  // A blank paragraph between with a page break: the table goes on after a page break.
  let breakSince = false;
  blocks.forEach((block, index) => {
    if (block.type === 'paragraph') {
      const p = block.paragraph;
      const blank = p.inlines.every((i) => i.type !== 'text' || i.text.trim() === '') && !p.list;
      if (!blank || p.sectionEnd) blankSince = false;
      if (p.pageBreak) breakSince = true;
      return;
    }
    const grid = tableGrid(block.table);
    if (grid.rows.length === 0) return;
    if (current && blankSince && grid.columns === current.columns && continues(current, grid)) {
      const wasHeaderOnly = current.rows.length === 0 && current.grids.length === 1;
      current.grids.push(grid);
      current.rows.push(...grid.rows);
      current.lastBlock = index;
      // Noted unless it is a table continued after a page break that repeats the plan's head (the
      // number row, or its header rows) marked to repeat, as plangraf writes a break its layout made.
      if (!wasHeaderOnly && breakSince && repeatsHead(current, grid)) current.repeatedHeads.push(grid.table.number);
      else if (!wasHeaderOnly) current.continued.push(grid.table.number);
      blankSince = true;
      breakSince = false;
      return;
    }
    const plan = readHeader(grid, index);
    if ('reason' in plan) {
      skipped.push(plan);
      current = undefined;
    } else {
      plans.push(plan);
      current = plan;
    }
    blankSince = true;
    breakSince = false;
  });
  return { plans, skipped };
}

/**
 * The table starts with rows marked to repeat (`w:tblHeader`) that repeat the plan's head: its
 * number row, or its header rows. Such rows are the head a continued table repeats on its page.
 */
export function repeatsHead(plan: PlanTable, grid: TableGrid): boolean {
  const top: GridRow[] = [];
  for (const row of grid.rows) {
    if (row.row.header !== true) break;
    top.push(row);
  }
  return top.length > 0 && top.every((row) => isNumbersRow(row) || plan.headerRows.some((h) => sameTexts(row, h)));
}

/** Whether `grid` goes on with the plan (see the module comment). */
function continues(plan: PlanTable, grid: TableGrid): boolean {
  if (plan.rows.length === 0) return true;
  const first = grid.rows[0]!;
  if (isNumbersRow(first)) return true;
  if (sameTexts(first, plan.headerRows[0]!)) return true;
  const roles = headerTexts(grid, 1).map(headerRole);
  return !(roles.includes('task') && roles.some((r) => r === 'deadline' || r === 'executors' || r === 'result'));
}

function readHeader(grid: TableGrid, block: number): PlanTable | SkippedTable {
  const count = headerCount(grid);
  if (count === 0) return { grid, block, reason: { ru: 'нет строки заголовков', en: 'no header row' } };
  const headers = headerTexts(grid, count);
  const roles: (ColumnRole | undefined)[] = [];
  const taken = new Set<ColumnRole>();
  for (const h of headers) {
    const role = headerRole(h);
    if (role !== undefined && !taken.has(role)) {
      taken.add(role);
      roles.push(role);
    } else roles.push(undefined);
  }
  if (!taken.has('task')) return { grid, block, reason: { ru: 'нет столбца задач или мероприятий', en: 'no column of tasks or activities' } };
  if (!taken.has('deadline') && !taken.has('executors') && !taken.has('result')) {
    return { grid, block, reason: { ru: 'нет столбцов сроков, исполнителей или результатов', en: 'no columns of deadlines, executors or results' } };
  }
  return {
    grids: [grid],
    firstBlock: block,
    lastBlock: block,
    columns: grid.columns,
    headerRows: grid.rows.slice(0, count),
    rows: grid.rows.slice(count),
    headers,
    roles,
    continued: [],
    repeatedHeads: [],
  };
}

/** How many rows at the top are the header (0: the table starts with the column numbers). */
function headerCount(grid: TableGrid): number {
  const rows = grid.rows;
  const numbers = rows.slice(0, 5).findIndex(isNumbersRow);
  if (numbers >= 0) return numbers;
  let flagged = 0;
  while (flagged < rows.length && flagged < 3 && rows[flagged]!.row.header) flagged++;
  if (flagged > 0) return flagged;
  let count = 1;
  // Rows merged into the header from below: a cell that continues a vertical merge from it.
  while (count < 3 && count < rows.length && rows[count]!.cells.some((c) => c.cell.vMerge === 'continue' && c.sourceRow <= rows[count - 1]!.row.number)) count++;
  return count;
}

/** The header text of each grid column: the distinct cells above it, top to bottom, joined by «, ». */
export function headerTexts(grid: TableGrid, count: number): string[] {
  const out: string[] = [];
  for (let col = 0; col < grid.columns; col++) {
    const seen = new Set<unknown>();
    const parts: string[] = [];
    for (const row of grid.rows.slice(0, count)) {
      const g = cellAt(row, col);
      if (!g || seen.has(g.source)) continue;
      seen.add(g.source);
      const text = cellPlainText(g.source.paragraphs);
      if (text !== '') parts.push(text);
    }
    out.push(parts.join(', '));
  }
  return out;
}

/** «1 2 3 4 5 6»: every cell holds its own position. */
export function isNumbersRow(row: GridRow): boolean {
  if (row.cells.length < 2) return false;
  return row.cells.every((c, i) => cellPlainText(c.cell.paragraphs) === String(i + 1));
}

/** Two rows with the same cells and texts (a header repeated by hand). */
export function sameTexts(a: GridRow, b: GridRow): boolean {
  if (a.cells.length !== b.cells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i]!;
    return c.col === d.col && c.span === d.span && squeeze(cellPlainText(c.source.paragraphs)) === squeeze(cellPlainText(d.source.paragraphs));
  });
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
