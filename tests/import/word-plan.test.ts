/**
 * A Word plan that plangraf did not write, made the way Word users make one: the approval stamp
 * in a borderless table, a title and a two-line subtitle, a header in two rows with merged cells
 * («Ответственный исполнитель» over «основной | соисполнители»), the row of column numbers, section
 * rows spanning the table, numbers typed by hand (one of them «4а.»), empty cells, line breaks
 * and paragraphs in cells, a bulleted list, bold words and a link, an executor merged down two
 * rows, the number row repeated by hand after a page break, a picture, an empty last row and a
 * signature with tabs. It imports with a report of all that was skipped or changed, the YAML loads
 * without errors and renders.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { loadRoadmapText } from '../../src/load/index.js';
import type { Item, Group } from '../../src/model/roadmap.js';
import { render } from '../../src/render.js';
import { readDocx, tables } from '../support/docx-read.js';
import { p, tbl, tc, tr, wordDocx } from '../support/word-build.js';

const GRID = [900, 5200, 2000, 2400, 2400, 3000];
const numbers = () => tr(['1', '2', '3', '4', '5', '6'].map((n) => tc(p(n, { align: 'center' }))), { header: true });

function wordPlan(): Uint8Array {
  return wordDocx([
    tbl([7000, 7000], [tr([tc(), tc([p('УТВЕРЖДЕН'), p('приказом управления образования'), p('от 14.02.2022 № 50')])])]),
    p(),
    p({ text: 'ПЛАН МЕРОПРИЯТИЙ', bold: true }, { align: 'center' }),
    p(['по реализации проекта «500+»', { br: true, text: 'в Гороховецком районе на 2022 год' }], { align: 'center' }),
    p(),
    tbl(GRID, [
      tr([tc(p('№ п/п'), { vMerge: 'restart' }), tc(p('Наименование мероприятия'), { vMerge: 'restart' }), tc(p('Срок исполнения'), { vMerge: 'restart' }), tc(p('Ответственный исполнитель'), { span: 2 }), tc(p('Ожидаемый результат'), { vMerge: 'restart' })], { header: true }),
      tr([tc([], { vMerge: 'continue' }), tc([], { vMerge: 'continue' }), tc([], { vMerge: 'continue' }), tc(p('основной')), tc(p('соисполнители')), tc([], { vMerge: 'continue' })], { header: true }),
      numbers(),
      tr([tc(p({ text: 'Раздел 1. Организационные мероприятия', bold: true }), { span: 6 })]),
      tr([tc(p('1.')), tc(p(['Разработка муниципального плана-графика', { br: true, text: '(дорожной карты)' }])), tc(p('до 22.02.2022')), tc([p('Управление образования'), p('МКУ ИМОЦ')]), tc(), tc(p('План-график утверждён'))]),
      tr([
        tc(p('2.')),
        tc([p('Участие в курсах по направлениям:'), p('«Управление качеством образования»', { numId: 1 }), p('«Современный урок»', { numId: 1 })]),
        tc(p('Февраль – март 2022 г.')),
        tc(p('МКУ ИМОЦ'), { vMerge: 'restart' }),
        tc(p('ОО')),
        tc(p(['Обучены ', { text: '10 %', bold: true }, ' педагогов'])),
      ]),
      tr([tc(p('3.')), tc(p('Анкетирование школ-участниц')), tc(p('17.01.2022 – 04.02.2022')), tc([], { vMerge: 'continue' }), tc(), tc(p(['Отчёт на сайте ', { text: 'ИМОЦ', link: 'https://imoc.example.ru/500' }]))]),
      numbers(),
      tr([tc(p({ text: 'Раздел 2. Методическое сопровождение', bold: true }), { span: 6 })]),
      tr([tc(p('4.')), tc(p(['Семинар для заместителей директоров', { picture: true }])), tc(p('май 2022 года')), tc(p('МКУ ИМОЦ')), tc(p('ОО')), tc(p('Проведён семинар'))]),
      tr([tc(p('4а.')), tc(p('Консультации по запросу школ')), tc(p('в течение года')), tc(p('МКУ ИМОЦ')), tc(), tc()]),
      tr([tc(p('5.')), tc(p('Итоговое совещание')), tc(p('декабрь 2022 г.')), tc(p('Управление образования')), tc(), tc(p('Протокол совещания'))]),
      tr([tc(), tc(), tc(), tc(), tc(), tc()]),
    ]),
    p(),
    p(['Начальник управления образования', { tab: true }, { tab: true }, 'Е.Ф. Родькина']),
  ]);
}

describe('a Word plan that plangraf did not write', () => {
  it('imports with a located report of everything skipped or carried over otherwise', async () => {
    const { diagnostics } = await importDocx(wordPlan(), { file: 'план.docx' });
    expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
      'info import-column-extra: Таблица 2, строка 1, ячейка 4: столбец «Ответственный исполнитель, соисполнители» не из стандартных; перенесён как дополнительный (key: otvetstvennyi-ispolnitel).',
      'info import-rows-skipped: Таблица 2, строка 8: повтор строки номеров столбцов — пропущена.',
      'warning import-content-dropped: Таблица 2, строка 10, ячейка 2: пропущено то, что в план-график не переносится: рисунок или фигура.',
      'info import-rows-skipped: Таблица 2, строка 13: пустая строка — пропущена.',
      'info import-merged-cells: Таблица 2, строки 6–7, ячейка 4: ячейки объединены по вертикали; значение повторено в каждой строке.',
      expect.stringMatching(/^info import-deadline-restyled: Таблица 2, строка \d+, ячейка 3: \d+ срок/),
      'info import-header-joined: Таблица 2, строки 1–2: шапка таблицы в 2 строки; заголовки столбцов объединены в одну строку: «№ п/п», «Наименование мероприятия», «Срок исполнения», «Ответственный исполнитель, основной», «Ответственный исполнитель, соисполнители», «Ожидаемый результат».',
    ]);
  });

  it('the YAML loads without errors and keeps the author’s text, numbers, stamp, title and signature', async () => {
    const { yaml, yamlDiagnostics } = await importDocx(wordPlan(), { file: 'план.docx' });
    expect(yamlDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { roadmap, diagnostics } = await loadRoadmapText(yaml!, { file: 'план.yaml' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const doc = roadmap!.document;
    expect(doc.approval).toMatchObject({ by: 'act', act: 'приказом управления образования', date: '2022-02-14', number: '50' });
    const plan = roadmap!.plans[0]!;
    expect(plan.title).toBe('ПЛАН МЕРОПРИЯТИЙ');
    expect(plan.subtitle).toBe('по реализации проекта «500+»\nв Гороховецком районе на 2022 год');
    expect(plan.signatories.map((s) => [s.position, s.name])).toEqual([['Начальник управления образования', 'Е.Ф. Родькина']]);
    expect(plan.columns.map((c) => c.role ?? c.key)).toEqual(['number', 'task', 'deadline', 'executors', 'otvetstvennyi-ispolnitel', 'result']);
    expect(plan.numbering).toBe('continuous');
    expect(plan.repeat).toBe('header');

    const groups = plan.entries as Group[];
    expect(groups.map((g) => [g.explicitNo, g.title[0]?.type === 'paragraph' ? g.title[0].content.map((i) => (i.type === 'text' ? i.text : '\n')).join('') : ''])).toEqual([
      ['Раздел 1.', 'Организационные мероприятия'],
      ['Раздел 2.', 'Методическое сопровождение'],
    ]);
    const items = groups.flatMap((g) => g.entries) as Item[];
    expect(items.map((i) => i.explicitNo ?? '')).toEqual(['', '', '', '', '4а.', '5.']);
    expect(items.map((i) => i.deadlineSource)).toEqual(['до 22.02.2022', 'Февраль – март 2022 г.', '17.01.2022 – 04.02.2022', 'май 2022 года', 'в течение года', 'декабрь 2022 г.']);
    // Line breaks and paragraphs kept; the executor merged over two rows in both; bullets; bold; link.
    expect(yaml).toContain('- task: |-\n            Разработка муниципального плана-графика\n            (дорожной карты)');
    expect(items[0]!.executors).toEqual([{ type: 'text', text: 'Управление образования\nМКУ ИМОЦ', loc: expect.anything() }]);
    expect(items.slice(1, 3).map((i) => i.executors.map((e) => (e.type === 'text' ? e.text : e.key)))).toEqual([['МКУ ИМОЦ'], ['МКУ ИМОЦ']]);
    expect(items[1]!.task).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Участие в курсах по направлениям:' }] },
      { type: 'list', items: [[{ type: 'text', text: '«Управление качеством образования»' }], [{ type: 'text', text: '«Современный урок»' }]] },
    ]);
    expect(items[1]!.result).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Обучены ' }, { type: 'text', text: '10 %', bold: true }, { type: 'text', text: ' педагогов' }] }]);
    expect(items[2]!.result![0]).toMatchObject({ content: [{ text: 'Отчёт на сайте ' }, { text: 'ИМОЦ', link: 'https://imoc.example.ru/500' }] });
    expect(items[1]!.extra).toEqual({ 'otvetstvennyi-ispolnitel': ['ОО'] });
    expect(items[0]!.extra).toEqual({});
    expect(items[4]!.result).toBeUndefined();
    // The YAML says where each section came from.
    expect(yaml).toContain('    # таблица 2, строка 4\n    - no: Раздел 1.');
  });

  it('renders: the table has the document’s rows, sections and numbers', async () => {
    const { yaml } = await importDocx(wordPlan(), { file: 'план.docx' });
    const { roadmap } = await loadRoadmapText(yaml!, { file: 'план.yaml' });
    const { docx } = await render(roadmap!, { formats: ['docx'], now: '2022-03-01T00:00:00Z' });
    const rows = tables(readDocx(docx!).documentXml).flatMap((t) => t.rows);
    const firstCells = rows.map((r) => r.cells[0]!.text);
    expect(firstCells).toEqual([
      '№ п/п', '1',
      'Раздел 1. Организационные мероприятия', '1.', '2.', '3.',
      'Раздел 2. Методическое сопровождение', '4.', '4а.', '5.',
    ]);
  });
});
