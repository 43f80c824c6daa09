/**
 * Every deadline string of docs/DOMAIN.md §2 and of the three seeds (seed 000 column 2, seed 001
 * column 3, seed 004 column 4), exactly as extracted (line breaks and stray spaces included),
 * with the structured deadline it must parse to.
 */
import { describe, expect, test } from 'vitest';
import type { Deadline } from '../../src/model/deadline.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';

/** docs/DOMAIN.md, section 2 «Deadlines as people write them», in its order. */
const DOMAIN: [string, Deadline][] = [
  ['До 20 декабря 2021 г.', { kind: 'before', date: '2021-12-20' }],
  ['до 22.02.2022', { kind: 'before', date: '2022-02-22' }],
  ['не позднее 30.09.2022', { kind: 'before', date: '2022-09-30' }],
  ['Не позже 1 марта 2022 г.', { kind: 'before', date: '2022-03-01' }],
  ['17.12.2021', { kind: 'date', date: '2021-12-17' }],
  ['17.01.2022 – 04.02.2022', { kind: 'range', from: '2022-01-17', to: '2022-02-04' }],
  ['21.03–27.03.2022', { kind: 'range', from: '2022-03-21', to: '2022-03-27' }],
  ['Февраль – март 2022 г.', { kind: 'month', from: '2022-02', to: '2022-03' }],
  ['Январь-декабрь 2022', { kind: 'month', from: '2022-01', to: '2022-12' }],
  ['май 2022 года', { kind: 'month', from: '2022-05' }],
  [
    '10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.',
    {
      kind: 'list',
      items: [
        { kind: 'range', from: '2022-03-10', to: '2022-03-24' },
        { kind: 'range', from: '2022-05-30', to: '2022-06-13' },
        { kind: 'range', from: '2022-10-03', to: '2022-10-14' },
      ],
    },
  ],
  [
    '17 июня, 16 сентября\n2022 г.',
    { kind: 'list', items: [{ kind: 'date', date: '2022-06-17' }, { kind: 'date', date: '2022-09-16' }] },
  ],
  ['14.02.2022-30.03.2022 (среда)', { kind: 'weekly', weekday: 3, from: '2022-02-14', to: '2022-03-30' }],
  ['1 и 3 квартал', { kind: 'period', unit: 'quarter', parts: [1, 3] }],
  ['3-4 квартал 2020', { kind: 'period', unit: 'quarter', parts: [3, 4], span: true, year: 2020 }],
  ['ежемесячно', { kind: 'recurring', every: 'month' }],
  ['ежеквартально', { kind: 'recurring', every: 'quarter' }],
  ['В течение 2022 г. по мере необходимости', { kind: 'during', year: 2022, asNeeded: true }],
  ['в течение года', { kind: 'during' }],
  ['постоянно', { kind: 'constantly' }],
  ['Регулярно, в течение года', { kind: 'during', regularly: true }],
];

