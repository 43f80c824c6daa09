import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { Block, Paragraph } from '../../src/model/document.js';
import type { DocumentData } from '../../src/model/roadmap.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { blankDate } from '../../src/text/russian-date.js';
import { blockText, item, plainSpaces, plan, point, rich, roadmap, signatory } from './builders.js';

const AUTHORITY = {
  name: ['АДМИНИСТРАЦИЯ ГОРОХОВЕЦКОГО РАЙОНА', 'ВЛАДИМИРСКОЙ ОБЛАСТИ', 'Управление образования'],
  genitive: 'управления образования',
};

/** Seed 001: an order of a municipal authority approving one plan. */
function seed001(doc: Partial<DocumentData> = {}, plans = [plan([item('Отбор ОО')], { id: 'main', title: 'План-график' })]) {
  return roadmap({
    document: {
      kind: 'order',
      authority: AUTHORITY,
      qualifier: 'начальника управления',
      number: '50',
      date: '2022-02-14',
      place: 'г. Гороховец',
      title: rich('Об утверждении плана-графика (дорожной карты)\nмероприятий по проекту «500+»'),
      preamble: rich('В соответствии с Федеральным законом от 29.12.2020 № 273-ФЗ «Об образовании в Российской Федерации»,'),
      operative: 'spaced',
      points: [
        point('Утвердить план-график (дорожную карту) мероприятий (приложение № {appendix:main}).'),
        point('Руководителям ОО:', [point('организовать работу;'), point('обеспечить отчётность.', [point('ежемесячно;')])]),
        point('Контроль исполнения настоящего приказа оставляю за собой.'),
      ],
      signatories: [signatory('Начальник управления', 'Е.Ф. Родькина')],
      ...doc,
    },
    plans,
  });
}

const paragraphs = (blocks: Block[]) => blocks.filter((b): b is Paragraph => b.type === 'paragraph');
const texts = (blocks: Block[]) => blocks.map((b) => plainSpaces(blockText(b)));

