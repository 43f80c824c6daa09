import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Deadline, DeadlineStyle, ListElement } from '../../src/model/deadline.js';
import { capitalizeFirst, formatDeadline, toRoman } from '../../src/text/deadline-format.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';

const NB = '\u00a0';
/** Printed text with non-breaking spaces made visible as ordinary ones, for readable tables. */
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

const NUMERIC: Partial<DeadlineStyle> = { dates: 'numeric', capitalize: false };
const WORDS: Partial<DeadlineStyle> = { dates: 'words' };
const GODA: Partial<DeadlineStyle> = { dates: 'words', year: 'года' };

describe('formatDeadline: exact output with non-breaking spaces', () => {
  test.each<[Deadline, Partial<DeadlineStyle> | undefined, string]>([
    [{ kind: 'before', date: '2021-12-20' }, undefined, `До${NB}20${NB}декабря 2021${NB}г.`],
    [{ kind: 'before', date: '2022-02-22' }, NUMERIC, `до${NB}22.02.2022`],
    [{ kind: 'range', from: '2022-01-17', to: '2022-02-04' }, NUMERIC, `17.01.2022${NB}– 04.02.2022`],
    [{ kind: 'range', from: '2022-03-10', to: '2022-03-24' }, WORDS, `10${NB}– 24${NB}марта 2022${NB}г.`],
    [{ kind: 'month', from: '2022-02', to: '2022-03' }, WORDS, `Февраль${NB}– март 2022${NB}г.`],
    [{ kind: 'date', date: '2022-02-14' }, GODA, `14${NB}февраля 2022${NB}года`],
    [{ kind: 'period', unit: 'quarter', parts: [1, 3], year: 2022 }, WORDS, `I и III${NB}кварталы${NB}2022${NB}г.`],
  ])('%j %j', (d, style, expected) => {
    expect(formatDeadline(d, style)).toBe(expected);
  });
});

/**
 * Canonical forms: format(parse(s)) gives s back (non-breaking spaces shown as spaces).
 * Each row: text, style.
 */
const CANONICAL: [string, Partial<DeadlineStyle>][] = [
  // words style, capitalised, «г.» (the default)
  ['До 20 декабря 2021 г.', WORDS],
  ['17 декабря 2021 г.', WORDS],
  ['17 января – 4 февраля 2022 г.', WORDS],
  ['10 – 24 марта 2022 г.', WORDS],
  ['1 – 11 ноября 2022 г.', WORDS],
  ['20 декабря 2021 г. – 15 января 2022 г.', WORDS],
  ['10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.', WORDS],
  ['17 июня, 16 сентября 2022 г.', WORDS],
  ['17 июня 2022 г., 16 сентября 2023 г.', WORDS],
  ['До 29 апреля, до 30 июня, до 17 октября 2022 г.', WORDS],
  ['Февраль – март 2022 г.', WORDS],
  ['Январь – декабрь 2022 г.', WORDS],
  ['Май 2022 г.', WORDS],
  ['Декабрь 2021 г. – январь 2022 г.', WORDS],
  ['Февраль – июль, сентябрь – декабрь 2022 г.', WORDS],
  ['Февраль – декабрь 2022 г. по графику', WORDS],
  ['Февраль – март 2022 г. не реже одного раза в квартал', WORDS],
  ['Еженедельно по средам с 14 февраля по 30 марта 2022 г.', WORDS],
  ['I и III кварталы', WORDS],
  ['I, II и IV кварталы 2022 г.', WORDS],
  ['III – IV кварталы 2020 г.', WORDS],
  ['I квартал 2022 г.', WORDS],
  ['II полугодие', WORDS],
  ['I и II полугодия 2023 г.', WORDS],
  ['2022 год', WORDS],
  ['Ежемесячно', WORDS],
  ['Ежеквартально', WORDS],
  ['Еженедельно', WORDS],
  ['Ежегодно', WORDS],
  ['В течение 2022 г. ежемесячно', WORDS],
  ['В течение года', WORDS],
  ['В течение 2022 г.', WORDS],
  ['Регулярно, в течение года', WORDS],
  ['В течение 2022 г. по мере необходимости', WORDS],
  ['По мере необходимости', WORDS],
  ['Постоянно', WORDS],
  // numeric style, not capitalised
  ['до 22.02.2022', NUMERIC],
  ['17.12.2021', NUMERIC],
  ['17.01.2022 – 04.02.2022', NUMERIC],
  ['07.02.2022, 14.02.2022', NUMERIC],
  ['до 29.04.2022, до 30.06.2022', NUMERIC],
  ['еженедельно по средам с 14.02.2022 по 30.03.2022', NUMERIC],
  ['февраль – март 2022 г.', NUMERIC],
  ['февраль – июль, сентябрь – декабрь 2022 г.', NUMERIC],
  ['30.02.2022', NUMERIC],
  ['ежемесячно', NUMERIC],
  ['постоянно', NUMERIC],
  ['в течение года', NUMERIC],
  // «года»
  ['До 20 декабря 2021 года', GODA],
  ['Май 2022 года', GODA],
  ['В течение 2022 года ежемесячно', GODA],
  ['I квартал 2022 года', GODA],
];

