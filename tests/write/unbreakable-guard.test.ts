/**
 * The guard against pdfmake dropping blocks (src/write/pdf/unbreakable-guard.ts): pdfmake places
 * an unbreakable block taller than a page nowhere (it leaves a blank page); with the guard the
 * block is made breakable and printed in full. Driven with hand-made pdfmake definitions, so that
 * none of the writers' own precautions (cut rows, broken words) is involved.
 */
import { describe, expect, it } from 'vitest';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { PDF_FONT_FAMILY, renderPdf } from '../../src/write/pdf/pdfmake.js';
import type { DocDefinition, PdfNode } from '../../src/write/pdf/pdfmake.js';
import { readPdf } from '../support/pdf-read.js';

const definition = (content: PdfNode[]): DocDefinition => ({
  content,
  pageSize: { width: 595.28, height: 841.89 },
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 12 },
  styles: {},
  info: {},
});

/** `n` one-line texts «{tag} 1» … «{tag} n» (60 lines fill a page). */
const lines = (tag: string, n: number): PdfNode[] => Array.from({ length: n }, (_, i) => ({ text: `${tag} ${i + 1}` }));

/** Every «{tag} k» for k = 1…n is in the text, once. */
function expectAll(text: string, tag: string, n: number): void {
  const found = (text.match(new RegExp(`${tag} \\d+`, 'g')) ?? []).map((s) => Number(s.slice(tag.length + 1)));
  expect(found, tag).toEqual(Array.from({ length: n }, (_, i) => i + 1));
}

const layout = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };

describe('unbreakable blocks taller than a page are printed in full', () => {
  it('an unbreakable stack', async () => {
    const pdf = await readPdf(await renderPdf(definition([{ text: 'до' }, { stack: lines('строка', 150), unbreakable: true }, { text: 'после' }]), tinosFonts()));
    expectAll(pdf.text, 'строка', 150);
    expect(pdf.text).toContain('после');
  });

  it('a table row with dontBreakRows (the other rows stay whole)', async () => {
    const body = [[{ text: 'первая' }], [{ stack: lines('ячейка', 150) }], [{ text: 'последняя' }]];
    const pdf = await readPdf(await renderPdf(definition([{ table: { widths: ['*'], body, dontBreakRows: true }, layout }]), tinosFonts()));
    expectAll(pdf.text, 'ячейка', 150);
    expect(pdf.text).toContain('последняя');
  });

  it('header rows taller than a page (headerRows, keepWithHeaderRows)', async () => {
    const body = [[{ stack: lines('шапка', 150) }], [{ text: 'строка таблицы 1' }], [{ text: 'строка таблицы 2' }]];
    const table = { table: { widths: ['*'], body, headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true }, layout };
    const pdf = await readPdf(await renderPdf(definition([table]), tinosFonts()));
    expectAll(pdf.text, 'шапка', 150);
    expect(pdf.text).toContain('строка таблицы 2');
  });

  it('a table inside an unbreakable stack, and a stack inside a table row', async () => {
    const inner = { table: { widths: ['*'], body: [[{ stack: lines('внутри', 130) }]], dontBreakRows: true }, layout };
    const outer = { table: { widths: ['*'], body: [[{ text: 'верх' }], [{ stack: [{ stack: lines('вложено', 130), unbreakable: true }] }]], dontBreakRows: true }, layout };
    const pdf = await readPdf(await renderPdf(definition([{ stack: [inner], unbreakable: true }, outer]), tinosFonts()));
    expectAll(pdf.text, 'внутри', 130);
    expectAll(pdf.text, 'вложено', 130);
  });

  it('blocks that fit stay unbreakable: one that does not fit under the text moves whole to the next page', async () => {
    const pdf = await readPdf(await renderPdf(definition([...lines('текст', 40), { stack: lines('блок', 30), unbreakable: true }]), tinosFonts()));
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[1]?.text).toContain('блок 1\n');
    expectAll(pdf.pages[1]?.text ?? '', 'блок', 30);
  });
});