/** Seeds, each distinct cell once, as extracted. */
const SEEDS: [string, Deadline][] = [
  ["До 20 декабря 2021 г.", { kind: 'before', date: '2021-12-20' }], // 000
  ["До 10 февраля 2022 г.", { kind: 'before', date: '2022-02-10' }], // 000
  ["До 4 февраля \n2022 г.", { kind: 'before', date: '2022-02-04' }], // 000
  ["До 11 февраля 2022 г.", { kind: 'before', date: '2022-02-11' }], // 000
  ["До 14 февраля 2022 г.", { kind: 'before', date: '2022-02-14' }], // 000
  ["Февраль – март 2022 г.", { kind: 'month', from: '2022-02', to: '2022-03' }], // 000
  ["До 1 марта \n2022 г.", { kind: 'before', date: '2022-03-01' }], // 000
  ["10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября \n2022 г.", { kind: 'list', items: [{ kind: 'range', from: '2022-03-10', to: '2022-03-24' }, { kind: 'range', from: '2022-05-30', to: '2022-06-13' }, { kind: 'range', from: '2022-10-03', to: '2022-10-14' }] }], // 000
  ["Апрель – май 2022 г.", { kind: 'month', from: '2022-04', to: '2022-05' }], // 000
  ["До 29 апреля, до 30 июня, \nдо 17 октября 2022 г.", { kind: 'list', items: [{ kind: 'before', date: '2022-04-29' }, { kind: 'before', date: '2022-06-30' }, { kind: 'before', date: '2022-10-17' }] }], // 000
  ["17 июня, \n16 сентября 2022 г.", { kind: 'list', items: [{ kind: 'date', date: '2022-06-17' }, { kind: 'date', date: '2022-09-16' }] }], // 000
  ["30 сентября 2022 г.", { kind: 'date', date: '2022-09-30' }], // 000
  ["1 – 11 ноября 2022 г.", { kind: 'range', from: '2022-11-01', to: '2022-11-11' }], // 000
  ["До 30 мая 2022 г.", { kind: 'before', date: '2022-05-30' }], // 000
  ["Февраль – июль, сентябрь – декабрь 2022 г.", { kind: 'list', items: [{ kind: 'month', from: '2022-02', to: '2022-07' }, { kind: 'month', from: '2022-09', to: '2022-12' }] }], // 000
  ["До 1 ноября 2022 г.", { kind: 'before', date: '2022-11-01' }], // 000
  ["До 1 декабря \n2022 г.", { kind: 'before', date: '2022-12-01' }], // 000
  ["Февраль – декабрь 2022 г. по графику ", { kind: 'month', from: '2022-02', to: '2022-12', note: 'по графику' }], // 000
  ["До 1 марта 2022 г.", { kind: 'before', date: '2022-03-01' }], // 000
  ["До 30 марта \n2022 г.", { kind: 'before', date: '2022-03-30' }], // 000
  ["До 15 марта 2022 г.", { kind: 'before', date: '2022-03-15' }], // 000
  ["Февраль – март 2022 г. не реже одного раза в квартал", { kind: 'month', from: '2022-02', to: '2022-03', note: 'не реже одного раза в квартал' }], // 000
  [" Апрель - май   \n 2022 г.", { kind: 'month', from: '2022-04', to: '2022-05' }], // 000
  [" Февраль \n2022 г.", { kind: 'month', from: '2022-02' }], // 000
  [" Март – май   \n 2022 г.", { kind: 'month', from: '2022-03', to: '2022-05' }], // 000
  [" Март – май    \n 2022 г.", { kind: 'month', from: '2022-03', to: '2022-05' }], // 000
  [" Февраль –    \n июнь 2022 г.", { kind: 'month', from: '2022-02', to: '2022-06' }], // 000
  [" Апрель – \n октябрь \n 2022 г.", { kind: 'month', from: '2022-04', to: '2022-10' }], // 000
  ["Май – октябрь 2022 г.", { kind: 'month', from: '2022-05', to: '2022-10' }], // 000
  ["Январь – апрель 2022", { kind: 'month', from: '2022-01', to: '2022-04' }], // 000
  ["Ноябрь \n2022 г.", { kind: 'month', from: '2022-11' }], // 000
  ["Август \n2022 г.", { kind: 'month', from: '2022-08' }], // 000
  ["До 20 декабря 2022 г.", { kind: 'before', date: '2022-12-20' }], // 000
  ["В течение \n2022 г. по мере необходимости", { kind: 'during', year: 2022, asNeeded: true }], // 000
  ["В течение 2022 года ежемесячно", { kind: 'recurring', every: 'month', year: 2022 }], // 000
  ["До 30 ноября 2022 г.", { kind: 'before', date: '2022-11-30' }], // 000
  ["17.12.2021", { kind: 'date', date: '2021-12-17' }], // 001
  ["27.12.2021", { kind: 'date', date: '2021-12-27' }], // 001
  ["Январь-декабрь 2022", { kind: 'month', from: '2022-01', to: '2022-12' }], // 001
  ["17.01.2022 – 04.02.2022", { kind: 'range', from: '2022-01-17', to: '2022-02-04' }], // 001
  ["24.01.2022 – 01.02.2022", { kind: 'range', from: '2022-01-24', to: '2022-02-01' }], // 001
  ["10.01.2022-01.02.2022", { kind: 'range', from: '2022-01-10', to: '2022-02-01' }], // 001
  ["10.01.2022-26.12.2022", { kind: 'range', from: '2022-01-10', to: '2022-12-26' }], // 001
  ["01.02.2022-01.03.2022", { kind: 'range', from: '2022-02-01', to: '2022-03-01' }], // 001
  ["07.02.2022", { kind: 'date', date: '2022-02-07' }], // 001
  ["10.02.2022 – 23.06.2022", { kind: 'range', from: '2022-02-10', to: '2022-06-23' }], // 001
  ["14.02.2022 – 01.03.2022", { kind: 'range', from: '2022-02-14', to: '2022-03-01' }], // 001
  ["03.03.2022", { kind: 'date', date: '2022-03-03' }], // 001
  ["до 22.02.2022", { kind: 'before', date: '2022-02-22' }], // 001
  ["до 01.03.2022", { kind: 'before', date: '2022-03-01' }], // 001
  ["14.02.2022-30.03.2022", { kind: 'range', from: '2022-02-14', to: '2022-03-30' }], // 001
  ["14.02.2022-30.03.2022 (среда)", { kind: 'weekly', weekday: 3, from: '2022-02-14', to: '2022-03-30' }], // 001
  ["01.03.2022 – 30.04.2022", { kind: 'range', from: '2022-03-01', to: '2022-04-30' }], // 001
  ["10.03.2022-24.03.2022", { kind: 'range', from: '2022-03-10', to: '2022-03-24' }], // 001
  ["до 14.03.2022", { kind: 'before', date: '2022-03-14' }], // 001
  ["до 20.03.2022", { kind: 'before', date: '2022-03-20' }], // 001
  ["23.03.2022", { kind: 'date', date: '2022-03-23' }], // 001
  ["30.03.2022", { kind: 'date', date: '2022-03-30' }], // 001
  ["25.04.2022 – 31.05.2022", { kind: 'range', from: '2022-04-25', to: '2022-05-31' }], // 001
  ["29.04.2022 - 15.05.2022", { kind: 'range', from: '2022-04-29', to: '2022-05-15' }], // 001
  ["до 15.05.2022", { kind: 'before', date: '2022-05-15' }], // 001
  ["до 20.05.2022", { kind: 'before', date: '2022-05-20' }], // 001
  ["25.05.2022", { kind: 'date', date: '2022-05-25' }], // 001
  ["30.05.2022- 13.06.2022", { kind: 'range', from: '2022-05-30', to: '2022-06-13' }], // 001
  ["Июль-август 2022", { kind: 'month', from: '2022-07', to: '2022-08' }], // 001
  ["Август 2022", { kind: 'month', from: '2022-08' }], // 001
  ["07.09.2022", { kind: 'date', date: '2022-09-07' }], // 001
  ["01.09.2022-01.10.2022", { kind: 'range', from: '2022-09-01', to: '2022-10-01' }], // 001
  ["15.09.2022 – 22.12.2022", { kind: 'range', from: '2022-09-15', to: '2022-12-22' }], // 001
  ["05.09.2022 – 30.10.2022", { kind: 'range', from: '2022-09-05', to: '2022-10-30' }], // 001
  ["05.09.2022-30.10.2022 (среда)", { kind: 'weekly', weekday: 3, from: '2022-09-05', to: '2022-10-30' }], // 001
  ["до 15.09.2022", { kind: 'before', date: '2022-09-15' }], // 001
  ["03.10.2022-14.10.2022", { kind: 'range', from: '2022-10-03', to: '2022-10-14' }], // 001
  ["до 15.10.2022", { kind: 'before', date: '2022-10-15' }], // 001
  ["до 20.10.2022", { kind: 'before', date: '2022-10-20' }], // 001
  ["26.10.2022", { kind: 'date', date: '2022-10-26' }], // 001
  ["15.11.2022 – 25.11.2022", { kind: 'range', from: '2022-11-15', to: '2022-11-25' }], // 001
  ["01.11.2022-15.12.2022", { kind: 'range', from: '2022-11-01', to: '2022-12-15' }], // 001
  ["25.04.2022-\n31.05.2022 (среда)", { kind: 'weekly', weekday: 3, from: '2022-04-25', to: '2022-05-31' }], // 001 row 27 across a page break
  ["Декабрь 2021", { kind: 'month', from: '2021-12' }], // 004
  ["Декабрь 2021г.", { kind: 'month', from: '2021-12' }], // 004
  ["Январь 2022г.", { kind: 'month', from: '2022-01' }], // 004
  ["Январь-февраль 2022 г.", { kind: 'month', from: '2022-01', to: '2022-02' }], // 004
  ["Январь-февраль 2022г.", { kind: 'month', from: '2022-01', to: '2022-02' }], // 004
  ["Февраль 2022 г.", { kind: 'month', from: '2022-02' }], // 004
  ["Август 2022 г.", { kind: 'month', from: '2022-08' }], // 004
  ["В течение года", { kind: 'during' }], // 004
  ["Март 2022г.", { kind: 'month', from: '2022-03' }], // 004
  ["Март-май 2022г.", { kind: 'month', from: '2022-03', to: '2022-05' }], // 004
  ["ежемесячно", { kind: 'recurring', every: 'month' }], // 004
  ["постоянно", { kind: 'constantly' }], // 004
  ["Октябрь 2022г.", { kind: 'month', from: '2022-10' }], // 004
  ["Декабрь 2022г.", { kind: 'month', from: '2022-12' }], // 004
  ["Апрель 2022г.", { kind: 'month', from: '2022-04' }], // 004
  ["Август 2022г.", { kind: 'month', from: '2022-08' }], // 004
  ["Регулярно, в течение года", { kind: 'during', regularly: true }], // 004
  ["Октябрь-Ноябрь 2022г.", { kind: 'month', from: '2022-10', to: '2022-11' }], // 004
];

