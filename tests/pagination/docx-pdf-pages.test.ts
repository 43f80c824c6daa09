/**
 * One pagination (issue 12): every example is rendered to PDF and DOCX, LibreOffice lays out each
 * DOCX (all in one call: its start-up is the slow part), and the two are compared page by page:
 * page counts, and the last table row on each page (tests/support/page-rows.ts). The figures are
 * printed (BENCHMARKS.md keeps them); the test holds every example to the issue's goal.
 *
 * Needs libreoffice and poppler (pdftotext), as tests/readers does: missing tools fail the run in
 * CI (`CI` set) and skip it locally with a notice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { NOW } from '../hardening/support/e2e.js';
import { comparePages, rowKeys, type PageComparison, type RowKey } from '../support/page-rows.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function which(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
const soffice = which('libreoffice') ?? which('soffice');
const pdftotext = which('pdftotext');
const missing = !soffice || !pdftotext;
if (missing && !process.env.CI) console.warn('[pagination] skipped: libreoffice or pdftotext missing (.ci/install-readers.sh)');

function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? exampleFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

/** The pages' texts of a PDF file (pdftotext ends every page with a form feed). */
function pageTexts(file: string): string[] {
  const text = execFileSync(pdftotext!, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

/**
 * Issue 12's goal is 95 % for every example, and every example reaches it: an example that falls
 * short is named here with its present share and why, so that nothing gets worse unnoticed.
 */
const KNOWN_GAPS: Record<string, number> = {};

/** Examples rendered a second time with `splitRows: true` on every plan. */
const SPLIT = ['gorokhovets-order-2022', 'kalmykia-order-2022', 'khabarovsk-500plus-2022'];

interface Example {
  name: string;
  split: boolean;
  /** The pages' texts: plangraf's PDF and LibreOffice's. */
  pdf?: string[];
  lo?: string[];
  base: string;
  keys: RowKey[];
  comparison?: PageComparison;
}

const out = mkdtempSync(join(tmpdir(), 'plangraf-pages-'));
const examples: Example[] = [];

describe.skipIf(missing && !process.env.CI)('PDF and LibreOffice layout of the DOCX paginate alike', () => {
  beforeAll(async () => {
    if (missing) throw new Error('libreoffice or pdftotext missing: install them with .ci/install-readers.sh');
    mkdirSync(join(out, 'pdf'));
    for (const file of exampleFiles()) {
      const loaded = await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples') });
      if (!loaded.roadmap) continue; // the base of a batch folder
      const name = relative(join(ROOT, 'examples'), file).replace(/\.ya?ml$/, '');
      const add = async (roadmap: typeof loaded.roadmap & object, name: string, split: boolean) => {
        const r = await render(roadmap, { formats: ['docx', 'pdf'], now: NOW });
        const base = name.replace(/[^\w.-]+/g, '_');
        writeFileSync(join(out, `${base}.docx`), r.docx!);
        writeFileSync(join(out, 'pdf', `${base}.pdf`), r.pdf!);
        examples.push({ name, base, keys: rowKeys(r.model), split });
      };
      await add(loaded.roadmap, name, false);
      // The documents with the longest plans again with rows split across pages (`splitRows`).
      if (SPLIT.includes(name)) await add({ ...loaded.roadmap, plans: loaded.roadmap.plans.map((p) => ({ ...p, splitRows: true })) }, `${name} (splitRows)`, true);
    }
    const profile = `file://${join(tmpdir(), `lo-profile-pages-${process.pid}`)}`;
    const lo = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...examples.map((e) => join(out, `${e.base}.docx`))], { encoding: 'utf8', timeout: 240_000 });
    if (lo.status !== 0) throw new Error(`libreoffice failed (${lo.status}): ${lo.stderr}`);
    for (const e of examples) {
      e.pdf = pageTexts(join(out, 'pdf', `${e.base}.pdf`));
      e.lo = pageTexts(join(out, 'lo', `${e.base}.pdf`));
      e.comparison = comparePages(e.pdf, e.lo, e.keys);
    }
    const lines = examples.map((e) => {
      const c = e.comparison!;
      return `| ${e.name} | ${c.pdfPages} | ${c.otherPages} | ${c.percent} % |`;
    });
    console.info(['[pagination] example | PDF pages | LibreOffice pages | pages ending on the same row', ...lines].join('\n'));
    for (const e of examples) for (const d of e.comparison!.differing) console.info(`[pagination] ${e.name} p. ${d.page}: PDF «${d.pdf}», LibreOffice «${d.other}»`);
  }, 300_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(join(tmpdir(), `lo-profile-pages-${process.pid}`), { recursive: true, force: true });
  });

  it('renders every example', () => {
    expect(examples.filter((e) => !e.split).length).toBeGreaterThanOrEqual(6);
    expect(examples.filter((e) => e.split)).toHaveLength(SPLIT.length);
  });

  it('the same page count in both', () => {
    expect(examples.filter((e) => e.comparison!.pdfPages !== e.comparison!.otherPages).map((e) => `${e.name}: PDF ${e.comparison!.pdfPages}, LibreOffice ${e.comparison!.otherPages}`)).toEqual([]);
  });

  it("a letter's «Приложение: на N л.» is the appendix's page count in both", () => {
    const letters = examples.filter((e) => /на\s+\d+\s+л\./.test(e.pdf![0] ?? ''));
    expect(letters.length).toBeGreaterThan(0);
    for (const e of letters) {
      for (const pages of [e.pdf!, e.lo!]) {
        const sheets = Number(/на\s+(\d+)\s+л\./.exec(pages[0]!)![1]);
        // The appendix starts on the first page after the letter's with its mark «Приложение к письму».
        const start = pages.findIndex((t, i) => i > 0 && /Приложение\s+к\s+письму/.test(t));
        expect(start, e.name).toBeGreaterThan(0);
        expect(sheets, e.name).toBe(pages.length - start);
      }
    }
  });

  it('at least 95 % of pages end on the same table row, rows kept whole or split (known gaps at their present share)', () => {
    expect(examples.filter((e) => e.comparison!.percent < (KNOWN_GAPS[e.name] ?? 95)).map((e) => `${e.name}: ${e.comparison!.percent} %`)).toEqual([]);
  });
});
