/**
 * The change sheet («Изменения в план-график»): what changed between two versions of a roadmap
 * (src/versions/compare.ts) as a document both writers print — `plangraf diff OLD NEW
 * --document docx,pdf`. Per plan, on landscape pages: the title (template `change-sheet-title`:
 * «ИЗМЕНЕНИЯ / в план-график … / (редакция от 16.05.2022 № 112 в сравнении с редакцией от
 * 14.02.2022 № 50)») and a table «№ п/п | Пункт | Было | Стало» (template `change-sheet-header`):
 *
 *   a changed row      20 | Сроки реализации: 01.03.2022 – 30.04.2022 | Сроки реализации: 01.03.2022 – 31.05.2022 (окончание позже на 31 день)
 *   a reworded deadline 2 | Сроки реализации: до 01.03.2022          | Сроки реализации: не позднее 01.03.2022 (срок тот же, изменена формулировка)
 *   an added row       47 | —                                          | every field of the row
 *   a removed row      41 | every field of the row                     | пункт исключён
 *   rows renumbered 42–47 | № 42–47                                    | № 41–46
 *   a moved row    2.2 → 1.4 | в разделе «…»                           | в разделе «…»
 *
 * Section changes come first, then rows in reading order. The short phrases are template
 * `change-sheet-note`; column widths are the theme's `changeSheetColumns`.
 */
import type { Block, DocumentModel, Paragraph, Run, Section, TableCell, TableRow } from '../model/document.js';
import type { Item, Plan, Roadmap } from '../model/roadmap.js';
import { resolveTheme } from '../model/theme.js';
import type { ComposeOptions, ComposeResult } from './index.js';
import { DEFAULT_NOW } from './index.js';
import type { FieldChange, PlanComparison, RoadmapComparison, RowComparison, SectionComparison } from '../versions/compare.js';
import type { RowEntry } from '../versions/plan-rows.js';
import { onlyRenumbered, renumberRuns } from '../versions/renumber-runs.js';
import { deadlineText, executorsText, extraText } from '../versions/row-fields.js';
import { createContext, type ComposeContext } from './context.js';
import { mergeOwners, standingAlone, type MergeOwners } from './merged-cells.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';

export function composeChangeSheet(comparison: RoadmapComparison, options: ComposeOptions = {}): ComposeResult {
  const ctx = createContext(comparison.new, resolveTheme(options.theme), options.lang ?? 'ru', options.templates);
  const sections: Section[] = comparison.plans.map((p) => ({ orientation: 'landscape', blocks: planSheet(ctx, comparison, p) }));
  if (sections.length === 0) sections.push({ orientation: 'landscape', blocks: [textParagraph(note(ctx, 'same'), 'body-plain')] });
  const doc = comparison.new.document;
  const firstTitle = sections[0]!.blocks[0];
  const title = firstTitle?.type === 'paragraph' ? firstTitle.runs.map((r) => r.text).join('') : '';
  const model: DocumentModel = {
    meta: { title, created: options.now ?? (doc.date ? `${doc.date}T00:00:00Z` : DEFAULT_NOW), language: 'ru-RU' },
    sections,
  };
  const author = doc.authority?.name.join(' ').replace(/\s+/g, ' ').trim();
  if (author) model.meta.author = author;
  return { model, diagnostics: ctx.diagnostics };
}

