/**
 * Tables with more columns than a page holds (src/compose/table-width.ts): printed in parts one
 * below the other, the number column repeated in each, every cell once; a located warning at the
 * first column of the second part; and in both writers no column narrower than the theme's
 * minimum (src/write/units.ts `columnWidths`).
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapBytes } from '../../src/load/index.js';
import type { Table } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { render } from '../../src/render.js';
import { columnWidths, mmToTwip, proportionalWidths, textWidthMm } from '../../src/write/units.js';
import { at, plan } from '../hardening/cases.js';
import { readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const N = 100;
const yaml = plan(
  `    - task: Задача\n      extra: {${Array.from({ length: N }, (_, i) => `c${i}: з${i}`).join(', ')}}\n`,
  `  columns: [number, task, ${Array.from({ length: N }, (_, i) => `{key: c${i}, header: К${i}}`).join(', ')}]\n`,
);

async function rendered(text: string, lang: 'ru' | 'en' = 'ru', formats: Array<'docx' | 'pdf'> = []) {
  const loaded = await loadRoadmapBytes(new TextEncoder().encode(text), { file: 'wide.yaml' });
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return render(loaded.roadmap, { formats, lang, now: '2022-02-14T00:00:00Z' });
}

const partsOf = (r: Awaited<ReturnType<typeof rendered>>): Table[] => r.model.sections.flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'));
const headers = (t: Table): string[] => (t.head[0]?.cells ?? []).map((c) => c.blocks.map((b) => b.runs.map((x) => x.text).join('')).join(''));

describe('a plan with more columns than a landscape page holds', () => {
  it('is printed in parts: the number column in each, every other column once, in order, each part keeping every share above the minimum', async () => {
    const r = await rendered(yaml);
    const parts = partsOf(r);
    expect(parts.length).toBeGreaterThan(1);
    for (const t of parts) {
      expect(headers(t)[0]).toBe('№ п/п');
      const sum = t.columns.reduce((a, c) => a + c.width, 0);
      for (const c of t.columns) expect((c.width / sum) * textWidthMm(GOST_THEME, 'landscape')).toBeGreaterThanOrEqual(GOST_THEME.table.minColumnWidth);
    }
    const rest = parts.flatMap((t) => headers(t).slice(1));
    expect(rest).toEqual(['Задачи', ...Array.from({ length: N }, (_, i) => `К${i}`)]);
    // Numbers stay those of the whole table; the item's cells follow their columns.
    expect(parts[1]?.head[1]?.cells.map((c) => c.blocks[0]?.runs[0]?.text).slice(0, 2)).toEqual(['1', String(headers(parts[0] as Table).length + 1)]);
    expect(parts.flatMap((t) => t.rows[0]?.cells.slice(1).map((c) => c.blocks[0]?.runs[0]?.text) ?? [])).toEqual(['Задача', ...Array.from({ length: N }, (_, i) => `з${i}`)]);
  });

  it('warns, in Russian and in English, at the first column of the second part', async () => {
    const ru = await rendered(yaml);
    const second = headers(partsOf(ru)[1] as Table)[1] as string;
    const key = `c${second.slice(1)}`;
    const d = ru.diagnostics.find((x) => x.code === 'table-too-wide');
    expect(d, ru.diagnostics.map((x) => x.code).join()).toBeDefined();
    expect(d?.severity).toBe('warning');
    expect({ line: d?.line, column: d?.column }).toEqual(at(yaml, `{key: ${key},`));
    expect(d?.message).toContain(`„${second}“`);
    expect(d?.message).toContain('„№ п/п“');
    expect(d?.hint).toContain('table.minColumnWidth');
    const en = (await rendered(yaml, 'en')).diagnostics.find((x) => x.code === 'table-too-wide');
    expect(en?.message).toMatch(/^The table is wider than the page: 102 columns/);
    expect(en?.hint).toBeTruthy();
  });

  it('both formats: every cell printed, within the page', async () => {
    const r = await rendered(yaml, 'ru', ['docx', 'pdf']);
    const pdf = await readPdf(r.pdf as Uint8Array);
    for (let i = 0; i < N; i++) expect(pdf.text).toContain(`з${i}`);
    for (const page of pdf.pages) for (const it of page.items) expect(it.x + it.width, it.str).toBeLessThanOrEqual(page.width);
    const docx = tables(readDocx(r.docx as Uint8Array).documentXml);
    const width = mmToTwip(textWidthMm(GOST_THEME, 'landscape'));
    for (const t of docx) expect(t.grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(width);
    // The body tables (a header table stands above each, 'numbers' style): the item row last.
    const bodies = docx.filter((t) => t.rows.at(-1)?.cells[0]?.text === '1.');
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.flatMap((t) => t.rows.at(-1)?.cells.slice(1).map((c) => c.text) ?? [])).toEqual(['Задача', ...Array.from({ length: N }, (_, i) => `з${i}`)]);
  });

  it('a plan whose columns fit is one table, without a warning', async () => {
    const r = await rendered(plan('    - task: Задача\n', `  columns: [number, task, ${Array.from({ length: 12 }, (_, i) => `{key: c${i}}`).join(', ')}]\n`));
    expect(partsOf(r)).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('table-too-wide');
  });
});

describe('a passport whose indicators have more years than a portrait page holds', () => {
  it('repeats the name and unit columns in each part; «Факт» and «План» span their years in each', async () => {
    const years = Array.from({ length: 30 }, (_, i) => 1991 + i);
    const text = `document:
  kind: passport
  authority: {name: [Министерство], genitive: министерства}
  approval: {by: meeting, act: на заседании, date: '2020-05-14', number: 3}
  title: ПАСПОРТ
  passport:
    indicators:
      fact: [${years.join(', ')}]
      plan: [2021, 2022]
      rows:
        - {name: Доля школ, unit: '%', values: [${[...years, 1, 2].map((_, i) => i).join(', ')}]}
plan:
  title: План-график
  period: 2022
  items:
    - task: Задача
`;
    const r = await rendered(text);
    // The passport's own (portrait) section; the plan follows in a landscape one.
    const parts = (r.model.sections[0]?.blocks ?? []).filter((b): b is Table => b.type === 'table');
    expect(parts.length).toBeGreaterThan(1);
    expect(r.diagnostics.find((d) => d.code === 'table-too-wide')?.line).toBeGreaterThan(0);
    for (const t of parts) {
      expect(t.rows[0]?.cells.slice(0, 2).map((c) => c.blocks[0]?.runs[0]?.text)).toEqual(['Доля школ', '%']);
      const spans = (t.head[0]?.cells ?? []).slice(2).reduce((a, c) => a + (c.colSpan ?? 1), 0);
      expect(spans).toBe(t.columns.length - 2);
      expect(t.head[1]?.cells).toHaveLength(t.columns.length - 2);
    }
    expect(parts.at(-1)?.head[0]?.cells.at(-1)?.blocks[0]?.runs[0]?.text).toBe('План');
  });
});

describe('columnWidths', () => {
  it('is proportionalWidths when no share is below the minimum', () => {
    expect(columnWidths([7, 33, 14, 18, 22], 15000, 400)).toEqual(proportionalWidths([7, 33, 14, 18, 22], 15000));
  });
  it('gives narrow columns the minimum and the rest to the others in proportion, summing to the total', () => {
    const w = columnWidths([1, 30, 30, 39], 1000, 100);
    expect(w[0]).toBe(100);
    expect(w.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(w.slice(1)).toEqual(proportionalWidths([30, 30, 39], 900));
  });
  it('gives every column the minimum when the minimums alone do not fit', () => {
    expect(columnWidths([5, 50, 45], 250, 100)).toEqual([100, 100, 100]);
  });
});
