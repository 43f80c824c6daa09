/**
 * Wrapping in narrow columns, read back from the PDF: dates wrap before the year and never inside
 * a word, URLs and over-long words wrap inside their cell (nothing runs past the cell edge), and
 * hyphenated words that fit stay whole. The estimate used by the too-tall-row guard wraps long
 * words the same way, so a huge word is not lost.
 */
import { describe, expect, it } from 'vitest';
import { GOST_THEME } from '../../src/model/theme.js';
import { metricsOf } from '../../src/write/measure.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { estimateCellHeight } from '../../src/write/text-height.js';
import { mmToPt, textWidthMm } from '../../src/write/units.js';
import { readPdf } from '../support/pdf-read.js';
import type { PdfPage } from '../support/pdf-read.js';
import { model, p, twoColumns } from '../support/sample-model.js';

const NB = '\u00a0';
const URL = 'https://obr-khv.ru/prof-education-system/proekt-500-/';

/** Right edge of the first column's text area on a landscape page, points from the left page edge. */
function firstColumnRight(narrow: number): number {
  const left = mmToPt(GOST_THEME.page.landscapeMargins.left);
  const width = mmToPt(textWidthMm(GOST_THEME, 'landscape')) * (narrow / 100);
  return left + width - mmToPt(GOST_THEME.table.cellPadding);
}

/** Text pieces of the first column (left of its right edge plus the padding). */
const firstColumnItems = (page: PdfPage, narrow: number) => page.items.filter((i) => i.x < firstColumnRight(narrow));

describe('PDF: dates in a narrow column', async () => {
  // 12 % of 257 mm: about 78 pt of text: «До 20 декабря» (70 pt) fits, the whole date (110 pt) does not.
  const narrow = 12;
  const dates = ['До 20 декабря 2021 г.', 'До 4 февраля 2022 г.'];
  const rows = dates.map((d) => [{ blocks: [p(d.replace(/ /g, NB).replace(`я${NB}2`, 'я 2'))] }, { blocks: [p('текст')] }]);
  const pdf = await readPdf(await writePdf(model([twoColumns(rows, narrow)], 'landscape')));
  const lines = (pdf.pages[0]?.lines ?? []).map((l) => l.replace(/\s*текст$/, '').trim()).filter(Boolean);

  it('wraps before the year: «До 20 декабря / 2021 г.»', () => {
    expect(lines).toEqual(['До 20 декабря', '2021 г.', 'До 4 февраля', '2022 г.']);
  });

  it('breaks a no-break group wider than the column at its spaces, never inside a word', async () => {
    // All no-break spaces (as dates were printed before): pdfmake alone cuts at the last
    // character that fits («2 021», «декабр я»), whatever the width.
    const widths = [12, 13, 14, 15, 16];
    const tables = widths.map((w) => twoColumns([[{ blocks: [p(`До${NB}20${NB}декабря${NB}2021${NB}г.`)] }, { blocks: [p('текст')] }]], w));
    const all = await readPdf(await writePdf(model(tables, 'landscape')));
    const words = (all.pages[0]?.items ?? []).flatMap((i) => i.str.split(/\s+/)).filter((w) => w && w !== 'текст');
    expect(words.filter((w) => !['До', '20', 'декабря', '2021', 'г.'].includes(w)), words.join('|')).toEqual([]);
  });
});

describe('PDF: a line breaks after a hyphen between letters or digits, as Word and LibreOffice break it', async () => {
  // 12 %: «10.01.2022-01.02.2022» does not fit, «10.01.2022-» does; 28 %: «Участие в организационно-» fits.
  const tables = [
    twoColumns([[{ blocks: [p('10.01.2022-01.02.2022')] }, { blocks: [p('дата')] }]], 12),
    twoColumns([[{ blocks: [p('Участие в организационно-технологическом сопровождении')] }, { blocks: [p('слово')] }]], 28),
  ];
  const pdf = await readPdf(await writePdf(model(tables, 'landscape')));
  const lines = (pdf.pages[0]?.lines ?? []).map((l) => l.replace(/\s*(дата|слово)$/, '').trim()).filter(Boolean);

  it('«10.01.2022-|01.02.2022», «организационно-|технологическом»: never inside the dates or the word', () => {
    // Before: «10.01.2022-01.» / «02.2022» (a long word cut after a dot), «организационно-технологическом» cut by characters.
    expect(lines).toEqual(['10.01.2022-', '01.02.2022', 'Участие в организационно-', 'технологическом сопровождении']);
  });
});

