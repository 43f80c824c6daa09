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
import { joinedTables, plainSpaces, readDocx } from '../support/docx-read.js';
import { wordPlan } from '../support/word-plan-sample.js';

describe('a Word plan that plangraf did not write', () => {
  it('imports with a located report of everything skipped or carried over otherwise', async () => {
    const { diagnostics } = await importDocx(wordPlan(), { file: 'план.docx' });
    expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
      'info import-column-extra: Таблица 2, строка 1, ячейка 4: столбец «Ответственный исполнитель, соисполнители» не из стандартных; перенесён как дополнительный (key: otvetstvennyi-ispolnitel).',
      'info import-rows-skipped: Таблица 2, строка 8: повтор строки номеров столбцов — пропущена.',
      'warning import-content-dropped: Таблица 2, строка 10, ячейка 2: пропущено то, что в план-график не переносится: рисунок или фигура.',
      'info import-rows-skipped: Таблица 2, строка 13: пустая строка — пропущена.',
      'info import-merged-cells: Таблица 2, строки 6–7, ячейка 4: ячейки объединены по вертикали; в строках ниже первой записано merge: [столбец].',
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
    // Printed as written, one per line; looked up line by line.
    expect(items[0]!.executorsSource).toBe('Управление образования\nМКУ ИМОЦ');
    expect(items[0]!.executors.map((e) => (e.type === 'text' ? e.text : e.key))).toEqual(['Управление образования', 'МКУ ИМОЦ']);
    // The executor merged over two rows: written in the first, `merge: [executors]` in the second.
    expect(items[1]!.executors.map((e) => (e.type === 'text' ? e.text : e.key))).toEqual(['МКУ ИМОЦ']);
    expect(items[2]!.merge).toEqual(['executors']);
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
    const rows = joinedTables(readDocx(docx!).documentXml).flatMap((t) => t.rows);
    const firstCells = rows.map((r) => plainSpaces(r.cells[0]!.text));
    expect(firstCells).toEqual([
      '№ п/п', '1',
      'Раздел 1. Организационные мероприятия', '1.', '2.', '3.',
      'Раздел 2. Методическое сопровождение', '4.', '4а.', '5.',
    ]);
  });
});
