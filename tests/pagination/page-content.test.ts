/**
 * The page-content checks of the pagination test (tests/support/page-content.ts) on made-up page
 * texts: each finds what it is meant to find, and line breaks, hyphenation and extraction order
 * inside a page do not change the answer.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Footnote, Table, TableRow } from '../../src/model/document.js';
import { footnoteCheck, signatureCheck, tableLeadCheck } from '../support/page-content.js';
import { cell, model, p } from '../support/sample-model.js';

const row = (kind: TableRow['kind'], ...texts: string[]): TableRow => ({ kind, cells: texts.map((t) => cell(t)) });

const plan = (rows: TableRow[]): Table => ({
  type: 'table',
  columns: [{ width: 1 }, { width: 4 }, { width: 2 }],
  head: [row('header', '№ п/п', 'Наименование мероприятия', 'Исполнитель'), row('numbers', '1', '2', '3')],
  repeatHead: 'all',
  rows,
  borders: 'all',
});

const signed = (blocks: Block[]): DocumentModel =>
  model([
    ...blocks,
    { type: 'signature', layout: 'stacked', entries: [{ position: ['Начальник управления', 'общего образования'], name: 'Е.В. Матаржук' }] },
    { type: 'executor-mark', lines: ['Исп. Иванова И.И., тел. 8 (4212) 00-00-00'] },
  ]);

describe('signature alone', () => {
  const doc = signed([plan([row('item', '1.', 'Отбор школ с низкими результатами', 'ИРО')])]);

  it('finds a page with only the signature lines and a page number', () => {
    const pages = ['1\n№ п/п\nНаименование мероприятия\n1.\nОтбор школ с низкими\nрезультатами\nИРО\n', '2\n\nНачальник управления\nобщего образования\n\nЕ.В. Матаржук\n'];
    expect(signatureCheck(pages, doc).findings).toEqual([{ check: 'signature alone', page: 2, what: 'Начальник управления / общего образования / Е.В. Матаржук' }]);
  });

  it('line breaks, hyphens and the executor mark under it do not hide it; a position line alone counts', () => {
    expect(signatureCheck(['текст', 'Начальник\nуправ-\nления общего\nобразования Е. В. Матаржук\nИсп. Иванова И.И.,\nтел. 8 (4212) 00-00-00\n3'], doc).findings.map((f) => f.page)).toEqual([2]);
    expect(signatureCheck(['текст Начальник управления', 'общего образования\n\nЕ.В. Матаржук'], doc).findings.map((f) => f.page)).toEqual([2]);
  });

  it('a signature with the last rows on its page passes', () => {
    const pages = ['1\n№ п/п\n1.\nИРО\nОтбор школ с низкими\nрезультатами\nНачальник управления\nобщего образования\nЕ.В. Матаржук\n'];
    expect(signatureCheck(pages, doc)).toEqual({ pages: [1], findings: [] });
  });
});

describe('footnotes', () => {
  const note: Footnote = { id: 1, mark: '1', auto: true, paragraphs: [p('По данным ФГБУ «ФИОКО» за 2021 год.', { style: 'footnote' })] };
  const doc: DocumentModel = {
    ...model([
      p('Вводный абзац без сносок.', { style: 'body' }),
      { type: 'paragraph', style: 'body', runs: [{ text: 'Доля ШНОР не менее 70 %' }, { text: '1', superscript: true, footnote: { id: 1 } }, { text: ' по итогам года.' }] },
      p('Последний абзац документа.', { style: 'body' }),
    ]),
    footnotes: [note],
  };

  it('a note printed on the page of its reference passes, line breaks and hyphens aside', () => {
    const pages = ['Вводный абзац без сносок.\nДоля ШНОР не менее 70 %1 по итогам года.\n1 По дан-\nным ФГБУ «ФИОКО»\nза 2021 год.\n', '2\nПоследний абзац документа.'];
    expect(footnoteCheck(pages, doc)).toEqual({ notes: 1, kept: 1, findings: [] });
  });

  it('finds a note printed on a page of its own, apart from its reference', () => {
    const pages = ['Вводный абзац без сносок.\nДоля ШНОР не менее 70 %1 по итогам года.', '2\n\nПо данным ФГБУ «ФИОКО» за 2021 год.\n1', '3\nПоследний абзац документа.'];
    const r = footnoteCheck(pages, doc);
    expect(r.kept).toBe(0);
    expect(r.findings).toEqual([
      { check: 'footnote', page: 2, what: expect.stringMatching(/apart from its reference on p\. 1$/) },
      { check: 'footnote', page: 2, what: expect.stringContaining('only footnote text') },
    ]);
  });

  it('finds a note on the next page under other text, and a note continued onto a page of its own', () => {
    const apart = ['Вводный абзац без сносок.\nДоля ШНОР не менее 70 %1 по итогам года.', 'Последний абзац документа.\n1 По данным ФГБУ «ФИОКО» за 2021 год.'];
    expect(footnoteCheck(apart, doc).findings.map((f) => f.what)).toEqual([expect.stringContaining('apart from its reference')]);
    const continued = ['Вводный абзац без сносок.\nДоля ШНОР не менее 70 %1 по итогам года.\n1 По данным ФГБУ', '2\n«ФИОКО» за 2021 год.', 'Последний абзац документа.'];
    expect(footnoteCheck(continued, doc).findings.map((f) => `${f.page}: ${f.what}`)).toEqual([expect.stringMatching(/^1: .*not whole on any page/), expect.stringMatching(/^2: only footnote text/)]);
  });
});

describe('table lead-in', () => {
  const first = row('item', '1.', 'Разработка нормативной базы проекта', 'Министерство');
  const doc = model([
    { type: 'appendix-mark', lines: [[{ text: 'Приложение' }], [{ text: 'к приказу министерства' }]] },
    p('«Дорожная карта»', { style: 'title', keepWithNext: true }),
    p('по реализации проекта «500+» в 2022 г.', { style: 'subtitle', keepWithNext: true }),
    plan([row('group', '1. Нормативное обеспечение'), first, row('item', '2.', 'Организация анкетирования директоров', 'ФИОКО')]),
  ]);
  const lead = 'Приложение\nк приказу министерства\n«Дорожная карта»\nпо реализации проекта\n«500+» в 2022 г.\n';
  const head = '№\nп/п\nНаименование\nмероприятия\nИсполнитель\n';
  const body = '1. Нормативное обеспечение\n1.\nРазработка нормативной\nбазы проекта\nМинистерство\n2.\nОрганизация анкетирования\nдиректоров\nФИОКО\n';

  it('a title, header and group row on the page of the first item pass', () => {
    expect(tableLeadCheck([lead + head + body], doc)).toEqual({ tables: 1, kept: 1, located: 5, pieces: 5, findings: [] });
  });

  it('finds a title left at the foot of a page while the table starts on the next', () => {
    const r = tableLeadCheck(['текст\n' + lead, '2\n' + head + body], doc);
    expect(r.findings.map((f) => `${f.page}: ${f.what.split(' without')[0]}`)).toEqual(['1: Приложение к приказу министерства', '1: «Дорожная карта»', '1: по реализации проекта «500+» в 2022 г.']);
  });

  it('finds a header row (repeated on the next page) and a group row left behind with the title', () => {
    const r = tableLeadCheck([lead + head + '1. Нормативное обеспечение\n', '2\n' + head + '1.\nРазработка нормативной\nбазы проекта\nМинистерство'], doc);
    expect(r.findings.map((f) => f.page)).toEqual([1, 1, 1, 1, 1]);
    expect(r.findings.map((f) => f.what)).toContainEqual(expect.stringMatching(/^header «№ п\/п \| Наименование мероприятия.*» without the first row «1\. \| Разработка нормативной базы.*» \(p\. 2\)$/));
    expect(r.findings.map((f) => f.what)).toContainEqual(expect.stringMatching(/^group row «1\. Нормативное обеспечение» without/));
  });

  it('a second table with the same header on a new page is not taken for the first one', () => {
    const second = [p('План второго этапа', { style: 'title', keepWithNext: true }), plan([row('item', '1.', 'Мониторинг результатов школ', 'ИРО')])];
    const twice: DocumentModel = { ...doc, sections: [{ ...doc.sections[0]!, blocks: [...doc.sections[0]!.blocks, ...second] }] };
    const pages = [lead + head + body, 'План второго этапа\n' + head + '1.\nМониторинг результатов\nшкол\nИРО'];
    expect(tableLeadCheck(pages, twice)).toEqual({ tables: 2, kept: 2, located: 7, pieces: 7, findings: [] });
    const orphan = [lead + head + body + 'План второго этапа\n', head + '1.\nМониторинг результатов\nшкол\nИРО'];
    expect(tableLeadCheck(orphan, twice).findings.map((f) => `${f.page}: ${f.what.split(' without')[0]}`)).toEqual(['1: План второго этапа']);
  });
});
