/**
 * The signature never stands alone on a page (issue 12): in the Khabarovsk plan the signature
 * block, an unbreakable block that did not fit under the last row, went to a page of its own while
 * pdfmake's positions still told of its first try on the row's page; the last row now goes with it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { NOW } from '../hardening/support/e2e.js';
import { readPdf } from '../support/pdf-read.js';

const FILE = fileURLToPath(new URL('../../examples/khabarovsk-500plus-2022.yaml', import.meta.url));

describe('the signature keeps the last row with it', () => {
  it('the page with the signature holds the last row of the plan (PDF)', async () => {
    const loaded = await loadRoadmapFile(FILE);
    const r = await render(loaded.roadmap!, { formats: ['pdf'], now: NOW });
    const pdf = await readPdf(r.pdf!);
    const page = pdf.pages.find((p) => p.text.includes('Е.В. Матаржук'))!;
    expect(page.number).toBe(pdf.pages.length);
    expect(page.text).toContain('3.3.');
  });
});
