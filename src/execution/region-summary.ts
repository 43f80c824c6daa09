/**
 * The region's summary of status reports: one row per municipality with its figures (done, in
 * progress, overdue, total, % done), and a total row, as a document model (portrait page):
 *
 *   Сводная информация о ходе реализации плана-графика / в муниципальных образованиях / по состоянию на 30.06.2023
 *   № п/п | Муниципальное образование | Всего мероприятий | Выполнено | Выполняется | Просрочено | Выполнено, %
 *   1.    | Вязниковский район        | 13                | 6         | 4           | 2          | 46
 *   …
 *         | Итого                     | 91                | …
 *
 * The total's % done is computed from the summed rows (not an average of percentages).
 */
import type { Block, DocumentModel, TableCell, TableRow } from '../model/document.js';
import { resolveTheme, type ThemeOverride } from '../model/theme.js';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { TemplateLibrary } from '../templates/types.js';
import { builtinTemplates } from '../templates/load.js';
import { textParagraph } from '../compose/rich-text.js';
import { sumTallies, type Tally } from './assess.js';

export interface RegionRow {
  /** The municipality (`municipality:` of its file, else the file's name). */
  name: string;
  tally: Tally;
}

export interface RegionSummary {
  asOf: string;
  rows: RegionRow[];
  total: Tally;
}

export function regionSummary(asOf: string, rows: RegionRow[]): RegionSummary {
  return { asOf, rows, total: sumTallies(rows.map((r) => r.tally)) };
}

export interface RegionSummaryOptions {
  theme?: ThemeOverride;
  lang?: Language;
  templates?: TemplateLibrary;
  /** Creation time (ISO); default the as-of date. */
  now?: string;
}

export function composeRegionSummary(summary: RegionSummary, options: RegionSummaryOptions = {}): { model: DocumentModel; diagnostics: Diagnostic[] } {
  const theme = resolveTheme(options.theme);
  const diagnostics: Diagnostic[] = [];
  const templates = (options.templates ?? builtinTemplates()).bind((d) => diagnostics.push(d), {}, options.lang ?? 'ru');
  const [title = '', ...subtitle] = templates.lines('region-summary-title', { asOf: summary.asOf });
  const headers = templates.lines('region-summary-header', {});
  const totalLabel = templates.text('region-summary-total', {}).trim();
  const widths = theme.regionSummaryColumns;
  const cell = (text: string, align: 'left' | 'center' | 'right' = 'center', bold = false): TableCell => ({
    blocks: [textParagraph(text, 'table', { align, bold })],
    align,
    ...(bold ? { bold: true } : {}),
  });
  const figures = (t: Tally, bold = false): TableCell[] => [
    cell(String(t.total), 'center', bold),
    cell(String(t.done), 'center', bold),
    cell(String(t.inProgress), 'center', bold),
    cell(String(t.overdue), 'center', bold),
    cell(t.percentDone === undefined ? '—' : String(t.percentDone), 'center', bold),
  ];
  const rows: TableRow[] = summary.rows.map((r, i) => ({ kind: 'item', cantSplit: true, cells: [cell(`${i + 1}.`), cell(r.name, 'left'), ...figures(r.tally)] }));
  rows.push({ kind: 'item', cantSplit: true, cells: [cell(''), cell(totalLabel, 'left', true), ...figures(summary.total, true)] });
  const blocks: Block[] = [
    { ...textParagraph(title, 'title'), keepWithNext: true },
    ...subtitle.map((line): Block => ({ ...textParagraph(line, 'subtitle'), keepWithNext: true })),
    {
      type: 'table',
      columns: widths.map((width) => ({ width })),
      head: [{ kind: 'header', cantSplit: true, cells: widths.map((_, i) => ({ blocks: [textParagraph(headers[i] ?? '', 'table-header', { align: 'center' })], align: 'center' })) }],
      repeatHead: 'all',
      rows,
      borders: 'all',
      style: 'table',
    },
  ];
  return {
    model: {
      meta: { title: [title, ...subtitle].join(' ').replace(/\s+/g, ' ').trim(), created: options.now ?? `${summary.asOf}T00:00:00Z`, language: 'ru-RU' },
      sections: [{ orientation: 'landscape', blocks }],
    },
    diagnostics,
  };
}
