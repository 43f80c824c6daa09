import { describe, expect, it } from 'vitest';
import { composeApprovalStamp } from '../../src/compose/approval-stamp.js';
import { blankDate } from '../../src/text/russian-date.js';
import { blockText, plainSpaces } from './builders.js';

const ACT = 'распоряжением министерства образования и науки Хабаровского края';
const text = (s: Parameters<typeof composeApprovalStamp>) => plainSpaces(blockText(composeApprovalStamp(...s)));

describe('composeApprovalStamp', () => {
  it('the word agrees with the gender of what is approved', () => {
    const words = (['m', 'f', 'n', 'pl'] as const).map((g) => composeApprovalStamp({ by: 'act', act: ACT }, g).word);
    expect(words).toEqual(['УТВЕРЖДЕН', 'УТВЕРЖДЕНА', 'УТВЕРЖДЕНО', 'УТВЕРЖДЕНЫ']);
  });

  it('an explicit word wins', () => {
    expect(composeApprovalStamp({ by: 'act', act: ACT, word: 'УТВЕРЖДЕНА' }, 'm').word).toBe('УТВЕРЖДЕНА');
  });

  it('by an act, draft: blank date with the year and a blank number', () => {
    expect(text([{ by: 'act', act: ACT, year: 2022 }, 'm'])).toBe(
      `УТВЕРЖДЕН\n${ACT}\nот ${plainSpaces(blankDate(2022))} № ___`,
    );
    expect(blankDate(2022)).toContain('2022');
  });

  it('by an act, filled: «от 14.02.2022 № 50» with non-breaking spaces', () => {
    const stamp = composeApprovalStamp({ by: 'act', act: 'приказом управления образования', date: '2022-02-14', number: '50' }, 'm');
    expect(blockText(stamp)).toBe('УТВЕРЖДЕН\nприказом управления образования\nот\u00a014.02.2022 №\u00a050');
  });

  it('line breaks written in the act are kept', () => {
    expect(text([{ by: 'act', act: 'распоряжением министерства\nобразования и науки', date: '2022-02-14', number: '50' }, 'm'])).toBe(
      'УТВЕРЖДЕН\nраспоряжением министерства\nобразования и науки\nот 14.02.2022 № 50',
    );
  });

  it('by a meeting: «(протокол от 14 мая 2020 г. № 3)»', () => {
    const t = text([{ by: 'meeting', act: 'на расширенном заседании проектного офиса', date: '2020-05-14', number: '3' }, 'n']);
    expect(t).toBe('УТВЕРЖДЕНО\nна расширенном заседании проектного офиса\n(протокол от 14 мая 2020 г. № 3)');
  });

  it('by an official: «УТВЕРЖДАЮ», position lines, signature line, date', () => {
    const t = text([{ by: 'official', position: 'Министр образования\nи науки края', name: 'А.Г. Кузнецова', year: 2022 }, 'm']);
    expect(t).toBe(`УТВЕРЖДАЮ\nМинистр образования\nи науки края\n________ А.Г. Кузнецова\n${plainSpaces(blankDate(2022))}`);
  });
});
