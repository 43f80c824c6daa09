/**
 * Bullet items look the same in both formats: the DOCX's hanging indent puts the marker at the
 * paragraph's left edge and the text `theme.indent.bullet` to its right on every line; the PDF
 * must put them at the same places (read back from pdfjs's text positions), whatever the style's
 * first-line indent (body text has one: the marker was drawn there, over the text, «на – базе»).
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { mmToPt } from '../../src/write/units.js';
import { elements, readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import type { PdfItem } from '../support/pdf-read.js';
import { cell, model } from '../support/sample-model.js';

const LONG = 'на базе школ созданы методические объединения педагогов края по всем предметам учебного плана и по всем направлениям работы';
const bullet = (style: Paragraph['style'], text: string): Paragraph => ({ type: 'paragraph', style, bullet: true, runs: [{ text }] });

/** The DOCX paragraph indent of the first bullet paragraph: left and hanging, points. */
function docxIndent(bytes: Uint8Array): { left: number; hanging: number } {
  const p = elements(readDocx(bytes).documentXml, 'w:p').find((x) => x.includes('–'));
  const ind = /<w:ind [^>]*w:left="(\d+)"[^>]*w:hanging="(\d+)"/.exec(p ?? '');
  if (!ind) throw new Error('no hanging indent on the bullet paragraph');
  return { left: Number(ind[1]) / 20, hanging: Number(ind[2]) / 20 };
}

/** Pieces of the page (white space left out) grouped into lines (same baseline), top to bottom, each left to right. */
function lines(items: PdfItem[]): PdfItem[][] {
  const out: PdfItem[][] = [];
  for (const it of items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = out.at(-1);
    if (line && Math.abs((line[0] as PdfItem).y - it.y) <= 1) line.push(it);
    else out.push([it]);
  }
  return out;
}

describe('bullets: the PDF puts marker and text where the DOCX hanging indent does', () => {
  const margin = mmToPt(GOST_THEME.page.portraitMargins.left);
  const indent = mmToPt(GOST_THEME.indent.bullet);

  for (const style of ['body', 'body-plain', 'table'] as const) {
    it(`${style}: marker at the left edge, every text line ${GOST_THEME.indent.bullet} mm right of it, no overlap`, async () => {
      const paragraph = bullet(style, LONG);
      const blocks = style === 'table'
        ? [{ type: 'table' as const, columns: [{ width: 1 }], head: [], repeatHead: 'none' as const, rows: [{ kind: 'item' as const, cells: [{ blocks: [paragraph] }] }], borders: 'none' as const }]
        : [paragraph];
      const doc = model(blocks);
      const docx = docxIndent(await writeDocx(doc));
      expect(docx.hanging).toBeCloseTo(indent, 0);
      const pdf = await readPdf(await writePdf(doc));
      const rows = lines(pdf.pages[0]?.items ?? []);
      expect(rows.length, 'the item wraps').toBeGreaterThan(1);
      const [first, ...rest] = rows as [PdfItem[], ...PdfItem[][]];
      const marker = first[0] as PdfItem;
      const text = first[1] as PdfItem;
      // Cells have padding: measure from the marker, which stands at the paragraph's left edge.
      const edge = style === 'table' ? marker.x : margin;
      expect(marker.str.trim()).toBe(GOST_THEME.bullet);
      expect(marker.x).toBeCloseTo(edge + docx.left - docx.hanging, 0);
      expect(marker.x + marker.width, 'the marker ends before the text starts').toBeLessThanOrEqual(text.x);
      expect(text.str.startsWith('на')).toBe(true);
      expect(text.x).toBeCloseTo(edge + docx.left, 0);
      for (const line of rest) expect((line[0] as PdfItem).x).toBeCloseTo(edge + docx.left, 0);
    });
  }

  it('in a table cell next to other cells, too', async () => {
    const pdf = await readPdf(await writePdf(model([{ type: 'table', columns: [{ width: 1 }, { width: 1 }], head: [], repeatHead: 'none', rows: [{ kind: 'item', cells: [cell('слева'), { blocks: [bullet('table', 'пункт списка')] }] }], borders: 'all' }])));
    const items = (pdf.pages[0]?.items ?? []).filter((i) => i.str.trim() !== '');
    const marker = items.find((i) => i.str.trim() === GOST_THEME.bullet) as PdfItem;
    const text = items.find((i) => i.str.startsWith('пункт')) as PdfItem;
    expect(text.x - marker.x).toBeCloseTo(indent, 0);
  });
});
