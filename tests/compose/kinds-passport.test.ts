/** Document kind `passport`: stamp, roles, goal, tasks, indicators, results, sections with footnotes, plans, signatures. */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { composeIndicatorTable, formatValue } from '../../src/compose/indicator-table.js';
import { createContext } from '../../src/compose/context.js';
import type { Block, Paragraph, Table } from '../../src/model/document.js';
import type { DocumentData, Passport } from '../../src/model/roadmap.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { blockText, cellText, column, item, plainSpaces, plan, rich, roadmap, signatory, yearGroup } from './builders.js';

const INDICATORS = {
  fact: [2019, 2020],
  plan: [2021, 2022, 2023],
  rows: [
    { name: 'Доля ШНОР[^oo]', unit: '%', values: [10.2, 9.8, 8.5, 7, 5.5] },
    { name: 'Доля школ в эффективном режиме', unit: '%', values: [null, null, 30, 50, 70] },
  ],
};

function passportParts(over: Partial<Passport> = {}): Passport {
  return {
    roles: [
      { role: 'Куратор Проекта', name: 'Зотова Ю.В.', position: 'начальник управления общего образования' },
      { role: 'Руководитель Проекта', name: 'Петрова Н.А.' },
    ],
    goal: rich('Повышение качества образования.'),
    tasks: [rich('Выявить ШНОР.'), rich('Оказать помощь.')],
    indicators: INDICATORS,
    results: [rich('Все ШНОР получили профили.'), rich('Каждая школа закреплена за куратором.')],
    sections: [
      { title: 'Обоснование проекта', text: rich('Выявлены 58 школ[^vpr]. Доля снизилась[^oo].') },
      { title: 'Механизмы реализации', text: rich('По методологии ФИОКО[^fioco].') },
    ],
    footnotes: { oo: 'По данным ФИОКО.', vpr: 'ВПР 2019 года.', fioco: 'Методические рекомендации ФИОКО.' },
    ...over,
  };
}

function passport(doc: Partial<DocumentData> = {}, plans = [
  plan([yearGroup(2021, [item('Отбор школ')]), yearGroup(2022, [item('Мониторинг')])], { id: 'roadmap', numbering: 'continuous' }),
  plan([item('Публикация паспорта')], {
    id: 'media',
    title: 'ПЛАН',
    columns: [column('number'), column('task'), column('deadline'), column('result')],
  }),
]) {
  return roadmap({
    document: {
      kind: 'passport',
      approval: { by: 'meeting', act: 'на расширенном заседании\nпроектного офиса', date: '2020-05-14', number: '3' },
      title: rich('ПАСПОРТ\nрегионального проекта'),
      passport: passportParts(),
      signatureLayout: 'side-by-side',
      signatories: [signatory('Куратор Проекта', 'Ю.В. Зотова'), signatory('Руководитель Проекта', 'Н.А. Петрова')],
      ...doc,
    },
    plans,
  });
}

const text = (b: Block) => plainSpaces(blockText(b));

