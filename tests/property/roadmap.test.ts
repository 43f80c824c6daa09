/**
 * Arbitrary valid roadmaps, written as YAML with the `yaml` package: they load without errors and
 * render to DOCX and PDF without throwing; every printed cell's words are in the DOCX XML and in
 * the PDF text, row after row; both packages are well-formed; rendering twice gives identical
 * bytes. Seeded; PLANGRAF_FUZZ_RUNS=2000 (and PLANGRAF_FUZZ_SEED) for a longer local run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { documentProblems, docxText, firstMissingInOrder, modelRows, NOW, pdfStreamText, unhyphenated } from '../hardening/support/e2e.js';
import { roadmap } from './arbitraries.js';

const RUNS = Number(process.env.PLANGRAF_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.PLANGRAF_FUZZ_SEED ?? 20221114);

describe('arbitrary valid roadmaps', () => {
  it(`load, render, read back, render again (${RUNS} roadmaps, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(roadmap, async ({ input, rows }) => {
        const text = stringify(input, { lineWidth: 0 });
        const loaded = await loadRoadmapText(text, { file: 'arbitrary.yaml' });
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        const out = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
        const r = { diagnostics: [...loaded.diagnostics, ...out.diagnostics], model: out.model, docx: out.docx!, pdf: out.pdf!, rows: modelRows(out.model) };
        const { problems, pdf } = await documentProblems(r);
        expect(problems, text).toEqual([]);
        // What the input says must be printed, independently of the document model.
        const inDocx = firstMissingInOrder(rows, docxText(out.docx!));
        expect(inDocx, `DOCX lacks ${JSON.stringify(inDocx)}\n${text}`).toBeUndefined();
        // (The PDF hyphenates words too wide for their column: hyphens are left out on both sides.)
        const inPdf = firstMissingInOrder(rows, unhyphenated(pdfStreamText(pdf!)), unhyphenated);
        expect(inPdf, `PDF lacks ${JSON.stringify(inPdf)}\n${text}`).toBeUndefined();
        const again = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW });
        expect(Buffer.from(again.docx!).equals(Buffer.from(out.docx!)), 'DOCX bytes differ between two renders').toBe(true);
        expect(Buffer.from(again.pdf!).equals(Buffer.from(out.pdf!)), 'PDF bytes differ between two renders').toBe(true);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, Math.max(120_000, RUNS * 3_000));
});
