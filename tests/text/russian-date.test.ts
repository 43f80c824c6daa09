import { describe, expect, test } from 'vitest';
import {
  addDays,
  blankDate,
  daysInMonth,
  formatDate,
  formatDayMonth,
  isValidIsoDate,
  isValidYearMonth,
  lastDayOfMonth,
  monthFromWord,
  monthName,
  NBSP,
  weekdayFromWord,
  weekdayName,
  weekdayOf,
  weekdaysBetween,
} from '../../src/text/russian-date.js';

const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('formatDate', () => {
  test('numeric', () => {
    expect(formatDate('2022-02-14', 'numeric')).toBe('14.02.2022');
    expect(formatDate('2022-03-01', 'numeric')).toBe('01.03.2022');
  });
  test('words: non-breaking spaces inside, an ordinary one between month and year', () => {
    // «До 20 декабря / 2021 г.» may wrap before the year in a narrow column, never inside it.
    expect(formatDate('2022-02-14', 'words')).toBe(`14${NBSP}февраля 2022${NBSP}г.`);
    expect(formatDate('2022-03-01', 'words')).toBe('1\u00a0марта 2022\u00a0г.');
    expect(formatDate('2022-02-14', 'words', { year: 'года' })).toBe('14\u00a0февраля 2022\u00a0года');
    expect(formatDate('2022-02-14', 'words').split(' ')).toEqual([`14${NBSP}февраля`, `2022${NBSP}г.`]);
  });
  test('quoted', () => {
    expect(formatDate('2021-12-20', 'quoted')).toBe('«20»\u00a0декабря 2021\u00a0г.');
    expect(plain(formatDate('2022-03-05', 'quoted', { year: 'года' }))).toBe('«05» марта 2022 года');
  });
  test('all twelve months in the genitive', () => {
    const months = Array.from({ length: 12 }, (_, i) => plain(formatDate(`2022-${String(i + 1).padStart(2, '0')}-10`, 'words')));
    expect(months).toEqual([
      '10 января 2022 г.', '10 февраля 2022 г.', '10 марта 2022 г.', '10 апреля 2022 г.',
      '10 мая 2022 г.', '10 июня 2022 г.', '10 июля 2022 г.', '10 августа 2022 г.',
      '10 сентября 2022 г.', '10 октября 2022 г.', '10 ноября 2022 г.', '10 декабря 2022 г.',
    ]);
  });
  test('impossible dates print structurally; a malformed string is returned as is', () => {
    expect(plain(formatDate('2022-02-30', 'words'))).toBe('30 февраля 2022 г.');
    expect(formatDate('2022-13-01', 'words')).toBe('01.13.2022');
    expect(formatDate('14.02.2022', 'words')).toBe('14.02.2022');
  });
  test('day and month only', () => {
    expect(formatDayMonth('2022-06-17')).toBe('17\u00a0июня');
  });
});

describe('blankDate', () => {
  test('without and with a year', () => {
    expect(plain(blankDate())).toBe('«__» ________ 20__ г.');
    expect(plain(blankDate(2022))).toBe('«__» ________ 2022 г.');
    expect(blankDate(2022)).toBe('«__»\u00a0________ 2022\u00a0г.');
  });
});

describe('calendar helpers', () => {
  test('isValidIsoDate', () => {
    expect(isValidIsoDate('2022-02-28')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2022-02-29')).toBe(false);
    expect(isValidIsoDate('2022-02-30')).toBe(false);
    expect(isValidIsoDate('2022-13-01')).toBe(false);
    expect(isValidIsoDate('2022-04-31')).toBe(false);
    expect(isValidIsoDate('2022-00-10')).toBe(false);
    expect(isValidIsoDate('2022-1-1')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidYearMonth('2022-12')).toBe(true);
    expect(isValidYearMonth('2022-13')).toBe(false);
  });
  test('month lengths', () => {
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth('2022-04')).toBe('2022-04-30');
    expect(lastDayOfMonth('2022-12')).toBe('2022-12-31');
  });
  test('addDays across months and years', () => {
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(() => addDays('2022-02-30', 1)).toThrow(RangeError);
  });
  test('weekday of a date (ISO: Monday = 1)', () => {
    expect(weekdayOf('2022-02-14')).toBe(1); // понедельник
    expect(weekdayOf('2022-02-16')).toBe(3); // среда
    expect(weekdayOf('2022-02-20')).toBe(7); // воскресенье
  });
  test('weekdays between two dates', () => {
    expect(weekdaysBetween('2022-02-14', '2022-03-02', 3)).toEqual(['2022-02-16', '2022-02-23', '2022-03-02']);
  });
  test('month and weekday words', () => {
    expect(monthName(5)).toBe('май');
    expect(monthName(5, 'genitive')).toBe('мая');
    expect(monthName(5, 'prepositional')).toBe('мае');
    expect(monthName(13)).toBeUndefined();
    expect(monthFromWord('Марта')).toEqual({ month: 3, case: 'genitive' });
    expect(monthFromWord('сентябрь')).toEqual({ month: 9, case: 'nominative' });
    expect(monthFromWord('марш')).toBeUndefined();
    expect(weekdayFromWord('Среда')).toBe(3);
    expect(weekdayFromWord('средам')).toBe(3);
    expect(weekdayFromWord('пятницу')).toBe(5);
    expect(weekdayName(7)).toBe('воскресенье');
    expect(weekdayName(3, 'dative-plural')).toBe('средам');
  });
});