describe('formatDeadline: canonical forms print back as written', () => {
  test.each(CANONICAL)('%j', (text, style) => {
    const r = parseDeadline(text);
    expect(r.ok, text).toBe(true);
    expect(plain(formatDeadline(r.deadline, style))).toBe(text);
  });
});

describe('formatDeadline: customary forms of the seeds in both styles', () => {
  test.each<[string, string, string]>([
    ['21.03–27.03.2022', '21 – 27 марта 2022 г.', '21.03.2022 – 27.03.2022'],
    ['Январь-декабрь 2022', 'Январь – декабрь 2022 г.', 'январь – декабрь 2022 г.'],
    ['май 2022 года', 'Май 2022 г.', 'май 2022 г.'],
    ['07.02.2022, 14.02.2022', '7 февраля, 14 февраля 2022 г.', '07.02.2022, 14.02.2022'],
    ['14.02.2022-30.03.2022 (среда)', 'Еженедельно по средам с 14 февраля по 30 марта 2022 г.', 'еженедельно по средам с 14.02.2022 по 30.03.2022'],
    ['1 и 3 квартал', 'I и III кварталы', 'I и III кварталы'],
    ['3-4 квартал 2020', 'III – IV кварталы 2020 г.', 'III – IV кварталы 2020 г.'],
    ['Октябрь-Ноябрь 2022г.', 'Октябрь – ноябрь 2022 г.', 'октябрь – ноябрь 2022 г.'],
    ['2022-02-22', '22 февраля 2022 г.', '22.02.2022'],
    ['В течение 2022 года ежемесячно', 'В течение 2022 г. ежемесячно', 'в течение 2022 г. ежемесячно'],
  ])('%j', (text, words, numeric) => {
    const d = parseDeadline(text).deadline;
    expect(plain(formatDeadline(d))).toBe(words);
    expect(plain(formatDeadline(d, NUMERIC))).toBe(numeric);
  });

  test('text deadlines print as written, never capitalised', () => {
    expect(formatDeadline({ kind: 'text', text: 'по согласованию' })).toBe('по согласованию');
  });

  test('capitalize touches only a leading letter', () => {
    expect(capitalizeFirst('до 1 марта')).toBe('До 1 марта');
    expect(capitalizeFirst('10 – 24 марта')).toBe('10 – 24 марта');
    expect(capitalizeFirst('«а»')).toBe('«а»');
    expect(formatDeadline({ kind: 'range', from: '2022-03-10', to: '2022-03-24' })).toMatch(/^10/);
  });

  test('roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'XIV']);
  });

  test('an impossible month falls back to the numeric date in words style', () => {
    expect(plain(formatDeadline({ kind: 'date', date: '2022-13-01' }))).toBe('01.13.2022');
  });
});

// ───────────────────────────── round trips ─────────────────────────────

