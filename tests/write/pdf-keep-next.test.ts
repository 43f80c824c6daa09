/**
 * A paragraph kept with the next block (a heading, a table caption) never ends a PDF page alone:
 * when it and the next block's first line do not fit under it, it moves to the next page, as
 * Word moves a `w:keepNext` paragraph. Checked at every place a heading can fall near the foot of
 * a page.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { readPdf } from '../support/pdf-read.js';
import { model, p } from '../support/sample-model.js';

const pageOf = (pages: { text: string }[], s: string) => pages.findIndex((pg) => pg.text.includes(s));

describe('PDF: keep with next', () => {
  it('a heading near the foot of a page moves to the next page with the paragraph after it', async () => {
    const pages = new Set<number>();
    for (let n = 40; n <= 48; n++) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, (_, i) => p(`Строка ${i + 1}`, { style: 'body-plain' })),
        p('Заголовок раздела', { style: 'heading-1', keepWithNext: true }),
        p('Первый абзац раздела', { style: 'body' }),
      ];
      const pdf = await readPdf(await writePdf(model(blocks)));
      pages.add(pageOf(pdf.pages, 'Заголовок раздела'));
      expect(pageOf(pdf.pages, 'Заголовок раздела'), `${n} lines`).toBe(pageOf(pdf.pages, 'Первый абзац раздела'));
    }
    // The heading went from the foot of page 1 to page 2 somewhere in the range.
    expect([...pages].sort()).toEqual([0, 1]);
  }, 120_000);

  it('a caption moves with its table', async () => {
    for (let n = 40; n <= 46; n++) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, (_, i) => p(`Строка ${i + 1}`, { style: 'body-plain' })),
        p('Таблица 1. Расчёт', { style: 'caption', keepWithNext: true }),
        {
          type: 'table', columns: [{ width: 1 }], repeatHead: 'all', borders: 'all',
          head: [{ kind: 'header', cells: [{ blocks: [p('Показатель', { style: 'table-header' })] }] }],
          rows: [{ kind: 'body', cells: [{ blocks: [p('Доля ШНОР')] }] }],
        },
      ];
      const pdf = await readPdf(await writePdf(model(blocks)));
      expect(pageOf(pdf.pages, 'Таблица 1'), `${n} lines`).toBe(pageOf(pdf.pages, 'Показатель'));
    }
  }, 120_000);

  it('a point moves with a table whose first row cannot be split, however tall the row (an amending order\'s restated row)', async () => {
    const tall = Array.from({ length: 8 }, (_, i) => `строка ${i + 1}`).join('\n');
    const pages = new Set<number>();
    for (let n = 30; n <= 44; n += 2) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, (_, i) => p(`Строка ${i + 1}`, { style: 'body-plain' })),
        p('1.3. Пункт 36 изложить в следующей редакции:', { style: 'body', keepWithNext: true }),
        {
          type: 'table', columns: [{ width: 1 }, { width: 4 }], repeatHead: 'none', borders: 'all', head: [],
          rows: [{ kind: 'item', cantSplit: true, cells: [{ blocks: [p('36.')] }, { blocks: [p(tall)] }] }],
        },
      ];
      const pdf = await readPdf(await writePdf(model(blocks)));
      pages.add(pageOf(pdf.pages, 'Пункт 36'));
      expect(pageOf(pdf.pages, 'Пункт 36'), `${n} lines`).toBe(pageOf(pdf.pages, 'строка 8'));
    }
    expect([...pages].sort()).toEqual([0, 1]);
  }, 120_000);
});