function planSheet(ctx: ComposeContext, c: RoadmapComparison, p: PlanComparison): Block[] {
  const plan = (p.new ?? p.old)!.plan;
  const version = (r: Roadmap) => ({ kind: r.document.kind, date: r.document.date ?? '', number: r.document.number ?? '', file: r.file });
  const [first = '', ...rest] = ctx.templates.lines('change-sheet-title', {
    plan: { title: plan.title, subtitle: plan.subtitle ?? '', gender: plan.gender },
    old: version(c.old),
    new: version(c.new),
  });
  const blocks: Block[] = [{ ...textParagraph(first, 'title'), keepWithNext: true }];
  for (const line of rest) blocks.push({ ...textParagraph(line, 'subtitle'), keepWithNext: true });
  if (!p.old || !p.new || !p.related) {
    blocks.push(textParagraph(note(ctx, !p.old ? 'plan-added' : !p.new ? 'plan-removed' : 'unrelated', { title: plan.title }), 'body-plain'));
    return blocks;
  }
  const rows: TableRow[] = [];
  const add = (label: string, before: Paragraph[], after: Paragraph[]) =>
    rows.push({
      kind: 'item',
      cantSplit: true,
      cells: [cell([textParagraph(`${rows.length + 1}.`, 'table', { align: 'center' })], 'center'), cell([textParagraph(label, 'table', { align: 'center' })], 'center'), cell(before), cell(after)],
    });
  for (const s of p.sections) if (s.change !== 'unchanged') sectionRow(ctx, s, add);
  const changed = p.rows.filter((r) => r.change !== 'unchanged');
  for (let i = 0; i < changed.length; i++) {
    const r = changed[i]!;
    if (onlyRenumbered(r)) {
      const run: RowComparison[] = [];
      while (i < changed.length && onlyRenumbered(changed[i]!)) run.push(changed[i++]!);
      i--;
      for (const g of renumberRuns(run)) {
        const from = span(g.oldFrom, g.oldTo);
        const to = span(g.newFrom, g.newTo);
        add(from, [notePara(ctx, 'number', { no: from })], [notePara(ctx, 'number', { no: to })]);
      }
      continue;
    }
    rowRow(ctx, c, p, r, add);
  }
  if (rows.length === 0) {
    blocks.push(textParagraph(note(ctx, 'same'), 'body-plain'));
    return blocks;
  }
  const header = ctx.templates.lines('change-sheet-header', {});
  blocks.push({
    type: 'table',
    columns: ctx.theme.changeSheetColumns.map((width) => ({ width })),
    head: [{ kind: 'header', cantSplit: true, cells: header.map((h) => cell([textParagraph(h, 'table-header', { align: 'center' })], 'center')) }],
    repeatHead: 'all',
    rows,
    borders: 'all',
    style: 'table',
  });
  return blocks;
}

type AddRow = (label: string, before: Paragraph[], after: Paragraph[]) => void;

function sectionRow(ctx: ComposeContext, s: SectionComparison, add: AddRow): void {
  const label = (a: string, b?: string) => note(ctx, 'section-label', { no: b !== undefined && b !== a ? `${a || '—'} → ${b || '—'}` : a });
  const title = (t: string) => [textParagraph(t, 'table')];
  if (s.change === 'added') return add(label(s.new!.label), [notePara(ctx, 'absent')], title(s.new!.title));
  if (s.change === 'removed') return add(label(s.old!.label), title(s.old!.title), [notePara(ctx, 'section-removed')]);
  const after = title(s.new!.title);
  if (s.moved) after.push(notePara(ctx, 'moved'));
  add(label(s.old!.label, s.new!.label), title(s.old!.title), after);
}

function rowRow(ctx: ComposeContext, c: RoadmapComparison, p: PlanComparison, r: RowComparison, add: AddRow): void {
  const oldPlan = p.old!.plan;
  const newPlan = p.new!.plan;
  if (r.change === 'added') return add(r.new!.label, [notePara(ctx, 'absent')], wholeRow(c.new, newPlan, alone(newPlan, r.new!)));
  if (r.change === 'removed') return add(r.old!.label, wholeRow(c.old, oldPlan, alone(oldPlan, r.old!)), [notePara(ctx, 'removed')]);
  const label = r.old!.label === r.new!.label ? r.new!.label : `${r.old!.label} → ${r.new!.label}`;
  const before: Paragraph[] = [];
  const after: Paragraph[] = [];
  if (r.moved === 'section') {
    before.push(notePara(ctx, 'section', { title: r.old!.section?.title ?? '' }));
    after.push(notePara(ctx, 'section', { title: r.new!.section?.title ?? '' }));
  } else if (r.moved === 'order') after.push(notePara(ctx, 'moved'));
  for (const f of r.fields) {
    if (f.field === 'no') continue;
    before.push(...fieldParagraphs(f.header, fieldValue(c.old, oldPlan, r.old!.item, f)));
    const shown = fieldParagraphs(f.header, fieldValue(c.new, newPlan, r.new!.item, f));
    const notes = shiftNotes(ctx, f);
    if (notes.length > 0) shown.at(-1)!.runs.push({ text: ` (${notes.join('; ')})`, italic: true });
    after.push(...shown);
  }
  add(label, before, after);
}

