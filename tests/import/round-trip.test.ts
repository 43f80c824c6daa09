/**
 * Round trip on every example: render to DOCX → `importDocx` → the YAML loads with no error →
 * render again: every plan table has the same cells (text and column spans, row by row, header
 * and number row included). Also what the import takes from around the tables: the approval
 * stamp, title, subtitle and signatures of the approved plan come back as they were written.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { render } from '../../src/render.js';
import { planCells } from '../support/plan-cells.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2022-02-14T00:00:00Z';

function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? exampleFiles(p) : /\.ya?ml$/.test(f) && f !== 'base.yaml' ? [p] : [];
  });
}

const headersOf = (r: Roadmap) => r.plans.map((p) => p.columns.map((c) => c.header));

async function docxOf(roadmap: Roadmap): Promise<Uint8Array> {
  return (await render(roadmap, { formats: ['docx'], now: NOW })).docx!;
}

/** An amending order with points (examples/gorokhovets-amendment-2022.yaml) restates rows, it carries no plan. */
const AMENDING_POINTS = 'gorokhovets-amendment-2022.yaml';

describe('render → import → render: the same plan cells', () => {
  it.each(exampleFiles().filter((f) => !f.endsWith(AMENDING_POINTS)).map((f) => [relative(ROOT, f), f] as const))('%s', async (_name, file) => {
    const loaded = await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples') });
    const roadmap = loaded.roadmap!;
    expect(roadmap.document.amends?.mode ?? 'new-edition').toBe('new-edition');
    const docx = await docxOf(roadmap);
    const imported = await importDocx(docx, { file: 'plan.docx' });
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(imported.yamlDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = await loadRoadmapText(imported.yaml!, { file: 'plan.yaml' });
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.roadmap!.plans.length).toBe(roadmap.plans.length);
    const before = planCells(docx, headersOf(roadmap));
    expect(before.length).toBe(roadmap.plans.length);
    const after = planCells(await docxOf(again.roadmap!), headersOf(again.roadmap!));
    expect(after).toEqual(before);
  });
});

describe('an amending order with points', () => {
  it('is no plan: its restated rows (one-row tables without headers) are not taken for one, import-no-plan', async () => {
    const loaded = await loadRoadmapFile(join(ROOT, 'examples', AMENDING_POINTS));
    expect(loaded.roadmap!.document.amends!.mode).toBe('points');
    const imported = await importDocx(await docxOf(loaded.roadmap!), { file: 'order.docx' });
    expect(imported.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['import-no-plan']);
    expect(imported.yaml).toBeUndefined();
  });
});

describe('what stands around the table of an approved plan', () => {
  it('stamp, title, subtitle and signature of khabarovsk-500plus-2022 come back', async () => {
    const loaded = await loadRoadmapFile(join(ROOT, 'examples/khabarovsk-500plus-2022.yaml'));
    const roadmap = loaded.roadmap!;
    const { document, diagnostics } = await importDocx(await docxOf(roadmap), { file: 'plan.docx' });
    expect(diagnostics).toEqual([]);
    const plan = document!.plans[0]!;
    const { loc: _loc, ...approval } = roadmap.document.approval as typeof roadmap.document.approval & { loc?: unknown };
    expect(document!.approval).toEqual(approval);
    expect(plan.title).toBe(roadmap.plans[0]!.title);
    expect(plan.subtitle).toBe(roadmap.plans[0]!.subtitle);
    expect(plan.signatories).toEqual([...roadmap.document.signatories, ...roadmap.plans[0]!.signatories].map((s) => ({ position: s.position, name: s.name })));
    expect(plan.numbering).toBe('hierarchical');
  });

  it('the passport: two plans with their titles, the meeting stamp, signatures side by side; the indicator table reported', async () => {
    const loaded = await loadRoadmapFile(join(ROOT, 'examples/region-passport-2020.yaml'));
    const roadmap = loaded.roadmap!;
    const { document, diagnostics } = await importDocx(await docxOf(roadmap), { file: 'passport.docx' });
    expect(document!.plans.map((p) => [p.title, p.subtitle])).toEqual(roadmap.plans.map((p) => [p.title, p.subtitle]));
    expect(document!.approval).toMatchObject({ by: 'meeting', number: '3' });
    expect(document!.signatureLayout).toBe('side-by-side');
    expect(document!.plans.at(-1)!.signatories.map((s) => s.name)).toEqual(roadmap.document.signatories.map((s) => s.name));
    expect(diagnostics.find((d) => d.code === 'import-table-skipped')?.message).toMatch(/^Таблица 1: .*«Наименование показателя \| Единица измерения \| Факт \| План»/);
  });
});
