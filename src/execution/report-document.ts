/**
 * The status report «Информация о ходе реализации плана-графика по состоянию на …» as a
 * document model, printed by the same two writers as every other document. Per plan one
 * landscape section: the title lines (template `report-title`), a table
 *
 *   № п/п | Мероприятие | Срок | Исполнитель | Статус | Факт | Комментарий
 *
 * with the plan's sections as bold rows across the table and, after each section's rows, its
 * subtotal across the table (`report-section-total`), then the summary paragraphs
 * (`report-summary`). The figures are those of `assessExecution` (assess.ts); wording comes
 * from templates/report-*.hbs, widths from `theme.statusReportColumns`.
 *
 *   plan: {items: [{section: Подготовка, items: [{task: Отбор школ, deadline: до 20.12.2021, execution: {status: done, done: 15.12.2021}}]}]}
 *   --as-of 2022-01-10 →
 *   {orientation: 'landscape', blocks: [Информация о ходе реализации плана-графика, по состоянию на 10.01.2022,
 *     {type: 'table', head: [№ п/п | Мероприятие | …], rows: [1. Подготовка | 1.1. | Отбор школ | До 20 декабря 2021 г. | | выполнено 15.12.2021 | |,
 *       Итого по разделу 1.: мероприятий 1, выполнено 1 (100 %).]},
 *     По состоянию на 10.01.2022 из 1 мероприятия плана-графика выполнено 1 (100 %). …]}
 */
import type { Block, DocumentModel, Paragraph, Section, TableCell, TableRow } from '../model/document.js';
import { EXECUTION_STATUS_WORDS } from '../model/execution-status.js';
import type { Item, Plan } from '../model/roadmap.js';
import type { Roadmap } from '../model/roadmap.js';
import { resolveTheme, type ThemeOverride } from '../model/theme.js';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { TemplateLibrary } from '../templates/types.js';
import { createContext, type ComposeContext } from '../compose/context.js';
import { executorsText } from '../compose/executors.js';
import { orEmpty, richToParagraphs, textParagraph } from '../compose/rich-text.js';
import { formatDeadline } from '../text/deadline-format.js';
import { parseRichText } from '../text/rich-text.js';
import { formatDate } from '../text/russian-date.js';
import type { AssessedEntry, AssessedItem, ExecutionAssessment, Tally } from './assess.js';

export interface StatusReportOptions {
  /** Layout overrides (the GOST defaults otherwise). */
  theme?: ThemeOverride;
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /** The wording (`loadTemplates({ dir })`); default the built-in templates. */
  templates?: TemplateLibrary;
  /** Creation time written into the files (ISO). Default: the as-of date at midnight UTC. */
  now?: string;
}

export interface StatusReportResult {
  model: DocumentModel;
  diagnostics: Diagnostic[];
}

/** The template data of a set of figures (every field present: templates run in strict mode). */
export function tallyData(t: Tally): Record<string, unknown> {
  return {
    total: t.total,
    done: t.done,
    percent: t.percentDone === undefined ? '' : String(t.percentDone),
    inProgress: t.inProgress,
    notStarted: t.notStarted,
    postponed: t.postponed,
    cancelled: t.cancelled,
    unknown: t.unknown,
    overdue: t.overdue,
    noDeadline: t.noDeadline,
    overdueNos: t.overdueNos,
    overdueMany: t.overdueNos.length > 1,
  };
}