const ownersOf = new WeakMap<Plan, MergeOwners>();

/** A whole row stands alone in the sheet: a merged cell shows its run's value. */
function alone(plan: Plan, row: RowEntry): Item {
  let owners = ownersOf.get(plan);
  if (!owners) ownersOf.set(plan, (owners = mergeOwners(plan)));
  return standingAlone(row.item, owners.get(row.original), plan);
}

/** A field's value as the plan prints it, rich text kept. */
function fieldValue(roadmap: Roadmap, plan: Plan, item: Item, f: FieldChange): Paragraph[] {
  switch (f.field) {
    case 'task':
    case 'result':
    case 'info':
      return richToParagraphs(item[f.field], 'table');
    case 'deadline':
      return [textParagraph(deadlineText(item, plan), 'table')];
    case 'executors':
      return [textParagraph(executorsText(item, plan, roadmap), 'table')];
    case 'extra':
      return [textParagraph(extraText(item, f.key ?? ''), 'table')];
    case 'no':
      return [];
  }
}

/** Every field of a row, each after its column's header, in the plan's column order. */
function wholeRow(roadmap: Roadmap, plan: Plan, item: Item): Paragraph[] {
  const out: Paragraph[] = [];
  for (const column of plan.columns) {
    if (column.role === 'number') continue;
    const f = { field: column.role ?? 'extra', key: column.key, header: column.header, old: '', new: '' } as FieldChange;
    const value = fieldValue(roadmap, plan, item, f);
    if (value.some((p) => p.runs.some((run) => run.text.trim() !== ''))) out.push(...fieldParagraphs(column.header, value));
  }
  return out;
}

/** «Header:» in bold before the first paragraph of the value. */
function fieldParagraphs(header: string, value: Paragraph[]): Paragraph[] {
  const paragraphs = orEmpty(value, 'table');
  const lead: Run = { text: `${header}: `, bold: true };
  const first = paragraphs[0]!;
  if (first.bullet) return [{ type: 'paragraph', style: 'table', runs: [lead] }, ...paragraphs];
  first.runs = [lead, ...first.runs];
  return paragraphs;
}

function shiftNotes(ctx: ComposeContext, f: FieldChange): string[] {
  if (!f.shift) return [];
  const { start, end } = f.shift;
  const say = (days: number, part: string) => note(ctx, days > 0 ? 'later' : 'earlier', { days: Math.abs(days), part });
  if (start === end) return [start === 0 ? note(ctx, 'reworded') : say(start, '')];
  return [...(start !== 0 ? [say(start, 'start')] : []), ...(end !== 0 ? [say(end, 'end')] : [])];
}

function note(ctx: ComposeContext, kind: string, data: { title?: string; no?: string; days?: number; part?: string } = {}): string {
  return ctx.templates.text('change-sheet-note', { note: kind, title: '', no: '', days: 0, part: '', ...data });
}

function notePara(ctx: ComposeContext, kind: string, data: { title?: string; no?: string; days?: number; part?: string } = {}): Paragraph {
  const p = textParagraph(note(ctx, kind, data), 'table');
  if (kind !== 'absent' && kind !== 'number') p.runs = p.runs.map((r) => ({ ...r, italic: true }));
  return p;
}

function cell(blocks: Paragraph[], align?: 'center'): TableCell {
  const c: TableCell = { blocks: orEmpty(blocks, 'table') };
  if (align) c.align = align;
  return c;
}

function span(a: string, b: string): string {
  return a === b ? a : `${a}–${b}`;
}
