/**
 * Russian typography in both writers, read back: words too wide for a narrow column break at a
 * Russian hyphenation point with a hyphen (PDF lines; DOCX soft hyphens at the same points), every
 * word of a cell with the theme's `hyphenation: 'tables'`, no-break spaces keep initials with the
 * surname and a dash with the word before it, links print in the text colour unless the theme asks
 * for blue, and a URL breaks after «/», never inside its host name.
 */
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../src/model/document.js';
import { GOST_THEME, resolveTheme, type ThemeOverride } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { pdfDefinition, writePdf } from '../../src/write/pdf/index.js';
import { hyphenationPoints } from '../../src/write/hyphenation.js';
import { mmToPt, textWidthMm } from '../../src/write/units.js';
import { paragraphText, plainSpaces, readDocx, tables } from '../support/docx-read.js';
import { readPdf, type PdfPage } from '../support/pdf-read.js';
import { model, p, twoColumns } from '../support/sample-model.js';

/** The lines of the first column: text items left of its right edge, top to bottom. */
function firstColumnLines(page: PdfPage, narrow: number): string[] {
  const right = mmToPt(GOST_THEME.page.landscapeMargins.left) + (mmToPt(textWidthMm(GOST_THEME, 'landscape')) * narrow) / 100;
  const items = page.items.filter((i) => i.x < right).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: string[] = [];
  let y: number | undefined;
  for (const i of items) {
    if (y !== undefined && Math.abs(i.y - y) < 2) lines[lines.length - 1] += i.str;
    else lines.push(i.str);
    y = i.y;
  }
  return lines.map((l) => l.trim()).filter(Boolean);
}

async function both(cells: TableCell[][], narrow: number, theme?: ThemeOverride) {
  const doc = model([twoColumns(cells, narrow)], 'landscape');
  const pdf = await readPdf(await writePdf(doc, theme ? { theme } : {}));
  const docx = readDocx(await writeDocx(doc, theme ? { theme } : {}));
  return { lines: firstColumnLines(pdf.pages[0] as PdfPage, narrow), docx, pdf };
}

const WORD = 'институциональный';

describe('hyphenation: a word too wide for its column', async () => {
  // 8 % of the landscape text width: some 55 pt of text, the word takes about 90 pt.
  const { lines, docx } = await both([[{ blocks: [p(`${WORD} уровень`)] }, { blocks: [p('текст')] }]], 8);

  it('PDF: breaks at a Russian hyphenation point, a hyphen at the end of each broken line', () => {
    const pieces = lines.filter((l) => l !== 'уровень');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece, lines.join(' / ')).toMatch(/[а-я]-$/);
    expect(pieces.map((l) => l.replace(/-$/, '')).join('')).toBe(WORD);
    const points = hyphenationPoints(WORD);
    let at = 0;
    for (const piece of pieces.slice(0, -1)) {
      at += piece.length - 1;
      expect(points, `${piece} ends at a hyphenation point`).toContain(at);
    }
  });

  it('DOCX: soft hyphens at the same points, the text read back unchanged', () => {
    const cellXml = tables(docx.documentXml)[0]?.rows[0]?.cells[0]?.xml ?? '';
    const p0 = cellXml.slice(cellXml.indexOf('<w:p'));
    expect(p0.split('<w:softHyphen/>').length - 1).toBe(hyphenationPoints(WORD).length);
    expect(paragraphText(p0)).toBe(`${WORD} уровень`);
    // «уровень» fits its line: no soft hyphen in it.
    expect(p0).toMatch(/<w:t xml:space="preserve">ный уровень<\/w:t>/);
  });
});

describe("hyphenation: the theme's 'tables' mode hyphenates every word of a cell", async () => {
  const text = 'организация деятельности профессиональных объединений педагогов';
  const row = [[{ blocks: [p(text)] }, { blocks: [p('текст')] }]];
  // 18 %: every word fits a line of the column, not every line's last word.
  const gost = await both(row, 18);
  const tablesMode = await both(row, 18, { typography: { hyphenation: 'tables' } });

  it('GOST default: words that fit a line are not hyphenated', () => {
    expect(gost.lines.some((l) => l.endsWith('-'))).toBe(false);
    expect(tables(gost.docx.documentXml)[0]?.rows[0]?.cells[0]?.xml).not.toContain('<w:softHyphen/>');
  });

  it("'tables': lines end hyphenated where a word does not fit, and the DOCX offers the same points", () => {
    expect(tablesMode.lines.some((l) => /[а-я]-$/.test(l)), tablesMode.lines.join(' / ')).toBe(true);
    expect(tablesMode.lines.length).toBeLessThanOrEqual(gost.lines.length);
    const xml = tables(tablesMode.docx.documentXml)[0]?.rows[0]?.cells[0]?.xml ?? '';
    const expected = text.split(' ').reduce((n, w) => n + hyphenationPoints(w).length, 0);
    expect(xml.split('<w:softHyphen/>').length - 1).toBe(expected);
  });
});

