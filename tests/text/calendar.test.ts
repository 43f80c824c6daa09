/**
 * Calendar arithmetic (src/text/calendar.ts, luxon): which dates exist, spans of quarters and
 * half-years, days between dates, weekdays, and signing times kept in the zone they were written in.
 */
import { describe, expect, test } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidIsoDate,
  isValidYearMonth,
  lastDayOfMonth,
  signingTime,
  weekdayOf,
  yearPartSpan,
} from '../../src/text/calendar.js';

describe('dates that exist', () => {
  test.each([
    ['2024-02-29', true],
    ['2022-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0004-02-29', true],
    ['0099-12-31', true],
    ['2022-04-31', false],
    ['2022-00-10', false],
    ['2022-13-01', false],
    ['2022-1-1', false],
    ['22-01-01', false],
  ])('%s: %s', (iso, real) => {
    expect(isValidIsoDate(iso)).toBe(real);
  });

  test('months, leap years, month lengths', () => {
    expect(isValidYearMonth('2022-12')).toBe(true);
    expect(isValidYearMonth('2022-13')).toBe(false);
    expect(isValidYearMonth('2022-00')).toBe(false);
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('0099-02')).toBe('0099-02-28');
    expect(() => lastDayOfMonth('2023-13')).toThrow(RangeError);
  });
});

describe('yearPartSpan', () => {
  test.each([
    ['quarter', [3], 2020, 2020, { from: '2020-07-01', to: '2020-09-30' }],
    ['quarter', [1, 3], 2022, 2022, { from: '2022-01-01', to: '2022-09-30' }],
    ['quarter', [4], 2021, 2022, { from: '2021-10-01', to: '2022-12-31' }],
    ['half-year', [2], 2022, 2022, { from: '2022-07-01', to: '2022-12-31' }],
    ['half-year', [1], 2024, 2024, { from: '2024-01-01', to: '2024-06-30' }],
  ] as const)('%s %j of %i–%i', (unit, parts, from, to, span) => {
    expect(yearPartSpan(unit, parts, from, to)).toEqual(span);
  });

  test('parts that do not exist: none', () => {
    expect(yearPartSpan('quarter', [], 2022, 2022)).toBeUndefined();
    expect(yearPartSpan('quarter', [5], 2022, 2022)).toBeUndefined();
    expect(yearPartSpan('half-year', [3], 2022, 2022)).toBeUndefined();
    expect(yearPartSpan('quarter', [1, 2.5, 3], 2022, 2022)).toBeUndefined();
  });
});

describe('days', () => {
  test('adding days crosses months, years and 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(() => addDays('2022-02-30', 1)).toThrow(RangeError);
  });

  test('days between and weekdays, whatever the time zone of the process', () => {
    expect(daysBetween('2022-01-01', '2023-01-01')).toBe(365);
    expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1); // a daylight-saving change in Europe
    expect(daysBetween('2022-02-22', '2022-02-14')).toBe(-8);
    expect(weekdayOf('2022-02-14')).toBe(1);
    expect(weekdayOf('2022-02-20')).toBe(7);
  });
});

describe('signingTime', () => {
  test('the day and time as written, in the zone written, with the instant in UTC', () => {
    expect(signingTime('2022-06-10T14:25:00+10:00')).toEqual({ date: '2022-06-10', time: '14:25', offsetMinutes: 600, utc: '2022-06-10T04:25:00.000Z' });
    // Just after midnight in Moscow is the previous day in UTC: the stamp keeps the signer's day.
    expect(signingTime('2022-02-14T00:30:00+03:00')).toMatchObject({ date: '2022-02-14', time: '00:30', utc: '2022-02-13T21:30:00.000Z' });
  });

  test('the forms RFC 3339 allows: «t», a space, «z», an offset without a colon', () => {
    expect(signingTime('2022-02-14t10:15:00z')).toMatchObject({ date: '2022-02-14', time: '10:15', offsetMinutes: 0 });
    expect(signingTime('2022-02-14 10:15:00+03:00')).toMatchObject({ time: '10:15', offsetMinutes: 180 });
    expect(signingTime('2022-02-14T10:15:00-0230')).toMatchObject({ time: '10:15', offsetMinutes: -150 });
  });

  test('not a date-time: undefined', () => {
    expect(signingTime('2022-02-14')).toBeUndefined();
    expect(signingTime('2022-02-30T10:00:00Z')).toBeUndefined();
    expect(signingTime('2022-02-14T25:00:00Z')).toBeUndefined();
    expect(signingTime('вчера')).toBeUndefined();
  });
});
