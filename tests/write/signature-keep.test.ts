/**
 * The signature never stands alone on a page (issue 12): in the Khabarovsk plan the signature
 * block, an unbreakable block that did not fit under the last row, went to a page of its own while
 * pdfmake's positions still told of its first try on the row's page; the last row now goes with it.
 *
 * One pagination: the DOCX breaks where the PDF's keep rule moved the row (src/write/page-breaks.ts),
 * so that an office suite that does not keep a table's last row with the paragraph after it
 * (LibreOffice) still prints the row with the signature. tests/pagination compares the layouts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { writeDocx } from '../../src/writers.js';
import { writeDocx as writeDocxOnly } from '../../src/write/docx/index.js';
import { needsLayoutPass } from '../../src/write/page-breaks.js';
import { writeFormats } from '../../src/write-formats.js';
import { resolveTheme } from '../../src/model/theme.js';
import type { Block, DocumentModel, Paragraph } from '../../src/model/document.js';
import { planTable } from '../support/sample-model.js';
import { NOW } from '../hardening/support/e2e.js';
import { elements, readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const FILE = fileURLToPath(new URL('../../examples/khabarovsk-500plus-2022.yaml', import.meta.url));
const ORDER = fileURLToPath(new URL('../../examples/gorokhovets-order-2022.yaml', import.meta.url));

/** The body's paragraphs and tables in order, as `p` (with its pPr) or `tbl`. */
function bodyParts(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const out: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<w:tbl>|<\/w:tbl>|<w:p>.*?<\/w:p>|<w:p\/>/gs)) {
    if (m[0] === '<w:tbl>') {
      if (depth++ === 0) out.push('tbl');
    } else if (m[0] === '</w:tbl>') depth--;
    else if (depth === 0) out.push(m[0]);
  }
  return out;
}

describe('the signature keeps the last row with it', () => {
  it('the page with the signature holds the last row of the plan (PDF)', async () => {
    const loaded = await loadRoadmapFile(FILE);
    const r = await render(loaded.roadmap!, { formats: ['pdf'], now: NOW });
    const pdf = await readPdf(r.pdf!);
    const page = pdf.pages.find((p) => p.text.includes('Е.В. Матаржук'))!;
    expect(page.number).toBe(pdf.pages.length);
    expect(page.text).toContain('3.3.');
  });

  it('the DOCX breaks before that row: the table goes on on a new page, its number row repeated, and only there', async () => {
    const loaded = await loadRoadmapFile(FILE);
    const r = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
    const xml = readDocx(r.docx!).documentXml;
    const all = tables(xml);
    const last = all.at(-1)!;
    // The continuation: the number row (repeated on each page) and the row the PDF moved.
    expect(last.rows.map((row) => row.cells[0]!.text)).toEqual(['1', '3.3.']);
    expect(last.rows[0]!.header).toBe(true);
    expect(last.grid).toEqual(all.at(-2)!.grid);
    // The part before it ends with row 3.2 and keeps flowing: no other page break in the plan.
    expect(all.at(-2)!.rows.at(-1)!.cells[0]!.text).toBe('3.2.');
    const parts = bodyParts(xml);
    const at = parts.lastIndexOf('tbl');
    expect(parts[at - 2]).toBe('tbl');
    expect(parts[at - 1]).toMatch(/<w:pageBreakBefore\/>/);
    // Without the PDF's layout (the DOCX writer alone) the plan is one table, the break left to keep
    // rules: the layout adds that one table and that one page break, nothing else.
    const aloneXml = readDocx(await writeDocxOnly(r.model)).documentXml;
    expect(tables(aloneXml)).toHaveLength(all.length - 1);
    const breaks = (x: string) => elements(x, 'w:p').filter((p) => /<w:pageBreakBefore\/>/.test(p)).length;
    expect(breaks(xml)).toBe(breaks(aloneXml) + 1);
  });

  it('a DOCX written alone is the DOCX written beside the PDF (the layout is made for it)', async () => {
    const loaded = await loadRoadmapFile(FILE);
    const both = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
    const alone = await render(loaded.roadmap!, { formats: ['docx'], now: NOW });
    expect(needsLayoutPass(both.model)).toBe(true);
    expect(Buffer.from(alone.docx!).equals(Buffer.from(both.docx!))).toBe(true);
    expect(Buffer.from(await writeDocx(both.model)).equals(Buffer.from(both.docx!))).toBe(true);
  });

  it('an order whose plan is not followed by a signature gets no row break: its plan stays one table', async () => {
    const loaded = await loadRoadmapFile(ORDER);
    const r = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
    const xml = readDocx(r.docx!).documentXml;
    expect(xml).not.toMatch(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="[^"]*"\/><w:keepNext\/><w:pageBreakBefore\/>/);
  });

  it('a document without tables is written without a layout pass', () => {
    expect(needsLayoutPass({ meta: { title: '', created: '2022-01-01T00:00:00Z' }, sections: [{ orientation: 'portrait', blocks: [{ type: 'paragraph', style: 'body', runs: [{ text: 'Текст' }] }] }] } as never)).toBe(false);
  });
});

describe('a one-row table before a signature moves whole, never leaving its head behind', () => {
  it('for every place on the page: head, row and signature on one page in the PDF; the DOCX breaks before the table exactly when the PDF moved it', async () => {
    const theme = resolveTheme();
    let moves = 0;
    for (const mode of ['numbers', 'all'] as const) {
      for (let n = 8; n <= 30; n += 2) {
        const table = planTable(1, mode);
        const headText = (table.head[0]!.cells[2]!.blocks[0] as Paragraph).runs[0]!.text;
        const rowText = (table.rows[1]!.cells[2]!.blocks[0] as Paragraph).runs[0]!.text.slice(0, 20);
        const blocks: Block[] = [
          ...Array.from({ length: n }, (_, i): Block => ({ type: 'paragraph', style: 'body', runs: [{ text: `Абзац ${i + 1} вводной части` }] })),
          table,
          { type: 'spacer', height: 24 },
          { type: 'signature', layout: 'stacked', entries: [{ position: ['Начальник управления', 'общего образования'], name: 'Е.В. Матаржук' }] },
        ];
        const model: DocumentModel = { meta: { title: 'План', created: '2022-01-01T00:00:00Z', language: 'ru-RU' }, sections: [{ orientation: 'landscape', blocks }] };
        const files = new Map(await writeFormats(model, ['docx', 'pdf'], { theme, lang: 'ru' }));
        const pdf = await readPdf(files.get('pdf')!.bytes!);
        const pageOf = (text: string) => pdf.pages.findIndex((p) => p.text.replace(/\s+/g, ' ').includes(text));
        const head = pageOf(headText);
        expect([pageOf(rowText), pageOf('Е.В. Матаржук')], `${mode}, ${n} lines`).toEqual([head, head]);
        const moved = head > pageOf(`Абзац ${n} вводной`);
        if (moved) moves++;
        const first = elements(readDocx(files.get('docx')!.bytes!).documentXml, 'w:tbl')[0]!;
        expect(/<w:pageBreakBefore\/>/.test(elements(first, 'w:p')[0]!), `${mode}, ${n} lines`).toBe(moved);
      }
    }
    expect(moves).toBeGreaterThan(0);
  }, 120_000);
});