/** Further forms named in the brief and the mess of real input. */
const MESSY: [string, Deadline][] = [
  ['II полугодие', { kind: 'period', unit: 'half', parts: [2] }],
  ['II полугодие 2022 г.', { kind: 'period', unit: 'half', parts: [2], year: 2022 }],
  ['I и III кварталы 2022 г.', { kind: 'period', unit: 'quarter', parts: [1, 3], year: 2022 }],
  ['III – IV кварталы 2020 г.', { kind: 'period', unit: 'quarter', parts: [3, 4], span: true, year: 2020 }],
  ['1, 2 и 4 квартал', { kind: 'period', unit: 'quarter', parts: [1, 2, 4] }],
  ['1-й квартал 2022 г.', { kind: 'period', unit: 'quarter', parts: [1], year: 2022 }],
  ['в I квартале 2022 года', { kind: 'period', unit: 'quarter', parts: [1], year: 2022 }],
  ['IV кв. 2022 г.', { kind: 'period', unit: 'quarter', parts: [4], year: 2022 }],
  ['5 квартал 2022', { kind: 'period', unit: 'quarter', parts: [5], year: 2022 }],
  ['2022 год', { kind: 'period', unit: 'year', parts: [], year: 2022 }],
  ['В течение 2022 г.', { kind: 'during', year: 2022 }],
  ['в течении года', { kind: 'during' }],
  ['Регулярно, в течение 2022 года', { kind: 'during', year: 2022, regularly: true }],
  ['по мере необходимости', { kind: 'as-needed' }],
  ['По мере необходимости в течение года', { kind: 'during', asNeeded: true }],
  ['ЕЖЕНЕДЕЛЬНО', { kind: 'recurring', every: 'week' }],
  ['ежегодно', { kind: 'recurring', every: 'year' }],
  ['Ежемесячно в течение 2022 г.', { kind: 'recurring', every: 'month', year: 2022 }],
  ['ежемесячно по графику', { kind: 'recurring', every: 'month', note: 'по графику' }],
  ['Постоянно.', { kind: 'constantly' }],
  ['2022-02-22', { kind: 'date', date: '2022-02-22' }],
  ['до 2022-02-22', { kind: 'before', date: '2022-02-22' }],
  ['ДО 22.02.2022.', { kind: 'before', date: '2022-02-22' }],
  ['до\u00a022.02.2022 г.', { kind: 'before', date: '2022-02-22' }],
  ['до 22.02.2022 включительно', { kind: 'before', date: '2022-02-22', note: 'включительно' }],
  ['17.12.2021;', { kind: 'date', date: '2021-12-17' }],
  ['1.3.22', { kind: 'date', date: '2022-03-01' }],
  ['30.02.2022', { kind: 'date', date: '2022-02-30' }],
  ['2022-13-01', { kind: 'date', date: '2022-13-01' }],
  ['31.04.2022 – 02.05.2022', { kind: 'range', from: '2022-04-31', to: '2022-05-02' }],
  ['10—24 марта 2022г', { kind: 'range', from: '2022-03-10', to: '2022-03-24' }],
  ['10 - 24   марта\n2022 года', { kind: 'range', from: '2022-03-10', to: '2022-03-24' }],
  ['с 14.02.2022 по 30.03.2022', { kind: 'range', from: '2022-02-14', to: '2022-03-30' }],
  ['с 10 по 24 марта 2022 г.', { kind: 'range', from: '2022-03-10', to: '2022-03-24' }],
  ['20 декабря 2021 г. – 15 января 2022 г.', { kind: 'range', from: '2021-12-20', to: '2022-01-15' }],
  ['Декабрь 2021 – январь 2022', { kind: 'month', from: '2021-12', to: '2022-01' }],
  ['в марте 2022 г.', { kind: 'month', from: '2022-03' }],
  ['МАЙ 2022 ГОДА', { kind: 'month', from: '2022-05' }],
  ['17 июня и 16 сентября 2022 г.', { kind: 'list', items: [{ kind: 'date', date: '2022-06-17' }, { kind: 'date', date: '2022-09-16' }] }],
  [
    '21.03–27.03, 04.04–08.04.2022',
    {
      kind: 'list',
      items: [
        { kind: 'range', from: '2022-03-21', to: '2022-03-27' },
        { kind: 'range', from: '2022-04-04', to: '2022-04-08' },
      ],
    },
  ],
  [
    '17 июня 2022 г., 16 сентября 2023 г.',
    { kind: 'list', items: [{ kind: 'date', date: '2022-06-17' }, { kind: 'date', date: '2023-09-16' }] },
  ],
  [
    'Еженедельно по средам с 14 февраля по 30 марта 2022 г.',
    { kind: 'weekly', weekday: 3, from: '2022-02-14', to: '2022-03-30' },
  ],
  ['каждую пятницу 01.09.2022 – 30.12.2022', { kind: 'weekly', weekday: 5, from: '2022-09-01', to: '2022-12-30' }],
  ['01.09.2022 – 30.12.2022 по пятницам', { kind: 'weekly', weekday: 5, from: '2022-09-01', to: '2022-12-30' }],
  ['01.09.2022 – 30.12.2022 (еженедельно по понедельникам)', { kind: 'weekly', weekday: 1, from: '2022-09-01', to: '2022-12-30' }],
  ['14.02.2022-30.03.2022 (среда) по графику', { kind: 'weekly', weekday: 3, from: '2022-02-14', to: '2022-03-30', note: 'по графику' }],
  ['Август 2022 г. (по согласованию)', { kind: 'month', from: '2022-08', note: '(по согласованию)' }],
];

