/**
 * The PDF writer keeps its unbreakable blocks within a page itself, so that the layout guard
 * (unbreakable-guard.ts, which breaks a block rather than let pdfmake drop it) has nothing to do:
 * tall head rows are cut, a head too tall to repeat is printed once, a run of group rows joins
 * the row below only as far as a page holds, a stamp taller than a page is breakable from the
 * start. Checked on the hostile corpus's inputs (tests/hardening/cases.ts): after rendering, no
 * node of the definition had its unbreakable flags changed by the guard, and the DOCX agrees on
 * what repeats.
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapBytes } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { pdfDefinition } from '../../src/write/pdf/index.js';
import { renderPdf } from '../../src/write/pdf/pdfmake.js';
import type { PdfNode } from '../../src/write/pdf/pdfmake.js';
import { allCases } from '../hardening/cases.js';
import { readDocx, tables } from '../support/docx-read.js';

/** The unbreakable flags of every node of a definition's content, in tree order. */
function flags(content: PdfNode[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const node = v as PdfNode;
    const table = node.table as { headerRows?: number; keepWithHeaderRows?: number; dontBreakRows?: boolean; body?: unknown } | undefined;
    if (node.unbreakable !== undefined || table) out.push(`${String(node.unbreakable)} ${table ? `${table.headerRows} ${table.keepWithHeaderRows} ${table.dontBreakRows}` : ''}`);
    for (const key of ['stack', 'columns', 'section']) walk(node[key]);
    if (table) walk(table.body);
  };
  walk(content);
  return out;
}

async function modelOf(name: string) {
  const c = allCases().find((x) => x.name === name);
  if (!c) throw new Error(`no corpus case ${name}`);
  const input = c.input();
  const loaded = await loadRoadmapBytes(typeof input === 'string' ? new TextEncoder().encode(input) : input, { file: `${name}.yaml` });
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return (await render(loaded.roadmap, { formats: [], now: '2022-02-14T00:00:00Z' })).model;
}

const CASES = ['header-cell-taller-than-a-page', 'header-taller-than-a-page-repeated', 'header-long-word-in-narrow-column', 'approval-act-taller-than-a-page', 'approval-act-long-word-10000', 'sections-40-in-a-row'];

describe('the PDF writer keeps unbreakable blocks within a page: the guard has nothing to do', () => {
  for (const name of CASES) {
    it(name, async () => {
      const def = pdfDefinition(await modelOf(name));
      const before = flags(def.content);
      await renderPdf(def, tinosFonts());
      expect(flags(def.content)).toEqual(before);
    });
  }
});

describe('a head too tall to repeat is printed once, in both formats', () => {
  it("repeat: header with a header taller than a page: no repeated rows in the PDF definition or the DOCX", async () => {
    const model = await modelOf('header-taller-than-a-page-repeated');
    const def = pdfDefinition(model);
    expect(flags(def.content).some((f) => /^undefined [1-9]/.test(f)), flags(def.content).join('\n')).toBe(false);
    const docx = readDocx(await writeDocx(model));
    expect(tables(docx.documentXml).flatMap((t) => t.rows).filter((r) => r.header)).toEqual([]);
  });
});
