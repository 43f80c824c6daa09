import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/compose/context.js';
import { composePlanTable } from '../../src/compose/plan-table.js';
import type { Table } from '../../src/model/document.js';
import type { Plan, Roadmap } from '../../src/model/roadmap.js';
import { GOST_THEME } from '../../src/model/theme.js';
import {
  cellText,
  column,
  group,
  item,
  orgRef,
  organisation,
  plainSpaces,
  plan,
  rich,
  roadmap,
  textDeadline,
  textRef,
  yearGroup,
} from './builders.js';

function table(p: Plan, r: Roadmap = roadmap({ plans: [p] })): { table: Table; ctx: ReturnType<typeof createContext> } {
  const ctx = createContext(r, GOST_THEME, 'ru');
  return { table: composePlanTable(ctx, p), ctx };
}

const ORGS = [
  organisation('министерство', 'министерство образования и науки края', 'министерство', 'define'),
  organisation('ОМСУ', 'органы местного самоуправления, осуществляющие управление в сфере образования', 'ОМСУ', 'define'),
  organisation('ХК ИРО', 'КГАОУ ДПО «Хабаровский институт развития образования»', 'ХК ИРО', 'define'),
  organisation('ОО', 'общеобразовательные организации', 'ОО', 'short'),
  organisation('РЦОКО', 'КГКУ «Региональный центр оценки качества образования»', 'РЦОКО', 'full'),
];

