/**
 * The no-break spaces of Russian typesetting (src/text/russian-spacing.ts): each rule, and that
 * nothing but spaces ever changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tieRussianSpaces } from '../../src/text/russian-spacing.js';

/** No-break spaces shown as «·». */
const tie = (s: string) => tieRussianSpaces(s).replace(/\u00a0/g, '·');

describe('no-break spaces of Russian typesetting', () => {
  it('initials and the surname, either order, with or without a space between the initials', () => {
    expect(tie('утвердил Н.А. Петрова')).toBe('утвердил Н.А.·Петрова');
    expect(tie('Н. А. Петрова')).toBe('Н.·А.·Петрова');
    expect(tie('(Петрова Н.А.)')).toBe('(Петрова·Н.А.)');
    expect(tie('Петрова Н. А. подписала')).toBe('Петрова·Н.·А. подписала');
    expect(tie('Римский-Корсаков Н.А.')).toBe('Римский-Корсаков·Н.А.');
  });

  it('«№» and «§» with their number', () => {
    expect(tie('приказ № 50')).toBe('приказ №·50');
    expect(tie('§ 3 и №№ 5–7')).toBe('§·3 и №№·5–7');
  });

  it('a number with «г.», «гг.», «%» and units after it', () => {
    expect(tie('до 20 декабря 2022 г.')).toBe('до 20 декабря 2022·г.');
    expect(tie('в 2021–2022 гг. рост на 25 %')).toBe('в 2021–2022·гг. рост на 25·%');
    expect(tie('100 тыс. руб., 12 км, 2022 год')).toBe('100·тыс. руб., 12·км, 2022·год');
    // Not a unit: a word that only starts like one.
    expect(tie('5 месяцев, 3 городах')).toBe('5 месяцев, 3 городах');
  });

  it('an abbreviation with the number or name after it', () => {
    expect(tie('ст. 5, п. 3, рис. 2')).toBe('ст.·5, п.·3, рис.·2');
    expect(tie('г. Хабаровск, ул. Ленина')).toBe('г.·Хабаровск, ул.·Ленина');
  });

  it('«т. е.», «и т. д.», «и т. п.»', () => {
    expect(tie('то есть т. е. так')).toBe('то есть т.·е. так');
    expect(tie('школы и т. д. и т. п.')).toBe('школы и·т.·д. и·т.·п.');
  });

  it('a dash stays with the word before it, never starting a line', () => {
    expect(tie('Директор – директору')).toBe('Директор·– директору');
    expect(tie('проект — это план')).toBe('проект·— это план');
    expect(tie('(далее – ШНОР)')).toBe('(далее·– ШНОР)');
    // A range dash without spaces and a hyphen are left alone.
    expect(tie('Январь–февраль, план-график')).toBe('Январь–февраль, план-график');
  });

  it('ties every space written, twice written stays twice: «№  5», «Н.А.  Петрова», «Петрова  Н.  А.»', () => {
    expect(tieRussianSpaces('№  Н')).toBe('№\u00a0\u00a0Н');
    expect(tieRussianSpaces('Н.А.  Петрова')).toBe('Н.А.\u00a0\u00a0Петрова');
    expect(tieRussianSpaces('Н.  А.  Петрова')).toBe('Н.\u00a0\u00a0А.\u00a0\u00a0Петрова');
    expect(tieRussianSpaces('Петрова  Н.  А.')).toBe('Петрова\u00a0\u00a0Н.\u00a0\u00a0А.');
  });

  it('changes only spaces, into no-break spaces (the text reads the same)', () => {
    const unit = fc.constantFrom('Н', 'А', '.', ' ', 'Петрова', '№', '5', '2022', 'г', '%', 'т', 'е', 'и', 'д', '–', '—', 'ст', 'ул', 'а', '\u00a0');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (s) => {
        const out = tieRussianSpaces(s);
        expect(out.length).toBe(s.length);
        expect(out.replace(/\u00a0/g, ' ')).toBe(s.replace(/\u00a0/g, ' '));
        for (let i = 0; i < s.length; i++) if (out[i] !== s[i]) expect([s[i], out[i]]).toEqual([' ', '\u00a0']);
      }),
    );
  });
});
