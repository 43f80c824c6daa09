/**
 * End to end: an example roadmap → load → render both formats → read the outputs back.
 * PDF text is compared column by column (cells standing side by side share a line in the PDF),
 * with whitespace removed so that line wrapping does not matter.
 */
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import type { Item, PlanEntry, Roadmap } from '../../src/model/roadmap.js';
import { render, type RenderResult } from '../../src/render.js';
import { richTextToPlain } from '../../src/text/rich-text.js';
import { elements, joinedTables, paragraphText, readDocx, sections, tables } from '../support/docx-read.js';
import { readPdf, type PdfPage, type PdfRead } from '../support/pdf-read.js';
import { item, plan, roadmap as buildRoadmap } from '../compose/builders.js';

const NOW = '2022-02-14T00:00:00Z';
const example = (name: string) => path.resolve(import.meta.dirname, '../../examples', `${name}.yaml`);

async function load(name: string): Promise<Roadmap> {
  const { roadmap, diagnostics } = await loadRoadmapFile(example(name));
  if (!roadmap) throw new Error(`${name}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return roadmap;
}

function items(entries: readonly PlanEntry[]): Item[] {
  return entries.flatMap((e) => (e.type === 'item' ? [e] : items(e.entries)));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const normal = (s: string) => s.replace(/\u00a0/g, ' ');
const NUMBER_ROW = '1 2 3 4 5 6';

/** The column-number row on a page: its baseline and the centres of its six numbers. */
function numberRow(page: PdfPage): { y: number; centres: number[] } | undefined {
  const byY = new Map<number, typeof page.items>();
  for (const it of page.items) {
    if (!/^[1-6]$/.test(it.str)) continue;
    const key = Math.round(it.y);
    byY.set(key, [...(byY.get(key) ?? []), it]);
  }
  for (const [y, row] of byY) {
    const sorted = [...row].sort((a, b) => a.x - b.x);
    if (sorted.map((i) => i.str).join(' ') === NUMBER_ROW) return { y, centres: sorted.map((i) => i.x + i.width / 2) };
  }
  return undefined;
}

/**
 * Text of one table column below the number row, over all pages, whitespace removed. The
 * column's edges come from the relative widths and the centres of the numbers «1» and «6».
 */
function columnText(pdf: PdfRead, widths: number[], column: number): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0) / total);
  const mids = widths.map((w, i) => starts[i]! + w / total / 2);
  let out = '';
  for (const page of pdf.pages) {
    const row = numberRow(page);
    if (!row) continue;
    const c = row.centres;
    const n = c.length - 1;
    // centre_i = left + width * mid_i, solved from the first and the last column.
    const width = (c[n]! - c[0]!) / (mids[n]! - mids[0]!);
    const leftEdge = c[0]! - width * mids[0]!;
    const left = leftEdge + width * starts[column]!;
    const right = leftEdge + width * (starts[column]! + widths[column]! / total);
    const inColumn = page.items
      .filter((i) => i.y < row.y - 1 && i.x >= left - 0.5 && i.x < right - 0.5)
      .sort((a, b) => b.y - a.y || a.x - b.x);
    out += inColumn.map((i) => i.str).join('');
  }
  return squeeze(out);
}

describe('render: khabarovsk-500plus-2022 (seed 000, the approved plan)', () => {
  let roadmap: Roadmap;
  let result: RenderResult;
  let pdf: PdfRead;

  beforeAll(async () => {
    roadmap = await load('khabarovsk-500plus-2022');
    result = await render(roadmap, { now: NOW });
    pdf = await readPdf(result.pdf!);
  }, 120_000);

  it('renders both formats without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.docx?.length).toBeGreaterThan(1000);
    expect(result.pdf?.length).toBeGreaterThan(1000);
  });

  it('PDF: every task once, in order', () => {
    const plan = roadmap.plans[0]!;
    const taskColumn = plan.columns.findIndex((c) => c.role === 'task');
    const text = columnText(pdf, plan.columns.map((c) => c.width), taskColumn);
    const tasks = items(plan.entries).map((i) => squeeze(richTextToPlain(i.task)));
    expect(tasks.length).toBe(39);
    let from = 0;
    for (const task of tasks) {
      const at = text.indexOf(task, from);
      expect(at, `task not found in order: ${task}`).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(task, at + 1), `task printed twice: ${task}`).toBe(-1);
      from = at + task.length;
    }
  });

  it('PDF: several pages, the column-number row on every page', () => {
    expect(pdf.pages.length).toBeGreaterThan(3);
    for (const page of pdf.pages) expect(numberRow(page), `page ${page.number}`).toBeDefined();
    // The header repeats only on the first page: the classic form.
    expect(pdf.pages.filter((p) => p.lines.some((l) => l.includes('Задачи'))).length).toBe(1);
  });

  it('PDF: stamp on the first page, signature on the last', () => {
    const first = normal(pdf.pages[0]!.text);
    expect(first).toContain('УТВЕРЖДЕН');
    expect(first).toContain('ПЛАН-ГРАФИК');
    expect(first).toContain('от «__» ________ 2022 г. № ___');
    const last = normal(pdf.pages.at(-1)!.text);
    expect(last).toContain('Начальник управления');
    expect(last).toContain('Е.В. Матаржук');
    expect(pdf.pages.every((p) => p.width > p.height)).toBe(true);
  });

  it('DOCX: a landscape section, the stamp, the table, the signature', () => {
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['landscape']);
    const all = elements(docx.documentXml, 'w:p').map((p) => normal(paragraphText(p)));
    expect(all).toContain('УТВЕРЖДЕН');
    expect(all.join('\n')).toContain('распоряжением министерства образования и науки Хабаровского края');
    expect(all).toContain('от «__» ________ 2022 г. № ___');
    expect(all).toContain('ПЛАН-ГРАФИК');
    expect(all.join('\n')).toContain('Е.В. Матаржук');

    const plan = roadmap.plans[0]!;
    const body = joinedTables(docx.documentXml).find((t) => t.rows.some((r) => r.cells.some((c) => c.text === '1.1.')))!;
    expect(body).toBeDefined();
    const numbers = body.rows.find((r) => r.cells.map((c) => c.text).join(' ') === NUMBER_ROW)!;
    expect(numbers.header).toBe(true);
    const groups = body.rows.filter((r) => r.cells.length === 1);
    expect(groups.map((r) => r.cells[0]!.gridSpan)).toEqual([6, 6, 6]);
    expect(groups.map((r) => r.cells[0]!.text.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    const itemRows = body.rows.filter((r) => r.cells.length === plan.columns.length && /^\d+\.\d+\.$/.test(r.cells[0]!.text));
    expect(itemRows.length).toBe(39);
    expect(itemRows.every((r) => r.cantSplit)).toBe(true);
    expect(normal(itemRows[0]!.cells[3]!.text)).toBe(
      'министерство образования и науки края (далее – министерство), органы местного самоуправления, осуществляющие управление в сфере образования (далее – ОМСУ)',
    );
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = await render(roadmap, { now: NOW });
    expect(Buffer.from(again.docx!).equals(Buffer.from(result.docx!))).toBe(true);
    expect(Buffer.from(again.pdf!).equals(Buffer.from(result.pdf!))).toBe(true);
  }, 120_000);
});

describe('render: gorokhovets-order-2022 (seed 001, an order with the plan as its appendix)', () => {
  let roadmap: Roadmap;
  let result: RenderResult;
  beforeAll(async () => {
    roadmap = await load('gorokhovets-order-2022');
    result = await render(roadmap, { now: NOW });
  }, 120_000);

  it('DOCX: a portrait section with the order, a landscape one with the appendix', () => {
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const all = elements(docx.documentXml, 'w:p').map((p) => normal(paragraphText(p)));
    expect(all).toContain('ПРИКАЗ');
    // One appendix: «(приложение)» in the point, «Приложение» in the mark (issue 11).
    expect(all.join('\n')).toContain('(приложение).');
    expect(all).toContain('Приложение');
    expect(all).toContain('к приказу управления образования');
    expect(all).toContain('от 14.02.2022 № 50');
  });

  it('PDF: the order on a portrait page, the appendix on landscape pages, 47 items', async () => {
    const pdf = await readPdf(result.pdf!);
    expect(pdf.pages[0]!.width).toBeLessThan(pdf.pages[0]!.height);
    expect(pdf.pages.at(-1)!.width).toBeGreaterThan(pdf.pages.at(-1)!.height);
    const text = normal(pdf.text);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('Е.Ф. Родькина');
    const numbers = columnText(pdf, roadmap.plans[0]!.columns.map((c) => c.width), 0);
    expect(numbers).toBe(Array.from({ length: 47 }, (_, i) => `${i + 1}.`).join(''));
  }, 120_000);
});

describe('render: every example', () => {
  it.each(['khabarovsk-500plus-2022', 'gorokhovets-order-2022', 'kalmykia-order-2022'])('%s renders to DOCX and PDF', async (name) => {
    const result = await render(await load(name), { now: NOW });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(readDocx(result.docx!).documentXml).toContain('<w:tbl>');
    expect((await readPdf(result.pdf!)).pages.length).toBeGreaterThan(1);
  }, 120_000);
});

describe('render: a row taller than a page', () => {
  it('is printed in full in the PDF, not dropped', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `слово${i}`).join(' ');
    const r = buildRoadmap({
      document: { approval: { by: 'act', act: 'приказом', year: 2022 } },
      plans: [plan([item('первая задача'), item(`${words} конецзадачи`), item('последняя задача')])],
    });
    const result = await render(r, { now: NOW });
    const pdf = await readPdf(result.pdf!);
    const text = squeeze(pdf.text);
    for (const s of ['перваязадача', 'слово0', 'слово450', 'слово899конецзадачи', 'последняязадача']) expect(text).toContain(s);
    expect(pdf.pages.length).toBeGreaterThan(1);
    const docxRows = tables(readDocx(result.docx!).documentXml).flatMap((t) => t.rows);
    expect(docxRows.some((row) => row.cells.some((c) => c.text.includes('конецзадачи')))).toBe(true);
  }, 120_000);
});
