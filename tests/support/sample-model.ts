/**
 * Hand-built document models for writer tests and for looking at the output: a realistic approved
 * plan-graph (approval stamp, title, a landscape table of 40 rows with a two-row header, a number
 * row and group rows, a signature), and small builders for focused tests.
 */
import type {
  Block,
  DocumentModel,
  Paragraph,
  Run,
  Table,
  TableCell,
  TableRow,
} from '../../src/model/document.js';

export const CREATED = '2022-02-14T09:00:00Z';

export const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  type: 'paragraph',
  style: 'table',
  runs: [{ text }],
  ...extra,
});

export const cell = (...texts: string[]): TableCell => ({ blocks: texts.map((t) => p(t)) });

export const model = (blocks: Block[], orientation: 'portrait' | 'landscape' = 'portrait'): DocumentModel => ({
  meta: { title: 'Тест', created: CREATED, language: 'ru-RU' },
  sections: [{ orientation, blocks }],
});

/** A two-column table (a landscape page in the writer tests): a narrow first column (`narrow` % of the width) and a wide one. */
export function twoColumns(cells: TableCell[][], narrow = 10): Table {
  return {
    type: 'table',
    columns: [{ width: narrow }, { width: 100 - narrow }],
    head: [],
    repeatHead: 'none',
    rows: cells.map((c) => ({ kind: 'item', cells: c, cantSplit: true })),
    borders: 'all',
  };
}

export const HEADERS = [
  '№ п/п',
  'Сроки реализации',
  'Наименование мероприятия',
  'Ответственный исполнитель (наименование организации)',
  'Прогнозируемый результат',
  'Информационное сопровождение',
];

/** The cell texts of item `n` (1-based), unique per cell so that tests can find each exactly once. */
export function itemTexts(n: number): string[] {
  return [
    `${n}.`,
    `до ${String((n % 28) + 1).padStart(2, '0')}.03.2022`,
    `Мероприятие ${n}: проведение семинара «Школа — наш дом» для руководителей ОО`,
    n % 3 === 0 ? 'ХК ИРО, ОМСУ' : 'Министерство образования',
    `Участие не менее ${n * 3} ОО; итоговый протокол № ${n}`,
    `Информация ${n} на сайте`,
  ];
}

export function planTable(items: number, repeatHead: Table['repeatHead'] = 'numbers', groupEvery = 10): Table {
  const rows: TableRow[] = [];
  for (let n = 1; n <= items; n++) {
    if ((n - 1) % groupEvery === 0) {
      const g = Math.floor((n - 1) / groupEvery) + 1;
      rows.push({ kind: 'group', cells: [{ blocks: [p(`Раздел ${g}. Создание организационной инфраструктуры`)], colSpan: 6 }] });
    }
    const texts = itemTexts(n);
    const cells = texts.map((t) => cell(t));
    if (n === 2) {
      // A cell with several paragraphs, a bullet list and a link.
      cells[4] = { blocks: [p(texts[4] ?? ''), p('приказ Министерства', { bullet: true }), p('письмо ФИОКО', { bullet: true })] };
      cells[5] = { blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: texts[5] ?? '' }, { text: 'https://edu.khv.gov.ru', link: 'https://edu.khv.gov.ru', breakBefore: true }] }] };
    }
    rows.push({ kind: 'item', cells, cantSplit: true });
  }
  const headerCell = (t: string): TableCell => ({ blocks: [{ type: 'paragraph', style: 'table-header', runs: [{ text: t }] }] });
  return {
    type: 'table',
    columns: [5, 12, 30, 18, 20, 15].map((width) => ({ width })),
    head: [
      { kind: 'header', cells: HEADERS.map(headerCell) },
      { kind: 'numbers', cells: HEADERS.map((_, i) => headerCell(String(i + 1))) },
    ],
    repeatHead,
    rows,
    borders: 'all',
  };
}

const runs = (text: string): Run[] => [{ text }];

/** A realistic approved plan: stamp, title, subtitle, 40-row landscape table, signature, executor. */
export function samplePlan(items = 40): DocumentModel {
  return {
    meta: { title: 'План-график', author: 'Министерство образования', created: CREATED, language: 'ru-RU' },
    sections: [
      {
        orientation: 'landscape',
        blocks: [
          {
            type: 'approval-stamp',
            word: 'УТВЕРЖДЕН',
            lines: [runs('распоряжением министерства'), runs('образования и науки края'), runs('от «__» ________ 2022 г. № ___')],
          },
          { type: 'spacer', height: 12 },
          { type: 'paragraph', style: 'title', runs: runs('ПЛАН-ГРАФИК') },
          {
            type: 'paragraph',
            style: 'subtitle',
            runs: runs('реализации проекта адресной методической помощи «500+» в Хабаровском крае в 2022 году'),
          },
          planTable(items),
          { type: 'spacer', height: 24 },
          {
            type: 'signature',
            layout: 'stacked',
            entries: [{ position: ['Начальник управления', 'общего образования'], name: 'Е.В. Матаржук' }],
          },
          { type: 'executor-mark', lines: ['Исп. Иванова И.И.', 'тел. 8 (4212) 00-00-00'] },
        ],
      },
    ],
  };
}

/** An order (portrait) whose appendix is the plan (landscape): two sections, split line, spacing. */
export function sampleOrder(): DocumentModel {
  const plan = samplePlan(12);
  const planBlocks = plan.sections[0]?.blocks ?? [];
  return {
    meta: { title: 'Приказ', created: CREATED, language: 'ru-RU' },
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          { type: 'paragraph', style: 'authority', runs: runs('УПРАВЛЕНИЕ ОБРАЗОВАНИЯ') },
          { type: 'paragraph', style: 'doc-type', runs: runs('ПРИКАЗ') },
          { type: 'split-line', style: 'body-plain', left: runs('14.02.2022'), right: runs('№ 50') },
          { type: 'paragraph', style: 'title', runs: runs('Об утверждении плана-графика') },
          {
            type: 'paragraph',
            style: 'body',
            runs: [{ text: 'В целях реализации проекта «500+» ' }, { text: 'п р и к а з ы в а ю:', characterSpacing: 3 }],
          },
          { type: 'paragraph', style: 'body', runs: runs('1. Утвердить план-график (приложение № 1).') },
          { type: 'paragraph', style: 'body', runs: runs('2. Контроль за исполнением настоящего приказа оставляю за собой.') },
          { type: 'spacer', height: 24 },
          {
            type: 'signature',
            layout: 'stacked',
            entries: [
              {
                position: ['Начальник управления'],
                name: 'Е.В. Матаржук',
                esignature: { lines: ['ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ', 'Сертификат 01AB23', 'Владелец Матаржук Е.В.', 'Действителен с 01.01.2022 по 01.01.2023'] },
              },
            ],
          },
        ],
      },
      {
        orientation: 'landscape',
        blocks: [
          { type: 'appendix-mark', lines: [runs('Приложение № 1'), runs('к приказу управления образования'), runs('от 14.02.2022 № 50')] },
          ...planBlocks.filter((b) => b.type !== 'approval-stamp'),
        ],
      },
    ],
  };
}
