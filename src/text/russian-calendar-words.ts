/**
 * Russian names of months and weekdays in the grammatical cases the deadline and date forms need.
 * Index 0 of every month array is January; index 0 of every weekday array is Monday (ISO 1).
 */
import type { Weekday } from '../model/deadline.js';

/** «январь» … «декабрь»: a month on its own («Февраль – март 2022 г.»). */
export const MONTHS_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
] as const;

/** «января» … «декабря»: a month after a day number («14 февраля»). */
export const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;

/** «январе» … «декабре»: «в марте 2022 г.». */
export const MONTHS_PREPOSITIONAL = [
  'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне',
  'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
] as const;

/** «понедельник» … «воскресенье»: «(среда)». */
export const WEEKDAYS_NOMINATIVE = [
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
] as const;

/** «понедельникам» … «воскресеньям»: «по средам». */
export const WEEKDAYS_DATIVE_PLURAL = [
  'понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам', 'воскресеньям',
] as const;

/** «понедельник» … «воскресенье» after «каждый/каждую»: «каждую среду». */
export const WEEKDAYS_ACCUSATIVE = [
  'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье',
] as const;

export type MonthCase = 'nominative' | 'genitive' | 'prepositional';

const MONTH_TABLES: Record<MonthCase, readonly string[]> = {
  nominative: MONTHS_NOMINATIVE,
  genitive: MONTHS_GENITIVE,
  prepositional: MONTHS_PREPOSITIONAL,
};

/** The name of month 1…12 in the given case, lower case; undefined outside 1…12. */
export function monthName(month: number, grammaticalCase: MonthCase = 'nominative'): string | undefined {
  return MONTH_TABLES[grammaticalCase][month - 1];
}

/** Recognises a month name in any of the three cases (any letter case, «ё» = «е»); returns 1…12. */
export function monthFromWord(word: string): { month: number; case: MonthCase } | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const c of ['nominative', 'genitive', 'prepositional'] as const) {
    const i = MONTH_TABLES[c].indexOf(w);
    if (i >= 0) return { month: i + 1, case: c };
  }
  return undefined;
}

/** Recognises a weekday name in the nominative, accusative or dative plural; returns ISO 1…7. */
export function weekdayFromWord(word: string): Weekday | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const table of [WEEKDAYS_NOMINATIVE, WEEKDAYS_DATIVE_PLURAL, WEEKDAYS_ACCUSATIVE]) {
    const i = (table as readonly string[]).indexOf(w);
    if (i >= 0) return (i + 1) as Weekday;
  }
  return undefined;
}

/** Name of ISO weekday 1…7 («среда»); undefined outside the range. */
export function weekdayName(weekday: number, form: 'nominative' | 'dative-plural' = 'nominative'): string | undefined {
  const table = form === 'nominative' ? WEEKDAYS_NOMINATIVE : WEEKDAYS_DATIVE_PLURAL;
  return table[weekday - 1];
}
