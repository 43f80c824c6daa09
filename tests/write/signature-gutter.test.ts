/**
 * Signatures side by side keep the theme's gutter between them in both formats (issue 12: in the
 * region passport «Ю.В. Зотова» ran into «Руководитель Проекта»).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { render } from '../../src/render.js';
import { mmToPt, mmToTwip } from '../../src/write/units.js';
import { NOW } from '../hardening/support/e2e.js';
import { elements, readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const FILE = fileURLToPath(new URL('../../examples/region-passport-2020.yaml', import.meta.url));

describe('side-by-side signatures', () => {
  it('have the gutter between the columns in the PDF and in the DOCX', async () => {
    const loaded = await loadRoadmapFile(FILE);
    const r = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
    const pdf = await readPdf(r.pdf!);
    const page = pdf.pages.at(-1)!;
    const name = page.items.find((i) => i.str.includes('Зотова'))!;
    const right = page.items.find((i) => i.str.startsWith('Руководитель'))!;
    expect(name).toBeDefined();
    expect(right.x - (name.x + name.width)).toBeGreaterThanOrEqual(mmToPt(GOST_THEME.signature.gutter) - 0.5);

    const xml = readDocx(r.docx!).documentXml;
    const table = elements(xml, 'w:tbl').find((t) => t.includes('Зотова'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[1]).toBe(mmToTwip(GOST_THEME.signature.gutter));
  });
});
