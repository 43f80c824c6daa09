/**
 * The draft directive example rendered to both formats and read back: the act (portrait), the
 * appendix (landscape), the endorsement sheet (portrait, last); the blank date and number, the
 * framed e-signature stamp between position and name, the executor mark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult } from '../../src/render.js';
import { paragraphTexts, readDocx, sections, tables } from '../support/docx-read.js';
import type { PdfRead } from '../support/pdf-read.js';
import { normal, renderExample, squeeze } from '../support/render-example.js';

const NOW = '2022-06-10T00:00:00Z';

describe('render: khabarovsk-directive-draft-2022 (a draft directive with an endorsement sheet)', () => {
  let result: RenderResult;
  let pdf: PdfRead;

  beforeAll(async () => {
    ({ result, pdf } = await renderExample('khabarovsk-directive-draft-2022', NOW));
  }, 120_000);

  it('renders without diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('PDF: the act on a portrait page, the appendix landscape, the endorsement sheet the last page, portrait', () => {
    const orientation = pdf.pages.map((p) => (p.width > p.height ? 'L' : 'P')).join('');
    expect(orientation).toMatch(/^P+L+P$/);
    const first = normal(pdf.pages[0]!.text);
    expect(first).toContain('РАСПОРЯЖЕНИЕ');
    expect(first).toMatch(/от «__» ________ 20__ г\.\s+№ ____/);
    const last = normal(pdf.pages.at(-1)!.text);
    expect(last).toContain('ЛИСТ СОГЛАСОВАНИЯ');
    for (const name of ['И.И. Иванов', 'Е.В. Матаржук', 'О.С. Белова', 'Н.А. Петрова']) expect(last).toContain(name);
    expect(last).toContain('08.06.2022');
  });

  it('PDF: the e-signature box stands between the position and the name, on one level', () => {
    const page = pdf.pages.find((p) => p.text.includes('ДОКУМЕНТ'))!;
    expect(page).toBeDefined();
    // Pieces within 1 pt of one baseline form a line: the name is on the position's line, at the right.
    expect(page.lines.map(normal)).toContain('Министр А.Г. Кузнецова');
    const position = page.items.find((i) => i.str.startsWith('Министр'))!;
    const name = page.items.find((i) => i.str.startsWith('А.Г.') && Math.abs(i.y - position.y) < 1)!;
    expect(name.x).toBeGreaterThan(page.width / 2);
    const box = page.items
      .filter((i) => i.x >= position.x + position.width && !(Math.abs(i.y - name.y) < 1 && i.x >= name.x - 1) && position.y - i.y < 120 && i.y - position.y < 5)
      .sort((a, b) => b.y - a.y || a.x - b.x);
    const text = squeeze(normal(box.map((i) => i.str).join('')));
    for (const s of [
      'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
      'Сертификат: 01D8A3F2C4B5E6D7A8B9C0D1E2F3A4B5',
      'Владелец: Кузнецова Анна Геннадьевна',
      'Действителен с 01.03.2022 по 31.05.2023',
      // GOST R 7.0.97-2025: the signing time.
      'Подписан: 10.06.2022 14:25',
    ]) {
      expect(text).toContain(squeeze(s));
    }
  });

  it('PDF: the executor mark at the bottom left of the act\'s last page', () => {
    const actPages = pdf.pages.filter((p) => p.width < p.height).slice(0, -1);
    const last = actPages.at(-1)!;
    expect(last.lines.map(normal)).toContain('Иванова Ирина Петровна');
    const mark = last.items.find((i) => i.str.includes('Петровна'))!;
    expect(mark).toBeDefined();
    const lowest = Math.min(...last.items.filter((i) => !/^\d+$/.test(i.str)).map((i) => i.y));
    expect(mark.y - lowest).toBeLessThan(20);
    expect(mark.y).toBeLessThan(last.height / 4);
  });

  it('DOCX: portrait, landscape, portrait sections; the endorsement table; the stamp text', () => {
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const all = paragraphTexts(docx.documentXml).map(normal);
    expect(all).toContain('ЛИСТ СОГЛАСОВАНИЯ');
    expect(all).toContain('от «__» ________ 20__ г.\t№ ____');
    const endorsement = tables(docx.documentXml).at(-1)!;
    expect(endorsement.rows.map((r) => r.cells[2]!.text)).toEqual(['Фамилия, инициалы', 'И.И. Иванов', 'Е.В. Матаржук', 'О.С. Белова', 'Н.А. Петрова']);
    expect(normal(docx.documentXml)).toContain('ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ');
    expect(normal(docx.documentXml)).toContain('Подписан: 10.06.2022 14:25');
  });
});
