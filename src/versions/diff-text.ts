/**
 * A comparison as people read it (`plangraf diff`, Russian by default, English with
 * `--lang en`): per plan a summary line, then the sections and the rows that changed, each with
 * its changed fields as «было → стало» and deadlines shifted in days; rows whose only change is
 * their number are said once per run («перенумерованы п. 42–47 → 41–46»). A plan pair that shares
 * almost no rows gets its summary only (its diagnostic `diff-unrelated` says why).
 *
 *   План «План-график»: строк было 47, стало 47; изменено 3, добавлено 1, исключено 1, …
 *     ~ п. 20 «Участие в конкурсе среди общеобразовательных учреждений…»
 *         Сроки реализации: 01.03.2022 – 30.04.2022 → 01.03.2022 – 31.05.2022 (окончание позже на 31 день)
 *         Сроки реализации: до 01.03.2022 → не позднее 01.03.2022 (срок тот же, изменена формулировка)
 */
import type { Language } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { NO_POSITION } from '../diagnostics/create.js';
import { pluralEn, pluralRu } from '../text/quantities.js';
import type { DiffCounts, FieldChange, PlanComparison, RoadmapComparison, RowComparison, SectionComparison } from './compare.js';
import { rowTask } from './compare.js';
import { versionDiagnostic } from './messages.js';
import { onlyRenumbered, renumberRuns } from './renumber-runs.js';

/** Task texts in row headings are cut to this many characters. */
const TASK_WIDTH = 80;

/** `diff-unrelated` for every plan pair that shares almost no rows, at the new plan. */
export function diffDiagnostics(c: RoadmapComparison, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of c.plans) {
    if (p.related || !p.new) continue;
    const loc = p.new.plan.loc;
    out.push(versionDiagnostic('diff-unrelated', lang, loc?.file ?? c.new.file, loc ?? NO_POSITION, {
      plan: p.new.plan.title, old: p.counts.oldRows, new: p.counts.newRows, matched: p.counts.oldRows - p.counts.removed,
    }));
  }
  return out;
}

export function formatDiffText(c: RoadmapComparison, lang: Language = 'ru'): string {
  const w = WORDS[lang];
  const lines: string[] = [w.versions(c.old.file, c.new.file)];
  for (const p of c.plans) lines.push('', ...planLines(p, w, lang));
  if (!c.plans.some((p) => !p.old || !p.new || p.rows.some((r) => r.change !== 'unchanged') || p.sections.some((s) => s.change !== 'unchanged'))) {
    lines.push('', w.same);
  }
  return lines.join('\n');
}

function planLines(p: PlanComparison, w: Words, lang: Language): string[] {
  const title = (p.new ?? p.old)!.plan.title;
  if (!p.old) return [w.planAdded(title, p.counts.newRows)];
  if (!p.new) return [w.planRemoved(title, p.counts.oldRows)];
  const out = [w.planSummary(title, p.counts)];
  if (!p.related) return [...out, `  ${w.unrelated}`];
  for (const s of p.sections) if (s.change !== 'unchanged') out.push(`  ${sectionLine(s, w)}`);
  const rows = p.rows.filter((r) => r.change !== 'unchanged');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (onlyRenumbered(r)) {
      const run: RowComparison[] = [];
      while (i < rows.length && onlyRenumbered(rows[i]!)) run.push(rows[i++]!);
      i--;
      for (const g of renumberRuns(run)) {
        out.push(`  # ${g.rows.length === 1 ? w.renumberedOne(g.oldFrom, g.newFrom) : w.renumbered(g.oldFrom, g.oldTo, g.newFrom, g.newTo, g.rows.length)}`);
      }
      continue;
    }
    out.push(...rowLines(r, w, lang));
  }
  return out;
}

function sectionLine(s: SectionComparison, w: Words): string {
  if (s.change === 'added') return `+ ${w.sectionAdded(s.new!.label, s.new!.title)}`;
  if (s.change === 'removed') return `- ${w.sectionRemoved(s.old!.label, s.old!.title)}`;
  const parts: string[] = [];
  if (s.renamed) parts.push(w.sectionRenamed(s.old!.title, s.new!.title));
  if (s.moved) parts.push(w.sectionMoved);
  if (s.renumbered) parts.push(w.sectionRenumbered(s.old!.label, s.new!.label));
  return `~ ${w.section(s.new!.label || s.old!.label, s.new!.title)}: ${parts.join('; ')}`;
}

function rowLines(r: RowComparison, w: Words, lang: Language): string[] {
  const task = cut(rowTask(r));
  const id = (r.new ?? r.old)!.item.id;
  const label = (r.new ?? r.old)!.label;
  const tags: string[] = [];
  if (id !== undefined) tags.push(`id ${id}`);
  if (r.match === 'content') tags.push(r.similarity !== undefined ? w.byContentAlike(r.similarity) : w.byContent);
  const suffix = tags.length > 0 ? ` (${tags.join(', ')})` : '';
  if (r.change === 'added') return [`  + ${w.row(label)} «${task}»${suffix}: ${w.added}`];
  if (r.change === 'removed') return [`  - ${w.row(label)} «${task}»${suffix}: ${w.removed}`];
  const out = [`  ~ ${w.row(r.old!.label === r.new!.label ? label : `${r.old!.label} → ${r.new!.label}`)} «${task}»${suffix}`];
  if (r.moved === 'section') {
    out.push(`      ${w.movedSection(r.old!.section?.title, r.new!.section?.title)}`);
  } else if (r.moved === 'order') out.push(`      ${w.movedOrder}`);
  for (const f of r.fields) if (f.field !== 'no') out.push(...fieldLines(f, w, lang));
  return out;
}

