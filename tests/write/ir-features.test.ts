/**
 * IR features read back from both writers: cells spanning two header rows (`rowSpan`),
 * superscript runs, and the gap above a signature (theme.signature.spaceBefore).
 */
import { describe, expect, it } from 'vitest';
import type { Block, Table, TableCell } from '../../src/model/document.js';
import { GOST_THEME, resolveTheme } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { ptToTwip } from '../../src/write/units.js';
import { elements, paragraphTexts, plainSpaces, readDocx, tables } from '../support/docx-read.js';
import { countOccurrences, readPdf } from '../support/pdf-read.js';
import type { PdfItem } from '../support/pdf-read.js';
import { model, p } from '../support/sample-model.js';

const head = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  blocks: [{ type: 'paragraph', style: 'table-header', runs: [{ text }] }],
  ...extra,
});

/** «№» and «Показатель» span both header rows; «Значение» spans «План» and «Факт». */
function twoRowHeader(repeatHead: Table['repeatHead']): Table {
  return {
    type: 'table',
    columns: [{ width: 5 }, { width: 45 }, { width: 25 }, { width: 25 }],
    head: [
      { kind: 'header', cells: [head('№', { rowSpan: 2 }), head('Показатель', { rowSpan: 2 }), head('Значение', { colSpan: 2 })] },
      { kind: 'header', cells: [head('План'), head('Факт')] },
      { kind: 'numbers', cells: ['1', '2', '3', '4'].map((t) => head(t)) },
    ],
    repeatHead,
    rows: [{ kind: 'item', cells: ['1.', 'Доля ОО', '90', '95'].map((t) => ({ blocks: [p(t)] })), cantSplit: true }],
    borders: 'all',
  };
}

describe('rowSpan: a cell spanning two header rows', () => {
  for (const repeatHead of ['numbers', 'all'] as const) {
    it(`DOCX (${repeatHead}): vMerge restart above, continue below, cells at their columns`, async () => {
      const docx = readDocx(await writeDocx(model([twoRowHeader(repeatHead)], 'landscape')));
      const table = tables(docx.documentXml)[0];
      const [first, second] = table?.rows ?? [];
      expect(first?.cells.map((c) => c.text)).toEqual(['№', 'Показатель', 'Значение']);
      expect(first?.cells.map((c) => /<w:vMerge w:val="restart"\/>/.test(c.xml))).toEqual([true, true, false]);
      expect(first?.cells[2]?.gridSpan).toBe(2);
      // The row below: two continuation cells (empty), then «План», «Факт».
      expect(second?.cells.map((c) => c.text)).toEqual(['', '', 'План', 'Факт']);
      expect(second?.cells.map((c) => /<w:vMerge(?: w:val="continue")?\/>/.test(c.xml))).toEqual([true, true, false, false]);
      // Widths follow the grid: «План» is as wide as the third grid column.
      const grid = table?.grid ?? [];
      expect(second?.cells[2]?.xml).toContain(`<w:tcW w:type="dxa" w:w="${grid[2]}"/>`);
    });

    it(`PDF (${repeatHead}): each header text once, «План» and «Факт» under «Значение»`, async () => {
      const pdf = await readPdf(await writePdf(model([twoRowHeader(repeatHead)], 'landscape')));
      for (const t of ['№', 'Показатель', 'Значение', 'План', 'Факт', 'Доля ОО']) expect(countOccurrences(pdf.text, t), t).toBe(1);
      const item = (s: string) => pdf.pages[0]?.items.find((i) => i.str === s) as PdfItem;
      const [plan, fact, value, indicator] = [item('План'), item('Факт'), item('Значение'), item('Показатель')];
      expect(plan.y).toBeLessThan(value.y);
      expect(plan.x).toBeGreaterThan(indicator.x + indicator.width);
      expect(fact.x).toBeGreaterThan(plan.x);
      // «Показатель» is centred over both header rows: between «Значение» and «План».
      expect(indicator.y).toBeLessThan(value.y);
      expect(indicator.y).toBeGreaterThan(plan.y);
    });
  }
});

