/** The example region: the base and every municipality validate clean; each municipality does what its comment says. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { loadRoadmapFile } from '../../src/load/index.js';
import type { PlanEntry } from '../../src/model/roadmap.js';

const DIR = new URL('../../examples/region/', import.meta.url).pathname;
const municipalities = readdirSync(`${DIR}municipalities`).filter((f) => f.endsWith('.yaml')).sort();
const rowIds = (es: PlanEntry[]): string[] => es.flatMap((e) => [e.id ?? '?', ...(e.type === 'group' ? rowIds(e.entries) : [])]);

describe('examples/region', () => {
  it('has a base and at least five municipalities', () => {
    expect(municipalities.length).toBeGreaterThanOrEqual(5);
  });

  // The municipal files extend ../base.yaml: the region's folder is allowed explicitly, as
  // `plangraf batch examples/region` allows the folder it is given.
  it.each(['base.yaml', ...municipalities.map((m) => `municipalities/${m}`)])('%s validates clean', async (name) => {
    const r = await loadRoadmapFile(`${DIR}${name}`, { extendsRoot: DIR });
    const problems = r.diagnostics.filter((d) => d.severity !== 'info');
    expect(problems, formatDiagnostics(problems)).toEqual([]);
    expect(r.roadmap?.document.kind).toBe('order');
  });

  it('one removes, one adds, one overrides rows', async () => {
    const base = rowIds((await loadRoadmapFile(`${DIR}base.yaml`)).roadmap!.plans[0]!.entries);
    expect(base.length).toBeGreaterThanOrEqual(15);
    const vyazniki = rowIds((await loadRoadmapFile(`${DIR}municipalities/vyazniki.yaml`, { extendsRoot: DIR })).roadmap!.plans[0]!.entries);
    expect(base.filter((id) => !vyazniki.includes(id))).toEqual(['org.curators', 'support.network', 'results.publish']);
    const kovrov = rowIds((await loadRoadmapFile(`${DIR}municipalities/kovrov.yaml`, { extendsRoot: DIR })).roadmap!.plans[0]!.entries);
    expect(kovrov.filter((id) => !base.includes(id))).toEqual(['org.parents', 'diag.start', 'support.mentors', 'summer', 'summer.camp']);
    const murom = (await loadRoadmapFile(`${DIR}municipalities/murom.yaml`, { extendsRoot: DIR })).roadmap!;
    expect(murom.document.number).toBe('115');
    const analysis = murom.plans[0]!.entries.flatMap((e) => (e.type === 'group' ? e.entries : [e])).find((e) => e.id === 'diag.analysis');
    expect(analysis?.type === 'item' && analysis.deadlineSource).toBe('до 15.07.2023');
  });
});
