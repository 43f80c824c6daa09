/**
 * The document model → the sheets of a workbook: one per plan-graph table (`Table.plan`), its
 * parts joined back into one table when it was printed in parts (a sheet has room for every
 * column). Each sheet has the plan's columns as printed, then the columns of columns.ts: the
 * deadline's first and last day, the execution columns and the row's key.
 *
 * Everything else of the model (an order's text, stamps, signatures, a passport's other tables)
 * has no place in a sheet: it is counted, and the writer reports it (index.ts). So are the
 * footnotes: a cell holds data to filter and fill in, so a note's mark is not written into it
 * (it would read as part of the text: «70 школ1») and the notes are reported as left out.
 */
import type { Align, Block, DocumentModel, Paragraph, RowItemData, Run, Table, TableCell, TableRow } from '../../model/document.js';
import type { SourceLocation } from '../../model/source.js';
import type { Theme } from '../../model/theme.js';
import { EXECUTION_STATUS_WORDS as STATUS_TEXT } from '../../model/execution-status.js';
import { textWidthMm } from '../units.js';
import { EXECUTION_COLUMNS, SHEET_COLUMNS, type SheetColumnKind } from './columns.js';

export type CellAlign = Align;

export interface SheetColumn {
  /** A plan column (by its index in `Sheet.planColumns`) or one of the added columns. */
  kind: 'plan' | SheetColumnKind;
  header: string;
  /** Millimetres. */
  widthMm: number;
  /** How the plan's cells of this column are aligned. */
  align: CellAlign;
}

export type SheetCell = { text: string; align: CellAlign } | { date: string } | undefined;

export type SheetRow =
  | { kind: 'group'; text: string; align: CellAlign }
  | { kind: 'item'; cells: SheetCell[]; item: RowItemData };

export interface Sheet {
  title: string;
  subtitle?: string;
  loc?: SourceLocation;
  columns: SheetColumn[];
  /** How many of `columns` are the plan's own (they come first). */
  planColumns: number;
  rows: SheetRow[];
}

/** What the model has besides plan-graph tables, by kind, for the writer's report. */
export interface LeftOut {
  paragraphs: number;
  tables: number;
  /** The document's footnotes (their marks are not written either). */
  footnotes: number;
  other: Set<string>;
}

export function sheetsOf(model: DocumentModel, theme: Theme): { sheets: Sheet[]; leftOut: LeftOut } {
  const leftOut: LeftOut = { paragraphs: 0, tables: 0, footnotes: model.footnotes?.length ?? 0, other: new Set() };
  const parts = new Map<number, Table[]>();
  const blocks = model.sections.flatMap((s) => s.blocks);
  for (const block of blocks) {
    if (block.type !== 'table' || !block.plan) continue;
    const list = parts.get(block.plan.index) ?? [];
    list.push(block);
    parts.set(block.plan.index, list);
  }
  // A plan's title and subtitle are on its sheet (the title row): not left out.
  const titles = new Set([...parts.values()].flatMap(([t]) => [t!.plan!.title, t!.plan!.subtitle ?? '']).map(squash));
  for (const block of blocks) {
    if (block.type === 'table' && block.plan) continue;
    if ((block.type === 'paragraph' || block.type === 'split-line') && titles.has(squash(blockText(block)))) continue;
    count(block, leftOut);
  }
  const sheets = [...parts.values()].map((tables) => sheetOf(tables, theme));
  return { sheets, leftOut };
}

