/** PDF writer: text read back per page with tests/support/pdf-read.ts. */
import { describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { mmToPt } from '../../src/write/units.js';
import { countOccurrences, readPdf } from '../support/pdf-read.js';
import type { PdfItem, PdfPage } from '../support/pdf-read.js';
import { cell, model, p, planTable, sampleOrder, samplePlan } from '../support/sample-model.js';

const NUMBER_ROW = '1 2 3 4 5 6';

/** A table of short, unique cell texts «rNcM» (none inside another), long enough for several pages. */
function gridModel(rows: number, repeatHead: 'numbers' | 'all' = 'numbers') {
  const table = planTable(0, repeatHead);
  table.columns = [10, 12, 30, 18, 20, 15].map((width) => ({ width }));
  table.rows = Array.from({ length: rows }, (_, r): TableRow => ({
    kind: 'item',
    cells: Array.from({ length: 6 }, (_, c) => cell(`r${r + 1}c${c + 1}`)),
  }));
  return model([{ type: 'paragraph', style: 'title', runs: [{ text: 'ПЛАН-ГРАФИК' }] }, table], 'landscape');
}

/** The page number printed in the top margin of a page, if any. */
function topNumber(page: PdfPage): PdfItem | undefined {
  const margin = mmToPt(GOST_THEME.page.landscapeMargins.top);
  return page.items.find((i) => i.y > page.height - margin && /^\d+$/.test(i.str));
}

describe('writePdf: a multi-page table', async () => {
  const ROWS = 120;
  const pdf = await readPdf(await writePdf(gridModel(ROWS)));

  it('runs over several landscape pages', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pdf.pages) expect(page.width).toBeGreaterThan(page.height);
  });

  it('every cell text is present exactly once, in row then column order', () => {
    let last = -1;
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 1; c <= 6; c++) {
        const text = `r${r}c${c}`;
        expect(countOccurrences(pdf.text, text), text).toBe(1);
        const at = pdf.text.indexOf(text);
        expect(at, text).toBeGreaterThan(last);
        last = at;
      }
    }
  });

  it("'numbers': the number row on every page, the header only on the first", () => {
    for (const page of pdf.pages) expect(page.lines.filter((l) => l === NUMBER_ROW), `page ${page.number}`).toHaveLength(1);
    expect(countOccurrences(pdf.text, 'Наименование мероприятия')).toBe(1);
  });

  it('page numbers centred at the top from page 2', () => {
    expect(topNumber(pdf.pages[0] as PdfPage)).toBeUndefined();
    for (const page of pdf.pages.slice(1)) {
      const item = topNumber(page);
      expect(item?.str).toBe(String(page.number));
      const centre = (item?.x ?? 0) + (item?.width ?? 0) / 2;
      const m = GOST_THEME.page.landscapeMargins;
      expect(Math.abs(centre - (mmToPt(m.left) + (page.width - mmToPt(m.left) - mmToPt(m.right)) / 2))).toBeLessThan(1);
    }
  });
});

describe('writePdf: layout rules', () => {
  it("repeatHead 'all': header and number rows on every page", async () => {
    const pdf = await readPdf(await writePdf(gridModel(120, 'all')));
    for (const page of pdf.pages) {
      expect(page.text).toContain('Наименование мероприятия');
      expect(page.lines).toContain(NUMBER_ROW);
    }
  });

  it('sections: a portrait order then a landscape appendix on a new page', async () => {
    const pdf = await readPdf(await writePdf(sampleOrder()));
    expect(pdf.pages[0]?.width).toBeLessThan(pdf.pages[0]?.height ?? 0);
    expect(pdf.pages[1]?.width).toBeGreaterThan(pdf.pages[1]?.height ?? 0);
    expect(pdf.pages[1]?.lines[1]).toBe('Приложение № 1');
    expect(pdf.pages[0]?.lines).toContain('14.02.2022 № 50');
    expect(pdf.pages[0]?.lines).toContain('Начальник управления Е.В. Матаржук');
  });

  it('the signature is never alone on a page: the last row goes with it', async () => {
    const pdf = await readPdf(await writePdf(samplePlan()));
    const page = pdf.pages.find((pg) => pg.text.includes('Е.В. Матаржук'));
    expect(page?.text).toContain('Мероприятие 40:');
    expect(page?.lines).toContain('общего образования Е.В. Матаржук');
    expect(countOccurrences(pdf.text, 'Мероприятие 40:')).toBe(1);
  });

  it('Cyrillic, «», №, dashes and no-break spaces are extractable', async () => {
    const text = 'Приказ № 50 «О плане-графике» — срок до 14\u00a0февраля 2022\u00a0г. – ежемесячно; ЁЖИК ёжик';
    const pdf = await readPdf(await writePdf(model([p(text, { style: 'body-plain' })])));
    const norm = (t: string) => t.replace(/[\s\u00a0]+/g, ' ');
    expect(norm(pdf.text)).toContain(norm(text));
    expect(pdf.pages).toHaveLength(1);
    // No-break spaces hold «14 февраля» and «2022 г.» on one line.
    expect(pdf.pages[0]?.lines.some((l) => /14[\s\u00a0]февраля/.test(l))).toBe(true);
    expect(pdf.pages[0]?.lines.some((l) => /2022[\s\u00a0]г\./.test(l))).toBe(true);
  });

  it('links are link annotations; bullets carry the theme marker', async () => {
    const bytes = await writePdf(samplePlan(3));
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/URI \(https:\/\/edu\.khv\.gov\.ru\)/);
    const pdf = await readPdf(bytes);
    expect(pdf.text).toMatch(/–\s*приказ Министерства/);
  });
});

