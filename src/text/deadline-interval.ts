/**
 * What a deadline means on the calendar: the inclusive span of days it covers, the years it
 * names, and what is wrong with it (impossible dates, reversed ranges). Lint rules build on these.
 */
import type { DateInterval, Deadline, IsoDate, ListElement, PeriodDeadline } from '../model/deadline.js';
import { firstDayOfMonth, isValidIsoDate, isValidYearMonth, lastDayOfMonth, toIsoDate, yearPartSpan } from './calendar.js';
import { isoDateParts, yearMonthParts } from './russian-date.js';

/** The years a plan covers, inclusive («на 2022 год» → { from: 2022, to: 2022 }). */
export interface PlanPeriod {
  from: number;
  to: number;
}

export type DeadlineProblemCode = 'impossible-date' | 'reversed-range';

export interface DeadlineProblem {
  code: DeadlineProblemCode;
  /** English, short: «2022-02-30 is not a calendar date». */
  detail: string;
}

function yearSpan(from: number, to: number): DateInterval {
  return { from: `${String(from).padStart(4, '0')}-01-01`, to: `${String(to).padStart(4, '0')}-12-31` };
}

function periodSpan(period: PlanPeriod | undefined): DateInterval | null {
  return period ? yearSpan(period.from, period.to) : null;
}

function periodInterval(d: PeriodDeadline, period: PlanPeriod | undefined): DateInterval | null {
  const fromYear = d.year ?? period?.from;
  const toYear = d.year ?? period?.to;
  if (fromYear === undefined || toYear === undefined) return null;
  if (d.unit === 'year') return yearSpan(fromYear, toYear);
  return yearPartSpan(d.unit === 'quarter' ? 'quarter' : 'half-year', d.parts, fromYear, toYear) ?? null;
}

function elementInterval(e: ListElement, period: PlanPeriod | undefined): DateInterval | null {
  switch (e.kind) {
    case 'date':
      return isValidIsoDate(e.date) ? { from: e.date, to: e.date } : null;
    case 'before': {
      const p = isoDateParts(e.date);
      if (!p || !isValidIsoDate(e.date)) return null;
      const ownYearStart = toIsoDate(p.year, 1, 1);
      const periodStart = period ? toIsoDate(period.from, 1, 1) : ownYearStart;
      return { from: periodStart <= e.date ? periodStart : ownYearStart, to: e.date };
    }
    case 'range':
      return isValidIsoDate(e.from) && isValidIsoDate(e.to) ? { from: e.from, to: e.to } : null;
    case 'month': {
      const to = e.to ?? e.from;
      if (!isValidYearMonth(e.from) || !isValidYearMonth(to)) return null;
      return { from: firstDayOfMonth(e.from), to: lastDayOfMonth(to) };
    }
  }
}

/**
 * The inclusive span of days a deadline covers, or null where it has no calendar meaning:
 * - date → that day; before → from the plan start (or 1 January of its year) to the date;
 * - range / weekly → from … to; months → first day of the first month … last day of the last;
 * - quarters / half-years → their months (an enumeration «I и III кварталы» → its hull);
 *   without a year, the plan period's years;
 * - list → the hull of its items;
 * - recurring / during with a year → that year; without → the plan period (or null);
 * - constantly / as-needed → the plan period (or null); text → null.
 * Null too when a date in it is impossible (see `deadlineProblems`).
 */
export function deadlineInterval(d: Deadline, period?: PlanPeriod): DateInterval | null {
  switch (d.kind) {
    case 'date':
    case 'before':
    case 'range':
    case 'month':
      return elementInterval(d, period);
    case 'weekly':
      return isValidIsoDate(d.from) && isValidIsoDate(d.to) ? { from: d.from, to: d.to } : null;
    case 'period':
      return periodInterval(d, period);
    case 'list': {
      let from: IsoDate | undefined;
      let to: IsoDate | undefined;
      for (const item of d.items) {
        const i = elementInterval(item, period);
        if (!i) return null;
        if (from === undefined || i.from < from) from = i.from;
        if (to === undefined || i.to > to) to = i.to;
      }
      return from !== undefined && to !== undefined ? { from, to } : null;
    }
    case 'recurring':
    case 'during':
      return d.year !== undefined ? yearSpan(d.year, d.year) : periodSpan(period);
    case 'constantly':
    case 'as-needed':
      return periodSpan(period);
    case 'text':
      return null;
  }
}

