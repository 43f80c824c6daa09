/**
 * Page numbers of appendices (`document.appendixPageNumbers`, issue 12): continuing the main
 * document's (default), starting again in each appendix, or none; the same in both formats.
 * The Kalmykia order: a one-page order and one appendix of eight pages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { render } from '../../src/render.js';
import { mmToPt } from '../../src/write/units.js';
import { NOW } from '../hardening/support/e2e.js';
import { hasPageField, readDocx, sectionHeaders, sections } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import type { PdfPage } from '../support/pdf-read.js';

const FILE = fileURLToPath(new URL('../../examples/kalmykia-order-2022.yaml', import.meta.url));

async function rendered(mode: 'continue' | 'restart' | 'none') {
  const loaded = await loadRoadmapFile(FILE);
  const roadmap = loaded.roadmap!;
  const r = await render({ ...roadmap, document: { ...roadmap.document, appendixPageNumbers: mode } }, { formats: ['docx', 'pdf'], now: NOW });
  return { pdf: await readPdf(r.pdf!), docx: readDocx(r.docx!) };
}

/** The number printed in a page's top margin, or undefined. */
function printedNumber(page: PdfPage): string | undefined {
  const margin = mmToPt(Math.min(GOST_THEME.page.portraitMargins.top, GOST_THEME.page.landscapeMargins.top));
  return page.items.find((i) => i.y > page.height - margin && /^\d+$/.test(i.str))?.str;
}

describe('page numbers of appendices', () => {
  it('continue (default): the appendix goes on from the order', async () => {
    const { pdf, docx } = await rendered('continue');
    expect(pdf.pages.map(printedNumber)).toEqual([undefined, ...pdf.pages.slice(1).map((p) => String(p.number))]);
    const s = sections(docx.documentXml);
    expect(s.map((x) => /<w:pgNumType[^>]*w:start=/.test(x.xml))).toEqual(s.map(() => false));
  });

  it('restart: the appendix counts from 1 again, its first page unnumbered', async () => {
    const { pdf, docx } = await rendered('restart');
    expect(pdf.pages.map(printedNumber)).toEqual([undefined, undefined, ...pdf.pages.slice(2).map((p) => String(p.number - 1))]);
    const s = sections(docx.documentXml);
    expect(s[1]?.xml).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(s[1]?.titlePage).toBe(true);
    const headers = sectionHeaders(docx);
    expect(hasPageField(headers[1]!.first ?? '')).toBe(false);
    expect(hasPageField(headers[1]!.default ?? '')).toBe(true);
  });

  it('none: no numbers on the appendix pages', async () => {
    const { pdf, docx } = await rendered('none');
    expect(pdf.pages.length).toBeGreaterThan(2);
    expect(pdf.pages.map(printedNumber)).toEqual(pdf.pages.map(() => undefined));
    const headers = sectionHeaders(docx);
    expect(hasPageField(headers[1]!.default ?? '')).toBe(false);
  });
});
