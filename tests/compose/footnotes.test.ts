/**
 * Footnote markers in any text of the composed document (src/compose/footnotes.ts): every run of
 * the model is read once it is composed, so a marker works whatever part or template printed its
 * text; the notes are numbered in document order, a second reference repeats its note.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/compose/context.js';
import { applyFootnotes } from '../../src/compose/footnotes.js';
import { compose } from '../../src/compose/index.js';
import { loadRoadmapText } from '../../src/load/index.js';
import type { Block, Paragraph, Run, Section } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { loadTemplates, mapTemplateHost } from '../../src/templates/index.js';
import { roadmap } from './builders.js';

async function composed(yaml: string, options: Parameters<typeof compose>[1] = {}) {
  const { roadmap: r, diagnostics } = await loadRoadmapText(yaml, { file: 'footnotes.yaml' });
  expect(diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('footnote'))).toEqual([]);
  return compose(r!, options).model;
}

/** Every run of the blocks, in document order. */
function runsOf(blocks: Block[]): Run[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'paragraph':
        return b.runs;
      case 'split-line':
        return [...b.left, ...b.right];
      case 'table':
        return [...b.head, ...b.rows].flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap((p) => p.runs)));
      case 'approval-stamp':
      case 'appendix-mark':
        return b.lines.flat();
      case 'formula':
        return b.runs;
      default:
        return [];
    }
  });
}

const ORDER = `document:
  kind: order
  authority:
    name: [Управление образования]
    genitive: управления образования[^genitive]
  date: 2022-02-14
  number: 50[^number]
  title: Об утверждении плана-графика[^title]
  preamble: В целях реализации проекта[^title]
  points:
    - Утвердить план-график (приложение).
    - text: Контроль оставляю за собой[^point].
  footnotes:
    genitive: В родительном падеже.
    number: Номер по журналу.
    title: О проекте «500+».
    point: Пункт о контроле.
    subtitle: О подзаголовке.
    header: О колонке.
    cell: О ячейке.
    deadline: О сроке.
plan:
  title: ПЛАН-ГРАФИК
  subtitle: мероприятий проекта[^subtitle]
  columns: [number, {role: task, header: 'Мероприятие[^header]'}, deadline]
  items:
    - task: Отбор школ[^cell]
      deadline: до 20.12.2022[^deadline]
`;

describe('compose: footnotes', () => {
  it('a marker in any text — date line, title, preamble, point, appendix mark, plan subtitle, column header, cell, deadline — becomes a reference, numbered in document order', async () => {
    const model = await composed(ORDER);
    const references = model.sections.flatMap((s) => runsOf(s.blocks)).filter((r) => r.footnote);
    expect(references.map((r) => [r.text, r.footnote])).toEqual([
      ['1', { id: 1 }], // the number in the date line
      ['2', { id: 2 }], // the title
      ['2', { id: 2, repeat: true }], // the preamble
      ['3', { id: 3 }], // the point
      ['4', { id: 4 }], // the appendix mark («к приказу управления образования[^genitive]»)
      ['1', { id: 1, repeat: true }], // and its «№ 50[^number]»
      ['5', { id: 5 }], // the plan's subtitle
      ['6', { id: 6 }], // the column header
      ['7', { id: 7 }], // the cell
      ['8', { id: 8 }], // the deadline, printed after it
    ]);
    expect(references.every((r) => r.superscript)).toBe(true);
    expect(model.footnotes!.map((n) => n.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join())).toEqual([
      'Номер по журналу.', 'О проекте «500+».', 'Пункт о контроле.', 'В родительном падеже.', 'О подзаголовке.', 'О колонке.', 'О ячейке.', 'О сроке.',
    ]);
    // The deadline is read without its marker, which follows it.
    const deadline = model.sections[1]!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : [])).flatMap((r) => r.cells)[2]!;
    expect(deadline.blocks[0]!.runs.map((r) => r.text.replace(/\u00a0/g, ' '))).toEqual(['До 20 декабря 2022 г.', '8']);
    // The text around a marker stays as it was; nothing is left as written.
    const point = model.sections[0]!.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.runs.some((r) => r.text.includes('Контроль')))!;
    expect(point.runs.map((r) => r.text)).toEqual(['2. ', 'Контроль оставляю за собой', '3', '.']);
    expect(JSON.stringify(model.sections)).not.toContain('[^');
    // The file's properties carry the title without its marker.
    expect(model.meta.title).toBe('Об утверждении плана-графика');
  });

  it('a marker with no note stays as written; without notes the model has none', async () => {
    const model = await composed(`document:
  kind: plan
plan:
  title: ПЛАН-ГРАФИК
  items:
    - {task: 'Отбор школ[^nope]'}
lint: {footnote-unknown: off}
`);
    expect(model.footnotes).toBeUndefined();
    expect(JSON.stringify(model.sections)).toContain('Отбор школ[^nope]');
  });

  it('a paragraph the model holds in two places gets a reference in each: the first the note\'s own, the second a repeat', () => {
    const ctx = createContext(roadmap({ document: { kind: 'passport', footnotes: { a: 'Примечание.' } } }), GOST_THEME, 'ru');
    const shared: Paragraph = { type: 'paragraph', style: 'body', runs: [{ text: 'Слово[^a] и', breakBefore: true }] };
    const sections: Section[] = [{ orientation: 'portrait', blocks: [shared, { type: 'spacer', height: 1 }, shared] }];
    const notes = applyFootnotes(ctx, sections)!;
    expect(notes.map((n) => n.id)).toEqual([1]);
    const [first, , second] = sections[0]!.blocks as Paragraph[];
    expect(first!.runs).toEqual([{ text: 'Слово', breakBefore: true }, { text: '1', superscript: true, footnote: { id: 1 } }, { text: ' и' }]);
    expect(second!.runs[1]).toEqual({ text: '1', superscript: true, footnote: { id: 1, repeat: true } });
    // The model's own paragraph is not changed.
    expect(shared.runs).toEqual([{ text: 'Слово[^a] и', breakBefore: true }]);
  });

  it('a mark that is not the number (template footnote-marker) is a custom mark: printed as written', async () => {
    const library = loadTemplates({ host: mapTemplateHost({ 'footnote-marker': '*{{no}}' }), fresh: true }).templates;
    const model = await composed(`document:
  kind: plan
  footnotes: {a: Примечание.}
plan:
  title: ПЛАН-ГРАФИК[^a]
  items:
    - {task: Отбор школ}
`, { templates: library });
    expect(model.footnotes).toMatchObject([{ id: 1, mark: '*1', auto: false }]);
    expect(runsOf(model.sections[0]!.blocks).find((r) => r.footnote)!.text).toBe('*1');
  });
});

