/**
 * Two versions of a roadmap compared, plan by plan: which rows were added, removed, moved
 * (to another section, or out of order) and which fields changed (task, deadline, executors,
 * result, info, extra columns, the printed number), deadlines shifted in days (a deadline
 * reworded over the same days is a change with a shift of 0 days: it prints as written); which sections
 * were added, removed, renamed or moved. Pure: no disk, no clock.
 *
 * Plans are paired by `id`, a single plan on each side with each other, else by title, else by
 * position. Rows are paired by `id` and, where ids are missing, by their task text
 * (match-rows.ts); sections by id, title or the rows they hold (match-sections.ts). A plan pair
 * that shares almost no rows is `related: false` (two different plans, not two versions): callers
 * say so instead of listing a meaningless difference (`diff-unrelated`, `amends-unrelated`).
 *
 * The result keeps the rows and sections themselves (the amending order prints them); `diffJson`
 * (diff-json.ts) is its stable, documented projection.
 */
import { COLUMN_DEFAULTS } from '../load/normalise/columns.js';
import type { Column, Plan, Roadmap } from '../model/roadmap.js';
import type { ColumnRole } from '../model/roadmap-input.js';
import { daysBetween } from '../text/calendar.js';
import { plainText } from '../compose/rich-text.js';
import { matchRows, type RowPair } from './match-rows.js';
import { matchSections, type SectionMatching } from './match-sections.js';
import { movedIndices } from './order-moves.js';
import { planRows, type PlanRows, type RowEntry, type SectionEntry } from './plan-rows.js';
import {
  deadlineKey, deadlineSpan, deadlineText, executorKey, executorText, executorsText, extraText, richMarkup, type RowField,
} from './row-fields.js';

/**
 * A plan pair is taken for two versions of one plan when at least this share of the rows of the
 * larger one found a partner; below it, for two different plans (when both have
 * `UNRELATED_MIN_ROWS` rows or more: a tiny plan rewritten is still a version).
 */
export const RELATED_SHARE = 0.2;
export const UNRELATED_MIN_ROWS = 3;

export interface FieldChange {
  field: RowField;
  /** The extra column's key (field `extra`). */
  key?: string;
  /** The column's header as the plan prints it («Сроки реализации»); «№ п/п» for the number. */
  header: string;
  /** As printed: rich text in its markup, the deadline in the plan's style, executors' names. */
  old: string;
  new: string;
  /**
   * Deadlines: days the start and the end of the span moved (positive: later), when both have one;
   * `{start: 0, end: 0}` for the same days written otherwise.
   */
  shift?: { start: number; end: number };
  /** Executors: names that came and went. */
  added?: string[];
  removed?: string[];
}

export type RowChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface RowComparison {
  change: RowChangeKind;
  old?: RowEntry;
  new?: RowEntry;
  /** How the pair was found. */
  match?: 'id' | 'content';
  /** For a pair found by content: how alike the task texts are (0.5…1). */
  similarity?: number;
  /** The row stands in another section now, or out of the order of the others. */
  moved?: 'section' | 'order';
  /** Changed fields, in column order; the number last. */
  fields: FieldChange[];
}

export interface SectionComparison {
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  old?: SectionEntry;
  new?: SectionEntry;
  match?: 'id' | 'title' | 'rows';
  renamed: boolean;
  moved: boolean;
  /** The printed number changed («3» → «2»). */
  renumbered: boolean;
}

export interface DiffCounts {
  oldRows: number;
  newRows: number;
  unchanged: number;
  /** Rows with a changed field other than the number. */
  changed: number;
  moved: number;
  /** Rows whose only change is their number. */
  renumbered: number;
  added: number;
  removed: number;
  matchedByContent: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  sectionsRenamed: number;
  sectionsMoved: number;
}

export interface PlanComparison {
  old?: PlanRows;
  new?: PlanRows;
  /** How the plans were paired (absent for a plan only one version has). */
  match?: 'id' | 'only' | 'title' | 'position';
  /** Rows in reading order: the new version's, each removed row after the rows it followed. */
  rows: RowComparison[];
  /** Sections the same way. */
  sections: SectionComparison[];
  /** False when the two plans share almost no rows (see `RELATED_SHARE`). */
  related: boolean;
  counts: DiffCounts;
}

