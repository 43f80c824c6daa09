/**
 * How a plan stands on a date: the state of each row, which rows are overdue, and the figures
 * per section, per plan and in total that the status report prints («Информация о ходе
 * реализации плана-графика по состоянию на …»). Pure: a loaded roadmap and a date in, data out.
 *
 * The rules (README «Execution status»):
 * - a row's state is its `execution.status`, or `unknown` («нет сведений») when it has none;
 * - a row is due by the last day of its deadline's interval (src/text/deadline-interval.ts, the
 *   plan period filling in a missing year); a postponed row by its `postponedTo` when given;
 * - a row is overdue when it is neither done nor cancelled and the day it was due is before the
 *   as-of date (due on the as-of date itself is not overdue yet); days overdue are counted by
 *   the calendar (luxon, src/text/calendar.ts);
 * - a row that is neither done nor cancelled and whose deadline has no interval (free text,
 *   «по мере необходимости» in a plan without a period, no deadline at all) is «без срока»:
 *   counted and reported, never guessed overdue or not;
 * - % done is done ÷ (rows − cancelled rows), rounded to a whole percent (halves up); none
 *   when every row is cancelled.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../model/deadline.js';
import type { ExecutionStatus } from '../model/execution-status.js';
import type { Group, Item, Plan, PlanEntry, Roadmap } from '../model/roadmap.js';
import { numberEntries } from '../compose/numbering.js';
import { daysBetween } from '../text/calendar.js';
import { deadlineInterval } from '../text/deadline-interval.js';
import { formatDate } from '../text/russian-date.js';
import { executionDiagnostic } from './messages.js';

/** A row's state: its recorded status, or `unknown` when nothing is recorded. */
export type RowState = ExecutionStatus | 'unknown';

export interface AssessedItem {
  type: 'item';
  item: Item;
  /** The row number as printed in the plan («1.5.»), when it has one. */
  no?: string;
  state: RowState;
  /** The last day the row was due (its deadline, or the new one when postponed); absent: no interval. */
  due?: IsoDate;
  /** Neither done nor cancelled, and due before the as-of date. */
  overdue: boolean;
  /** Days from the day it was due to the as-of date, when overdue. */
  daysOverdue?: number;
  /** Neither done nor cancelled, and no day it was due («без срока»). */
  noDeadline: boolean;
}

export interface AssessedGroup {
  type: 'group';
  group: Group;
  /** The group's number as printed («1.»), when numbered. */
  no?: string;
  entries: AssessedEntry[];
  tally: Tally;
}

export type AssessedEntry = AssessedGroup | AssessedItem;

/** Figures of a set of rows. */
export interface Tally {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  postponed: number;
  cancelled: number;
  unknown: number;
  overdue: number;
  noDeadline: number;
  /** done ÷ (total − cancelled), a whole percent; absent when every row is cancelled (or there is none). */
  percentDone?: number;
  /** Numbers of the overdue rows, as printed without the final dot («1.5»), in plan order. */
  overdueNos: string[];
}

export interface PlanAssessment {
  plan: Plan;
  entries: AssessedEntry[];
  tally: Tally;
}

export interface ExecutionAssessment {
  asOf: IsoDate;
  plans: PlanAssessment[];
  /** Over every plan of the roadmap. */
  tally: Tally;
  /** Rows done after the as-of date (`execution-done-after-as-of`). */
  diagnostics: Diagnostic[];
}

export function emptyTally(): Tally {
  return { total: 0, done: 0, inProgress: 0, notStarted: 0, postponed: 0, cancelled: 0, unknown: 0, overdue: 0, noDeadline: 0, overdueNos: [] };
}

/** The figures of rows taken together (plans of a roadmap, municipalities of a region). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const t = emptyTally();
  for (const x of tallies) {
    t.total += x.total;
    t.done += x.done;
    t.inProgress += x.inProgress;
    t.notStarted += x.notStarted;
    t.postponed += x.postponed;
    t.cancelled += x.cancelled;
    t.unknown += x.unknown;
    t.overdue += x.overdue;
    t.noDeadline += x.noDeadline;
    t.overdueNos.push(...x.overdueNos);
  }
  return withPercent(t);
}

/** Whole percent, halves up: 1 of 8 → 13, 2 of 3 → 67. */
export function wholePercent(part: number, whole: number): number {
  return Math.floor((part * 100) / whole + 0.5);
}

