/** A draft directive: blank date and number, e-signature stamp, executor mark, endorsement sheet. */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { composeESignature } from '../../src/compose/signature.js';
import type { Block, SignatureBlock, Table } from '../../src/model/document.js';
import type { DocumentData } from '../../src/model/roadmap.js';
import { blockText, cellText, item, plainSpaces, plan, point, rich, roadmap, signatory } from './builders.js';

const ESIGNATURE = {
  certificate: '01D8A3F2C4B5E6D7',
  owner: 'Кузнецова Анна Геннадьевна',
  validFrom: '2022-03-01',
  validTo: '2023-05-31',
  signedAt: '2022-06-10T14:25:00+10:00',
};

function directive(doc: Partial<DocumentData> = {}) {
  return roadmap({
    document: {
      kind: 'directive',
      operative: 'none',
      authority: { name: ['МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ', 'ХАБАРОВСКОГО КРАЯ'], genitive: 'министерства образования и науки Хабаровского края' },
      place: 'г. Хабаровск',
      title: rich('Об утверждении регионального плана-графика'),
      preamble: rich('В целях реализации проекта «500+»:'),
      points: [point('Утвердить прилагаемый план-график.'), point('Контроль оставляю за собой.')],
      signatories: [signatory('Министр', 'А.Г. Кузнецова')],
      gost: '2025',
      executor: { name: 'Иванова Ирина Петровна', phone: '8 (4212) 40-21-32' },
      endorsements: [
        { position: 'Первый заместитель министра', name: 'И.И. Иванов', date: '2022-06-08', remarks: 'Без замечаний' },
        { position: 'Начальник управления общего образования', name: 'Е.В. Матаржук', date: '2022-06-07' },
        { position: 'Начальник отдела правового обеспечения', name: 'О.С. Белова' },
      ],
      ...doc,
    },
    plans: [plan([item('Отбор ОО')], { id: 'main' })],
  });
}

const text = (b: Block) => plainSpaces(blockText(b));

/** The directive once signed and registered: a date, a number, the e-signature stamp. */
const SIGNED: Partial<DocumentData> = { date: '2022-06-10', number: '123-р', esignature: ESIGNATURE };

describe('compose: draft directive with an endorsement sheet', () => {
  it('sections: the directive (portrait), the appendix (landscape), the endorsement sheet (portrait, last)', () => {
    const { model, diagnostics } = compose(directive());
    expect(diagnostics).toEqual([]);
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
  });

  it('a draft: «от «__» ________ 20__ г.» at the left, «№ ____» at the right', () => {
    const blocks = compose(directive()).model.sections[0]!.blocks;
    expect(blocks.map(text)).toContain('от «__» ________ 20__ г.\t№ ____');
    expect(blocks.map(text)).toContain('РАСПОРЯЖЕНИЕ');
  });

  it('signed and registered: the act ends with the signature (e-signature stamp between position and name), then the executor mark', () => {
    const blocks = compose(directive(SIGNED)).model.sections.find((s) => s.orientation === 'portrait')!.blocks;
    expect(blocks.slice(-2).map((b) => b.type)).toEqual(['signature', 'executor-mark']);
    const signature = blocks.at(-2) as SignatureBlock;
    expect(signature.entries[0]!.position).toEqual(['Министр']);
    expect(signature.entries[0]!.name).toBe('А.Г. Кузнецова');
    expect(signature.entries[0]!.esignature!.lines).toEqual([
      'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
      'Сертификат: 01D8A3F2C4B5E6D7',
      'Владелец: Кузнецова Анна Геннадьевна',
      'Действителен с 01.03.2022 по 31.05.2023',
      'Подписан: 10.06.2022 14:25',
    ]);
    expect(text(blocks.at(-1)!)).toBe('Иванова Ирина Петровна\n8 (4212) 40-21-32');
  });

  it('GOST R 7.0.97-2016: the stamp has no signing time', () => {
    expect(composeESignature(ESIGNATURE, '2016').lines).toHaveLength(4);
    expect(composeESignature(ESIGNATURE, '2025').lines.at(-1)).toBe('Подписан: 10.06.2022 14:25');
    const signature = compose(directive({ ...SIGNED, gost: '2016' })).model.sections[0]!.blocks.find((b): b is SignatureBlock => b.type === 'signature')!;
    expect(signature.entries[0]!.esignature!.lines.some((l) => l.startsWith('Подписан'))).toBe(false);
  });

  it('the endorsement sheet: title, subject, a bordered table with one row per visa', () => {
    const sheet = compose(directive()).model.sections.at(-1)!.blocks;
    expect(sheet.slice(0, 2).map(text)).toEqual([
      'ЛИСТ СОГЛАСОВАНИЯ',
      'проекта распоряжения министерства образования и науки Хабаровского края «Об утверждении регионального плана-графика»',
    ]);
    const table = sheet[2] as Table;
    expect(table.type).toBe('table');
    expect(table.borders).toBe('all');
    expect(table.head[0]!.cells.map(cellText)).toEqual(['№ п/п', 'Должность', 'Фамилия, инициалы', 'Дата согласования', 'Замечания, подпись']);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['1.', 'Первый заместитель министра', 'И.И. Иванов', '08.06.2022', 'Без замечаний'],
      ['2.', 'Начальник управления общего образования', 'Е.В. Матаржук', '07.06.2022', ''],
      ['3.', 'Начальник отдела правового обеспечения', 'О.С. Белова', '', ''],
    ]);
    expect(table.rows.every((r) => r.cantSplit)).toBe(true);
  });

  it('no endorsements, no sheet; an order gets «проекта приказа»', () => {
    expect(compose(directive({ endorsements: [] })).model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const order = compose(directive({ kind: 'order', operative: 'caps' })).model.sections.at(-1)!.blocks;
    expect(text(order[1]!)).toMatch(/^проекта приказа министерства/);
  });
});
