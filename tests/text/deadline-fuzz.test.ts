/**
 * Random jumbles of deadline words: parsing never throws, text results keep the folded input,
 * and whatever parses prints in both styles to text that parses back to the same deadline.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDeadline } from '../../src/text/deadline-format.js';
import { foldWhitespace } from '../../src/text/deadline-tokens.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';

const VOCABULARY = [
  'до', 'с', 'по', 'и', ',', ';', '.', '(', ')', '–', '-', '—', '1', '3', '10', '24', '30', '2021', '2022', '2023',
  'г.', 'г', 'года', 'год', '2022г.', 'марта', 'декабря', 'май', 'февраль', 'январь', 'в марте', '14.02.2022',
  '17.12.2021', '21.03', '01.13.2022', '29.02.2023', '2022-02-30', '(среда)', 'каждую', 'среду', 'еженедельно',
  'средам', 'в', 'течение', 'в течении', 'всего', 'ежемесячно', 'ежеквартально', 'квартал', 'кварталы', 'кв.',
  '1-й', 'I', 'II', 'III', 'IV', 'V', 'полугодие', 'регулярно', 'по мере необходимости', 'постоянно', 'графику',
];

test('parse never throws; parsed deadlines survive format → parse in both styles', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }), fc.constantFrom(' ', '', '\n', ' \u00a0 '), (words, sep) => {
      const text = words.join(sep);
      const r = parseDeadline(text);
      if (!r.ok) {
        expect(r.deadline).toStrictEqual({ kind: 'text', text: foldWhitespace(text) });
        return;
      }
      for (const dates of ['words', 'numeric'] as const) {
        const printed = formatDeadline(r.deadline, { dates });
        expect(parseDeadline(printed), `${JSON.stringify(text)} → ${printed}`).toStrictEqual({ ok: true, deadline: r.deadline });
      }
    }),
    { seed: 42, numRuns: 300 },
  );
});