describe('no-break spaces in both writers', async () => {
  const names = Array.from({ length: 8 }, (_, i) => `${['Петрова', 'Иванов', 'Зотова', 'Ким'][i % 4]} Н.А. и Н.А. Петрова – член`).join(', ');
  const { lines, docx } = await both([[{ blocks: [p(names)] }, { blocks: [p('текст')] }]], 14);

  it('PDF: initials never part from the surname, no line starts with a dash', () => {
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      expect(line, lines.join(' / ')).not.toMatch(/^–/);
      // «… и Н.А. / Петрова» or «Петрова / Н.А. и …».
      expect(line, lines.join(' / ')).not.toMatch(/(^|\sи)\sН\.А\.$/);
      expect(line, lines.join(' / ')).not.toMatch(/^Н\.А\.(\s+и|,|$)/);
    }
  });

  it('DOCX: the same ties as no-break spaces; read with them as spaces, the text is the model’s', () => {
    const text = tables(docx.documentXml)[0]?.rows[0]?.cells[0]?.text ?? '';
    expect(text).toContain('Петрова\u00a0Н.А. и Н.А.\u00a0Петрова\u00a0– член');
    expect(plainSpaces(text)).toBe(names);
  });

  it("the theme's nonBreakingSpaces: false leaves the text as written", async () => {
    const off = await both([[{ blocks: [p(names)] }, { blocks: [p('текст')] }]], 14, { typography: { nonBreakingSpaces: false } });
    expect(tables(off.docx.documentXml)[0]?.rows[0]?.cells[0]?.text).toBe(names);
  });
});

describe('links and URLs', async () => {
  const URL = 'https://obr-khv.ru/prof-education-system/proekt-500-/';
  const link = (): TableCell => ({ blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: URL, link: URL }] }] });
  const row = [[link(), { blocks: [p('текст')] }]];
  const doc = model([twoColumns(row, 10)], 'landscape');
  const pdfBytes = await writePdf(doc);
  const docxBytes = await writeDocx(doc);
  const lines = firstColumnLines((await readPdf(pdfBytes)).pages[0] as PdfPage, 10);

  it('print in the text colour by default, blue and underlined with links: hyperlink', () => {
    // The link stays clickable; its colour and underline are in the layout pdfmake gets.
    expect(Buffer.from(pdfBytes).toString('latin1')).toContain(`/URI (${URL})`);
    const definition = (theme?: ThemeOverride) => JSON.stringify(pdfDefinition(doc, theme ? { theme } : {}).content);
    expect(definition()).not.toContain('#0000FF');
    expect(definition()).not.toContain('underline');
    expect(definition({ typography: { links: 'hyperlink' } })).toContain('#0000FF');
    const docxStyles = readDocx(docxBytes).part('word/styles.xml');
    const hyperlink = /<w:style [^>]*w:styleId="Hyperlink"[^>]*>[\s\S]*?<\/w:style>/.exec(docxStyles)?.[0] ?? '';
    expect(hyperlink).not.toBe('');
    expect(hyperlink).not.toContain('0000FF');
    expect(hyperlink).not.toContain('<w:u ');
  });

  it('the hyperlink theme restores Word’s blue underlined style', async () => {
    const styles = readDocx(await writeDocx(doc, { theme: resolveTheme({ typography: { links: 'hyperlink' } }) })).part('word/styles.xml');
    expect(/<w:style [^>]*w:styleId="Hyperlink"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain('0000FF');
  });

  it('PDF: the URL breaks after «/», never inside the host, no hyphen added', () => {
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(URL);
    expect(lines.some((l) => l.includes('obr-khv.ru'))).toBe(true);
    for (const l of lines.slice(0, -1)) expect(l, lines.join(' / ')).toMatch(/[/.\-_?&=#]$/);
  });

  it('DOCX: a non-breaking hyphen in the host, zero-width spaces where the PDF may break', () => {
    const xml = tables(readDocx(docxBytes).documentXml)[0]?.rows[0]?.cells[0]?.xml ?? '';
    expect(xml).toContain('obr</w:t><w:noBreakHyphen/><w:t xml:space="preserve">khv.ru/');
    expect(xml).toContain('https://\u200bobr');
    expect(xml).toContain('prof-education-system/\u200bproekt-500-/');
  });
});
