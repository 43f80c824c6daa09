/**
 * The plan-graph table: the header row, the row of column numbers «1 2 3 4 5 6» (unless
 * `numbersRow: false`), group rows spanning all columns (bold, «1. Создание …»), and one row per
 * item, whole on one page unless `splitRows: true`. Deadlines and executors print as written unless the plan asks
 * for normalised deadlines or the directory's names (deadline-cell.ts, executors.ts). A cell an
 * item merges with the one above (`merge: [result]`) is left out of its row and the cell above
 * spans it (`rowSpan`): the writers keep such rows together on a page when they fit.
 *
 *   columns: [number, deadline, task], items: [{section: Создание …, items: [{task: Отбор, deadline: до 20.12.2021}]}]
 * becomes
 *   {type: 'table', columns: [{width: 5}, {width: 12}, {width: 30}], repeatHead: 'numbers',
 *    head: [{kind: 'header', cells: [№ п/п | Сроки реализации | Задачи]}, {kind: 'numbers', cells: [1 | 2 | 3]}],
 *    rows: [{kind: 'group', cells: [{colSpan: 3, bold: true, «1. Создание …»}]},
 *           {kind: 'item', cantSplit: true, cells: [1.1. | До 20 декабря 2021 г. | Отбор]}]}
 */
import type { Block, Paragraph, PlanTableData, RowItemData, Table, TableCell, TableRow } from '../model/document.js';
import type { Column, Group, Item, Plan, PlanEntry } from '../model/roadmap.js';
import { deadlineInterval, deadlineProblems } from '../text/deadline-interval.js';
import { withoutFootnoteMarkers } from '../text/placeholders.js';
import type { ComposeContext } from './context.js';
import { deadlineCellText } from './deadline-cell.js';
import { executorsCellText } from './executors.js';
import { numberEntries, numberingOptions } from './numbering.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';
import { richTextToPlain } from '../text/rich-text.js';
import { planItemKeys } from './row-keys.js';
import { fitColumns } from './table-width.js';

export function composePlanTable(ctx: ComposeContext, plan: Plan): Table {
  const columns = plan.columns;
  const rows: TableRow[] = [];
  // Numbering copies the items: the keys are taken from the plan's own, in the same order.
  const keys = planItemKeys(plan);
  let n = 0;
  // The cell each column's merged run belongs to: a group row ends every run.
  let above: (TableCell | undefined)[] = [];
  const visit = (entries: readonly PlanEntry[]): void => {
    for (const entry of entries) {
      if (entry.type === 'group') {
        rows.push(groupRow(entry, columns.length));
        above = [];
        visit(entry.entries);
        above = [];
      } else {
        const own: TableCell[] = [];
        columns.forEach((column, i) => {
          const owner = above[i];
          if (owner && column.role !== 'number' && entry.merge?.includes(column.key)) {
            owner.rowSpan = (owner.rowSpan ?? 1) + 1;
            return;
          }
          const cell = itemCell(ctx, plan, entry, column);
          own.push(cell);
          above[i] = cell;
        });
        rows.push({ kind: 'item', cantSplit: !plan.splitRows, cells: own, item: rowItemData(plan, entry, keys[n++]!.key) });
      }
    }
  };
  visit(numberEntries(plan.entries, plan.numbering, numberingOptions(plan)));

  // Plain text, as the file's properties have the document's title: without footnote markers.
  const data: PlanTableData = { index: plan.index, title: withoutFootnoteMarkers(plan.title) };
  if (plan.subtitle !== undefined) data.subtitle = withoutFootnoteMarkers(plan.subtitle);
  if (plan.loc) data.loc = plan.loc;
  return {
    type: 'table',
    columns: columns.map((c) => ({ width: c.width, data: { role: c.role ?? 'extra', key: c.key } })),
    head: plan.numbersRow ? [headerRow(columns), numbersRow(columns)] : [headerRow(columns)],
    // Without the column-number row, the header rows repeat on following pages.
    repeatHead: plan.repeat === 'header' || !plan.numbersRow ? 'all' : 'numbers',
    rows,
    borders: 'all',
    style: 'table',
    plan: data,
  };
}