function expectParsed(text: string, expected: Deadline, defaultYear?: number): void {
  const r = parseDeadline(text, defaultYear === undefined ? undefined : { defaultYear });
  expect(r, JSON.stringify(text)).toStrictEqual({ ok: true, deadline: expected });
}

describe('parseDeadline: docs/DOMAIN.md §2', () => {
  test.each(DOMAIN)('%j', (text, expected) => expectParsed(text, expected));
});

describe('parseDeadline: every deadline of the seeds', () => {
  test.each(SEEDS)('%j', (text, expected) => expectParsed(text, expected));
});

describe('parseDeadline: messy and further forms', () => {
  test.each(MESSY)('%j', (text, expected) => expectParsed(text, expected));
});

describe('parseDeadline: default year', () => {
  test('a date without a year takes the default year', () => {
    expectParsed('10 – 24 марта', { kind: 'range', from: '2022-03-10', to: '2022-03-24' }, 2022);
    expectParsed('до 1 марта', { kind: 'before', date: '2022-03-01' }, 2022);
    expectParsed('21.03–27.03', { kind: 'range', from: '2022-03-21', to: '2022-03-27' }, 2022);
    expectParsed('февраль – март', { kind: 'month', from: '2022-02', to: '2022-03' }, 2022);
  });
  test('a year in the text wins over the default', () => {
    expectParsed('до 1 марта 2021 г.', { kind: 'before', date: '2021-03-01' }, 2022);
  });
  test('a period keeps no year when the text has none (the plan supplies it)', () => {
    expectParsed('1 и 3 квартал', { kind: 'period', unit: 'quarter', parts: [1, 3] }, 2022);
  });
  test('without a default, a date without a year is not parsed', () => {
    const r = parseDeadline('10 – 24 марта');
    expect(r.ok).toBe(false);
    expect(r.deadline).toStrictEqual({ kind: 'text', text: '10 – 24 марта' });
    if (!r.ok) expect(r.reason).toMatch(/year/);
  });
});

