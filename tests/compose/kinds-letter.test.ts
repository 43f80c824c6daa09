/** Document kind `letter`: the «угловой» letterhead, salutation, body, appendix mark, appendix. */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { Block, Paragraph, Table } from '../../src/model/document.js';
import type { DocumentData } from '../../src/model/roadmap.js';
import { blockText, cellText, item, plainSpaces, plan, rich, roadmap, signatory } from './builders.js';

const AUTHORITY = {
  name: ['Министерство образования', 'и науки Хабаровского края'],
  genitive: 'министерства образования и науки Хабаровского края',
  address: 'ул. Фрунзе, д. 72, г. Хабаровск, 680002',
  phone: '(4212) 40-21-00',
  fax: '(4212) 40-21-01',
  email: 'minobr@adm.khv.ru',
  site: 'minobr.khabkrai.ru',
  okpo: '02104567',
  ogrn: '1022700931868',
  inn: '2721121647',
  kpp: '272101001',
};

function letter(doc: Partial<DocumentData> = {}, plans = [plan([item('Отбор ОО'), item('Обучение кураторов')], { id: 'main' })]) {
  return roadmap({
    document: {
      kind: 'letter',
      authority: AUTHORITY,
      date: '2022-06-16',
      number: '75-7747',
      addressee: ['Директору ФГБУ «ФИОКО»', 'Станченко С.В.'],
      title: rich('О направлении регионального плана-графика'),
      salutation: 'Уважаемый Сергей Владимирович!',
      body: rich('Министерство направляет региональный план-график.'),
      signatories: [signatory('министра образования\nи науки края', 'А.Г. Кузнецова', true)],
      executor: { name: 'Иванова Ирина Петровна', phone: '8 (4212) 40-21-32' },
      ...doc,
    },
    plans,
  });
}

const text = (b: Block) => plainSpaces(blockText(b));

describe('compose: cover letter', () => {
  it('is a portrait letter followed by a landscape appendix per plan', () => {
    const { model, diagnostics } = compose(letter(), { appendixSheets: 12 });
    expect(diagnostics).toEqual([]);
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
  });

  it('blocks in order: letterhead, salutation, body, appendix mark, signature, executor mark', () => {
    const blocks = compose(letter(), { appendixSheets: 12 }).model.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph', 'paragraph', 'paragraph', 'signature', 'executor-mark']);
    expect(text(blocks[1]!)).toBe('Уважаемый Сергей Владимирович!');
    expect((blocks[1] as Paragraph).align).toBe('center');
    expect(text(blocks[2]!)).toBe('Министерство направляет региональный план-график.');
    expect(text(blocks[3]!)).toBe('Приложение: на 12 л. в 1 экз.');
    expect(text(blocks[4]!)).toBe('И.о. министра образования\nи науки края\nА.Г. Кузнецова');
    expect(text(blocks[5]!)).toBe('Иванова Ирина Петровна\n8 (4212) 40-21-32');
  });

  it('letterhead at the upper left, addressee at the upper right, in a borderless table', () => {
    const table = compose(letter()).model.sections[0]!.blocks[0] as Table;
    expect(table.borders).toBe('none');
    expect(table.columns).toHaveLength(3);
    const [left, gap, right] = table.rows[0]!.cells.map((c) => plainSpaces(cellText(c)));
    expect(gap).toBe('');
    expect(left!.split('\n')).toEqual([
      'МИНИСТЕРСТВО ОБРАЗОВАНИЯ',
      'И НАУКИ ХАБАРОВСКОГО КРАЯ',
      'ул. Фрунзе, д. 72, г. Хабаровск, 680002',
      'тел. (4212) 40-21-00, факс (4212) 40-21-01',
      'e-mail: minobr@adm.khv.ru, minobr.khabkrai.ru',
      'ОКПО 02104567, ОГРН 1022700931868',
      'ИНН/КПП 2721121647/272101001',
      '16.06.2022 № 75-7747',
      'На № _____ от _____',
      'О направлении регионального плана-графика',
    ]);
    expect(table.rows[0]!.cells[0]!.blocks[0]!.bold).toBe(true);
    expect(right).toBe('Директору ФГБУ «ФИОКО»\nСтанченко С.В.');
    // The title has no final period.
    expect(left!.endsWith('.')).toBe(false);
  });

  it('a reference to an incoming letter and a draft without date and number', () => {
    const table = compose(letter({ date: undefined, number: undefined, reference: { number: '01-12/345', date: '2022-06-01' } })).model
      .sections[0]!.blocks[0] as Table;
    const left = plainSpaces(cellText(table.rows[0]!.cells[0]!)).split('\n');
    expect(left).toContain('____________ № ____________');
    expect(left).toContain('На № 01-12/345 от 01.06.2022');
  });

  it('the sheet count: measured (appendixSheets), overridden by appendixMark.sheets, blank when unknown', () => {
    const line = (r: ReturnType<typeof letter>, sheets?: number) =>
      compose(r, sheets === undefined ? {} : { appendixSheets: sheets }).model.sections[0]!.blocks.map(text).find((t) => t.startsWith('Приложение:'));
    expect(line(letter(), 3)).toBe('Приложение: на 3 л. в 1 экз.');
    expect(line(letter({ appendixMark: { sheets: 5, copies: 2 } }), 3)).toBe('Приложение: на 5 л. в 2 экз.');
    expect(line(letter())).toBe('Приложение: на __ л. в 1 экз.');
    expect(line(letter({}, []))).toBeUndefined();
  });

  it('the appendix: «Приложение / к письму министерства … / от 16.06.2022 № 75-7747», then the plan', () => {
    const appendix = compose(letter()).model.sections[1]!.blocks;
    expect(appendix[0]!.type).toBe('appendix-mark');
    expect(text(appendix[0]!)).toBe('Приложение\nк письму министерства образования и науки Хабаровского края\nот 16.06.2022 № 75-7747');
    expect(appendix.map((b) => b.type)).toContain('table');
  });

  it('no addressee leaves the upper right empty (loading warns: letter-no-addressee)', () => {
    const { diagnostics } = compose(letter({ addressee: undefined }));
    expect(diagnostics).toEqual([]);
  });
});
