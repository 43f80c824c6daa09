/**
 * Calendar dates in Russian official documents: «14.02.2022», «14 февраля 2022 г.»,
 * ««20» декабря 2021 г.», and the blank of a draft ««__» ________ 20__ г.».
 *
 * Spaces inside a printed date are non-breaking (U+00A0) except the one between the month and
 * the year: «20 декабря» and «2021 г.» never part, but in a narrow column the date may wrap as
 * «До 20 декабря / 2021 г.» (as officials type it) instead of a word being cut. Formatting works on the digits of the ISO string and does not check the
 * calendar: «30.02.2022» prints as written, so that lint can point at it.
 */
import type { IsoDate } from '../model/deadline.js';
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
// Calendar arithmetic (luxon) lives in calendar.ts; re-exported for the callers that format dates.
export {
  addDays,
  daysBetween,
  daysInMonth,
  firstDayOfMonth,
  isLeapYear,
  isValidIsoDate,
  isValidYearMonth,
  lastDayOfMonth,
  toIsoDate,
  toYearMonth,
  weekdayOf,
  weekdaysBetween,
} from './calendar.js';

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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
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