describe('parseDeadline: free text', () => {
  test.each([
    ['В соответствии с утвержденными сроками.', 'В соответствии с утвержденными сроками.'],
    ['  По   согласованию\nс министерством ', 'По согласованию с министерством'],
    ['25.04.2022-', '25.04.2022-'],
    ['до конца года', 'до конца года'],
    ['ежедневно', 'ежедневно'],
    ['2021-2022 гг.', '2021-2022 гг.'],
  ])('%j stays text', (text, folded) => {
    const r = parseDeadline(text);
    expect(r.ok).toBe(false);
    expect(r.deadline).toStrictEqual({ kind: 'text', text: folded });
    if (!r.ok) expect(r.reason).toMatch(/^[\x20-\x7e]+$/);
  });
  test('empty text', () => {
    const r = parseDeadline(' \n ');
    expect(r).toStrictEqual({ ok: false, deadline: { kind: 'text', text: '' }, reason: 'empty deadline', unread: 'empty' });
  });
});

describe('parseDeadline: a reading that needs a guess is never made', () => {
  // Seed 001 row 11: «07.02.2022 14.02.2022» — a period with its dash lost, or two dates?
  test.each([
    ['07.02.2022 14.02.2022'],
    ['13.01.2020 28.02.2020'],
    ['10 – 24 марта 30 мая – 13 июня 2022 г.'],
    ['Август 2022 г. Сентябрь 2022 г.'],
    ['07.02.2022 14.02.2022 (среда)'],
  ])('%j stays text: ambiguous', (text) => {
    const r = parseDeadline(text, { defaultYear: 2022 });
    expect(r.ok).toBe(false);
    expect(r.deadline).toStrictEqual({ kind: 'text', text });
    if (!r.ok) expect(r.unread).toBe('ambiguous');
  });
  test('with a separator the list is read', () => {
    expectParsed('07.02.2022, 14.02.2022', { kind: 'list', items: [{ kind: 'date', date: '2022-02-07' }, { kind: 'date', date: '2022-02-14' }] });
    expectParsed('07.02.2022 и 14.02.2022', { kind: 'list', items: [{ kind: 'date', date: '2022-02-07' }, { kind: 'date', date: '2022-02-14' }] });
    expectParsed('07.02.2022; 14.02.2022', { kind: 'list', items: [{ kind: 'date', date: '2022-02-07' }, { kind: 'date', date: '2022-02-14' }] });
  });
  test('other failures say why', () => {
    const noYear = parseDeadline('10 – 24 марта');
    expect(!noYear.ok && noYear.unread).toBe('no-year');
    const free = parseDeadline('до конца года');
    expect(!free.ok && free.unread).toBe('unrecognised');
  });
});
