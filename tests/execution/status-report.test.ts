/**
 * The status report of a small plan whose figures are computed here by hand, as of 30.06.2022:
 * each row's state, which are overdue (and by how many days), «без срока», % done per section
 * and in total — and the same figures read back from the DOCX and the PDF.
 */
import { describe, expect, it } from 'vitest';
import { assessExecution, type AssessedItem } from '../../src/execution/assess.js';
import { renderStatusReport } from '../../src/execution/render-report.js';
import { loadRoadmapText } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { paragraphTexts, readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const sp = (s: string) => s.replaceAll('\u00a0', ' ');

/*
 * As of 30.06.2022, by hand:
 * Раздел 1 (5 rows)
 *   1.1 done 10.02                                → done
 *   1.2 in-progress, due 31.03 (Февраль – март)   → overdue, 91 days (31.03 → 30.06)
 *   1.3 not-started, due 30.06 (до 30.06.2022)    → due on the as-of day: not overdue
 *   1.4 postponed to 01.06.2022                   → overdue, 29 days
 *   1.5 no execution, due 31.05                   → unknown («нет сведений»), overdue 30 days
 *   done 1 of 5 → 20 %; overdue 3 (1.2, 1.4, 1.5)
 * Раздел 2 (4 rows)
 *   2.1 cancelled, due 15.01                      → not overdue (cancelled)
 *   2.2 in-progress, «по согласованию»             → free text: «без срока»
 *   2.3 done 20.06                                → done
 *   2.4 postponed to 01.09.2022, due 15.03        → not overdue (new deadline later)
 *   done 1 of 3 not cancelled → 33 %; overdue 0; no deadline 1
 * Total: 9 rows, done 2, in progress 2, not started 1, postponed 2, cancelled 1, unknown 1,
 *   overdue 3, no deadline 1; % done 2 of 8 → 25 %.
 */
const PLAN = `document:
  kind: plan
  approval: {by: act, act: приказом управления, date: 01.02.2022, number: '7'}
organisations:
  УО: управление образования
plan:
  title: ПЛАН-ГРАФИК
  subtitle: мероприятий проекта на 2022 год
  period: 2022
  items:
    - section: Подготовка
      items:
        - task: Отбор школ
          deadline: до 15.02.2022
          executors: УО
          execution: {status: done, done: 10.02.2022, fact: Отобрано 12 школ, evidence: 'https://example.org/act-1'}
        - task: Анкетирование школ
          deadline: Февраль – март 2022 г.
          execution: {status: Выполняется, comment: Анкеты сдали 9 школ из 12}
        - task: Совещание
          deadline: до 30.06.2022
          execution: {status: не начато}
        - task: Семинар кураторов
          deadline: до 20.04.2022
          execution: {status: перенесено, postponedTo: 01.06.2022}
        - task: Сбор программ
          deadline: май 2022 г.
    - section: Сопровождение
      items:
        - task: Курсы
          deadline: до 15.01.2022
          execution: {status: cancelled, comment: Курсы отменены}
        - task: Консультации
          deadline: по согласованию с кураторами
          execution: {status: in-progress}
        - task: Отчёт
          deadline: до 30.06.2022
          execution: {status: done, done: 20.06.2022}
        - task: Конференция
          deadline: до 15.03.2022
          execution: {status: postponed, postponedTo: 01.09.2022}
`;

async function plan(): Promise<Roadmap> {
  const r = await loadRoadmapText(PLAN, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.roadmap!;
}

describe('status report figures', () => {
  it('the assessment equals the figures computed by hand', async () => {
    const a = assessExecution(await plan(), '2022-06-30');
    const [s1, s2] = a.plans[0]!.entries;
    if (s1?.type !== 'group' || s2?.type !== 'group') throw new Error('sections expected');
    const rows = (g: typeof s1) => g.entries.map((e) => e as AssessedItem).map((e) => [e.no, e.state, e.overdue, e.daysOverdue ?? null, e.noDeadline]);
    expect(rows(s1)).toEqual([
      ['1.1.', 'done', false, null, false],
      ['1.2.', 'in-progress', true, 91, false],
      ['1.3.', 'not-started', false, null, false],
      ['1.4.', 'postponed', true, 29, false],
      ['1.5.', 'unknown', true, 30, false],
    ]);
    expect(rows(s2)).toEqual([
      ['2.1.', 'cancelled', false, null, false],
      ['2.2.', 'in-progress', false, null, true],
      ['2.3.', 'done', false, null, false],
      ['2.4.', 'postponed', false, null, false],
    ]);
    expect(s1.tally).toMatchObject({ total: 5, done: 1, overdue: 3, percentDone: 20, overdueNos: ['1.2', '1.4', '1.5'] });
    expect(s2.tally).toMatchObject({ total: 4, done: 1, cancelled: 1, overdue: 0, noDeadline: 1, percentDone: 33 });
    expect(a.tally).toEqual({
      total: 9, done: 2, inProgress: 2, notStarted: 1, postponed: 2, cancelled: 1, unknown: 1, overdue: 3, noDeadline: 1, percentDone: 25,
      overdueNos: ['1.2', '1.4', '1.5'],
    });
  });

  it('the DOCX prints the same figures: statuses, overdue days, subtotals and the summary', async () => {
    const r = await renderStatusReport(await plan(), { asOf: '2022-06-30', formats: ['docx'] });
    expect(r.diagnostics).toEqual([]);
    const xml = readDocx(r.docx!).documentXml;
    const [table] = tables(xml);
    const text = (i: number) => table!.rows[i]!.cells.map((c) => sp(c.text));
    expect(text(0)).toEqual(['№ п/п', 'Мероприятие', 'Срок', 'Исполнитель', 'Статус', 'Факт', 'Комментарий']);
    expect(text(1)[0]).toBe('1. Подготовка');
    expect(text(2)).toEqual(['1.1.', 'Отбор школ', 'До 15 февраля 2022 г.', 'УО', 'выполнено 10.02.2022', 'Отобрано 12 школ\nhttps://example.org/act-1', '']);
    expect(text(3)[4]).toBe('выполняется\nпросрочено на 91 день (срок 31.03.2022)');
    expect(text(3)[6]).toBe('Анкеты сдали 9 школ из 12');
    expect(text(4)[4]).toBe('не начато');
    expect(text(5)[4]).toBe('перенесено на 01.06.2022\nпросрочено на 29 дней (срок 01.06.2022)');
    expect(text(6)[4]).toBe('нет сведений\nпросрочено на 30 дней (срок 31.05.2022)');
    expect(text(7)).toEqual(['Итого по разделу 1: мероприятий 5, выполнено 1 (20 %), выполняется 1, не начато 1, перенесено 1, нет сведений 1; просрочено 3.']);
    expect(text(9)[4]).toBe('отменено');
    expect(text(10)[4]).toBe('выполняется\nбез срока');
    expect(text(13)).toEqual(['Итого по разделу 2: мероприятий 4, выполнено 1 (33 %), выполняется 1, перенесено 1, отменено 1; без срока 1.']);
    // The overdue line is bold; the evidence is a link.
    expect(table!.rows[3]!.cells[4]!.xml).toMatch(/<w:b\/>.*просрочено/s);
    expect(xml).toContain('w:hyperlink');
    const paragraphs = paragraphTexts(xml).map(sp);
    expect(paragraphs).toContain('Информация о ходе реализации плана-графика');
    expect(paragraphs).toContain('по состоянию на 30.06.2022');
    expect(paragraphs).toContain('По состоянию на 30.06.2022 из 9 мероприятий плана-графика выполнено 2 (25 % без учёта отменённых), выполняется 2, не начато 1, перенесено 2, отменено 1, сведения не представлены по 1.');
    expect(paragraphs).toContain('Просрочено 3 мероприятия (пп. 1.2, 1.4, 1.5). Без установленного срока 1 мероприятие: просрочка по ним не определяется.');
  });

  it('the PDF prints the same figures', async () => {
    const r = await renderStatusReport(await plan(), { asOf: '2022-06-30', formats: ['pdf'] });
    const text = sp((await readPdf(r.pdf!)).text).replace(/\s+/g, ' ');
    expect(text).toContain('Информация о ходе реализации плана-графика');
    expect(text).toContain('по состоянию на 30.06.2022');
    // The status cell wraps («просрочено на» / «91 день (срок …)»): its pieces, in order.
    expect(text).toMatch(/просрочено на .*91 день \(срок 31\.03\.2022\)/);
    expect(text).toMatch(/просрочено на .*29 дней \(срок 01\.06\.2022\)/);
    expect(text).toContain('Итого по разделу 1: мероприятий 5, выполнено 1 (20 %)');
    expect(text).toContain('Итого по разделу 2: мероприятий 4, выполнено 1 (33 %)');
    expect(text).toContain('из 9 мероприятий плана-графика выполнено 2 (25 % без учёта отменённых)');
    expect(text).toContain('Просрочено 3 мероприятия (пп. 1.2, 1.4, 1.5).');
  });

  it('is deterministic: the same roadmap and date give the same bytes', async () => {
    const roadmap = await plan();
    const a = await renderStatusReport(roadmap, { asOf: '2022-06-30' });
    const b = await renderStatusReport(roadmap, { asOf: '2022-06-30' });
    expect(Buffer.compare(a.docx!, b.docx!)).toBe(0);
    expect(Buffer.compare(a.pdf!, b.pdf!)).toBe(0);
  });

  it('a row done after the as-of date is reported, located at its date', async () => {
    expect(assessExecution(await plan(), '2022-06-25').diagnostics).toEqual([]);
    const late = assessExecution(await plan(), '2022-06-15');
    expect(late.diagnostics.map((d) => [d.code, d.file, d.line, d.column, sp(d.message)])).toEqual([
      ['execution-done-after-as-of', 'plan.yaml', 38, 43, 'Мероприятие выполнено 20.06.2022, позже даты отчёта 15.06.2022: в отчёте оно показано выполненным.'],
    ]);
  });
});
