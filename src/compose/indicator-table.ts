/**
 * The indicators table of a project passport: one row per indicator, one column per year, the
 * years grouped under «Факт» and «План» in a two-row header.
 *
 *   {fact: [2019, 2020], plan: [2021, 2022, 2023], rows: [{name: Доля ОО …, unit: '%', values: [12, 10.5, 8, 6, 4]}]}
 *   → head: [{cells: [Наименование показателя (rowSpan 2) | Единица измерения (rowSpan 2) | Факт (colSpan 2) | План (colSpan 3)]},
 *            {cells: [2019 | 2020 | 2021 | 2022 | 2023]}]      (the covered cells are omitted)
 *     rows: [{cells: [Доля ОО … | % | 12 | 10,5 | 8 | 6 | 4]}]
 *
 * With `numberColumn: true` a first column «№ п/п» numbers the indicators «1.», «2.» …
 * The unit column is there only when some indicator has a unit. Numbers print the Russian way
 * («10,5»); a missing value (null) prints as a dash.
 */
import type { Block, Table, TableCell, TableRow } from '../model/document.js';
import type { IndicatorTableInput } from '../model/roadmap-input.js';
import { parseRichText } from '../text/rich-text.js';
import type { ComposeContext } from './context.js';
import { kindLines, kindText } from './kind-wording.js';
import type { SourceLocation } from '../model/source.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';
import { fitColumns } from './table-width.js';

/** Printed for a missing value. */
export const NO_VALUE = '–';

export function composeIndicatorTable(
  ctx: ComposeContext,
  input: IndicatorTableInput,
): Table {
  const [nameHeader = '', unitHeader = '', factHeader = '', planHeader = ''] = kindLines(ctx, 'passport-indicator-header', {});
  const years = [...input.fact, ...input.plan];
  const withUnit = input.rows.some((r) => r.unit !== undefined && r.unit !== '');
  const widths = ctx.theme.indicatorColumns;

  const header = (text: string, spans: Pick<TableCell, 'colSpan' | 'rowSpan'> = {}): TableCell => ({
    blocks: [textParagraph(text, 'table-header', { align: 'center' })],
    align: 'center',
    ...spans,
  });
  const first: TableCell[] = [header(input.header ?? nameHeader, { rowSpan: 2 })];
  if (input.numberColumn) first.unshift(header(kindText(ctx, 'passport-indicator-number', {}), { rowSpan: 2 }));
  if (withUnit) first.push(header(unitHeader, { rowSpan: 2 }));
  if (input.fact.length > 0) first.push(header(factHeader, input.fact.length > 1 ? { colSpan: input.fact.length } : {}));
  if (input.plan.length > 0) first.push(header(planHeader, input.plan.length > 1 ? { colSpan: input.plan.length } : {}));
  const second: TableCell[] = years.map((y) => header(String(y)));

  const rows: TableRow[] = input.rows.map((row, r) => {
    const name = richToParagraphs(parseRichText(row.name), 'table');
    // A count that does not match the years: lint rule indicator-values; missing values print «–».
    const cells: TableCell[] = [{ blocks: orEmpty(name, 'table') }];
    if (input.numberColumn) cells.unshift({ blocks: [textParagraph(`${r + 1}.`, 'table', { align: 'center' })], align: 'center' });
    if (withUnit) cells.push({ blocks: [textParagraph(row.unit ?? '', 'table', { align: 'center' })], align: 'center' });
    years.forEach((_, i) => {
      cells.push({ blocks: [textParagraph(formatValue(row.values[i]), 'table', { align: 'center' })], align: 'center' });
    });
    return { kind: 'item', cantSplit: true, cells };
  });

  return {
    type: 'table',
    columns: [...(input.numberColumn ? [{ width: widths.number }] : []), { width: widths.name }, ...(withUnit ? [{ width: widths.unit }] : []), ...years.map(() => ({ width: widths.year }))],
    head: [
      { kind: 'header', cantSplit: true, cells: first },
      { kind: 'header', cantSplit: true, cells: second },
    ],
    repeatHead: 'all',
    rows,
    borders: 'all',
    style: 'table',
  };
}

/**
 * The indicators table as printed on the passport's portrait pages: the table, or its parts when
 * it has more years than a page holds (table-width.ts; the name and unit columns repeat in each).
 */
export function indicatorTableBlocks(ctx: ComposeContext, input: IndicatorTableInput, loc?: SourceLocation): Block[] {
  const table = composeIndicatorTable(ctx, input);
  const [nameHeader = '', unitHeader = ''] = kindLines(ctx, 'passport-indicator-header', {});
  // The columns before the years (the number, the name, the unit) repeat in every part.
  const named = table.columns.length - input.fact.length - input.plan.length;
  const number = input.numberColumn ? [kindText(ctx, 'passport-indicator-number', {})] : [];
  const withUnit = named - number.length > 1;
  const headers = [...number, input.header ?? nameHeader, ...(withUnit ? [unitHeader] : []), ...[...input.fact, ...input.plan].map(String)];
  return fitColumns(ctx, table, 'portrait', { headers, repeated: Array.from({ length: named }, (_, i) => i), locOf: () => loc });
}

const NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 });

/** 10.5 → «10,5»; null or absent → «–»; text as written. */
export function formatValue(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return NO_VALUE;
  return typeof v === 'number' ? NUMBER.format(v) : v;
}
