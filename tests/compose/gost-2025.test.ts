/**
 * GOST R 7.0.97-2025 (`document.gost: '2025'`): the document's QR code (first block of the first
 * section, so that it lands on page 1) and the mandatory title (a warning when absent).
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { QR_TEXT_MAX_BYTES, qrCodeText } from '../../src/compose/qr-code.js';
import { createContext } from '../../src/compose/context.js';
import type { QrCode } from '../../src/model/document.js';
import type { DocumentData, Roadmap } from '../../src/model/roadmap.js';
import { GOST_THEME, resolveTheme } from '../../src/model/theme.js';
import { QR_MAX_BYTES, QR_MAX_VERSION, qrMatrix, qrVersion } from '../../src/write/qr-matrix.js';
import { item, plan, point, rich, roadmap, signatory } from './builders.js';

const AUTHORITY = { name: ['МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ', 'ХАБАРОВСКОГО КРАЯ'], genitive: 'министерства образования и науки Хабаровского края' };
const LOC = { file: 'test.yaml', line: 3, column: 1 };

function act(doc: Partial<DocumentData> = {}, lint: Roadmap['lint'] = {}): Roadmap {
  return roadmap({
    document: {
      kind: 'order',
      authority: AUTHORITY,
      date: '2022-02-14',
      number: '50',
      title: rich('Об утверждении плана-графика'),
      preamble: rich('В целях реализации проекта «500+»'),
      points: [point('Утвердить прилагаемый план-график.')],
      signatories: [signatory('Министр', 'А.Г. Кузнецова')],
      gost: '2025',
      loc: LOC,
      ...doc,
    },
    plans: [plan([item('Отбор ОО')])],
    lint,
  });
}

const qrBlocks = (r: Roadmap) =>
  compose(r).model.sections.flatMap((s, i) => s.blocks.map((b, j) => ({ b, i, j }))).filter(({ b }) => b.type === 'qr-code');
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('GOST R 7.0.97-2025: the QR code', () => {
  it('2016 documents have none; 2025 orders, directives and letters have exactly one, first in the first section', () => {
    expect(qrBlocks(act({ gost: '2016' }))).toEqual([]);
    for (const kind of ['order', 'directive', 'letter'] as const) {
      const found = qrBlocks(act({ kind }));
      expect(found, kind).toHaveLength(1);
      expect(found[0]).toMatchObject({ i: 0, j: 0 });
      expect((found[0]!.b as QrCode).size).toBe(GOST_THEME.qrCode.size);
    }
  });

  it('plans and passports get none', () => {
    expect(qrBlocks(act({ kind: 'plan' }))).toEqual([]);
    expect(qrBlocks(act({ kind: 'passport' }))).toEqual([]);
  });

  it('encodes «authority; ПРИКАЗ; от date № number; title»', () => {
    const [qr] = qrBlocks(act());
    expect((qr!.b as QrCode).text).toBe('МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ; ПРИКАЗ; от 14.02.2022 № 50; Об утверждении плана-графика');
    expect((qrBlocks(act({ kind: 'directive' }))[0]!.b as QrCode).text).toContain('; РАСПОРЯЖЕНИЕ; ');
    expect((qrBlocks(act({ kind: 'letter', number: '75-7747' }))[0]!.b as QrCode).text).toContain('; ПИСЬМО; от 14.02.2022 № 75-7747; ');
  });

  it('a draft (no date or no number) gets no QR code: it has no registration requisites yet; an absent title is left out', () => {
    expect(qrBlocks(act({ date: undefined, number: undefined }))).toEqual([]);
    expect(qrBlocks(act({ date: undefined }))).toEqual([]);
    expect(qrBlocks(act({ number: undefined }))).toEqual([]);
    expect((qrBlocks(act({ title: undefined }))[0]!.b as QrCode).text).toBe('МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ; ПРИКАЗ; от 14.02.2022 № 50');
  });

  it('a long title is cut at a word with «…»: the text fits a version-10 symbol', () => {
    expect(QR_TEXT_MAX_BYTES).toBe(QR_MAX_BYTES);
    const long = 'Об утверждении регионального плана-графика реализации мероприятий проекта «500+» в Хабаровском крае в 2022 году и о внесении изменений в ранее изданные распоряжения министерства';
    const text = qrCodeText(createContext(act({ title: rich(long) }), GOST_THEME, 'ru'))!;
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ; ПРИКАЗ; от 14.02.2022 № 50; Об утверждении регионального')).toBe(true);
    expect(utf8(text)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
    expect(long.startsWith(text.split('; ').at(-1)!.slice(0, -1))).toBe(true);
    expect(qrVersion(qrMatrix(text))).toBeLessThanOrEqual(QR_MAX_VERSION);
    // Even a text of exactly the budget fits.
    expect(qrVersion(qrMatrix('ж'.repeat(QR_MAX_BYTES / 2 - 1) + 'x'))).toBe(QR_MAX_VERSION);
    expect(() => qrMatrix('x'.repeat(QR_MAX_BYTES + 1))).toThrow();
  });

  it('the size comes from the theme', () => {
    const [qr] = compose(act(), { theme: resolveTheme({ qrCode: { size: 30 } }) })
      .model.sections[0]!.blocks.filter((b) => b.type === 'qr-code');
    expect((qr as QrCode).size).toBe(30);
  });
});

describe('GOST R 7.0.97-2025: the title is mandatory (checked at load)', () => {
  const yaml = (kind: string, extra = '', gost = '2025') =>
    `document:\n  kind: ${kind}\n  gost: ${gost}\n  addressee: [Директору]\n  approval: {by: official, position: Директор, name: И.И. Иванов}\n${extra}plan:\n  title: П\n  items:\n    - task: Т\n`;
  const titleWarnings = async (text: string, lint: Roadmap['lint'] = {}) =>
    (await loadRoadmapText(text, { file: 'test.yaml', lint })).diagnostics.filter((d) => d.code === 'title-missing-gost-2025');

  it('warns at `gost` when an order, directive or letter has no title', async () => {
    for (const kind of ['order', 'directive', 'letter'] as const) {
      const found = await titleWarnings(yaml(kind));
      expect(found, kind).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', file: 'test.yaml', line: 3, column: 9 });
      expect(found[0]!.message).toContain('ГОСТ Р 7.0.97-2025');
    }
  });

  it('no warning with a title, under 2016, for plans, or when the rule is off', async () => {
    expect(await titleWarnings(yaml('order', '  title: Об утверждении плана-графика\n'))).toEqual([]);
    expect(await titleWarnings(yaml('order', '', '2016'))).toEqual([]);
    expect(await titleWarnings(yaml('plan'))).toEqual([]);
    expect(await titleWarnings(yaml('order'), { 'title-missing-gost-2025': 'off' })).toEqual([]);
  });

  it('composing reports nothing of it: the check is the loader\'s alone', () => {
    expect(compose(act({ title: undefined })).diagnostics).toEqual([]);
  });
});
