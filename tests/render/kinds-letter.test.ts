/**
 * The cover letter example rendered to both formats and read back: the letter on portrait pages,
 * the appendix on landscape pages, and the appendix mark's sheet count equal to the appendix's
 * page count in the PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countPdfPages, measureAppendixSheets } from '../../src/appendix-sheets.js';
import { compose } from '../../src/compose/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { GOST_THEME } from '../../src/model/theme.js';
import type { RenderResult } from '../../src/render.js';
import { elements, paragraphText, paragraphTexts, readDocx, sections, tables } from '../support/docx-read.js';
import type { PdfRead } from '../support/pdf-read.js';
import { normal, renderExample, squeeze } from '../support/render-example.js';

const NOW = '2022-06-16T00:00:00Z';

describe('render: khabarovsk-cover-letter-2022 (a cover letter sending the regional plan)', () => {
  let roadmap: Roadmap;
  let result: RenderResult;
  let pdf: PdfRead;

  beforeAll(async () => {
    ({ roadmap, result, pdf } = await renderExample('khabarovsk-cover-letter-2022', NOW));
  }, 120_000);

  it('renders without diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('PDF: portrait pages with the letter, then landscape pages with the appendix', () => {
    const landscape = pdf.pages.map((p) => p.width > p.height);
    expect(landscape[0]).toBe(false);
    expect(landscape.at(-1)).toBe(true);
    // Once landscape, always landscape: no portrait page inside the appendix.
    expect(landscape.indexOf(true)).toBeGreaterThan(0);
    expect(landscape.slice(landscape.indexOf(true)).every(Boolean)).toBe(true);
    const first = normal(pdf.pages[0]!.text);
    for (const s of ['МИНИСТЕРСТВО ОБРАЗОВАНИЯ', '16.06.2022 № 75-7747', 'На № _____ от _____', 'Уважаемый Сергей Владимирович!', 'А.Г. Кузнецова']) {
      expect(first).toContain(s);
    }
  });

  it('the appendix mark «Приложение: на N л. в 1 экз.» counts the appendix pages of the PDF', () => {
    const appendixPages = pdf.pages.filter((p) => p.width > p.height).length;
    expect(appendixPages).toBeGreaterThan(1);
    const mark = /Приложение: на (\d+) л\. в 1 экз\./.exec(normal(pdf.pages[0]!.text));
    expect(mark).not.toBeNull();
    expect(Number(mark![1])).toBe(appendixPages);
    // The same count in the DOCX text.
    expect(paragraphTexts(readDocx(result.docx!).documentXml).map(normal)).toContain(`Приложение: на ${appendixPages} л. в 1 экз.`);
  });

  it('the appendix starts with «Приложение / к письму министерства … / от 16.06.2022 № 75-7747»', () => {
    const firstAppendix = pdf.pages.find((p) => p.width > p.height)!;
    const text = normal(firstAppendix.text);
    expect(text).toContain('Приложение');
    expect(squeeze(text)).toContain(squeeze('к письму министерства образования и науки Хабаровского края'));
    expect(text).toContain('от 16.06.2022 № 75-7747');
    expect(text).toContain('ПЛАН-ГРАФИК');
  });

  it('PDF: the addressee stands at the upper right, level with the letterhead', () => {
    const items = pdf.pages[0]!.items;
    const authority = items.find((i) => i.str.includes('МИНИСТЕРСТВО'))!;
    const addressee = items.find((i) => i.str.includes('Директору'))!;
    expect(authority).toBeDefined();
    expect(addressee).toBeDefined();
    expect(addressee.x).toBeGreaterThan(pdf.pages[0]!.width / 2);
    expect(authority.x + authority.width).toBeLessThan(pdf.pages[0]!.width / 2);
    expect(Math.abs(addressee.y - authority.y)).toBeLessThan(20);
  });

  it('PDF: the signatory\'s name is at the right on the line of the position\'s last line', () => {
    // Pieces within 1 pt of one baseline form a line, ordered left to right.
    const line = pdf.pages[0]!.lines.map(normal).find((l) => l.includes('Кузнецова'))!;
    expect(line).toMatch(/^и науки края\s+А\.Г\. Кузнецова$/);
    const name = pdf.pages[0]!.items.find((i) => i.str.includes('Кузнецова'))!;
    const textRight = pdf.pages[0]!.width - (GOST_THEME.page.portraitMargins.right / 25.4) * 72;
    expect(Math.abs(name.x + name.width - textRight)).toBeLessThan(2);
  });

  it('DOCX: a portrait section, then a landscape one; the letterhead and addressee share a borderless table', () => {
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const letterhead = tables(docx.documentXml)[0]!;
    const cells = letterhead.rows[0]!.cells.map((c) => normal(c.text));
    expect(cells[0]).toContain('МИНИСТЕРСТВО ОБРАЗОВАНИЯ');
    expect(cells[0]).toContain('ИНН/КПП 2721121647/272101001');
    expect(cells[2]).toBe('Директору ФГБУ «ФИОКО»\nСтанченко С.В.');
    expect(letterhead.xml).not.toMatch(/<w:top w:val="single"/);
  });

  it('DOCX: the name follows the position\'s last line after a tab, at a right tab stop', () => {
    const xml = readDocx(result.docx!).documentXml;
    const paragraph = elements(xml, 'w:p').find((p) => normal(paragraphText(p)) === 'и науки края\tА.Г. Кузнецова')!;
    expect(paragraph).toBeDefined();
    expect(paragraph).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
  });

  it('measuring the appendix alone gives the page count it has in the whole document', async () => {
    const { model } = compose(roadmap);
    const sheets = await measureAppendixSheets(model, GOST_THEME);
    expect(sheets).toBe(pdf.pages.filter((p) => p.width > p.height).length);
    expect(countPdfPages(result.pdf!)).toBe(pdf.pages.length);
  }, 120_000);
});