export interface RoadmapComparison {
  old: Roadmap;
  new: Roadmap;
  plans: PlanComparison[];
  counts: DiffCounts;
}

export function compareRoadmaps(oldRoadmap: Roadmap, newRoadmap: Roadmap): RoadmapComparison {
  const plans = pairPlans(oldRoadmap.plans, newRoadmap.plans).map(({ old, neu, match }) => comparePlans(oldRoadmap, newRoadmap, old, neu, match));
  const counts = emptyCounts();
  for (const p of plans) addCounts(counts, p.counts);
  return { old: oldRoadmap, new: newRoadmap, plans, counts };
}

/** Whether the comparison found any difference at all. */
export function hasDifferences(c: RoadmapComparison): boolean {
  return c.plans.some((p) => !p.old || !p.new || p.rows.some((r) => r.change !== 'unchanged') || p.sections.some((s) => s.change !== 'unchanged'));
}

export function pairPlans(oldPlans: readonly Plan[], newPlans: readonly Plan[]): { old?: Plan; neu?: Plan; match?: PlanComparison['match'] }[] {
  const out: { old?: Plan; neu?: Plan; match?: PlanComparison['match'] }[] = [];
  const oldFree = new Set(oldPlans);
  const newFree = new Set(newPlans);
  const take = (o: Plan, n: Plan, match: PlanComparison['match']) => {
    out.push({ old: o, neu: n, match });
    oldFree.delete(o);
    newFree.delete(n);
  };
  for (const o of oldPlans) {
    const n = o.id === undefined ? undefined : newPlans.find((x) => x.id === o.id);
    if (n) take(o, n, 'id');
  }
  const mayPair = (o: Plan, n: Plan) => o.id === undefined || n.id === undefined;
  if (oldFree.size === 1 && newFree.size === 1) {
    const [o] = oldFree;
    const [n] = newFree;
    if (mayPair(o!, n!)) take(o!, n!, oldPlans.length === 1 && newPlans.length === 1 ? 'only' : 'position');
  }
  const heading = (p: Plan) => `${p.title} ${p.subtitle ?? ''}`.replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru-RU');
  for (const o of [...oldFree]) {
    const n = [...newFree].find((x) => mayPair(o, x) && heading(x) === heading(o));
    if (n) take(o, n, 'title');
  }
  const rest = [...newFree];
  for (const o of [...oldFree]) {
    const n = rest.find((x) => newFree.has(x) && mayPair(o, x) && x.index === o.index);
    if (n) take(o, n, 'position');
  }
  for (const o of oldFree) out.push({ old: o });
  for (const n of newFree) out.push({ neu: n });
  const order = (x: { old?: Plan; neu?: Plan }) => (x.neu ? x.neu.index : x.old!.index + 0.5);
  return out.sort((a, b) => order(a) - order(b));
}

