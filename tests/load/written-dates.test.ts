/**
 * Dates and plan years as officials write them (src/load/normalise/written-dates.ts,
 * src/text/written-date.ts, src/text/plan-period.ts): accepted in every usual form, stored as
 * data, printed in the document's own style; anything else is a located error.
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { parsePlanPeriod } from '../../src/text/plan-period.js';
import { parseWrittenDate } from '../../src/text/written-date.js';
import { paragraphTexts, readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const roadmap = (date: string, period: string, dateStyle = 'numeric') => `document:
  kind: order
  authority: {name: [АДМИНИСТРАЦИЯ РАЙОНА]}
  date: ${date}
  number: 12
  dateStyle: ${dateStyle}
  title: О плане
  points: [Утвердить план]
  endorsements:
    - {position: Заместитель, name: И.И. Иванов, date: «03» октября 2023 г.}
  signatories:
    - {position: Глава, name: И.И. Иванов}
plan:
  title: План
  period: ${period}
  items:
    - task: Задача
      deadline: март 2024
`;

describe('parseWrittenDate', () => {
  it.each([
    ['02.10.2023', '2023-10-02'], ['2.10.2023', '2023-10-02'], ['02.10.2023 г.', '2023-10-02'], ['2 октября 2023 г.', '2023-10-02'],
    ['2 октября 2023 года', '2023-10-02'], ['«02» октября 2023 г.', '2023-10-02'], ['2023-10-02', '2023-10-02'], [' 02.10.2023 ', '2023-10-02'],
  ])('%s → %s', (text, iso) => expect(parseWrittenDate(text)).toEqual({ ok: true, iso }));

  it.each([['30.02.2023', 'impossible'], ['2023-02-29', 'impossible'], ['не дата', 'unrecognised'], ['до 02.10.2023', 'unrecognised'],
    ['октябрь 2023', 'unrecognised'], ['02.10.2023 – 05.10.2023', 'unrecognised'], ['14/02/2022', 'unrecognised']])('%s is not a date (%s)', (text, reason) => {
    expect(parseWrittenDate(text)).toEqual({ ok: false, reason });
  });
});

describe('parsePlanPeriod', () => {
  it.each([
    ['2022', 2022, 2022], ['2022 год', 2022, 2022], ['2022 г.', 2022, 2022], ['2023-2024', 2023, 2024], ['2023–2024 гг.', 2023, 2024],
    ['2023 — 2024 годы', 2023, 2024], ['на 2023-2024 годы', 2023, 2024], ['с 2023 по 2024 год', 2023, 2024], ['2023/2024 учебный год', 2023, 2024],
    ['2022 г. – 2023 г.', 2022, 2023],
  ])('%s → %i–%i', (text, from, to) => expect(parsePlanPeriod(text)).toEqual({ ok: true, from, to }));

  it.each([['2024-2023', 'reversed'], ['1800', 'range'], ['2022-2300', 'range'], ['20222', 'unrecognised'], ['2022 квартал', 'unrecognised'], ['2023-', 'unrecognised'], ['весь год', 'unrecognised']])(
    '%s is refused (%s)', (text, reason) => expect(parsePlanPeriod(text)).toEqual({ ok: false, reason }));
});

describe('document dates and plan years as written', () => {
  it.each([['02.10.2023', '2023–2024 гг.'], ['2 октября 2023 г.', '2023-2024'], ['2023-10-02', '[2023, 2024]'], ["'«02» октября 2023 г.'", '2023/2024 учебный год']])(
    'date %s, period %s: the same data', async (date, period) => {
      const { roadmap: r, diagnostics } = await loadRoadmapText(roadmap(date, period));
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(r!.document.date).toBe('2023-10-02');
      expect(r!.document.endorsements[0]!.date).toBe('2023-10-03');
      expect(r!.plans[0]!.period).toEqual({ from: 2023, to: 2024 });
    });

  it('prints the date in the document’s style, whatever the form it was written in (DOCX and PDF)', async () => {
    const { roadmap: r } = await loadRoadmapText(roadmap('2 октября 2023 г.', '2023'));
    const out = await render(r!, { now: '2023-10-02T00:00:00Z' });
    const docx = paragraphTexts(readDocx(out.docx!).documentXml).map((t) => t.replace(/\u00a0/g, ' '));
    expect(docx).toContain('02.10.2023\t№ 12');
    const pdf = (await readPdf(out.pdf!)).text.replace(/\u00a0/g, ' ');
    expect(pdf).toContain('02.10.2023');
    expect(pdf).not.toContain('2 октября 2023');
    const words = await loadRoadmapText(roadmap('02.10.2023', '2023', 'words'));
    const wordsOut = await render(words.roadmap!, { now: '2023-10-02T00:00:00Z', formats: ['docx'] });
    expect(paragraphTexts(readDocx(wordsOut.docx!).documentXml).map((t) => t.replace(/\u00a0/g, ' '))).toContain('2 октября 2023 г.\t№ 12');
  });

  it('a value that is not a date, an impossible date and unreadable years are errors at their values', async () => {
    const text = roadmap('вчера', '2024–2023').replace('date: «03» октября 2023 г.', 'date: 30.02.2023');
    const { roadmap: r, diagnostics } = await loadRoadmapText(text, { file: 'd.yaml' });
    expect(r).toBeUndefined();
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['date-unrecognised 4:9', 'date-impossible 10:56', 'period-invalid 15:11']);
    expect(diagnostics[0]!.message).toBe('„date“: „вчера“ — не дата.');
    expect(diagnostics[2]!.message).toBe('„period“: „2024–2023“ — первый год позже второго.');
    const en = await loadRoadmapText(text, { lang: 'en' });
    expect(en.diagnostics[1]!.message).toBe('“date”: no such date: 30.02.2023.');
  });
});