/**
 * Structured deadlines that must survive parse(format(d)) in every style.
 *
 * Not expressible, hence excluded here and from the property below:
 * - a note on an item of a list (printed after the item, but it reads back as the note of the
 *   whole list or breaks the list);
 * - a note that is itself a deadline phrase («по мере необходимости» after `during` reads back
 *   as `asNeeded`);
 * - a weekly deadline whose weekday is outside 1…7 (no name to print);
 * - a month deadline with an impossible month («2022-13»: no name to print; dates with an
 *   impossible month are fine, they print numerically);
 * - a period with `span: true` and one part, and a `year` period without a year;
 * - `text` deadlines whose text happens to be a parseable form.
 */
const STRUCTURED: Deadline[] = [
  { kind: 'date', date: '2021-12-17' },
  { kind: 'date', date: '2022-02-30' },
  { kind: 'before', date: '2022-02-22' },
  { kind: 'before', date: '2022-02-22', note: 'включительно' },
  { kind: 'range', from: '2022-01-17', to: '2022-02-04' },
  { kind: 'range', from: '2022-03-10', to: '2022-03-24' },
  { kind: 'range', from: '2021-12-20', to: '2022-01-15' },
  { kind: 'range', from: '2022-03-24', to: '2022-03-10' },
  { kind: 'month', from: '2022-05' },
  { kind: 'month', from: '2022-02', to: '2022-03', note: 'не реже одного раза в квартал' },
  { kind: 'month', from: '2021-12', to: '2022-01' },
  {
    kind: 'list',
    items: [
      { kind: 'range', from: '2022-03-10', to: '2022-03-24' },
      { kind: 'range', from: '2022-05-30', to: '2022-06-13' },
      { kind: 'range', from: '2022-10-03', to: '2022-10-14' },
    ],
  },
  {
    kind: 'list',
    items: [
      { kind: 'before', date: '2022-04-29' },
      { kind: 'date', date: '2022-06-30' },
      { kind: 'month', from: '2022-09', to: '2022-12' },
      { kind: 'range', from: '2022-12-20', to: '2023-01-10' },
    ],
    note: 'по графику',
  },
  {
    kind: 'list',
    items: [
      { kind: 'month', from: '2022-02', to: '2022-07' },
      { kind: 'month', from: '2022-09', to: '2022-12' },
    ],
  },
  { kind: 'list', items: [{ kind: 'date', date: '2022-13-01' }, { kind: 'before', date: '2022-02-30' }] },
  { kind: 'weekly', weekday: 3, from: '2022-02-14', to: '2022-03-30' },
  { kind: 'weekly', weekday: 7, from: '2021-12-05', to: '2022-01-30', note: 'по графику' },
  { kind: 'period', unit: 'quarter', parts: [1, 3] },
  { kind: 'period', unit: 'quarter', parts: [3, 4], span: true, year: 2020 },
  { kind: 'period', unit: 'half', parts: [2], year: 2022 },
  { kind: 'period', unit: 'year', parts: [], year: 2022 },
  { kind: 'recurring', every: 'month' },
  { kind: 'recurring', every: 'week', year: 2022 },
  { kind: 'recurring', every: 'quarter', note: 'по графику' },
  { kind: 'during' },
  { kind: 'during', year: 2022, asNeeded: true },
  { kind: 'during', regularly: true },
  { kind: 'during', year: 2023, regularly: true, asNeeded: true },
  { kind: 'as-needed' },
  { kind: 'constantly' },
  { kind: 'constantly', note: '(по согласованию)' },
];

const STYLES: Partial<DeadlineStyle>[] = [
  { dates: 'words', year: 'г.', capitalize: true },
  { dates: 'words', year: 'года', capitalize: false },
  { dates: 'numeric', year: 'г.', capitalize: false },
  { dates: 'numeric', year: 'года', capitalize: true },
];

describe('round trip: parse(format(d)) equals d', () => {
  for (const style of STYLES) {
    test.each(STRUCTURED)(`${JSON.stringify(style)} %j`, (d) => {
      const text = formatDeadline(d, style);
      expect(parseDeadline(text), text).toStrictEqual({ ok: true, deadline: d });
    });
  }
});

// ───────────────────────────── property ─────────────────────────────

const isoDate = fc
  .record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const yearMonth = fc
  .record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