function comparePlans(oldRoadmap: Roadmap, newRoadmap: Roadmap, oldPlan: Plan | undefined, newPlan: Plan | undefined, match: PlanComparison['match']): PlanComparison {
  const empty: PlanRows = { plan: (newPlan ?? oldPlan)!, rows: [], sections: [] };
  const o = oldPlan ? planRows(oldPlan) : empty;
  const n = newPlan ? planRows(newPlan) : empty;
  const rowMatching = matchRows(o, n);
  const sectionMatching = matchSections(o, n, rowMatching.pairs);
  const moved = rowMoves(rowMatching.pairs, sectionMatching);

  const compared = new Map<RowEntry, RowComparison>();
  for (const pair of rowMatching.pairs) {
    const fields = oldPlan && newPlan ? fieldChanges(oldRoadmap, newRoadmap, oldPlan, newPlan, pair) : [];
    const r: RowComparison = { change: 'unchanged', old: pair.old, new: pair.new, match: pair.by, fields };
    if (pair.by === 'content' && pair.similarity < 1) r.similarity = Math.round(pair.similarity * 100) / 100;
    const m = moved.get(pair);
    if (m) r.moved = m;
    if (fields.length > 0 || m) r.change = 'changed';
    compared.set(pair.new, r);
  }
  const rows = interleave(
    n.rows.map((row) => compared.get(row) ?? { change: 'added' as const, new: row, fields: [] }),
    rowMatching.removed.map((row) => ({ change: 'removed' as const, old: row, fields: [] })),
  );
  const sections = compareSections(n, sectionMatching);

  const counts = emptyCounts();
  counts.oldRows = o.rows.length;
  counts.newRows = n.rows.length;
  for (const r of rows) {
    if (r.change === 'added') counts.added++;
    else if (r.change === 'removed') counts.removed++;
    else {
      if (r.match === 'content') counts.matchedByContent++;
      if (r.change === 'unchanged') counts.unchanged++;
      if (r.moved) counts.moved++;
      const own = r.fields.filter((f) => f.field !== 'no');
      if (own.length > 0) counts.changed++;
      else if (r.fields.length > 0 && !r.moved) counts.renumbered++;
    }
  }
  for (const s of sections) {
    if (s.change === 'added') counts.sectionsAdded++;
    if (s.change === 'removed') counts.sectionsRemoved++;
    if (s.renamed) counts.sectionsRenamed++;
    if (s.moved) counts.sectionsMoved++;
  }
  const larger = Math.max(o.rows.length, n.rows.length);
  const related =
    !oldPlan || !newPlan || Math.min(o.rows.length, n.rows.length) < UNRELATED_MIN_ROWS || rowMatching.pairs.length >= RELATED_SHARE * larger;
  const out: PlanComparison = { rows, sections, related, counts };
  if (oldPlan) out.old = o;
  if (newPlan) out.new = n;
  if (match) out.match = match;
  return out;
}

/**
 * Rows that moved: to a section that is not the partner of their old one (or between a section
 * and the top level), or, among the rows kept in one section, out of their order.
 */
function rowMoves(pairs: readonly RowPair[], sections: SectionMatching): Map<RowPair, 'section' | 'order'> {
  const moved = new Map<RowPair, 'section' | 'order'>();
  const bySection = new Map<SectionEntry | undefined, RowPair[]>();
  for (const p of pairs) {
    const stays = p.old.section ? sections.partner.get(p.old.section) === p.new.section : p.new.section === undefined;
    if (!stays) {
      moved.set(p, 'section');
      continue;
    }
    const list = bySection.get(p.new.section) ?? [];
    list.push(p);
    bySection.set(p.new.section, list);
  }
  for (const list of bySection.values()) {
    // `pairs` come in old order.
    for (const i of movedIndices(list.map((p) => p.new.position))) moved.set(list[i]!, 'order');
  }
  return moved;
}

function compareSections(n: PlanRows, m: SectionMatching): SectionComparison[] {
  const movedPairs = movedIndices(m.pairs.map((p) => p.new.position));
  const byNew = new Map<SectionEntry, SectionComparison>();
  m.pairs.forEach((p, i) => {
    const parentStays = p.old.parent ? m.partner.get(p.old.parent) === p.new.parent : p.new.parent === undefined;
    const renamed = richMarkup(p.old.group.title) !== richMarkup(p.new.group.title);
    const moved = movedPairs.has(i) || !parentStays;
    const renumbered = p.old.label !== p.new.label;
    byNew.set(p.new, {
      change: renamed || moved || renumbered ? 'changed' : 'unchanged', old: p.old, new: p.new, match: p.by, renamed, moved, renumbered,
    });
  });
  return interleave(
    n.sections.map((s) => byNew.get(s) ?? { change: 'added' as const, new: s, renamed: false, moved: false, renumbered: false }),
    m.removed.map((s) => ({ change: 'removed' as const, old: s, renamed: false, moved: false, renumbered: false })),
  );
}

/**
 * The new version's entries in order, each entry only the old version has placed after the
 * entries that followed its old predecessors: the order a reader expects.
 */
function interleave<T extends { old?: { position: number }; new?: unknown }>(current: T[], gone: T[]): T[] {
  const out: T[] = [];
  let g = 0;
  for (const entry of current) {
    const oldAt = entry.old?.position;
    if (oldAt !== undefined) while (g < gone.length && gone[g]!.old!.position < oldAt) out.push(gone[g++]!);
    out.push(entry);
  }
  while (g < gone.length) out.push(gone[g++]!);
  return out;
}

const FIELD_ORDER: ColumnRole[] = ['task', 'deadline', 'executors', 'result', 'info'];