/** The item a row prints, as data: its key, the days its deadline covers, its execution. */
function rowItemData(plan: Plan, item: Item, key: string): RowItemData {
  const data: RowItemData = { key };
  const interval = item.deadline && deadlineProblems(item.deadline).length === 0 ? deadlineInterval(item.deadline, plan.period) : null;
  if (interval) {
    data.start = interval.from;
    data.end = interval.to;
  }
  const e = item.execution;
  if (e) {
    const execution: NonNullable<RowItemData['execution']> = {};
    if (e.status !== undefined) execution.status = e.status;
    if (e.done !== undefined) execution.done = e.done;
    // A sheet cell holds plain text: the fact's words, its emphasis left out.
    if (e.fact !== undefined) execution.fact = richTextToPlain(e.fact);
    if (e.comment !== undefined) execution.comment = e.comment;
    data.execution = execution;
  }
  return data;
}

/**
 * The plan's table as printed on its landscape pages: the table, or its parts when it has more
 * columns than a page holds (table-width.ts; the number column repeats in each part).
 */
export function planTableBlocks(ctx: ComposeContext, plan: Plan): Block[] {
  const number = plan.columns.findIndex((c) => c.role === 'number');
  return fitColumns(ctx, composePlanTable(ctx, plan), 'landscape', {
    headers: plan.columns.map((c) => c.header),
    repeated: [number >= 0 ? number : 0],
    locOf: (i) => plan.columns[i]?.loc ?? plan.loc,
  });
}

function headerRow(columns: readonly Column[]): TableRow {
  return {
    kind: 'header',
    cantSplit: true,
    cells: columns.map((c) => ({ blocks: [textParagraph(c.header, 'table-header', { align: 'center' })], align: 'center' })),
  };
}

/** «1 2 3 4 5 6» under the header. */
function numbersRow(columns: readonly Column[]): TableRow {
  return {
    kind: 'numbers',
    cantSplit: true,
    cells: columns.map((_, i) => ({ blocks: [textParagraph(String(i + 1), 'table', { align: 'center' })], align: 'center' })),
  };
}

/**
 * A computed number as printed by a numbering without formats: «1.1.» or, with `numberDot:
 * false`, «1.1»; explicit numbers as written. (`numberEntries` with `numberingOptions(plan)`
 * prints the plan's numbers itself; the import guesses a plan's `numberDot` with this.)
 */
export function printedNumber(no: string, explicitNo: string | undefined, numberDot: boolean): string {
  return numberDot || explicitNo !== undefined ? no : no.replace(/\.$/, '');
}

/** A section or year row: one bold cell across all columns, the number (as numbered) before the title. */
function groupRow(group: Group, span: number): TableRow {
  const align = group.year !== undefined ? 'center' : 'left';
  const blocks = orEmpty(richToParagraphs(group.title, 'table', { bold: true, align }), 'table', { bold: true, align });
  if (group.no) {
    const first = blocks[0]!;
    first.runs = [{ text: `${group.no} ` }, ...first.runs];
  }
  return { kind: 'group', cantSplit: true, cells: [{ blocks, colSpan: span, bold: true, align }] };
}

function itemCell(ctx: ComposeContext, plan: Plan, item: Item, column: Column): TableCell {
  const align = column.align;
  const opts = { align };
  let blocks: Paragraph[];
  switch (column.role) {
    case 'number':
      blocks = [textParagraph(item.no ?? '', 'table', opts)];
      break;
    case 'task':
      blocks = richToParagraphs(item.task, 'table', opts);
      break;
    case 'deadline':
      blocks = [textParagraph(deadlineCellText(plan, item), 'table', opts)];
      break;
    case 'executors':
      blocks = [textParagraph(executorsCellText(ctx, plan, item), 'table', opts)];
      break;
    case 'result':
      blocks = richToParagraphs(item.result, 'table', opts);
      break;
    case 'info':
      blocks = richToParagraphs(item.info, 'table', opts);
      break;
    case undefined:
      // An extra column: one value per line.
      blocks = (item.extra[column.key] ?? []).map((v) => textParagraph(v, 'table', opts));
      break;
  }
  return { blocks: orEmpty(blocks, 'table', opts), align };
}
