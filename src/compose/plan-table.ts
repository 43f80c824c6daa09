/**
 * The plan-graph table: the header row, the row of column numbers «1 2 3 4 5 6», group rows
 * spanning all columns (bold, «1. Создание …»), and one row per item, never split across pages.
 *
 *   columns: [number, deadline, task], items: [{section: Создание …, items: [{task: Отбор, deadline: до 20.12.2021}]}]
 * becomes
 *   {type: 'table', columns: [{width: 5}, {width: 12}, {width: 30}], repeatHead: 'numbers',
 *    head: [{kind: 'header', cells: [№ п/п | Сроки реализации | Задачи]}, {kind: 'numbers', cells: [1 | 2 | 3]}],
 *    rows: [{kind: 'group', cells: [{colSpan: 3, bold: true, «1. Создание …»}]},
 *           {kind: 'item', cantSplit: true, cells: [1.1. | До 20 декабря 2021 г. | Отбор]}]}
 */
import type { Block, Paragraph, Table, TableCell, TableRow } from '../model/document.js';
import type { Column, Group, Item, Plan, PlanEntry } from '../model/roadmap.js';
import { formatDeadline } from '../text/deadline-format.js';
import { footnoteMarkersOf } from '../text/placeholders.js';
import type { ComposeContext } from './context.js';
import { executorsText } from './executors.js';
import { numberEntries } from './numbering.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';
import { fitColumns } from './table-width.js';

export function composePlanTable(ctx: ComposeContext, plan: Plan): Table {
  const columns = plan.columns;
  const rows: TableRow[] = [];
  const visit = (entries: readonly PlanEntry[]): void => {
    for (const entry of entries) {
      if (entry.type === 'group') {
        rows.push(groupRow(entry, columns.length, plan.numberDot));
        visit(entry.entries);
      } else {
        rows.push(itemRow(ctx, plan, entry));
      }
    }
  };
  visit(numberEntries(plan.entries, plan.numbering));

  return {
    type: 'table',
    columns: columns.map((c) => ({ width: c.width })),
    head: [headerRow(columns), numbersRow(columns)],
    repeatHead: plan.repeat === 'header' ? 'all' : 'numbers',
    rows,
    borders: 'all',
    style: 'table',
  };
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

/** A computed number as printed: «1.1.» or, with `numberDot: false`, «1.1»; explicit numbers as written. */
export function printedNumber(no: string, explicitNo: string | undefined, numberDot: boolean): string {
  return numberDot || explicitNo !== undefined ? no : no.replace(/\.$/, '');
}

/** A section or year row: one bold cell across all columns, the number before the title. */
function groupRow(group: Group, span: number, numberDot: boolean): TableRow {
  const align = group.year !== undefined ? 'center' : 'left';
  const blocks = orEmpty(richToParagraphs(group.title, 'table', { bold: true, align }), 'table', { bold: true, align });
  if (group.no) {
    const first = blocks[0]!;
    first.runs = [{ text: `${printedNumber(group.no, group.explicitNo, numberDot)} ` }, ...first.runs];
  }
  return { kind: 'group', cantSplit: true, cells: [{ blocks, colSpan: span, bold: true, align }] };
}

function itemRow(ctx: ComposeContext, plan: Plan, item: Item): TableRow {
  return { kind: 'item', cantSplit: !plan.splitRows, cells: plan.columns.map((c) => itemCell(ctx, plan, item, c)) };
}

function itemCell(ctx: ComposeContext, plan: Plan, item: Item, column: Column): TableCell {
  const align = column.align;
  const opts = { align };
  let blocks: Paragraph[];
  switch (column.role) {
    case 'number':
      blocks = [textParagraph(item.no ? printedNumber(item.no, item.explicitNo, plan.numberDot) : '', 'table', opts)];
      break;
    case 'task':
      blocks = richToParagraphs(item.task, 'table', opts);
      break;
    case 'deadline': {
      // Footnote markers are no part of a deadline: it is read without them, and they follow it.
      const text = item.deadline ? formatDeadline(item.deadline, plan.deadlineStyle) + footnoteMarkersOf(item.deadlineSource ?? '') : (item.deadlineSource ?? '');
      blocks = [textParagraph(text, 'table', opts)];
      break;
    }
    case 'executors':
      blocks = [textParagraph(executorsText(ctx, item.executors), 'table', opts)];
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
