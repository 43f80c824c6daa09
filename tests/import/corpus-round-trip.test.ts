/**
 * The hostile corpus (tests/hardening/cases.ts) through the Word import: every case that renders
 * a document renders to DOCX, imports, and renders again with the same plan cells — markup and
 * code in cells, links to `javascript:`, unbalanced emphasis, invisible and right-to-left
 * characters, tabs, long words and URLs, nested groups, anchors. The heavy cases (thousands of
 * rows) are left to the benchmark, and three cannot come back by design (below).
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { loadRoadmapBytes, loadRoadmapText } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { render } from '../../src/render.js';
import { allCases } from '../hardening/cases.js';
import { planCells } from '../support/plan-cells.js';

const NOW = '2022-02-14T00:00:00Z';

/** Cases whose table the import cannot know for a plan, and why. */
const NOT_A_PLAN_ON_PAPER: Record<string, string> = {
  'header-cell-taller-than-a-page': 'the task column’s header is 600 words that name no task: no column role can be read from it',
  'header-taller-than-a-page-repeated': 'the same header, repeated',
  'columns-100': 'printed in 12 parts one below the other (table-too-wide): no part has a task and a deadline, executor or result column',
};

const headersOf = (r: Roadmap) => r.plans.map((p) => p.columns.map((c) => c.header));
const cases = allCases().filter((c) => c.outcome === 'document' && c.timeout === undefined);

describe('the hostile corpus: render → import → render', () => {
  it('has the cases it names', () => {
    for (const name of Object.keys(NOT_A_PLAN_ON_PAPER)) expect(cases.some((c) => c.name === name), name).toBe(true);
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const input = c.input();
    const loaded = await loadRoadmapBytes(typeof input === 'string' ? new TextEncoder().encode(input) : input, { file: 'case.yaml', ...(c.options ?? {}) });
    if (!loaded.roadmap) return; // a case the loader itself refuses (known defects elsewhere)
    const docx = (await render(loaded.roadmap, { formats: ['docx'], now: NOW })).docx!;
    const imported = await importDocx(docx, { file: 'case.docx' });
    if (name in NOT_A_PLAN_ON_PAPER) {
      expect(imported.diagnostics.map((d) => d.code)).toContain('import-no-plan');
      return;
    }
    expect([...imported.diagnostics, ...imported.yamlDiagnostics].filter((d) => d.severity === 'error')).toEqual([]);
    const again = (await loadRoadmapText(imported.yaml!, { file: 'case.yaml' })).roadmap!;
    const after = planCells((await render(again, { formats: ['docx'], now: NOW })).docx!, headersOf(again));
    expect(after).toEqual(planCells(docx, headersOf(loaded.roadmap)));
  });
});