/** A field by the plan's column header in Russian output, by its key in English output. */
function fieldLabel(f: FieldChange, lang: Language): string {
  if (lang === 'ru') return f.header;
  return f.field === 'extra' ? (f.key ?? 'extra') : f.field;
}

function fieldLines(f: FieldChange, w: Words, lang: Language): string[] {
  const label = fieldLabel(f, lang);
  const notes: string[] = [];
  if (f.shift) notes.push(...w.shift(f.shift));
  if (f.added) notes.push(w.executorsAdded(f.added));
  if (f.removed) notes.push(w.executorsRemoved(f.removed));
  const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const before = f.old === '' ? w.empty : f.old;
  const after = f.new === '' ? w.empty : f.new;
  if (!before.includes('\n') && !after.includes('\n') && before.length + after.length <= 120) {
    return [`      ${label}: ${before} → ${after}${note}`];
  }
  const indent = (s: string) => s.split('\n').map((l) => `          ${l}`);
  return [`      ${label}${note}:`, `        ${w.was}:`, ...indent(before), `        ${w.now}:`, ...indent(after)];
}

function cut(s: string): string {
  return s.length <= TASK_WIDTH ? s : `${s.slice(0, TASK_WIDTH - 1).trimEnd()}…`;
}

interface Words {
  versions(a: string, b: string): string;
  same: string;
  planAdded(title: string, rows: number): string;
  planRemoved(title: string, rows: number): string;
  planSummary(title: string, c: DiffCounts): string;
  unrelated: string;
  section(no: string, title: string): string;
  sectionAdded(no: string, title: string): string;
  sectionRemoved(no: string, title: string): string;
  sectionRenamed(a: string, b: string): string;
  sectionMoved: string;
  sectionRenumbered(a: string, b: string): string;
  row(label: string): string;
  added: string;
  removed: string;
  byContent: string;
  byContentAlike(s: number): string;
  movedSection(from: string | undefined, to: string | undefined): string;
  movedOrder: string;
  renumbered(oldFrom: string, oldTo: string, newFrom: string, newTo: string, n: number): string;
  renumberedOne(a: string, b: string): string;
  shift(s: { start: number; end: number }): string[];
  executorsAdded(names: string[]): string;
  executorsRemoved(names: string[]): string;
  empty: string;
  was: string;
  now: string;
}

const dash = (a: string, b: string) => (a === b ? a : `${a}–${b}`);