describe('compose: order', () => {
  it('a portrait section with the act, then the plan as a landscape appendix', () => {
    const { model, diagnostics } = compose(seed001());
    expect(diagnostics).toEqual([]);
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
  });

  it('header: authority lines, ПРИКАЗ + qualifier, date and number on one line, place, title', () => {
    const blocks = compose(seed001()).model.sections[0]!.blocks;
    const ps = paragraphs(blocks);
    expect(ps.slice(0, 3).map((p) => [p.style, blockText(p)])).toEqual([
      ['authority', 'АДМИНИСТРАЦИЯ ГОРОХОВЕЦКОГО РАЙОНА'],
      ['authority', 'ВЛАДИМИРСКОЙ ОБЛАСТИ'],
      ['authority', 'Управление образования'],
    ]);
    expect([ps[3]!.style, blockText(ps[3]!)]).toEqual(['doc-type', 'ПРИКАЗ']);
    expect(blockText(ps[4]!)).toBe('начальника управления');
    const split = blocks.find((b) => b.type === 'split-line');
    expect(split && blockText(split)).toBe('14.02.2022\t№\u00a050');
    expect(texts(blocks)).toContain('г. Гороховец');
    const title = ps.find((p) => p.style === 'title')!;
    expect(blockText(title)).toBe('Об утверждении плана-графика (дорожной карты)\nмероприятий по проекту «500+»');
    expect(title.keepWithNext).toBe(true);
  });

  it('directive: РАСПОРЯЖЕНИЕ, «к распоряжению» in the appendix mark', () => {
    const { model } = compose(seed001({ kind: 'directive', operative: 'none' }));
    expect(texts(model.sections[0]!.blocks)).toContain('РАСПОРЯЖЕНИЕ');
    expect(texts(model.sections[1]!.blocks)[0]).toBe('Приложение\nк распоряжению управления образования\nот 14.02.2022 № 50');
  });

  it('draft: blank date and number', () => {
    const r = seed001();
    delete r.document.date;
    delete r.document.number;
    const { model } = compose(r);
    const split = model.sections[0]!.blocks.find((b) => b.type === 'split-line')!;
    expect(plainSpaces(blockText(split))).toBe(`от ${plainSpaces(blankDate())}\t№ ____`);
    expect(texts(model.sections[1]!.blocks)[0]).toBe(`Приложение\nк приказу управления образования\nот ${plainSpaces(blankDate())} № ___`);
  });

  it('operative word spaced: character spacing from the theme, ending the preamble', () => {
    const ps = paragraphs(compose(seed001()).model.sections[0]!.blocks);
    const preamble = ps.find((p) => blockText(p).startsWith('В соответствии'))!;
    const last = preamble.runs.at(-1)!;
    expect(last.text).toBe('приказываю:');
    expect(last.characterSpacing).toBe(GOST_THEME.operativeSpacing);
    expect(blockText(preamble)).toMatch(/», приказываю:$/);
  });

  it('operative word: caps «ПРИКАЗЫВАЮ:» and plain «приказываю:» on their own line; none; custom', () => {
    const around = (operative: DocumentData['operative']) => {
      const ps = paragraphs(compose(seed001({ operative })).model.sections[0]!.blocks);
      const i = ps.findIndex((p) => blockText(p).startsWith('В соответствии'));
      return { preamble: ps[i]!, next: blockText(ps[i + 1]!) };
    };
    const caps = around('caps');
    expect(blockText(caps.preamble)).toMatch(/Федерации»,$/);
    expect(caps.next).toBe('ПРИКАЗЫВАЮ:');
    const plain = around('plain');
    expect(blockText(plain.preamble)).toMatch(/Федерации»,$/);
    expect(plain.next).toBe('приказываю:');
    const none = around('none');
    expect(blockText(none.preamble)).toMatch(/Федерации»,$/);
    expect(none.next).toMatch(/^1\. Утвердить/);
    expect(around({ text: 'ПРЕДЛАГАЮ:' }).next).toBe('ПРЕДЛАГАЮ:');
    expect(blockText(around({ text: 'обязываю:' }).preamble)).toMatch(/Федерации», обязываю:$/);
  });

  it('points numbered «1.», «2.1.», «2.2.1.» with their outline level', () => {
    const ps = paragraphs(compose(seed001()).model.sections[0]!.blocks).filter((p) => /^\d/.test(blockText(p)));
    expect(ps.map((p) => [p.level, plainSpaces(blockText(p))])).toEqual([
      // One appendix: the reference says «(приложение)», as its mark «Приложение» does.
      [0, '1. Утвердить план-график (дорожную карту) мероприятий (приложение).'],
      [0, '2. Руководителям ОО:'],
      [1, '2.1. организовать работу;'],
      [1, '2.2. обеспечить отчётность.'],
      [2, '2.2.1. ежемесячно;'],
      [0, '3. Контроль исполнения настоящего приказа оставляю за собой.'],
    ]);
  });

  it('appendix placeholders: «№ {appendix:id}» and «{appendix}» → numbers with a non-breaking space', () => {
    const plans = [plan([item('a')], { id: 'main' }), plan([item('b')], { id: 'schools' })];
    const r = seed001(
      { points: [point('Утвердить план (приложение № {appendix:schools}).'), point('См. приложение № {appendix}.')] },
      plans,
    );
    const ps = paragraphs(compose(r).model.sections[0]!.blocks).filter((p) => /^\d\./.test(blockText(p)));
    expect(ps.map(blockText)).toEqual(['1. Утвердить план (приложение №\u00a02).', '2. См. приложение №\u00a01.']);
  });

  it('an unknown appendix id prints «?» (loading reports it: lint rule appendix-unknown)', () => {
    const r = seed001({ points: [point('см. приложение № {appendix:nope}', [], { loc: { file: 'x.yaml', line: 7, column: 5 } })] });
    const { model, diagnostics } = compose(r);
    expect(diagnostics).toEqual([]);
    expect(texts(model.sections[0]!.blocks)).toContain('1. см. приложение № ?');
  });

  it('points deeper than four levels are printed all the same (loading warns: points-too-deep)', () => {
    const deep = point('1', [point('2', [point('3', [point('4', [point('5')])])])]);
    const { model, diagnostics } = compose(seed001({ points: [deep] }));
    expect(diagnostics).toEqual([]);
    expect(texts(model.sections[0]!.blocks)).toContain('1.1.1.1.1. 5');
  });

  it('appendix marks: «Приложение № N / к приказу … / от … № …», «Приложение» alone for one', () => {
    expect(texts(compose(seed001()).model.sections[1]!.blocks)[0]).toBe(
      'Приложение\nк приказу управления образования\nот 14.02.2022 № 50',
    );
    const two = compose(seed001({}, [plan([item('a')]), plan([item('b')])])).model;
    expect(two.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'landscape']);
    expect(two.sections.slice(1).map((s) => s.blocks[0]!.type)).toEqual(['appendix-mark', 'appendix-mark']);
    expect(two.sections.slice(1).map((s) => plainSpaces(blockText(s.blocks[0]!)).split('\n')[0])).toEqual([
      'Приложение № 1',
      'Приложение № 2',
    ]);
  });

  it("appendix: the plan's own stamp after the mark, then title, table, the plan's signatories", () => {
    const p = plan([item('a')], {
      approval: { by: 'act', act: 'приказом управления образования', date: '2022-02-14', number: '50' },
      signatories: [signatory('Директор МКУ ИМОЦ', 'А.А. Петрова')],
    });
    const blocks = compose(seed001({}, [p])).model.sections[1]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['appendix-mark', 'approval-stamp', 'paragraph', 'paragraph', 'table', 'signature']);
    expect(blockText(blocks.at(-1)!)).toBe('Директор МКУ ИМОЦ\nА.А. Петрова');
  });

  it('the signature and executor mark close the act', () => {
    const blocks = compose(seed001({ executor: { name: 'Иванова И.И.', phone: '8 (49238) 2-00-00' } })).model.sections[0]!.blocks;
    expect(blocks.slice(-2).map((b) => b.type)).toEqual(['signature', 'executor-mark']);
    expect(blockText(blocks.at(-2)!)).toBe('Начальник управления\nЕ.Ф. Родькина');
  });
});
