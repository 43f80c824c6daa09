/**
 * Calendar arithmetic on the dates of a roadmap, by luxon: which dates exist, where months,
 * quarters and half-years start and end, days between dates, weekdays, and signing times with
 * the time zone they were written in. Dates are days of the proleptic Gregorian calendar in UTC
 * (a deadline is a day, not an instant: no local time zone, no daylight saving, can shift it).
 *
 * Dates come and go as ISO strings (`YYYY-MM-DD`, `YYYY-MM`), built from luxon's numbers by
 * `toIsoDate`, so what prints is independent of luxon's own formatting (years below 1000 keep
 * four digits). Formatting in Russian is russian-date.ts; this module only computes.
 */
import { DateTime } from 'luxon';
import type { IsoDate, Weekday, YearMonth } from '../model/deadline.js';

const UTC = { zone: 'utc' } as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds `YYYY-MM-DD` from numbers (no calendar check). */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Builds `YYYY-MM` from numbers. */
export function toYearMonth(year: number, month: number): YearMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** The day of a `YYYY-MM-DD` string, or undefined when it is malformed or not a calendar date. */
function day(iso: string): DateTime | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, UTC);
  return d.isValid ? d : undefined;
}

/** The first day of a `YYYY-MM` month, or undefined when it is malformed or the month is not 1…12. */
function month(ym: string): DateTime | undefined {
  const m = ISO_MONTH.exec(ym);
  if (!m) return undefined;
  const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, UTC);
  return d.isValid ? d : undefined;
}

function iso(d: DateTime): IsoDate {
  return toIsoDate(d.year, d.month, d.day);
}

function calendarDay(iso: IsoDate): DateTime {
  const d = day(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}

/** True when the string is `YYYY-MM-DD` and a real calendar date (so not «2022-02-30»). */
export function isValidIsoDate(iso: string): boolean {
  return day(iso) !== undefined;
}

/** True when the string is `YYYY-MM` with a month 1…12. */
export function isValidYearMonth(ym: string): boolean {
  return month(ym) !== undefined;
}

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return DateTime.fromObject({ year }, UTC).isInLeapYear;
}

/** Days in month 1…12 of a year. */
export function daysInMonth(year: number, monthNumber: number): number {
  return DateTime.fromObject({ year, month: monthNumber }, UTC).daysInMonth ?? 31;
}

/** The first day of a month `YYYY-MM`. */
export function firstDayOfMonth(ym: YearMonth): IsoDate {
  return `${ym}-01`;
}

/** The last day of a month `YYYY-MM` («2022-02» → «2022-02-28»). */
export function lastDayOfMonth(ym: YearMonth): IsoDate {
  const d = month(ym);
  if (!d) throw new RangeError(`not a month: ${ym}`);
  return iso(d.endOf('month'));
}

/** Parts of a year: quarters (1…4) and half-years (1…2). */
export type YearPart = 'quarter' | 'half-year';

/**
 * The days from the start of the first of `parts` to the end of the last, the year cut in
 * quarters or half-years: quarter 3 of 2020 → 2020-07-01…2020-09-30; quarters 1 and 3 → 1 January
 * to 30 September (the hull); half-years 1–2 → the whole year. The first part is in `fromYear`,
 * the last in `toYear` (a plan period of several years). Undefined for no parts or a part that
 * does not exist.
 */
export function yearPartSpan(unit: YearPart, parts: readonly number[], fromYear: number, toYear: number): { from: IsoDate; to: IsoDate } | undefined {
  const count = unit === 'quarter' ? 4 : 2;
  if (parts.length === 0 || !parts.every((n) => Number.isInteger(n) && n >= 1 && n <= count)) return undefined;
  const first = Math.min(...parts);
  const last = Math.max(...parts);
  const months = 12 / count;
  const start = DateTime.fromObject({ year: fromYear, month: (first - 1) * months + 1 }, UTC);
  const endMonth = DateTime.fromObject({ year: toYear, month: last * months }, UTC);
  if (!start.isValid || !endMonth.isValid) return undefined;
  return { from: iso(start.startOf(unit === 'quarter' ? 'quarter' : 'month')), to: iso(endMonth.endOf(unit === 'quarter' ? 'quarter' : 'month')) };
}

/** Adds (or with a negative number subtracts) days; throws on an impossible date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return iso(calendarDay(date).plus({ days }));
}

/** ISO weekday of a date: 1 = понедельник … 7 = воскресенье; throws on an impossible date. */
export function weekdayOf(date: IsoDate): Weekday {
  return calendarDay(date).weekday as Weekday;
}

/** Days from `from` to `to` (positive when `to` is later); throws on an impossible date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(calendarDay(to).diff(calendarDay(from), 'days').days);
}

/** Every date between from and to inclusive that falls on the weekday. */
export function weekdaysBetween(from: IsoDate, to: IsoDate, weekday: Weekday): IsoDate[] {
  const out: IsoDate[] = [];
  const end = calendarDay(to);
  for (let d = calendarDay(from).plus({ days: (weekday - weekdayOf(from) + 7) % 7 }); d <= end; d = d.plus({ days: 7 })) out.push(iso(d));
  return out;
}

/** A signing time as written: its day and clock time in the time zone it was written in. */
export interface SigningTime {
  date: IsoDate;
  /** `HH:mm`. */
  time: string;
  /** The offset from UTC it was written with, minutes (0 for `Z` or no offset). */
  offsetMinutes: number;
  /** The same instant in UTC, ISO. */
  utc: string;
}

/**
 * An ISO date-time (`2022-02-14T10:15:00+03:00`) read with the time zone it carries: the day
 * and time are those written (10:15 stays 10:15, not converted to the reader's zone); a time
 * without an offset is taken as UTC. Undefined when it is not a valid date-time.
 */
export function signingTime(text: string): SigningTime | undefined {
  // RFC 3339 also allows «t» or a space before the time and a lower-case «z».
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}.*?)(z?)$/.exec(text);
  if (!m) return undefined;
  const d = DateTime.fromISO(`${m[1]}T${m[2]}${m[3] ? 'Z' : ''}`, { zone: 'utc', setZone: true });
  if (!d.isValid) return undefined;
  return { date: iso(d), time: d.toFormat('HH:mm'), offsetMinutes: d.offset, utc: d.toUTC().toISO() ?? text };
}