function count(block: Block, leftOut: LeftOut): void {
  switch (block.type) {
    case 'paragraph':
    case 'split-line':
      if (blockText(block)) leftOut.paragraphs++;
      break;
    case 'table':
      leftOut.tables++;
      break;
    case 'page-break':
    case 'spacer':
      break;
    default:
      leftOut.other.add(block.type);
  }
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A paragraph's text without its footnote marks. */
function blockText(block: Block): string {
  const text = (runs: readonly Run[]) => runs.filter((r) => !r.footnote).map((r) => r.text).join('').trim();
  if (block.type === 'paragraph') return text(block.runs);
  if (block.type === 'split-line') return text([...block.left, ...block.right]);
  return '';
}

/** A table (or the parts of one) → a sheet. */
function sheetOf(tables: Table[], theme: Theme): Sheet {
  const first = tables[0]!;
  const plan = first.plan!;
  // The plan's columns by key, in the order they first appear: the parts of a table printed in
  // parts are consecutive ranges of its columns (the repeated number column aside).
  const keys: string[] = [];
  const widths = new Map<string, number>();
  const headers = new Map<string, string>();
  const aligns = new Map<string, CellAlign>();
  for (const table of tables) {
    const header = table.head.find((r) => r.kind === 'header');
    table.columns.forEach((c, i) => {
      const key = c.data?.key ?? `#${i}`;
      if (keys.includes(key)) return;
      keys.push(key);
      widths.set(key, c.width);
      headers.set(key, header?.cells[i] ? cellText(header.cells[i]!, theme) : '');
    });
  }
  const total = [...widths.values()].reduce((a, b) => a + b, 0) || 1;
  const planWidthMm = textWidthMm(theme, 'landscape');

  // Rows: the parts have the same rows in the same order.
  const rows: SheetRow[] = [];
  first.rows.forEach((row, r) => {
    if (row.kind === 'group' || !row.item) {
      const text = row.cells.map((c) => cellText(c, theme)).filter(Boolean).join(' ');
      rows.push({ kind: 'group', text, align: row.cells[0]?.align ?? 'left' });
      return;
    }
    const byKey = new Map<string, TableCell>();
    for (const table of tables) {
      const part = table.rows[r];
      part?.cells.forEach((cell, i) => {
        const key = table.columns[i]?.data?.key ?? `#${i}`;
        if (!byKey.has(key)) byKey.set(key, cell);
      });
    }
    const cells: SheetCell[] = keys.map((key) => {
      const cell = byKey.get(key);
      if (!cell) return undefined;
      const align = cell.align ?? cell.blocks[0]?.align ?? 'left';
      if (!aligns.has(key)) aligns.set(key, align);
      return { text: cellText(cell, theme), align };
    });
    rows.push({ kind: 'item', cells: [...cells, ...addedCells(row)], item: row.item });
  });

  const columns: SheetColumn[] = keys.map((key) => ({
    kind: 'plan',
    header: headers.get(key) ?? '',
    widthMm: ((widths.get(key) ?? 0) / total) * planWidthMm,
    align: aligns.get(key) ?? 'left',
  }));
  for (const kind of ADDED) {
    columns.push({ kind, header: SHEET_COLUMNS[kind].header, widthMm: SHEET_COLUMNS[kind].widthMm, align: kind === 'fact' || kind === 'comment' ? 'left' : 'center' });
  }
  const sheet: Sheet = { title: plan.title, columns, planColumns: keys.length, rows };
  if (plan.subtitle !== undefined) sheet.subtitle = plan.subtitle;
  if (plan.loc) sheet.loc = plan.loc;
  return sheet;
}

/** The added columns, in order: dates, execution, the key. */
const ADDED: readonly SheetColumnKind[] = ['start', 'end', ...EXECUTION_COLUMNS, 'id'];

function addedCells(row: TableRow): SheetCell[] {
  const item = row.item!;
  const e = item.execution ?? {};
  const text = (t: string | undefined, align: CellAlign = 'left'): SheetCell => (t === undefined || t === '' ? undefined : { text: t, align });
  const date = (iso: string | undefined): SheetCell => (iso === undefined ? undefined : { date: iso });
  const byKind: Record<SheetColumnKind, SheetCell> = {
    start: date(item.start),
    end: date(item.end),
    status: text(e.status === undefined ? undefined : STATUS_TEXT[e.status], 'center'),
    done: date(e.done),
    fact: text(e.fact),
    comment: text(e.comment),
    id: text(item.key, 'center'),
  };
  return ADDED.map((kind) => byKind[kind]);
}

/**
 * A cell's text as a spreadsheet cell holds it: its paragraphs on lines of their own, bullets
 * with the theme's marker, line breaks kept. Formatting (bold, italic), link targets and footnote
 * marks are not kept: a cell holds plain text (the link's text is kept).
 */
export function cellText(cell: TableCell, theme: Theme): string {
  return cell.blocks.map((p) => paragraphText(p, theme)).join('\n').replace(/\s+$/u, '');
}

function paragraphText(p: Paragraph, theme: Theme): string {
  let text = '';
  for (const run of p.runs) {
    if (run.breakBefore) text += '\n';
    if (!run.footnote) text += run.text;
  }
  return p.bullet ? `${theme.bullet} ${text}` : text;
}
