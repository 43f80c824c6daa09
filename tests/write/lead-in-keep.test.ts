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
