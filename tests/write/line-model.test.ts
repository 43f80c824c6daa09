/**
 * The layout model both writers share (issue 12): lines as tall as Word's and LibreOffice's single
 * lines, and lines broken where they break them, so that the PDF's pages and LibreOffice's layout
 * of the DOCX hold the same rows (tests/pagination checks whole documents).
 */
import { describe, expect, it } from 'vitest';
import { GOST_THEME } from '../../src/model/theme.js';
import { lineHeightPt } from '../../src/write/line-height.js';
import { tinosMetrics } from '../../src/write/measure.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { layoutLines } from '../../src/write/text-height.js';
import { readPdf } from '../support/pdf-read.js';
import { readDocx } from '../support/docx-read.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { mmToPt, mmToTwip } from '../../src/write/units.js';
import { model, p, planTable } from '../support/sample-model.js';

const m = tinosMetrics();

describe('line height', () => {
  it("is Word's and LibreOffice's single line of Times New Roman, in whole twips", () => {
    // Measured in LibreOffice 7.4's layout of the DOCX (Liberation Serif): 13.8 pt at 12 pt, 16.1 pt at 14 pt.
    expect(lineHeightPt(12, 1, m)).toBe(13.8);
    expect(lineHeightPt(14, 1, m)).toBe(16.1);
    expect(lineHeightPt(10, 1, m)).toBe(11.5);
    expect(lineHeightPt(12, 1.5, m)).toBe(20.7);
  });

  it('the PDF sets its lines that far apart', async () => {
    const text = Array.from({ length: 80 }, (_, i) => `слово${i}`).join(' ');
    const pdf = await readPdf(await writePdf(model([{ ...p(text), style: 'body-plain', align: 'left' }])));
    const ys = [...new Set(pdf.pages[0]!.items.map((i) => Math.round(i.y * 100) / 100))].sort((a, b) => b - a);
    expect(ys.length).toBeGreaterThan(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]! - ys[i]!).toBeCloseTo(16.1, 1);
  });
});

describe('line breaking', () => {
  it('breaks after the hyphen of a compound word, as Word and LibreOffice do', () => {
    const para = { ...p('корректировки в планы-программы'), style: 'table' as const };
    const width = m.width('корректировки в планы-', false) * GOST_THEME.styles.table.size + 1;
    const lines = layoutLines(para, width, GOST_THEME, m, false).map((l) => l.map((t) => t.text).join(''));
    expect(lines).toEqual(['корректировки в планы-', 'программы']);
  });

  it('does not break at the hyphen of an address (links break as links)', () => {
    const para = { ...p('сайт https://obr-khv.ru/prof'), style: 'table' as const };
    const width = m.width('https://obr-khv.ru/prof', false) * GOST_THEME.styles.table.size + 1;
    const lines = layoutLines(para, width, GOST_THEME, m, false).map((l) => l.map((t) => t.text).join(''));
    expect(lines).toEqual(['сайт ', 'https://obr-khv.ru/prof']);
  });

  it('does not break at a hyphen before a number or at a minus', () => {
    for (const text of ['годы 2021-2022', 'температура -5']) {
      const para = { ...p(text), style: 'table' as const };
      const width = m.width(text.slice(0, -2), false) * GOST_THEME.styles.table.size;
      const lines = layoutLines(para, width, GOST_THEME, m, false).map((l) => l.map((t) => t.text).join(''));
      expect(lines[lines.length - 1]).toBe(text.split(' ')[1]);
    }
  });
});

describe('cell padding', () => {
  it("the DOCX states the theme's top and bottom cell margins (descenders clear of the rule below)", async () => {
    const xml = readDocx(await writeDocx(model([planTable(2)], 'landscape'))).documentXml;
    const mar = /<w:tblCellMar>(.*?)<\/w:tblCellMar>/.exec(xml)![1]!;
    expect(mar).toContain(`<w:top w:type="dxa" w:w="${mmToTwip(GOST_THEME.table.cellPaddingTop)}"/>`);
    expect(mar).toContain(`<w:bottom w:type="dxa" w:w="${mmToTwip(GOST_THEME.table.cellPaddingBottom)}"/>`);
    expect(mmToTwip(GOST_THEME.table.cellPaddingBottom)).toBeGreaterThan(0);
  });

  it("the PDF sets a one-line row's text the top padding below the row's top", async () => {
    const table = planTable(0, 'none');
    table.head = [];
    table.rows = [{ kind: 'item', cells: table.columns.map(() => ({ blocks: [p('Текст')] })) }];
    const pdf = await readPdf(await writePdf(model([table], 'landscape')));
    const page = pdf.pages[0]!;
    const item = page.items.find((i) => i.str.includes('Текст'))!;
    // The baseline: the text area's top, the rule, the padding, then the ascent (1825 / 2048 em).
    const top = page.height - mmToPt(GOST_THEME.page.landscapeMargins.top);
    const expected = top - GOST_THEME.table.borderWidth - mmToPt(GOST_THEME.table.cellPaddingTop) - GOST_THEME.styles.table.size * (1825 / 2048);
    expect(item.y).toBeCloseTo(expected, 0);
  });
});
