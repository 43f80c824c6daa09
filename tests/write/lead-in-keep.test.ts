/**
 * A table's lead-in never stands alone on its page (issue 12): in the Kalmykia order the
 * appendix's first plan row is taller than the room under the appendix mark and title, so kept
 * whole it went to page 3 with the header and left page 2 holding the mark and title only. Now
 * the PDF is laid out again with that row cut to the room under the lead-in, and the DOCX lets
 * that row (and only that row) split, so both print its first lines on page 2.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { NOW } from '../hardening/support/e2e.js';
import { readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import { planTable } from '../support/sample-model.js';
import { writeFormats } from '../../src/write-formats.js';
import { resolveTheme } from '../../src/model/theme.js';
import type { Block, DocumentModel, TableRow } from '../../src/model/document.js';

const FILE = fileURLToPath(new URL('../../examples/kalmykia-order-2022.yaml', import.meta.url));

describe("a table's lead-in keeps its first row", async () => {
  const loaded = await loadRoadmapFile(FILE);
  const r = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });

  it('PDF: the appendix page holds the mark, the title, the header and the first lines of row 1; the rest of it opens page 3', async () => {
    const pdf = await readPdf(r.pdf!);
    const page = pdf.pages.find((p) => p.text.includes('Дорожная карта'))!;
    expect(page.text).toContain('Приложение');
    expect(page.text).toContain('Разработка нормативно-правовой базы');
    const next = pdf.pages[page.number]!;
    // The row goes on on the next page under the repeated number row, before row 2.
    expect(next.text.indexOf('дорожной карты ПНОР')).toBeGreaterThanOrEqual(0);
    expect(next.text.indexOf('дорожной карты ПНОР')).toBeLessThan(next.text.indexOf('Организация участия в анкетировании'));
  });

  it('DOCX: that first row may split, every other row is kept whole', () => {
    const plan = tables(readDocx(r.docx!).documentXml).find((t) => t.rows.some((row) => row.cells[1]?.text.startsWith('Разработка нормативно-правовой базы')))!;
    const items = plan.rows.filter((row) => /^\d+$/.test(row.cells[0]?.text ?? '') && row.cells.length > 1 && !row.header);
    expect(items[0]!.cells[1]!.text).toMatch(/^Разработка нормативно-правовой базы/);
    expect(items[0]!.cantSplit).toBe(false);
    expect(items.slice(1).every((row) => row.cantSplit)).toBe(true);
  });
});

describe('a first row merged with the row below is never cut under the lead-in', () => {
  it('the merged cell spans both rows whole: printed once, the row kept whole in the DOCX, no empty page', async () => {
    const table = planTable(2, 'numbers', 100);
    const [, one, two] = table.rows as [TableRow, TableRow, TableRow];
    one.cells[2] = { blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: Array.from({ length: 45 }, (_, i) => `мероприятие${i}`).join(' ') }] }] };
    one.cells[3] = { ...one.cells[3]!, rowSpan: 2, blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: 'Объединённый исполнитель' }] }] };
    two.cells.splice(3, 1);
    const lead: Block[] = Array.from({ length: 8 }, (_, i): Block => ({ type: 'paragraph', style: 'title', keepWithNext: true, runs: [{ text: `Заголовок приложения, строка ${i + 1}` }] }));
    const model: DocumentModel = { meta: { title: 'План', created: '2022-01-01T00:00:00Z', language: 'ru-RU' }, sections: [{ orientation: 'landscape', blocks: [...lead, { ...table, rows: [one, two] }] }] };
    const files = new Map(await writeFormats(model, ['docx', 'pdf'], { theme: resolveTheme(), lang: 'ru' }));
    const pdf = await readPdf(files.get('pdf')!.bytes!);
    // No page is left empty: the titles open the first page (a kept block that opens a page never moves).
    expect(pdf.pages[0]!.text).toContain('Заголовок приложения, строка 1');
    expect(pdf.text.split('Объединённый').length - 1).toBe(1);
    const rows = tables(readDocx(files.get('docx')!.bytes!).documentXml).flatMap((t) => t.rows).filter((r) => !r.header && r.cells.length > 1 && r.cells[0]!.text !== '1');
    expect(rows[0]!.cantSplit).toBe(true);
  }, 60_000);
});
