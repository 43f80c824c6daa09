/**
 * One pagination (issue 12): every example is rendered to PDF and DOCX, LibreOffice lays out each
 * DOCX (all in one call: its start-up is the slow part), and the two are compared page by page:
 * page counts, and the last table row on each page (tests/support/page-rows.ts). The figures are
 * printed (BENCHMARKS.md keeps them); the test holds every example to the issue's goal. What each
 * page holds is checked too, in both formats (tests/support/page-content.ts): no signature alone,
 * footnotes on the page of their reference, a table's title and header with its first row.
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
import type { DocumentModel, Paragraph } from '../../src/model/document.js';
import { resolveTheme } from '../../src/model/theme.js';
import { writeFormats } from '../../src/write-formats.js';
import { NOW } from '../hardening/support/e2e.js';
import { footnoteCheck, signatureCheck, tableLeadCheck, type PageFinding } from '../support/page-content.js';
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

/**
 * Pages that break issue 12's keep rules, by example, format and page: each is held here so that
 * the suite stays green and nothing else slips, and printed as a known gap while it lasts. No
 * example breaks them (the Khabarovsk signatures keep their last row in LibreOffice too, by a page
 * break written where the PDF's keep rule moved it; Kalmykia's appendix title keeps the first lines
 * of its plan, that tall first row split in both). One shifted document does:
 * - region-passport-2020 (+6 lines): LibreOffice runs footnote 3 on to the next page (Word may do
 *   the same: a long note continues below the next page's separator); the PDF keeps the note whole
 *   on its reference's page. The DOCX cannot forbid a note to continue, only move its reference.
 */
const CONTENT_GAPS = new Set<string>(['region-passport-2020 (+6 lines) · LibreOffice p. 2 · footnote']);

/**
 * Documents beyond the examples: these examples again with an introduction of so many lines put
 * right before the first table (as an appendix may say a word before its plan), so that every
 * page breaks somewhere else (a header at the foot of a page, a tall first row under the text).
 */
const SHIFTED: Record<string, number[]> = {
  'gorokhovets-order-2022': [6, 12],
  'kalmykia-order-2022': [6, 12],
  'khabarovsk-500plus-2022': [6, 12],
  'kirov-passport-2022': [6, 12],
  'region-passport-2020': [6, 12],
};

/** The model with `lines` one-line paragraphs right before its first table. */
function shifted(model: DocumentModel, lines: number): DocumentModel {
  const at = model.sections.findIndex((s) => s.blocks.some((b) => b.type === 'table'));
  const intro: Paragraph[] = Array.from({ length: lines }, (_, i) => ({ type: 'paragraph', style: 'body', runs: [{ text: `Строка ${i + 1} вводной части` }] }));
  return {
    ...model,
    sections: model.sections.map((s, i) => {
      if (i !== at) return s;
      const t = s.blocks.findIndex((b) => b.type === 'table');
      return { ...s, blocks: [...s.blocks.slice(0, t), ...intro, ...s.blocks.slice(t)] };
    }),
  };
}

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
  model: DocumentModel;
  comparison?: PageComparison;
}

const FORMATS = [
  { format: 'PDF', pages: (e: Example) => e.pdf! },
  { format: 'LibreOffice', pages: (e: Example) => e.lo! },
] as const;

/** A page-content finding of one example in one format, and its known-gap key. */
interface ContentFinding extends PageFinding {
  example: string;
  format: string;
  gap: string;
}

function contentFindings(e: Example, check: (pages: string[], model: DocumentModel) => PageFinding[]): ContentFinding[] {
  return FORMATS.flatMap(({ format, pages }) =>
    check(pages(e), e.model).map((f) => ({ ...f, example: e.name, format, gap: `${e.name} · ${format} p. ${f.page} · ${f.check}` })),
  );
}

/** What is wrong beyond the known gaps, as messages. */
const beyondGaps = (found: ContentFinding[]): string[] => found.filter((f) => !CONTENT_GAPS.has(f.gap)).map((f) => `${f.example}: ${f.format} p. ${f.page}: ${f.what}`);