function withPercent(t: Tally): Tally {
  const counted = t.total - t.cancelled;
  if (counted > 0) t.percentDone = wholePercent(t.done, counted);
  else delete t.percentDone;
  return t;
}

function countItem(t: Tally, a: AssessedItem): void {
  t.total++;
  switch (a.state) {
    case 'done':
      t.done++;
      break;
    case 'in-progress':
      t.inProgress++;
      break;
    case 'not-started':
      t.notStarted++;
      break;
    case 'postponed':
      t.postponed++;
      break;
    case 'cancelled':
      t.cancelled++;
      break;
    case 'unknown':
      t.unknown++;
      break;
  }
  if (a.overdue) {
    t.overdue++;
    if (a.no !== undefined && a.no !== '') t.overdueNos.push(a.no.replace(/\.$/, ''));
  }
  if (a.noDeadline) t.noDeadline++;
}

/** The state of one row on `asOf`. */
export function assessItem(plan: Plan, item: Item, asOf: IsoDate): AssessedItem {
  const state: RowState = item.execution?.status ?? 'unknown';
  const out: AssessedItem = { type: 'item', item, state, overdue: false, noDeadline: false };
  if (item.no !== undefined) out.no = item.no;
  const postponedTo = state === 'postponed' ? item.execution?.postponedTo : undefined;
  const interval = postponedTo === undefined && item.deadline ? deadlineInterval(item.deadline, plan.period) : null;
  const due = postponedTo ?? interval?.to;
  if (due !== undefined) out.due = due;
  if (state === 'done' || state === 'cancelled') return out;
  if (due === undefined) out.noDeadline = true;
  else if (due < asOf) {
    out.overdue = true;
    out.daysOverdue = daysBetween(due, asOf);
  }
  return out;
}

/** The state of every row of a roadmap on `asOf` (an ISO date), with the figures. */
export function assessExecution(roadmap: Roadmap, asOf: IsoDate, lang: Language = 'ru'): ExecutionAssessment {
  const diagnostics: Diagnostic[] = [];
  const plans = roadmap.plans.map((plan): PlanAssessment => {
    const tally = emptyTally();
    const walk = (entries: readonly PlanEntry[], tallies: Tally[]): AssessedEntry[] =>
      entries.map((entry): AssessedEntry => {
        if (entry.type === 'group') {
          const own = emptyTally();
          const group: AssessedGroup = { type: 'group', group: entry, entries: walk(entry.entries, [...tallies, own]), tally: withPercent(own) };
          if (entry.no !== undefined) group.no = entry.no;
          return group;
        }
        const assessed = assessItem(plan, entry, asOf);
        for (const t of tallies) countItem(t, assessed);
        const done = entry.execution?.done;
        if (assessed.state === 'done' && done !== undefined && done > asOf) {
          const loc = entry.execution!.doneLoc ?? entry.loc;
          diagnostics.push(executionDiagnostic('execution-done-after-as-of', lang, loc?.file ?? roadmap.file, loc ?? { line: 0, column: 0 }, {
            done: formatDate(done, 'numeric'), asOf: formatDate(asOf, 'numeric'),
          }));
        }
        return assessed;
      });
    const entries = walk(printedNumbers(plan), [tally]);
    return { plan, entries, tally: withPercent(tally) };
  });
  return { asOf, plans, tally: sumTallies(plans.map((p) => p.tally)), diagnostics };
}

/** The plan's rows with their numbers as printed (`numberDot: false` drops the final dot). */
function printedNumbers(plan: Plan): PlanEntry[] {
  const strip = (entries: PlanEntry[]): PlanEntry[] =>
    entries.map((e) => {
      const no = e.no !== undefined && !plan.numberDot && e.explicitNo === undefined ? e.no.replace(/\.$/, '') : e.no;
      const copy = { ...e, ...(no !== undefined ? { no } : {}) };
      return copy.type === 'group' ? { ...copy, entries: strip(copy.entries) } : copy;
    });
  return strip(numberEntries(plan.entries, plan.numbering));
}