describe('PDF: URLs and long words wrap inside the cell', async () => {
  const narrow = 12;
  const long = 'ж'.repeat(10_000);
  const table = twoColumns(
    [
      [{ blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: URL, link: URL }] }] }, { blocks: [p('ссылкой')] }],
      [{ blocks: [p(URL)] }, { blocks: [p('текстом')] }],
      [{ blocks: [p('ОО-участниц плана-графика')] }, { blocks: [p('дефис')] }],
      [{ blocks: [p(long)] }, { blocks: [p('длинное слово')] }],
    ],
    narrow,
  );
  const bytes = await writePdf(model([table], 'landscape'));
  const pdf = await readPdf(bytes);
  const right = firstColumnRight(narrow) + 1;

  it('no piece of text runs past the right edge of the narrow column', () => {
    for (const page of pdf.pages) {
      for (const item of firstColumnItems(page, narrow)) expect(item.x + item.width, `${item.str} on page ${page.number}`).toBeLessThanOrEqual(right);
    }
  });

  it('the URL wraps after «/» or «-» and reads back whole', () => {
    const first = pdf.pages[0] as PdfPage;
    const pieces = firstColumnItems(first, narrow).filter((i) => /^[a-z:/.\-0-9]+$/i.test(i.str.trim()));
    const lines = [...new Set(pieces.map((i) => Math.round(i.y)))];
    expect(lines.length).toBeGreaterThanOrEqual(4); // two URLs, two lines or more each
    const joined = first.lines.map((l) => l.split(/\s+/)[0]).join('');
    expect(joined).toContain(URL + URL);
  });

  it('the link stays clickable', () => {
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain(`/URI (${URL})`);
  });

  it('a hyphenated word that fits is not broken at its hyphen', () => {
    expect(pdf.text).toContain('ОО-участниц');
    expect(pdf.text).toContain('плана-графика');
  });

  it('a 10,000-character word is printed in full, wrapped over pages', () => {
    const count = pdf.pages.reduce((n, page) => n + firstColumnItems(page, narrow).reduce((k, i) => k + (i.str.match(/ж/g)?.length ?? 0), 0), 0);
    expect(count).toBe(10_000);
    expect(pdf.pages.length).toBeGreaterThan(3);
  });
});

describe('text-height estimate wraps words wider than the line', () => {
  const m = metricsOf(tinosFonts());
  it('a long word takes as many lines as its width needs', () => {
    const h = estimateCellHeight([p('ж'.repeat(1000))], 50, GOST_THEME, m);
    const lineHeight = GOST_THEME.styles.table.size * m.lineHeight;
    const width = m.width('ж'.repeat(1000), false) * GOST_THEME.styles.table.size;
    expect(h / lineHeight).toBeGreaterThanOrEqual(Math.floor(width / 50));
  });
  it('a no-break group wider than the line breaks at its no-break spaces', () => {
    const lineHeight = GOST_THEME.styles.table.size * m.lineHeight;
    expect(estimateCellHeight([p(`До${NB}20${NB}декабря${NB}2021${NB}г.`)], 60, GOST_THEME, m)).toBeGreaterThanOrEqual(2 * lineHeight);
  });
});

describe('PDF: table cells are broken into lines by the writer (one piece per line)', async () => {
  const words = Array.from({ length: 60 }, (_, i) => `слово${i + 1}`).join(' ');
  const table = twoColumns([[{ blocks: [p('узкая')] }, { blocks: [p(words)] }]], 70);
  const pdf = await readPdf(await writePdf(model([table], 'landscape')));
  const items = (pdf.pages[0]?.items ?? []).filter((i) => i.str.includes('слово'));
  const lines = [...new Set(items.map((i) => Math.round(i.y)))];

  it('prints each line of a left-aligned cell as one text piece, not one per word', () => {
    expect(lines.length).toBeGreaterThan(1);
    expect(items.length).toBe(lines.length);
  });

  it('breaks lines exactly where the row-height estimate does', () => {
    const m = metricsOf(tinosFonts());
    const width = mmToPt(textWidthMm(GOST_THEME, 'landscape')) * 0.3 - 2 * mmToPt(GOST_THEME.table.cellPadding) - GOST_THEME.table.borderWidth * 1.5;
    const estimate = estimateCellHeight([p(words)], width, GOST_THEME, m) / (GOST_THEME.styles.table.size * m.lineHeight);
    expect(lines.length).toBe(Math.round(estimate));
    expect(items.map((i) => i.str).join(' ').split(/\s+/)).toEqual(words.split(' '));
  });
});
