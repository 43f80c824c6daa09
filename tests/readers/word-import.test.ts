/**
 * The Word import on DOCX files that plangraf did not write itself: every example rendered to
 * DOCX, saved again by LibreOffice (`--convert-to docx`: its own XML for the same tables — other
 * run and cell properties, its own relationship ids, bullets and breaks as it writes them), then
 * imported and rendered: the plan tables have the cells of the first rendering.
 *
 * A plan built as Word users build one (tests/support/word-plan-sample.ts), saved again by
 * LibreOffice, imports to the same YAML (LibreOffice drops the sample's placeholder picture, so
 * the report lacks that one warning).
 *
 * Needs libreoffice (libreoffice-writer-nogui): missing, it fails the run in CI (`CI` set) and
 * is skipped locally with a notice, as tests/readers/readers.test.ts is. All documents go to
 * LibreOffice in one call, with a private profile.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { render } from '../../src/render.js';
import { planCells } from '../support/plan-cells.js';
import { wordPlan } from '../support/word-plan-sample.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2022-02-14T00:00:00Z';

function which(names: readonly string[]): string | undefined {
  for (const n of names) {
    const r = spawnSync('sh', ['-c', `command -v ${n}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}
const libreoffice = which(['libreoffice', 'soffice']);
if (!libreoffice && !process.env.CI) console.warn('[readers] word import skipped: libreoffice missing (.ci/install-readers.sh)');

function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? exampleFiles(p) : /\.ya?ml$/.test(f) && f !== 'base.yaml' ? [p] : [];
  });
}

const headersOf = (r: Roadmap) => r.plans.map((p) => p.columns.map((c) => c.header));
const out = mkdtempSync(join(tmpdir(), 'plangraf-word-import-'));
const profile = join(tmpdir(), `lo-profile-import-${process.pid}`);
const docs: { name: string; roadmap: Roadmap; docx: Uint8Array; saved: string }[] = [];

describe.skipIf(!libreoffice && !process.env.CI)('import of DOCX files saved again by LibreOffice', () => {
  beforeAll(async () => {
    if (!libreoffice) throw new Error('libreoffice missing: install it with .ci/install-readers.sh');
    mkdirSync(join(out, 'plangraf'));
    for (const file of exampleFiles()) {
      const loaded = await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples') });
      const roadmap = loaded.roadmap!;
      // An amending order with points restates rows and carries no plan (tests/import/round-trip.test.ts).
      if (roadmap.document.amends?.mode === 'points') continue;
      const docx = (await render(roadmap, { formats: ['docx'], now: NOW })).docx!;
      const base = relative(join(ROOT, 'examples'), file).replace(/[^\w.-]+/g, '_').replace(/\.ya?ml$/, '');
      writeFileSync(join(out, 'plangraf', `${base}.docx`), docx);
      docs.push({ name: relative(ROOT, file), roadmap, docx, saved: join(out, 'lo', `${base}.docx`) });
    }
    writeFileSync(join(out, 'plangraf', 'word-plan.docx'), wordPlan());
    const r = spawnSync(libreoffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(out, 'lo'), ...readdirSync(join(out, 'plangraf')).map((f) => join(out, 'plangraf', f))], { encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`libreoffice failed (${r.status}): ${r.stderr}`);
  }, 300_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('LibreOffice wrote other XML than plangraf (the test compares tables, not bytes)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6);
    const saved = new Uint8Array(readFileSync(docs[0]!.saved));
    expect(Buffer.from(saved).equals(Buffer.from(docs[0]!.docx))).toBe(false);
  });

  it('every example: import → render gives the cells of plangraf’s own DOCX', async () => {
    const problems: string[] = [];
    for (const d of docs) {
      const imported = await importDocx(new Uint8Array(readFileSync(d.saved)), { file: d.saved });
      const errors = [...imported.diagnostics, ...imported.yamlDiagnostics].filter((x) => x.severity === 'error');
      if (errors.length > 0 || !imported.yaml) {
        problems.push(`${d.name}: ${errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
        continue;
      }
      const again = await loadRoadmapText(imported.yaml, { file: 'plan.yaml' });
      const docx = (await render(again.roadmap!, { formats: ['docx'], now: NOW })).docx!;
      const before = planCells(d.docx, headersOf(d.roadmap));
      const after = planCells(docx, headersOf(again.roadmap!));
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        const rows = before.flat();
        const got = after.flat();
        const at = rows.findIndex((r, i) => r !== got[i]);
        problems.push(`${d.name}: row ${at + 1} was «${rows[at]}», is «${got[at]}»`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a plan Word users made: the same YAML after LibreOffice saved it (the sample’s placeholder picture aside)', async () => {
    const before = await importDocx(wordPlan(), { file: 'plan.docx' });
    const after = await importDocx(new Uint8Array(readFileSync(join(out, 'lo', 'word-plan.docx'))), { file: 'plan.docx' });
    const codes = (r: typeof before) => r.diagnostics.map((d) => d.code).filter((c) => c !== 'import-content-dropped');
    expect(codes(after)).toEqual(codes(before));
    expect(after.yaml).toBe(before.yaml);
  });
});
