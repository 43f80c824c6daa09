/**
 * Calendar dates in Russian official documents: «14.02.2022», «14 февраля 2022 г.»,
 * ««20» декабря 2021 г.», and the blank of a draft ««__» ________ 20__ г.».
 *
 * Spaces inside a printed date are non-breaking (U+00A0) except the one between the month and
 * the year: «20 декабря» and «2021 г.» never part, but in a narrow column the date may wrap as
 * «До 20 декабря / 2021 г.» (as officials type it) instead of a word being cut. Formatting works on the digits of the ISO string and does not check the
 * calendar: «30.02.2022» prints as written, so that lint can point at it.
 */
import type { IsoDate, Weekday, YearMonth } from '../model/deadline.js';
import { monthName } from './russian-calendar-words.js';

export {
  MONTHS_GENITIVE,
  MONTHS_NOMINATIVE,
  MONTHS_PREPOSITIONAL,
  WEEKDAYS_DATIVE_PLURAL,
  WEEKDAYS_NOMINATIVE,
  monthFromWord,
  monthName,
  weekdayFromWord,
  weekdayName,
} from './russian-calendar-words.js';
export type { MonthCase } from './russian-calendar-words.js';

/** U+00A0 NO-BREAK SPACE. */
export const NBSP = '\u00a0';

/** The space between a month and its year: an ordinary space, the one place a date may wrap. */
export const MONTH_YEAR_SPACE = ' ';

/** numeric «14.02.2022», words «14 февраля 2022 г.», quoted ««14» февраля 2022 г.». */
export type DateStyle = 'numeric' | 'words' | 'quoted';
/** The word after a year written in words. */
export type YearWord = 'г.' | 'года';

export interface FormatDateOptions {
  /** «г.» (default) or «года». */
  year?: YearWord;
}

/** Year, month and day of an ISO date taken structurally (no calendar check). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Splits `YYYY-MM-DD` into numbers without checking the calendar; undefined if malformed. */
export function isoDateParts(iso: string): DateParts | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Splits `YYYY-MM` into numbers; undefined if malformed. */
export function yearMonthParts(ym: string): { year: number; month: number } | undefined {
  const m = ISO_MONTH.exec(ym);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Builds `YYYY-MM-DD` from numbers (no calendar check). */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Builds `YYYY-MM` from numbers. */
export function toYearMonth(year: number, month: number): YearMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month 1…12 of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the string is `YYYY-MM-DD` and a real calendar date (so not «2022-02-30»). */
export function isValidIsoDate(iso: string): boolean {
  const p = isoDateParts(iso);
  if (!p) return false;
  return p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

/** True when the string is `YYYY-MM` with a month 1…12. */
export function isValidYearMonth(ym: string): boolean {
  const p = yearMonthParts(ym);
  return p !== undefined && p.month >= 1 && p.month <= 12;
}

/** The first day of a month `YYYY-MM`. */
export function firstDayOfMonth(ym: YearMonth): IsoDate {
  return `${ym}-01`;
}

/** The last day of a month `YYYY-MM` («2022-02» → «2022-02-28»). */
export function lastDayOfMonth(ym: YearMonth): IsoDate {
  const p = yearMonthParts(ym);
  if (!p) throw new RangeError(`not a month: ${ym}`);
  return toIsoDate(p.year, p.month, daysInMonth(p.year, p.month));
}

function toUtc(iso: IsoDate): Date {
  const p = isoDateParts(iso);
  if (!p || !isValidIsoDate(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

function fromUtc(d: Date): IsoDate {
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds (or with a negative number subtracts) days; throws on an impossible date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** ISO weekday of a date: 1 = понедельник … 7 = воскресенье; throws on an impossible date. */
export function weekdayOf(iso: IsoDate): Weekday {
  const js = toUtc(iso).getUTCDay(); // 0 = Sunday
  return (js === 0 ? 7 : js) as Weekday;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Every date between from and to inclusive that falls on the weekday. */
export function weekdaysBetween(from: IsoDate, to: IsoDate, weekday: Weekday): IsoDate[] {
  const out: IsoDate[] = [];
  let d = addDays(from, (weekday - weekdayOf(from) + 7) % 7);
  while (d <= to) {
    out.push(d);
    d = addDays(d, 7);
  }
  return out;
}

/**
 * Prints a date: numeric «14.02.2022», words «14 февраля 2022 г.», quoted ««14» февраля 2022 г.»
 * (day zero-padded in quotes, as on forms). With `{ year: 'года' }` the year word is «года».
 * A malformed string is returned unchanged; a month outside 1…12 falls back to numeric.
 */
export function formatDate(iso: IsoDate, style: DateStyle, opts?: FormatDateOptions): string {
  const p = isoDateParts(iso);
  if (!p) return iso;
  const month = monthName(p.month, 'genitive');
  if (style === 'numeric' || month === undefined) {
    return `${pad(p.day, 2)}.${pad(p.month, 2)}.${pad(p.year, 4)}`;
  }
  const yearWord = opts?.year ?? 'г.';
  const day = style === 'quoted' ? `«${pad(p.day, 2)}»` : String(p.day);
  return `${day}${NBSP}${month}${MONTH_YEAR_SPACE}${p.year}${NBSP}${yearWord}`;
}

/**
 * The day and month in words without the year: «14 февраля» (used in lists and ranges that
 * print a shared year once).
 */
export function formatDayMonth(iso: IsoDate): string {
  const p = isoDateParts(iso);
  if (!p) return iso;
  const month = monthName(p.month, 'genitive');
  if (month === undefined) return `${pad(p.day, 2)}.${pad(p.month, 2)}`;
  return `${p.day}${NBSP}${month}`;
}

/** «2022 г.» / «2022 года» with a non-breaking space. */
export function formatYear(year: number, yearWord: YearWord = 'г.'): string {
  return `${year}${NBSP}${yearWord}`;
}

/**
 * The blank date of a draft: ««__» ________ 20__ г.», or with a known year
 * ««__» ________ 2022 г.». Spaces are non-breaking like in any other date.
 */
export function blankDate(year?: number): string {
  return `«__»${NBSP}________${MONTH_YEAR_SPACE}${year === undefined ? '20__' : String(year)}${NBSP}г.`;
}