const WORDS: Record<Language, Words> = {
  ru: {
    versions: (a, b) => `Сравнение версий: ${a} → ${b}`,
    same: 'Различий нет.',
    planAdded: (t, n) => `План «${t}» добавлен: ${pluralRu(n, 'строка', 'строки', 'строк')}.`,
    planRemoved: (t, n) => `План «${t}» исключён: было ${pluralRu(n, 'строка', 'строки', 'строк')}.`,
    planSummary: (t, c) => {
      const parts = [
        c.changed && `изменено ${c.changed}`, c.added && `добавлено ${c.added}`, c.removed && `исключено ${c.removed}`,
        c.moved && `перемещено ${c.moved}`, c.renumbered && `перенумеровано ${c.renumbered}`, `без изменений ${c.unchanged}`,
      ].filter(Boolean);
      const sections = [
        c.sectionsAdded && `добавлено ${c.sectionsAdded}`, c.sectionsRemoved && `исключено ${c.sectionsRemoved}`,
        c.sectionsRenamed && `переименовано ${c.sectionsRenamed}`, c.sectionsMoved && `перемещено ${c.sectionsMoved}`,
      ].filter(Boolean);
      const byContent = c.matchedByContent
        ? `; ${pluralRu(c.matchedByContent, 'строка сопоставлена', 'строки сопоставлены', 'строк сопоставлено')} по тексту (без id)`
        : '';
      return `План «${t}»: строк было ${c.oldRows}, стало ${c.newRows}; ${parts.join(', ')}${sections.length ? `; разделов: ${sections.join(', ')}` : ''}${byContent}.`;
    },
    unrelated: 'Планы почти не совпадают — построчное сравнение не выводится.',
    section: (no, t) => `раздел ${no ? `${no} ` : ''}«${t}»`,
    sectionAdded: (no, t) => `раздел ${no ? `${no} ` : ''}«${t}»: добавлен`,
    sectionRemoved: (no, t) => `раздел ${no ? `${no} ` : ''}«${t}»: исключён`,
    sectionRenamed: (a, b) => `переименован: «${a}» → «${b}»`,
    sectionMoved: 'перемещён',
    sectionRenumbered: (a, b) => `номер ${a || '—'} → ${b || '—'}`,
    row: (label) => (label ? `п. ${label}` : 'строка без номера'),
    added: 'добавлен',
    removed: 'исключён',
    byContent: 'сопоставлен по тексту',
    byContentAlike: (s) => `сопоставлен по тексту, сходство ${String(s).replace('.', ',')}`,
    movedSection: (a, b) => `перемещён: ${a ? `из раздела «${a}»` : 'с верхнего уровня'} ${b ? `в раздел «${b}»` : 'на верхний уровень'}`,
    movedOrder: 'перемещён: стоит в другом порядке',
    renumbered: (a, b, c, d, n) => `перенумерованы п. ${dash(a, b)} → ${dash(c, d)} (${pluralRu(n, 'строка', 'строки', 'строк')})`,
    renumberedOne: (a, b) => `перенумерован п. ${a} → ${b}`,
    shift: ({ start, end }) => {
      const days = (n: number) => pluralRu(Math.abs(n), 'день', 'дня', 'дней');
      const dir = (n: number) => (n > 0 ? `позже на ${days(n)}` : `раньше на ${days(n)}`);
      if (start === end) return start === 0 ? ['срок тот же, изменена формулировка'] : [`срок ${dir(start)}`];
      const out: string[] = [];
      if (start !== 0) out.push(`начало ${dir(start)}`);
      if (end !== 0) out.push(`окончание ${dir(end)}`);
      return out;
    },
    executorsAdded: (n) => `добавлены: ${n.join(', ')}`,
    executorsRemoved: (n) => `исключены: ${n.join(', ')}`,
    empty: '(пусто)',
    was: 'было',
    now: 'стало',
  },
  en: {
    versions: (a, b) => `Versions compared: ${a} → ${b}`,
    same: 'No differences.',
    planAdded: (t, n) => `Plan “${t}” added: ${pluralEn(n, 'row', 'rows')}.`,
    planRemoved: (t, n) => `Plan “${t}” removed: it had ${pluralEn(n, 'row', 'rows')}.`,
    planSummary: (t, c) => {
      const parts = [
        c.changed && `${c.changed} changed`, c.added && `${c.added} added`, c.removed && `${c.removed} removed`,
        c.moved && `${c.moved} moved`, c.renumbered && `${c.renumbered} renumbered`, `${c.unchanged} unchanged`,
      ].filter(Boolean);
      const sections = [
        c.sectionsAdded && `${c.sectionsAdded} added`, c.sectionsRemoved && `${c.sectionsRemoved} removed`,
        c.sectionsRenamed && `${c.sectionsRenamed} renamed`, c.sectionsMoved && `${c.sectionsMoved} moved`,
      ].filter(Boolean);
      const byContent = c.matchedByContent ? `; ${pluralEn(c.matchedByContent, 'row', 'rows')} matched by task text (no id)` : '';
      return `Plan “${t}”: ${c.oldRows} rows before, ${c.newRows} now; ${parts.join(', ')}${sections.length ? `; sections: ${sections.join(', ')}` : ''}${byContent}.`;
    },
    unrelated: 'The plans have almost nothing in common: no row-by-row difference is shown.',
    section: (no, t) => `section ${no ? `${no} ` : ''}“${t}”`,
    sectionAdded: (no, t) => `section ${no ? `${no} ` : ''}“${t}”: added`,
    sectionRemoved: (no, t) => `section ${no ? `${no} ` : ''}“${t}”: removed`,
    sectionRenamed: (a, b) => `renamed: “${a}” → “${b}”`,
    sectionMoved: 'moved',
    sectionRenumbered: (a, b) => `number ${a || '—'} → ${b || '—'}`,
    row: (label) => (label ? `row ${label}` : 'unnumbered row'),
    added: 'added',
    removed: 'removed',
    byContent: 'matched by text',
    byContentAlike: (s) => `matched by text, similarity ${s}`,
    movedSection: (a, b) => `moved ${a ? `from section “${a}”` : 'from the top level'} ${b ? `to section “${b}”` : 'to the top level'}`,
    movedOrder: 'moved: stands in another order',
    renumbered: (a, b, c, d, n) => `renumbered rows ${dash(a, b)} → ${dash(c, d)} (${pluralEn(n, 'row', 'rows')})`,
    renumberedOne: (a, b) => `renumbered row ${a} → ${b}`,
    shift: ({ start, end }) => {
      const days = (n: number) => pluralEn(Math.abs(n), 'day', 'days');
      const dir = (n: number) => (n > 0 ? `${days(n)} later` : `${days(n)} earlier`);
      if (start === end) return start === 0 ? ['same days, wording changed'] : [`deadline ${dir(start)}`];
      const out: string[] = [];
      if (start !== 0) out.push(`start ${dir(start)}`);
      if (end !== 0) out.push(`end ${dir(end)}`);
      return out;
    },
    executorsAdded: (n) => `added: ${n.join(', ')}`,
    executorsRemoved: (n) => `removed: ${n.join(', ')}`,
    empty: '(empty)',
    was: 'before',
    now: 'now',
  },
};