export function composeStatusReport(roadmap: Roadmap, assessment: ExecutionAssessment, options: StatusReportOptions = {}): StatusReportResult {
  const theme = resolveTheme(options.theme);
  const ctx = createContext(roadmap, theme, options.lang ?? 'ru', options.templates);
  const several = assessment.plans.length > 1;
  const sections: Section[] = assessment.plans.map((p) => ({
    orientation: 'landscape',
    blocks: [
      ...titleBlocks(ctx, p.plan, assessment.asOf),
      reportTable(ctx, p.plan, p.entries),
      ...summaryBlocks(ctx, p.tally, assessment.asOf, false),
    ],
  }));
  // Several plans (a passport's): each has its own summary; the whole roadmap's closes the last.
  if (several) sections.at(-1)!.blocks.push(...summaryBlocks(ctx, assessment.tally, assessment.asOf, true));
  if (sections.length === 0) sections.push({ orientation: 'landscape', blocks: [] });
  const title = ctx.templates.lines('report-title', titleData(ctx, roadmap.plans[0], assessment.asOf));
  const meta: DocumentModel['meta'] = {
    title: [title[0], title.at(-1)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim(),
    created: options.now ?? `${assessment.asOf}T00:00:00Z`,
    language: 'ru-RU',
  };
  const author = roadmap.document.authority?.name.join(' ').replace(/\s+/g, ' ').trim();
  if (author) meta.author = author;
  return { model: { meta, sections }, diagnostics: ctx.diagnostics };
}

function titleData(ctx: ComposeContext, plan: Plan | undefined, asOf: string): object {
  return {
    plan: { title: plan?.title ?? '', subtitle: plan?.subtitle ?? '', gender: plan?.gender ?? 'm' },
    asOf,
    municipality: ctx.roadmap.municipality ?? '',
    authority: ctx.roadmap.document.authority?.genitive ?? '',
  };
}

function titleBlocks(ctx: ComposeContext, plan: Plan, asOf: string): Block[] {
  const [first = '', ...rest] = ctx.templates.lines('report-title', titleData(ctx, plan, asOf));
  return [
    { ...textParagraph(first, 'title'), keepWithNext: true },
    ...rest.map((line): Block => ({ ...textParagraph(line, 'subtitle'), keepWithNext: true })),
  ];
}

function summaryBlocks(ctx: ComposeContext, tally: Tally, asOf: string, plans: boolean): Block[] {
  return ctx.templates
    .paragraphs('report-summary', { ...tallyData(tally), asOf, plans })
    .map((text, i): Paragraph => ({ type: 'paragraph', style: 'body', runs: richToParagraphs(parseRichText(text), 'body')[0]?.runs ?? [{ text }], ...(i === 0 ? { spaceBefore: ctx.theme.partGap } : {}) }));
}

function reportTable(ctx: ComposeContext, plan: Plan, entries: readonly AssessedEntry[]): Block {
  const widths = ctx.theme.statusReportColumns;
  const headers = ctx.templates.lines('report-header', {});
  const span = widths.length;
  const rows: TableRow[] = [];
  const visit = (list: readonly AssessedEntry[]): void => {
    for (const e of list) {
      if (e.type === 'item') {
        rows.push(itemRow(ctx, plan, e));
        continue;
      }
      const align = e.group.year !== undefined ? 'center' : 'left';
      const title = orEmpty(richToParagraphs(e.group.title, 'table', { bold: true, align }), 'table', { bold: true, align });
      if (e.no) title[0]!.runs = [{ text: `${e.no} ` }, ...title[0]!.runs];
      rows.push({ kind: 'group', cantSplit: true, cells: [{ blocks: title, colSpan: span, bold: true, align }] });
      visit(e.entries);
      const text = ctx.templates.text('report-section-total', { ...tallyData(e.tally), no: (e.no ?? '').replace(/\.$/, '') });
      const blocks = richToParagraphs(parseRichText(text), 'table');
      for (const b of blocks) for (const r of b.runs) r.italic = true;
      rows.push({ kind: 'body', cantSplit: true, cells: [{ blocks: orEmpty(blocks, 'table'), colSpan: span }] });
    }
  };
  visit(entries);
  const cell = (text: string, align: 'left' | 'center' = 'center'): TableCell => ({ blocks: [textParagraph(text, 'table-header', { align })], align });
  return {
    type: 'table',
    columns: widths.map((width) => ({ width })),
    head: [{ kind: 'header', cantSplit: true, cells: widths.map((_, i) => cell(headers[i] ?? '')) }],
    repeatHead: 'all',
    rows,
    borders: 'all',
    style: 'table',
  };
}

function itemRow(ctx: ComposeContext, plan: Plan, a: AssessedItem): TableRow {
  const item = a.item;
  const left = { align: 'left' as const };
  const center = { align: 'center' as const };
  const cell = (blocks: Paragraph[], align: 'left' | 'center'): TableCell => ({ blocks: orEmpty(blocks, 'table', { align }), align });
  const deadline = item.deadline ? formatDeadline(item.deadline, plan.deadlineStyle) : (item.deadlineSource ?? '');
  return {
    kind: 'item',
    cantSplit: true,
    cells: [
      cell([textParagraph(a.no ?? '', 'table', center)], 'center'),
      cell(richToParagraphs(item.task, 'table', left), 'left'),
      cell([textParagraph(deadline, 'table', center)], 'center'),
      cell([textParagraph(executorsText(ctx, item.executors), 'table', left)], 'left'),
      cell(statusParagraphs(ctx, a), 'left'),
      cell(factParagraphs(item), 'left'),
      cell(item.execution?.comment ? [textParagraph(item.execution.comment, 'table', left)] : [], 'left'),
    ],
  };
}

/** The status cell: one paragraph per line of `report-status` (rich-text markup allowed). */
function statusParagraphs(ctx: ComposeContext, a: AssessedItem): Paragraph[] {
  const e = a.item.execution;
  const lines = ctx.templates.lines('report-status', {
    status: a.state,
    word: a.state === 'unknown' ? '' : EXECUTION_STATUS_WORDS[a.state],
    doneOn: a.state === 'done' ? (e?.done ?? '') : '',
    postponedTo: a.state === 'postponed' ? (e?.postponedTo ?? '') : '',
    due: a.due ?? '',
    overdue: a.overdue,
    daysOverdue: a.daysOverdue ?? 0,
    noDeadline: a.noDeadline,
  });
  return lines.flatMap((line) => richToParagraphs(parseRichText(line), 'table', { align: 'left' }));
}

/** What was done, then each evidence link on a line of its own (clickable in both formats). */
function factParagraphs(item: Item): Paragraph[] {
  const e = item.execution;
  if (!e) return [];
  const out = richToParagraphs(e.fact, 'table', { align: 'left' });
  for (const link of e.evidence) {
    const safe = /^(https?:|mailto:)/i.test(link.trim());
    out.push({ type: 'paragraph', style: 'table', align: 'left', runs: [safe ? { text: link.trim(), link: link.trim() } : { text: link }] });
  }
  return out;
}

/** The date a report is «по состоянию на», as printed. */
export function asOfText(asOf: string): string {
  return formatDate(asOf, 'numeric');
}