describe('compose: project passport', () => {
  it('a portrait section with the text, then each plan landscape; no diagnostics', () => {
    const { model, diagnostics } = compose(passport());
    expect(diagnostics).toEqual([]);
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'landscape']);
  });

  it('the approval stamp agrees with «паспорт» (masculine), whoever approves: УТВЕРЖДЕН by a meeting, with the protocol line', () => {
    const stamp = compose(passport()).model.sections[0]!.blocks[0]!;
    expect(stamp.type).toBe('approval-stamp');
    expect(text(stamp)).toBe('УТВЕРЖДЕН\nна расширенном заседании\nпроектного офиса\n(протокол от 14 мая 2020 г. № 3)');
    const byAct = compose(passport({ approval: { by: 'act', act: 'приказом министерства', date: '2020-05-14', number: '3' } }));
    expect(text(byAct.model.sections[0]!.blocks[0]!).split('\n')[0]).toBe('УТВЕРЖДЕН');
  });

  it('blocks in order: stamp, title, roles, goal, tasks, indicators, results, sections (the notes are not blocks: the foot of the page is theirs)', () => {
    const blocks = compose(passport()).model.sections[0]!.blocks;
    expect(blocks.map(text)).toEqual([
      'УТВЕРЖДЕН\nна расширенном заседании\nпроектного офиса\n(протокол от 14 мая 2020 г. № 3)',
      'ПАСПОРТ\nрегионального проекта',
      'Куратор Проекта: Зотова Ю.В. – начальник управления общего образования',
      'Руководитель Проекта: Петрова Н.А.',
      'Цель проекта:',
      'Повышение качества образования.',
      'Задачи проекта:',
      'Выявить ШНОР.',
      'Оказать помощь.',
      'Показатели проекта',
      expect.stringContaining('Наименование показателя'),
      'Ожидаемые результаты реализации проекта:',
      '1. Все ШНОР получили профили.',
      '2. Каждая школа закреплена за куратором.',
      'Обоснование проекта',
      'Выявлены 58 школ2. Доля снизилась1.',
      'Механизмы реализации',
      'По методологии ФИОКО3.',
    ]);
    const tasks = blocks.filter((b): b is Paragraph => b.type === 'paragraph' && !!b.bullet);
    expect(tasks).toHaveLength(2);
  });

  it('footnote markers are superscript numbers by first reference; a second reference repeats the number', () => {
    const blocks = compose(passport()).model.sections[0]!.blocks;
    const markers = blocks
      .flatMap((b) => (b.type === 'paragraph' ? b.runs : b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap((p) => p.runs))) : []))
      .filter((r) => r.superscript)
      .map((r) => r.text);
    expect(markers).toEqual(['1', '2', '1', '3']);
  });

  it('footnotes: references carry their note (the first is its own, a later one repeats it); the notes in the model, numbered in document order', () => {
    const { model } = compose(passport());
    const references = model.sections[0]!.blocks
      .flatMap((b) => (b.type === 'paragraph' ? b.runs : b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap((p) => p.runs))) : []))
      .filter((r) => r.footnote)
      .map((r) => r.footnote);
    expect(references).toEqual([{ id: 1 }, { id: 2 }, { id: 1, repeat: true }, { id: 3 }]);
    expect(model.footnotes?.map((n) => ({ id: n.id, mark: n.mark, auto: n.auto, text: n.paragraphs.map(text).join('\n'), style: n.paragraphs[0]!.style }))).toEqual([
      { id: 1, mark: '1', auto: true, text: 'По данным ФИОКО.', style: 'footnote' },
      { id: 2, mark: '2', auto: true, text: 'ВПР 2019 года.', style: 'footnote' },
      { id: 3, mark: '3', auto: true, text: 'Методические рекомендации ФИОКО.', style: 'footnote' },
    ]);
    // No note is printed as a paragraph of the text.
    expect(model.sections.flatMap((s) => s.blocks).map(text).join('\n')).not.toContain('ВПР 2019 года');
  });

  it('an unknown footnote marker is printed as written, an unused note not at all (loading warns)', () => {
    const parts = passportParts({
      sections: [{ title: 'Раздел', text: rich('Текст[^nope].') }],
      indicators: undefined,
      footnotes: { lonely: 'Никто не ссылается.' },
    });
    const { model, diagnostics } = compose(passport({ passport: parts }));
    expect(diagnostics).toEqual([]);
    expect(model.sections[0]!.blocks.map(text)).toContain('Текст[^nope].');
    expect(model.sections[0]!.blocks.map(text).join('\n')).not.toContain('Никто не ссылается');
  });

  it('the document signs after the last plan, side by side', () => {
    const sections = compose(passport()).model.sections;
    const last = sections.at(-1)!.blocks;
    const signature = last.find((b) => b.type === 'signature');
    expect(signature).toMatchObject({ layout: 'side-by-side', entries: [{ name: 'Ю.В. Зотова' }, { name: 'Н.А. Петрова' }] });
    expect(sections[1]!.blocks.some((b) => b.type === 'signature')).toBe(false);
  });

  it('the second plan has four columns and no executor column; the first has year rows across the table', () => {
    const sections = compose(passport()).model.sections;
    const roadmapTable = sections[1]!.blocks.find((b): b is Table => b.type === 'table')!;
    const years = roadmapTable.rows.filter((r) => r.kind === 'group');
    expect(years.map((r) => [cellText(r.cells[0]!), r.cells[0]!.colSpan])).toEqual([['2021 год', 6], ['2022 год', 6]]);
    const media = sections[2]!.blocks.find((b): b is Table => b.type === 'table')!;
    expect(media.columns).toHaveLength(4);
    expect(media.head[0]!.cells.map(cellText)).not.toContain('Ответственный исполнитель (наименование организации)');
  });

  it('a passport without plans signs at the end of its text and is not reported as empty', () => {
    const { model, diagnostics } = compose(passport({}, []));
    expect(diagnostics).toEqual([]);
    expect(model.sections).toHaveLength(1);
    expect(model.sections[0]!.blocks.at(-1)!.type).toBe('signature');
  });

  it('no approval: no stamp (loading warns: passport-no-approval)', () => {
    const { model, diagnostics } = compose(passport({ approval: undefined }));
    expect(diagnostics).toEqual([]);
    expect(model.sections[0]!.blocks.some((b) => b.type === 'approval-stamp')).toBe(false);
  });
});

describe('compose: indicators table', () => {
  const ctx = () => createContext(roadmap(), GOST_THEME, 'ru');

  it('two header rows: name and unit over both rows, «Факт» and «План» over their years', () => {
    const table = composeIndicatorTable(ctx(), INDICATORS);
    expect(table.head).toHaveLength(2);
    const [first, second] = table.head;
    expect(first!.cells.map((c) => [cellText(c), c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ['Наименование показателя', 2, 1],
      ['Единица измерения', 2, 1],
      ['Факт', 1, 2],
      ['План', 1, 3],
    ]);
    // The covered cells of the second row are omitted: only the years.
    expect(second!.cells.map(cellText)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(table.columns).toHaveLength(7);
    expect(table.repeatHead).toBe('all');
  });

  it('one row per indicator, values the Russian way, a dash for a missing value', () => {
    const table = composeIndicatorTable(ctx(), INDICATORS);
    expect(table.rows.map((r) => r.cells.map((c) => plainSpaces(cellText(c))))).toEqual([
      ['Доля ШНОР[^oo]', '%', '10,2', '9,8', '8,5', '7', '5,5'],
      ['Доля школ в эффективном режиме', '%', '–', '–', '30', '50', '70'],
    ]);
    expect(formatValue(12345.5)).toBe('12\u00a0345,5');
    expect(formatValue('н/д')).toBe('н/д');
  });

  it('no unit column when no indicator has a unit; a custom header; a missing value prints a dash (loading warns: indicator-values)', () => {
    const c = ctx();
    const table = composeIndicatorTable(c, { header: 'Показатель', fact: [2020], plan: [2021], rows: [{ name: 'Доля', values: [1] }] });
    expect(table.head[0]!.cells.map((x) => [cellText(x), x.colSpan ?? 1])).toEqual([['Показатель', 1], ['Факт', 1], ['План', 1]]);
    expect(table.columns).toHaveLength(3);
    expect(table.rows[0]!.cells.map(cellText)).toEqual(['Доля', '1', '–']);
    expect(c.diagnostics).toEqual([]);
  });
});
