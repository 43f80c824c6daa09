import { describe, expect, test } from 'vitest';
import type { DateInterval, Deadline } from '../../src/model/deadline.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';
import { deadlineInterval, deadlineProblems, deadlineYears, type PlanPeriod } from '../../src/text/deadline-interval.js';

const P2022: PlanPeriod = { from: 2022, to: 2022 };
const P2021_23: PlanPeriod = { from: 2021, to: 2023 };

function parsed(text: string): Deadline {
  const r = parseDeadline(text);
  if (!r.ok) throw new Error(`not parsed: ${text}`);
  return r.deadline;
}
const span = (from: string, to: string): DateInterval => ({ from, to });

describe('deadlineInterval', () => {
  test.each<[string, PlanPeriod | undefined, DateInterval | null]>([
    ['17.12.2021', undefined, span('2021-12-17', '2021-12-17')],
    ['До 20 декабря 2021 г.', undefined, span('2021-01-01', '2021-12-20')],
    ['до 22.02.2022', P2022, span('2022-01-01', '2022-02-22')],
    ['до 22.02.2022', P2021_23, span('2021-01-01', '2022-02-22')],
    ['До 20 декабря 2021 г.', P2022, span('2021-01-01', '2021-12-20')],
    ['17.01.2022 – 04.02.2022', undefined, span('2022-01-17', '2022-02-04')],
    ['Февраль – март 2022 г.', undefined, span('2022-02-01', '2022-03-31')],
    ['Февраль 2024 г.', undefined, span('2024-02-01', '2024-02-29')],
    ['май 2022 года', undefined, span('2022-05-01', '2022-05-31')],
    ['10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.', undefined, span('2022-03-10', '2022-10-14')],
    ['До 29 апреля, до 30 июня, до 17 октября 2022 г.', P2022, span('2022-01-01', '2022-10-17')],
    ['14.02.2022-30.03.2022 (среда)', undefined, span('2022-02-14', '2022-03-30')],
    ['1 и 3 квартал', P2022, span('2022-01-01', '2022-09-30')],
    ['1 и 3 квартал', undefined, null],
    ['3-4 квартал 2020', undefined, span('2020-07-01', '2020-12-31')],
    ['II квартал 2022 г.', undefined, span('2022-04-01', '2022-06-30')],
    ['II полугодие', P2022, span('2022-07-01', '2022-12-31')],
    ['I полугодие 2023 г.', undefined, span('2023-01-01', '2023-06-30')],
    ['2022 год', undefined, span('2022-01-01', '2022-12-31')],
    ['ежемесячно', P2021_23, span('2021-01-01', '2023-12-31')],
    ['ежемесячно', undefined, null],
    ['В течение 2022 года ежемесячно', P2021_23, span('2022-01-01', '2022-12-31')],
    ['в течение года', P2022, span('2022-01-01', '2022-12-31')],
    ['В течение 2022 г. по мере необходимости', undefined, span('2022-01-01', '2022-12-31')],
    ['постоянно', P2022, span('2022-01-01', '2022-12-31')],
    ['постоянно', undefined, null],
    ['по мере необходимости', P2022, span('2022-01-01', '2022-12-31')],
    ['30.02.2022', P2022, null],
    ['5 квартал 2022', undefined, null],
  ])('%j in %j', (text, period, expected) => {
    expect(deadlineInterval(parsed(text), period)).toStrictEqual(expected);
  });

  test('text has no interval', () => {
    expect(deadlineInterval({ kind: 'text', text: 'В соответствии с утвержденными сроками.' }, P2022)).toBeNull();
  });
});

describe('deadlineProblems', () => {
  test.each<[Deadline, { code: string; detail: RegExp }[]]>([
    [parsed('30.02.2022'), [{ code: 'impossible-date', detail: /2022-02-30/ }]],
    [parsed('2022-13-01'), [{ code: 'impossible-date', detail: /2022-13-01/ }]],
    [parsed('до 31.04.2022'), [{ code: 'impossible-date', detail: /2022-04-31/ }]],
    [parsed('24.03.2022 – 10.03.2022'), [{ code: 'reversed-range', detail: /2022-03-10.*2022-03-24/ }]],
    [parsed('31.04.2022 – 02.05.2022'), [{ code: 'impossible-date', detail: /2022-04-31/ }]],
    [parsed('Май – февраль 2022 г.'), [{ code: 'reversed-range', detail: /month range/ }]],
    [{ kind: 'month', from: '2022-13' }, [{ code: 'impossible-date', detail: /2022-13/ }]],
    [parsed('5 квартал 2022'), [{ code: 'impossible-date', detail: /quarter 5/ }]],
    [parsed('III полугодие'), [{ code: 'impossible-date', detail: /half-year 3/ }]],
    [parsed('4-2 квартал 2022'), [{ code: 'reversed-range', detail: /quarter span 4–2/ }]],
    [{ kind: 'weekly', weekday: 8 as 7, from: '2022-02-14', to: '2022-03-30' }, [{ code: 'impossible-date', detail: /weekday 8/ }]],
    [parsed('30.03.2022-14.02.2022 (среда)'), [{ code: 'reversed-range', detail: /weekly/ }]],
    [
      parsed('10 – 24 марта, 30 февраля, 14 – 3 октября 2022 г.'),
      [
        { code: 'impossible-date', detail: /^item 2: 2022-02-30/ },
        { code: 'reversed-range', detail: /^item 3: / },
      ],
    ],
  ])('%j', (d, expected) => {
    const problems = deadlineProblems(d);
    expect(problems.map((p) => p.code)).toEqual(expected.map((e) => e.code));
    problems.forEach((p, k) => expect(p.detail).toMatch(expected[k]?.detail ?? /^$/));
  });

  test('sound deadlines have no problems', () => {
    for (const text of [
      '17.12.2021', 'до 22.02.2022', '17.01.2022 – 04.02.2022', 'Февраль – март 2022 г.', '1 и 3 квартал',
      '3-4 квартал 2020', '14.02.2022-30.03.2022 (среда)', 'ежемесячно', 'в течение года', 'постоянно',
      '10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.', '29.02.2024',
    ]) {
      expect(deadlineProblems(parsed(text)), text).toEqual([]);
    }
  });
});

describe('deadlineYears', () => {
  test.each<[string, number[]]>([
    ['17.12.2021', [2021]],
    ['20 декабря 2021 г. – 15 января 2022 г.', [2021, 2022]],
    ['17 июня, 16 сентября 2022 г.', [2022]],
    ['3-4 квартал 2020', [2020]],
    ['1 и 3 квартал', []],
    ['В течение 2022 года ежемесячно', [2022]],
    ['постоянно', []],
  ])('%j', (text, years) => {
    expect(deadlineYears(parsed(text))).toEqual(years);
  });
});