describe('writePdf: group rows stay with the row below them', () => {
  it('no page ends with a group row', async () => {
    for (const groupEvery of [3, 7]) {
      const plan = model([{ type: 'spacer', height: 40 }, planTable(120, 'numbers', groupEvery)], 'landscape');
      const pdf = await readPdf(await writePdf(plan));
      let groups = 0;
      for (const page of pdf.pages) {
        const lastGroup = page.lines.findLastIndex((l) => /^Раздел \d+\./.test(l));
        if (lastGroup < 0) continue;
        groups++;
        expect(page.lines.slice(lastGroup + 1).some((l) => l.includes('Мероприятие')), `page ${page.number}`).toBe(true);
      }
      expect(groups).toBeGreaterThan(1);
      expect(countOccurrences(pdf.text, 'Раздел ')).toBe(Math.ceil(120 / groupEvery));
    }
  });
});

describe('writePdf: the header table stays with the body table', () => {
  it('moves to the next page when the number row and first row would not fit under it', async () => {
    const grid = gridModel(30);
    const m = GOST_THEME.page.landscapeMargins;
    const body = mmToPt(GOST_THEME.page.width - m.top - m.bottom);
    // A spacer leaves room for the header table (about 5 lines) but not for the rows below it.
    for (const room of [60, 75, 85, 95]) {
      const blocks: Block[] = [{ type: 'spacer', height: body - room }, ...(grid.sections[0]?.blocks.slice(1) ?? [])];
      const pdf = await readPdf(await writePdf(model(blocks, 'landscape')));
      const page = pdf.pages.find((pg) => pg.text.includes('Наименование мероприятия'));
      expect(page?.lines, `room ${room}`).toContain(NUMBER_ROW);
      expect(page?.text, `room ${room}`).toContain('r1c1');
    }
  });
});

describe('writePdf: the too-tall-row guard', () => {
  it('prints a row taller than a page in full (pdfmake would drop it with dontBreakRows)', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => `слово${i + 1}`);
    const table = planTable(0);
    table.rows = [
      { kind: 'item', cells: [cell('1.'), cell('до 01.03.2022'), cell(words.join(' ')), cell('ОМСУ'), cell('итог'), cell('сайт') ] },
      { kind: 'item', cells: [cell('2.'), cell('до 02.03.2022'), cell('после длинной строки'), cell('ХК ИРО'), cell('итог 2'), cell('сайт 2')] },
    ];
    const blocks: Block[] = [table];
    const pdf = await readPdf(await writePdf(model(blocks, 'landscape')));
    const text = pdf.text;
    expect(text).toContain('слово6000');
    expect(text).toContain('после длинной строки');
    const found = text.match(/слово\d+/g) ?? [];
    expect(found).toHaveLength(6000);
    expect(found.map((w) => Number(w.slice(5)))).toEqual(words.map((_, i) => i + 1));
    expect(pdf.pages.length).toBeGreaterThan(5);
    // The number row still repeats on every page.
    for (const page of pdf.pages) expect(page.lines).toContain(NUMBER_ROW);
  });
});

describe('writePdf: determinism', () => {
  it('the same model gives byte-identical output; dates come from meta.created', async () => {
    const a = await writePdf(samplePlan());
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writePdf(samplePlan());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const raw = Buffer.from(a).toString('latin1');
    expect(raw).toMatch(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
    const info = (await readPdf(a)).info;
    expect(info.CreationDate).toBe("D:20220214090000Z");
    expect(info.ModDate).toBe("D:20220214090000Z");
  });
});