describe('composePlanTable', () => {
  it('columns with relative widths, header row, column-number row', () => {
    const { table: t } = table(plan([item('a')]));
    expect(t.columns.map((c) => c.width)).toEqual([5, 12, 30, 18, 22, 13]);
    expect(t.head.map((r) => r.kind)).toEqual(['header', 'numbers']);
    expect(t.head[0]!.cells.map(cellText)).toEqual([
      '№ п/п',
      'Сроки реализации',
      'Задачи',
      'Ответственный исполнитель (наименование организации)',
      'Прогнозируемый результат (количественные характеристики результата)',
      'Информационное сопровождение',
    ]);
    expect(t.head[0]!.cells.every((c) => c.blocks.every((b) => b.style === 'table-header'))).toBe(true);
    expect(t.head[1]!.cells.map(cellText)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(t.borders).toBe('all');
  });

  it('header text keeps the line breaks written in it', () => {
    const p = plan([item('a')], { columns: [column('executors', { header: 'Ответственный\nисполнитель' })] });
    expect(cellText(table(p).table.head[0]!.cells[0]!)).toBe('Ответственный\nисполнитель');
  });

  it('repeatHead follows plan.repeat', () => {
    expect(table(plan([item('a')])).table.repeatHead).toBe('numbers');
    expect(table(plan([item('a')], { repeat: 'header' })).table.repeatHead).toBe('all');
  });

  it('group rows: one bold cell spanning all columns, number before the title', () => {
    const { table: t } = table(plan([group('Создание организационной инфраструктуры', [item('a'), item('b')])]));
    const row = t.rows[0]!;
    expect(row.kind).toBe('group');
    expect(row.cells).toHaveLength(1);
    expect(row.cells[0]!.colSpan).toBe(6);
    expect(row.cells[0]!.bold).toBe(true);
    expect(row.cells[0]!.blocks[0]!.bold).toBe(true);
    expect(cellText(row.cells[0]!)).toBe('1. Создание организационной инфраструктуры');
    expect(t.rows.slice(1).map((r) => cellText(r.cells[0]!))).toEqual(['1.1.', '1.2.']);
  });

  it('numberDot: false prints «1», «1.1»; an explicit number stays as written', () => {
    const explicit = { ...item('c'), explicitNo: '7.' };
    const { table: t } = table(plan([group('Раздел', [item('a'), item('b'), explicit])], { numberDot: false }));
    expect(cellText(t.rows[0]!.cells[0]!)).toBe('1 Раздел');
    expect(t.rows.slice(1).map((r) => cellText(r.cells[0]!))).toEqual(['1.1', '1.2', '7.']);
  });

  it('year groups print «2021 год» without a number, centred', () => {
    const { table: t } = table(plan([yearGroup(2021, [item('a')])], { numbering: 'continuous' }));
    expect(cellText(t.rows[0]!.cells[0]!)).toBe('2021 год');
    expect(t.rows[0]!.cells[0]!.align).toBe('center');
    expect(cellText(t.rows[1]!.cells[0]!)).toBe('1.');
  });

  it('item rows: cantSplit, cells in column order, empty cells hold an empty paragraph', () => {
    const p = plan([
      item('организация отбора школ', {
        deadline: textDeadline('В соответствии с утвержденными сроками.'),
        executors: [textRef('кураторы')],
        result: rich('подготовлен перечень'),
      }),
    ]);
    const { table: t } = table(p);
    const row = t.rows[0]!;
    expect(row.kind).toBe('item');
    expect(row.cantSplit).toBe(true);
    expect(row.cells.map(cellText)).toEqual([
      '1.',
      'В соответствии с утвержденными сроками.',
      'организация отбора школ',
      'кураторы',
      'подготовлен перечень',
      '',
    ]);
    expect(row.cells[5]!.blocks).toHaveLength(1);
    expect(row.cells[0]!.align).toBe('center');
  });

  it('a deadline kept only as written is printed as written', () => {
    const p = plan([item('a', { deadlineSource: 'когда-нибудь' })]);
    expect(cellText(table(p).table.rows[0]!.cells[1]!)).toBe('когда-нибудь');
  });

  it('executors: short names joined «, »; «(далее – …)» on first use only, in document order', () => {
    const p = plan([
      group('A', [
        item('a', { executors: [orgRef('министерство'), orgRef('ОМСУ')] }),
        item('b', { executors: [orgRef('министерство'), orgRef('ОМСУ'), orgRef('ОО')] }),
      ]),
      group('B', [item('c', { executors: [orgRef('министерство'), orgRef('ХК ИРО')] }), item('d', { executors: [orgRef('ХК ИРО')] })]),
    ]);
    const { table: t } = table(p, roadmap({ plans: [p], organisations: ORGS }));
    const executors = t.rows.filter((r) => r.kind === 'item').map((r) => plainSpaces(cellText(r.cells[3]!)));
    expect(executors).toEqual([
      'министерство образования и науки края (далее – министерство), органы местного самоуправления, осуществляющие управление в сфере образования (далее – ОМСУ)',
      'министерство, ОМСУ, ОО',
      'министерство, КГАОУ ДПО «Хабаровский институт развития образования» (далее – ХК ИРО)',
      'ХК ИРО',
    ]);
  });

  it('the dash of «(далее – …)» is tied to the word before it', () => {
    const p = plan([item('a', { executors: [orgRef('ХК ИРО')] })]);
    const text = cellText(table(p, roadmap({ plans: [p], organisations: ORGS })).table.rows[0]!.cells[3]!);
    expect(text).toContain('(далее\u00a0– ХК ИРО)');
  });

  it('intro: full prints the full name every time', () => {
    const p = plan([item('a', { executors: [orgRef('РЦОКО')] }), item('b', { executors: [orgRef('РЦОКО')] })]);
    const { table: t } = table(p, roadmap({ plans: [p], organisations: ORGS }));
    expect(t.rows.map((r) => cellText(r.cells[3]!))).toEqual([
      'КГКУ «Региональный центр оценки качества образования»',
      'КГКУ «Региональный центр оценки качества образования»',
    ]);
  });

  it('a reference to an organisation missing from the directory is printed as written', () => {
    // Loading never makes one (an unknown key stays free text, lint rule executor-unknown).
    const p = plan([item('a', { executors: [orgRef('НЕТ')] })]);
    const { table: t, ctx } = table(p);
    expect(cellText(t.rows[0]!.cells[3]!)).toBe('НЕТ');
    expect(ctx.diagnostics).toEqual([]);
  });

  it('rich text: paragraphs, bullets, emphasis and clickable links', () => {
    const p = plan([
      item('', {
        task: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Разработка базы:' }] },
          { type: 'list', items: [[{ type: 'text', text: 'приказ министерства' }], [{ type: 'text', text: 'распоряжение МОУО', italic: true }]] },
        ],
        info: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'https://sites.google.com/ippk.ru/500/', link: 'https://sites.google.com/ippk.ru/500/' },
              { type: 'break' },
              { type: 'text', text: 'https://minobr.khabkrai.ru/', link: 'https://minobr.khabkrai.ru/' },
            ],
          },
        ],
      }),
    ]);
    const cells = table(p).table.rows[0]!.cells;
    const task = cells[2]!.blocks;
    expect(task.map((b) => [b.bullet ?? false, b.runs[0]!.text])).toEqual([
      [false, 'Разработка базы:'],
      [true, 'приказ министерства'],
      [true, 'распоряжение МОУО'],
    ]);
    expect(task[2]!.runs[0]!.italic).toBe(true);
    const info = cells[5]!.blocks[0]!.runs;
    expect(info.map((r) => r.link)).toEqual(['https://sites.google.com/ippk.ru/500/', 'https://minobr.khabkrai.ru/']);
    expect(info[1]!.breakBefore).toBe(true);
  });

  it('extra columns: list values one per line', () => {
    const p = plan([item('a', { extra: { levels: ['региональный', 'муниципальный'] } }), item('b')], {
      columns: [column('number'), column('task'), { key: 'levels', header: 'Уровни реализации', width: 10, align: 'left' }],
    });
    const { table: t } = table(p);
    expect(t.head[0]!.cells.map(cellText)).toEqual(['№ п/п', 'Задачи', 'Уровни реализации']);
    expect(t.rows[0]!.cells[2]!.blocks.map((b) => b.runs[0]!.text)).toEqual(['региональный', 'муниципальный']);
    expect(cellText(t.rows[1]!.cells[2]!)).toBe('');
    expect(t.head[1]!.cells.map(cellText)).toEqual(['1', '2', '3']);
  });

  it('numbering mode of the plan is applied', () => {
    const p = plan([group('A', [item('a')]), group('B', [item('b')])], { numbering: 'per-section' });
    expect(table(p).table.rows.map((r) => cellText(r.cells[0]!))).toEqual(['1. A', '1.', '2. B', '1.']);
  });
});