const footnoted: Block = {
  type: 'paragraph',
  style: 'body',
  runs: [{ text: 'Доля ОО' }, { text: '1', superscript: true }, { text: ' выросла' }],
};

describe('superscript runs', () => {
  it('DOCX: w:vertAlign superscript on that run only', async () => {
    const xml = readDocx(await writeDocx(model([footnoted]))).documentXml;
    const runs = elements(xml, 'w:r');
    const sup = runs.filter((r) => r.includes('<w:vertAlign w:val="superscript"/>'));
    expect(sup).toHaveLength(1);
    expect(sup[0]).toContain('>1</w:t>');
  });

  it('PDF: raised and smaller', async () => {
    const pdf = await readPdf(await writePdf(model([footnoted])));
    const items = pdf.pages[0]?.items ?? [];
    const base = items.find((i) => i.str.startsWith('Доля')) as PdfItem;
    const sup = items.find((i) => i.str === '1') as PdfItem;
    expect(sup.y).toBeGreaterThan(base.y + 2);
    expect(sup.height).toBeLessThan(base.height);
  });
});

describe('signature: space before it (theme.signature.spaceBefore)', () => {
  const signature: Block = { type: 'signature', layout: 'stacked', entries: [{ position: ['Начальник управления'], name: 'Е.В. Матаржук' }] };
  const last: Block = { type: 'paragraph', style: 'body', runs: [{ text: 'Контроль оставляю за собой.' }] };
  const gapPdf = async (blocks: Block[], theme = GOST_THEME) => {
    const items = (await readPdf(await writePdf(model(blocks), { theme }))).pages[0]?.items ?? [];
    const y = (s: string) => (items.find((i) => i.str.startsWith(s)) as PdfItem).y;
    return y('Контроль') - y('Начальник');
  };

  it('the default is 2–3 blank lines (24–36 pt)', () => {
    expect(GOST_THEME.signature.spaceBefore).toBeGreaterThanOrEqual(24);
    expect(GOST_THEME.signature.spaceBefore).toBeLessThanOrEqual(36);
  });

  it('PDF: the signature starts spaceBefore lower than it would without it', async () => {
    const none = await gapPdf([last, signature], resolveTheme({ signature: { spaceBefore: 0 } }));
    const gap = await gapPdf([last, signature]);
    expect(gap - none).toBeCloseTo(GOST_THEME.signature.spaceBefore, 0);
  });

  it('PDF: a spacer the document put there replaces it', async () => {
    const none = await gapPdf([last, signature], resolveTheme({ signature: { spaceBefore: 0 } }));
    const spaced = await gapPdf([last, { type: 'spacer', height: 10 }, signature]);
    expect(spaced - none).toBeCloseTo(10, 0);
  });

  it('DOCX: an exact-height empty paragraph before the signature, kept with it', async () => {
    const xml = readDocx(await writeDocx(model([last, signature]))).documentXml;
    const ps = elements(elements(xml, 'w:body')[0] ?? '', 'w:p');
    const at = ps.findIndex((x) => x.includes('Начальник управления'));
    const gap = ps[at - 1] ?? '';
    expect(gap).toContain(`w:line="${ptToTwip(GOST_THEME.signature.spaceBefore)}"`);
    expect(gap).toContain('w:lineRule="exact"');
    expect(gap).toContain('<w:keepNext/>');
    expect(paragraphTexts(xml).map(plainSpaces)).toEqual(['Контроль оставляю за собой.', '', 'Начальник управления\tЕ.В. Матаржук']);
  });

  it('DOCX: none after a spacer', async () => {
    const xml = readDocx(await writeDocx(model([last, { type: 'spacer', height: 10 }, signature]))).documentXml;
    expect(xml).not.toContain(`w:line="${ptToTwip(GOST_THEME.signature.spaceBefore)}"`);
  });
});
