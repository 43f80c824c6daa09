/**
 * The draft directive example rendered to both formats and read back: the act (portrait), the
 * appendix (landscape), the endorsement sheet (portrait, last); the blank date and number, no
 * e-signature stamp and no QR code (a draft is not signed), the executor mark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult } from '../../src/render.js';
import { paragraphTexts, readDocx, sections, tables } from '../support/docx-read.js';
import type { PdfRead } from '../support/pdf-read.js';
import { normal, renderExample } from '../support/render-example.js';

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

  it('PDF: a draft is not signed: the signature has no e-signature stamp, and page 1 no QR code', () => {
    const page = pdf.pages.find((p) => p.lines.map(normal).includes('Министр А.Г. Кузнецова'))!;
    expect(page).toBeDefined();
    expect(pdf.text).not.toContain('ДОКУМЕНТ ПОДПИСАН');
    expect(pdf.text).not.toContain('Подписан:');
    expect(result.model.sections[0]!.blocks.some((b) => b.type === 'qr-code')).toBe(false);
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
    expect(endorsement.rows.map((r) => r.cells[2]!.text.replace(/\u00a0/g, ' '))).toEqual(['Фамилия, инициалы', 'И.И. Иванов', 'Е.В. Матаржук', 'О.С. Белова', 'Н.А. Петрова']);
    expect(normal(docx.documentXml)).not.toContain('ДОКУМЕНТ ПОДПИСАН');
    expect([...docx.parts.keys()].filter((p) => p.startsWith('word/media/'))).toEqual([]);
  });
});
