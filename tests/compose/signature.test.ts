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

describe('signature wording comes from templates', () => {
  it('a user template for the acting prefix, the e-signature and the executor mark is used', async () => {
    const { loadTemplates, mapTemplateHost } = await import('../../src/templates/load.js');
    const { composeESignature } = await import('../../src/compose/signature.js');
    const { composeExecutorMark } = await import('../../src/compose/executor-mark.js');
    const host = mapTemplateHost(
      {
        'signature-acting': 'Временно исполняющий обязанности {{lowerFirst position}}',
        esignature: 'ЭП\nСерт. {{certificate}}',
        'executor-mark': 'Исп. {{name}}{{#if phone}}, тел. {{phone}}{{/if}}',
      },
      'mine',
    );
    const { templates: library, diagnostics } = loadTemplates({ host, dir: 'mine', fresh: true });
    expect(diagnostics).toEqual([]);
    const set = library.bind(() => undefined);
    expect(positionLines(signatory('Министра образования', 'Б.Б. Ангирова', true), set)).toEqual([
      'Временно исполняющий обязанности министра образования',
    ]);
    const e = { certificate: '01AB', owner: 'Иванов И.И.', validFrom: '2022-01-01', validTo: '2023-01-01' };
    expect(composeESignature(e, '2025', set).lines).toEqual(['ЭП', 'Серт. 01AB']);
    const doc = { executor: { name: 'Петрова А.А.', phone: '8 (4212) 00-00-00' } } as Parameters<typeof composeExecutorMark>[0];
    expect(composeExecutorMark(doc, set)?.lines).toEqual(['Исп. Петрова А.А., тел. 8 (4212) 00-00-00']);
  });
});