function fieldChanges(oldRoadmap: Roadmap, newRoadmap: Roadmap, oldPlan: Plan, newPlan: Plan, pair: RowPair): FieldChange[] {
  const a = pair.old.item;
  const b = pair.new.item;
  const header = (role: ColumnRole) => headerOf(newPlan.columns, role) ?? headerOf(oldPlan.columns, role) ?? COLUMN_DEFAULTS[role].header;
  const out: FieldChange[] = [];
  // In the new plan's column order, columns it does not print last.
  const order = [...newPlan.columns.map((c) => c.role ?? `extra:${c.key}`), ...FIELD_ORDER, ...Object.keys({ ...a.extra, ...b.extra }).map((k) => `extra:${k}`)];
  const seen = new Set<string>();
  for (const entry of order) {
    if (seen.has(entry) || entry === 'number') continue;
    seen.add(entry);
    if (entry.startsWith('extra:')) {
      const key = entry.slice('extra:'.length);
      const before = extraText(a, key);
      const after = extraText(b, key);
      if (before !== after) {
        const h = newPlan.columns.find((c) => !c.role && c.key === key)?.header ?? oldPlan.columns.find((c) => !c.role && c.key === key)?.header ?? key;
        out.push({ field: 'extra', key, header: h, old: before, new: after });
      }
      continue;
    }
    const role = entry as ColumnRole;
    switch (role) {
      case 'task':
      case 'result':
      case 'info': {
        const before = richMarkup(a[role]);
        const after = richMarkup(b[role]);
        if (before !== after) out.push({ field: role, header: header(role), old: before, new: after });
        break;
      }
      case 'deadline': {
        // Deadlines print as written: another wording of the same days («до 01.03.2022» →
        // «не позднее 01.03.2022») is a change of the printed row, with a shift of 0 days.
        const printed = { old: deadlineText(a, oldPlan), new: deadlineText(b, newPlan) };
        if (deadlineKey(a) === deadlineKey(b) && printed.old === printed.new) break;
        const change: FieldChange = { field: 'deadline', header: header('deadline'), ...printed };
        const before = deadlineSpan(a.deadline, oldPlan);
        const after = deadlineSpan(b.deadline, newPlan);
        if (before && after) change.shift = { start: daysBetween(before.from, after.from), end: daysBetween(before.to, after.to) };
        out.push(change);
        break;
      }
      case 'executors': {
        const before = a.executors.map(executorKey);
        const after = b.executors.map(executorKey);
        if (before.join('\n') === after.join('\n')) break;
        const beforeSet = new Set(before);
        const afterSet = new Set(after);
        const change: FieldChange = {
          field: 'executors',
          header: header('executors'),
          old: executorsText(a, oldPlan, oldRoadmap),
          new: executorsText(b, newPlan, newRoadmap),
        };
        const added = b.executors.filter((r) => !beforeSet.has(executorKey(r))).map((r) => executorText(r, newRoadmap));
        const removed = a.executors.filter((r) => !afterSet.has(executorKey(r))).map((r) => executorText(r, oldRoadmap));
        if (added.length > 0) change.added = added;
        if (removed.length > 0) change.removed = removed;
        out.push(change);
        break;
      }
      default:
        break;
    }
  }
  if (pair.old.label !== pair.new.label) {
    out.push({ field: 'no', header: header('number'), old: pair.old.label, new: pair.new.label });
  }
  return out;
}

function headerOf(columns: readonly Column[], role: ColumnRole): string | undefined {
  return columns.find((c) => c.role === role)?.header;
}

function emptyCounts(): DiffCounts {
  return {
    oldRows: 0, newRows: 0, unchanged: 0, changed: 0, moved: 0, renumbered: 0, added: 0, removed: 0, matchedByContent: 0,
    sectionsAdded: 0, sectionsRemoved: 0, sectionsRenamed: 0, sectionsMoved: 0,
  };
}

function addCounts(into: DiffCounts, from: DiffCounts): void {
  for (const k of Object.keys(into) as (keyof DiffCounts)[]) into[k] += from[k];
}

/** The task of a compared row as plain text (the new version's, else the old one's). */
export function rowTask(r: RowComparison): string {
  return plainText((r.new ?? r.old)!.item.task);
}