const BODY = `document:
  kind: passport
  approval: {by: meeting, label: ПРИЛОЖЕНИЕ, act: на заседании проектного офиса, date: 2022-05-14, number: 3}
  title: ПАСПОРТ регионального проекта
  passport:
    goal: создание условий[^goal].
  body:
    - approval
    - {part: goal, inline: true, heading: 'Цель Проекта[^head]:'}
    - heading: Основные задачи[^head]
    - list:
        - Выявить ШНОР[^list].
        - text: Организовать помощь
          items: ['силами кураторов[^nested]']
    - table:
        caption: Расчёт[^caption]
        columns: [{header: 'Показатель[^column]', width: 3}, {header: '2022', align: center}]
        header: [[{text: 'Значения[^group]', colSpan: 2}]]
        rows: [['Доля ШНОР[^cell]', '10,2']]
    - formula: 'Д = Ч_{шнор} / Ч_{оо} × 100 %[^formula]'
      where: где Ч_{оо} – число организаций[^where].
    - signature
  signatories: [{position: Руководитель Проекта, name: Н.А. Петрова}]
  appendices:
    - mark: heading
      title: Методика расчёта[^appendix]
      body:
        - paragraph: Текст приложения[^inner] и снова[^goal].
  footnotes:
    goal: Цель.
    head: Заголовок.
    list: Пункт списка.
    nested: Вложенный пункт.
    caption: Подпись таблицы.
    column: Колонка.
    group: Строка шапки.
    cell: Ячейка.
    formula: Формула.
    where: Пояснение.
    appendix: Заголовок приложения.
    inner: Текст приложения.
plans:
  - title: ПЛАН-ГРАФИК
    items: [{task: Отбор школ}]
`;

describe('compose: footnotes in the open body and appendices', () => {
  it('a marker in an inline heading, a heading, list items, a table\'s caption, header rows, column headers and cells, a formula and its explanation, an appendix\'s title and text becomes a reference, numbered in document order', async () => {
    const model = await composed(BODY);
    const references = model.sections.flatMap((s) => runsOf(s.blocks)).filter((r) => r.footnote);
    expect(references.map((r) => r.footnote)).toEqual([
      { id: 1 }, // the inline goal's heading «Цель Проекта[^head]:»
      { id: 2 }, // the goal's text «создание условий[^goal]»
      { id: 1, repeat: true }, // the heading «Основные задачи[^head]»
      { id: 3 }, // a list item
      { id: 4 }, // a nested list item
      { id: 5 }, // the table's caption
      { id: 6 }, // its header row
      { id: 7 }, // a column header
      { id: 8 }, // a cell
      { id: 9 }, // the formula line
      { id: 10 }, // the formula's explanation
      { id: 11 }, // the appendix's title
      { id: 12 }, // the appendix's text
      { id: 2, repeat: true }, // … and a second reference to the goal's note
    ]);
    expect(model.footnotes!.map((n) => n.paragraphs[0]!.runs.map((r) => r.text).join(''))).toEqual([
      'Заголовок.', 'Цель.', 'Пункт списка.', 'Вложенный пункт.', 'Подпись таблицы.', 'Строка шапки.', 'Колонка.', 'Ячейка.', 'Формула.', 'Пояснение.',
      'Заголовок приложения.', 'Текст приложения.',
    ]);
    // The formula keeps its indices and gets the reference after its text.
    const formula = model.sections.flatMap((s) => s.blocks).find((b) => b.type === 'formula')!;
    expect(formula.type === 'formula' && formula.runs.map((r) => [r.text, r.subscript ?? false, r.footnote?.id])).toEqual([
      ['Д = Ч', false, undefined], ['шнор', true, undefined], [' / Ч', false, undefined], ['оо', true, undefined], [' × 100 %', false, undefined], ['9', false, 9],
    ]);
    // No notes printed in the text (they go to the foot of the page), no marker left as written.
    expect(JSON.stringify(model.sections)).not.toContain('[^');
    expect(JSON.stringify(model.sections)).not.toContain('Подпись таблицы.');
  });
});