function dateProblem(iso: IsoDate): DeadlineProblem[] {
  return isValidIsoDate(iso) ? [] : [{ code: 'impossible-date', detail: `${iso} is not a calendar date` }];
}

function monthProblem(ym: string): DeadlineProblem[] {
  return isValidYearMonth(ym) ? [] : [{ code: 'impossible-date', detail: `${ym} is not a calendar month` }];
}

function order(from: string, to: string, what: string): DeadlineProblem[] {
  return from > to ? [{ code: 'reversed-range', detail: `${what} ends (${to}) before it starts (${from})` }] : [];
}

function elementProblems(e: ListElement): DeadlineProblem[] {
  switch (e.kind) {
    case 'date':
    case 'before':
      return dateProblem(e.date);
    case 'range': {
      const bad = [...dateProblem(e.from), ...dateProblem(e.to)];
      return bad.length > 0 ? bad : order(e.from, e.to, 'range');
    }
    case 'month': {
      if (e.to === undefined) return monthProblem(e.from);
      const bad = [...monthProblem(e.from), ...monthProblem(e.to)];
      return bad.length > 0 ? bad : order(e.from, e.to, 'month range');
    }
  }
}

function periodProblems(d: PeriodDeadline): DeadlineProblem[] {
  if (d.unit === 'year') return [];
  const count = d.unit === 'quarter' ? 4 : 2;
  const name = d.unit === 'quarter' ? 'quarter' : 'half-year';
  const out: DeadlineProblem[] = d.parts
    .filter((n) => !Number.isInteger(n) || n < 1 || n > count)
    .map((n) => ({ code: 'impossible-date', detail: `${name} ${n} does not exist (1–${count})` }));
  const [a, b] = d.parts;
  if (out.length === 0 && d.span && a !== undefined && b !== undefined && a > b) {
    out.push({ code: 'reversed-range', detail: `${name} span ${a}–${b} is reversed` });
  }
  return out;
}

/** What is wrong with a deadline's dates: impossible dates/months/parts, reversed ranges. */
export function deadlineProblems(d: Deadline): DeadlineProblem[] {
  switch (d.kind) {
    case 'date':
    case 'before':
    case 'range':
    case 'month':
      return elementProblems(d);
    case 'list':
      return d.items.flatMap((e, k) =>
        elementProblems(e).map((p) => ({ code: p.code, detail: `item ${k + 1}: ${p.detail}` })),
      );
    case 'weekly': {
      const out = [...dateProblem(d.from), ...dateProblem(d.to)];
      if (!Number.isInteger(d.weekday) || d.weekday < 1 || d.weekday > 7) {
        out.push({ code: 'impossible-date', detail: `weekday ${d.weekday} is out of range 1–7` });
      }
      return out.length > 0 ? out : order(d.from, d.to, 'weekly range');
    }
    case 'period':
      return periodProblems(d);
    default:
      return [];
  }
}

function elementYears(e: ListElement): (number | undefined)[] {
  switch (e.kind) {
    case 'date':
    case 'before':
      return [isoDateParts(e.date)?.year];
    case 'range':
      return [isoDateParts(e.from)?.year, isoDateParts(e.to)?.year];
    case 'month':
      return [yearMonthParts(e.from)?.year, e.to === undefined ? undefined : yearMonthParts(e.to)?.year];
  }
}

/** The distinct years a deadline names, ascending («17 июня, 16 сентября 2022 г.» → [2022]). */
export function deadlineYears(d: Deadline): number[] {
  let raw: (number | undefined)[];
  switch (d.kind) {
    case 'date':
    case 'before':
    case 'range':
    case 'month':
      raw = elementYears(d);
      break;
    case 'list':
      raw = d.items.flatMap(elementYears);
      break;
    case 'weekly':
      raw = [isoDateParts(d.from)?.year, isoDateParts(d.to)?.year];
      break;
    case 'period':
    case 'recurring':
    case 'during':
      raw = [d.year];
      break;
    default:
      raw = [];
  }
  return [...new Set(raw.filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
}
