import { describe, expect, it } from 'vitest';
import { composeSignature, positionLines } from '../../src/compose/signature.js';
import { signatory } from './builders.js';

describe('signature', () => {
  it('position lines as written', () => {
    expect(positionLines(signatory('Начальник управления\nобщего образования', 'Е.В. Матаржук'))).toEqual([
      'Начальник управления',
      'общего образования',
    ]);
  });

  it('acting: «И.о. » and the first letter lower-cased', () => {
    expect(positionLines(signatory('Министра образования и науки\nРеспублики Калмыкия', 'Б.Б. Ангирова', true))).toEqual([
      'И.о. министра образования и науки',
      'Республики Калмыкия',
    ]);
  });

  it('block: entries in order, layout kept, nothing when nobody signs', () => {
    const block = composeSignature(
      [signatory('Начальник управления', 'Е.Ф. Родькина'), signatory('Заместитель', 'А.А. Иванов')],
      'side-by-side',
    );
    expect(block).toEqual({
      type: 'signature',
      layout: 'side-by-side',
      entries: [
        { position: ['Начальник управления'], name: 'Е.Ф. Родькина' },
        { position: ['Заместитель'], name: 'А.А. Иванов' },
      ],
    });
    expect(composeSignature([])).toBeUndefined();
  });

  it('the e-signature stamp goes with the first signatory', () => {
    const block = composeSignature([signatory('Министр', 'А.Г. Кузнецова'), signatory('Заместитель', 'Б.Б. Б')], 'stacked', {
      certificate: '01AB',
      owner: 'Кузнецова Анна Геннадьевна',
      validFrom: '2022-01-10',
      validTo: '2023-04-10',
    });
    expect(block!.entries[0]!.esignature!.lines).toEqual([
      'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
      'Сертификат: 01AB',
      'Владелец: Кузнецова Анна Геннадьевна',
      'Действителен с 10.01.2022 по 10.04.2023',
    ]);
    expect(block!.entries[1]!.esignature).toBeUndefined();
  });
});