const allFindings = (e: Example): ContentFinding[] => [
  ...contentFindings(e, (pages, model) => signatureCheck(pages, model).findings),
  ...contentFindings(e, (pages, model) => footnoteCheck(pages, model).findings),
  ...contentFindings(e, (pages, model) => tableLeadCheck(pages, model).findings),
];

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
        examples.push({ name, base, keys: rowKeys(r.model), model: r.model, split });
      };
      await add(loaded.roadmap, name, false);
      for (const lines of SHIFTED[name] ?? []) {
        const model = shifted((await render(loaded.roadmap, { formats: [], now: NOW })).model, lines);
        const files = new Map(await writeFormats(model, ['docx', 'pdf'], { theme: resolveTheme(), lang: 'ru' }));
        const base = `${name.replace(/[^\w.-]+/g, '_')}-shifted-${lines}`;
        writeFileSync(join(out, `${base}.docx`), files.get('docx')!.bytes!);
        writeFileSync(join(out, 'pdf', `${base}.pdf`), files.get('pdf')!.bytes!);
        examples.push({ name: `${name} (+${lines} lines)`, base, keys: rowKeys(model), model, split: false });
      }
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
    const both = (e: Example, figure: (pages: string[]) => string) => FORMATS.map(({ pages }) => figure(pages(e))).join(' / ');
    const content = examples.map((e) => {
      const signatures = both(e, (p) => signatureCheck(p, e.model).pages.join(', ') || '–');
      const notes = both(e, (p) => {
        const c = footnoteCheck(p, e.model);
        return c.notes === 0 ? '–' : `${c.kept}/${c.notes}`;
      });
      const tables = both(e, (p) => {
        const c = tableLeadCheck(p, e.model);
        return `${c.kept}/${c.tables}`;
      });
      return `| ${e.name} | ${signatures} | ${notes} | ${tables} |`;
    });
    console.info(['[pagination] example | signature on page (PDF / LibreOffice) | footnotes on their reference page | tables with their lead-in on the first row\'s page', ...content].join('\n'));
    const found = examples.flatMap(allFindings);
    for (const f of found) console.info(`[pagination] ${f.example} ${f.format} p. ${f.page}: ${f.check}: ${f.what}${CONTENT_GAPS.has(f.gap) ? ' (known gap)' : ''}`);
    for (const gap of CONTENT_GAPS) if (!found.some((f) => f.gap === gap)) console.info(`[pagination] known gap no longer seen, take it out of CONTENT_GAPS: ${gap}`);
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

  it('no page holds only a signature, in either format (known gaps aside)', () => {
    // Each signed example shows its signatory's name on some page in both formats: the check reads real pages.
    for (const e of examples) for (const { format, pages } of FORMATS) if (e.model.sections.some((s) => s.blocks.some((b) => b.type === 'signature'))) expect(signatureCheck(pages(e), e.model).pages.length, `${e.name} ${format}`).toBeGreaterThan(0);
    expect(beyondGaps(examples.flatMap((e) => contentFindings(e, (pages, model) => signatureCheck(pages, model).findings)))).toEqual([]);
  });

  it('every footnote is printed whole on the page of its reference, and no page holds only footnote text', () => {
    expect(examples.reduce((n, e) => n + (e.model.footnotes?.length ?? 0), 0)).toBeGreaterThan(0);
    expect(beyondGaps(examples.flatMap((e) => contentFindings(e, (pages, model) => footnoteCheck(pages, model).findings)))).toEqual([]);
  });

  it("a table's title, caption, appendix heading and header rows stand on the page of its first row (known gaps aside)", () => {
    // Every piece of every lead-in is found on some page in both formats: nothing is skipped unseen.
    const unseen = examples.flatMap((e) => FORMATS.flatMap(({ format, pages }) => {
      const c = tableLeadCheck(pages(e), e.model);
      return c.located === c.pieces ? [] : [`${e.name} ${format}: ${c.located}/${c.pieces} lead-in pieces found`];
    }));
    expect(unseen).toEqual([]);
    expect(beyondGaps(examples.flatMap((e) => contentFindings(e, (pages, model) => tableLeadCheck(pages, model).findings)))).toEqual([]);
  });
});