const year = fc.integer({ min: 1990, max: 2099 });
const note = fc.option(fc.constantFrom('по графику', 'не реже одного раза в квартал', '(по согласованию)', 'включительно'), {
  nil: undefined,
});

function withNote<T extends Deadline>(d: T, n: string | undefined): T {
  return n === undefined ? d : { ...d, note: n };
}
function withYear<T extends object>(d: T, y: number | undefined): T {
  return y === undefined ? d : { ...d, year: y };
}

const element: fc.Arbitrary<ListElement> = fc.oneof(
  isoDate.map((date): ListElement => ({ kind: 'date', date })),
  isoDate.map((date): ListElement => ({ kind: 'before', date })),
  fc.tuple(isoDate, isoDate).map(([from, to]): ListElement => ({ kind: 'range', from, to })),
  fc.tuple(yearMonth, fc.option(yearMonth, { nil: undefined })).map(
    ([from, to]): ListElement => (to === undefined ? { kind: 'month', from } : { kind: 'month', from, to }),
  ),
);

const parts = (max: number): fc.Arbitrary<number[]> =>
  fc.uniqueArray(fc.integer({ min: 1, max }), { minLength: 1, maxLength: max }).map((a) => [...a].sort((x, y) => x - y));

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.tuple(element, note).map(([e, n]): Deadline => withNote(e, n)),
  fc.tuple(fc.array(element, { minLength: 2, maxLength: 4 }), note).map(([items, n]): Deadline => withNote({ kind: 'list', items }, n)),
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), isoDate, isoDate, note)
    .map(([w, from, to, n]): Deadline => withNote({ kind: 'weekly', weekday: w as 1 | 2 | 3 | 4 | 5 | 6 | 7, from, to }, n)),
  fc
    .tuple(fc.constantFrom('quarter' as const, 'half' as const), fc.boolean(), fc.option(year, { nil: undefined }), note)
    .chain(([unit, span, y, n]) =>
      (span
        ? fc.tuple(fc.integer({ min: 1, max: unit === 'quarter' ? 4 : 2 }), fc.integer({ min: 1, max: unit === 'quarter' ? 4 : 2 }))
            .map(([a, b]) => ({ ps: [a, b], span: true }))
        : parts(unit === 'quarter' ? 4 : 2).map((ps) => ({ ps, span: false }))
      ).map(({ ps, span: s }): Deadline => {
        const p: Deadline = withYear({ kind: 'period' as const, unit, parts: ps, ...(s ? { span: true } : {}) }, y);
        return withNote(p, n);
      }),
    ),
  fc.tuple(year, note).map(([y, n]): Deadline => withNote({ kind: 'period', unit: 'year', parts: [], year: y }, n)),
  fc
    .tuple(fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const), fc.option(year, { nil: undefined }), note)
    .map(([every, y, n]): Deadline => withNote(withYear({ kind: 'recurring' as const, every }, y), n)),
  fc
    .tuple(fc.option(year, { nil: undefined }), fc.boolean(), fc.boolean(), note)
    .map(([y, regularly, asNeeded, n]): Deadline =>
      withNote(
        withYear({ kind: 'during' as const, ...(regularly ? { regularly: true } : {}), ...(asNeeded ? { asNeeded: true } : {}) }, y),
        n,
      ),
    ),
  note.map((n): Deadline => withNote({ kind: 'as-needed' }, n)),
  note.map((n): Deadline => withNote({ kind: 'constantly' }, n)),
);

const style: fc.Arbitrary<Partial<DeadlineStyle>> = fc.record({
  dates: fc.constantFrom('numeric' as const, 'words' as const),
  year: fc.constantFrom('г.' as const, 'года' as const),
  capitalize: fc.boolean(),
});

describe('round trip property', () => {
  test('parse(format(d, style)) equals d for random structured deadlines', () => {
    fc.assert(
      fc.property(deadline, style, (d, s) => {
        const text = formatDeadline(d, s);
        expect(parseDeadline(text), text).toStrictEqual({ ok: true, deadline: d });
      }),
      { seed: 20221214, numRuns: 300 },
    );
  });
});
