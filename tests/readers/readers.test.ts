/**
 * Outputs checked by independent readers: every DOCX made from the examples (and a sample of the
 * hostile corpus) opens in LibreOffice headless and converts to a PDF that has every table row
 * (its number and first words, in order); its XML parts are well-formed, every part has a
 * content type and every relationship target exists. Every PDF plangraf writes passes
 * `qpdf --check`, and `pdffonts` shows every font embedded.
 *
 * Needs libreoffice (libreoffice-writer-nogui), qpdf and poppler-utils: `.ci/install-readers.sh`.
 * Missing tools fail the run in CI (`CI` set) and skip it locally with a notice.
 * All documents go to LibreOffice in one call (its start-up is the slow part), with a private
 * profile so that parallel runs do not clash.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapFile, loadRoadmapBytes } from '../../src/load/index.js';
import type { DocumentModel } from '../../src/model/document.js';
import { render } from '../../src/render.js';
import { GENERATED } from '../hardening/cases.js';
import { cellText, NOW, squash } from '../hardening/support/e2e.js';
import { docxProblems } from '../hardening/support/package-check.js';
import { readPdf } from '../support/pdf-read.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOLS = { libreoffice: ['libreoffice', 'soffice'], qpdf: ['qpdf'], pdffonts: ['pdffonts'], pdftotext: ['pdftotext'] } as const;

function which(names: readonly string[]): string | undefined {
  for (const n of names) {
    const r = spawnSync('sh', ['-c', `command -v ${n}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}
const found = Object.fromEntries(Object.entries(TOOLS).map(([k, names]) => [k, which(names)])) as Record<keyof typeof TOOLS, string | undefined>;
const missing = Object.entries(found).filter(([, v]) => !v).map(([k]) => k);
const MISSING_MESSAGE = `independent readers missing: ${missing.join(', ')}. Install them with .ci/install-readers.sh (libreoffice-writer-nogui, qpdf, poppler-utils).`;
if (missing.length > 0 && !process.env.CI) console.warn(`[readers] skipped: ${MISSING_MESSAGE}`);

/** A corpus sample: small documents that exercise the odd paths (no huge ones: LibreOffice is slow). */
const CORPUS_SAMPLE = [
  'long-word-10000-in-task', 'long-url-in-narrow-column', 'cell-taller-than-a-page', 'only-group-rows', 'empty-plan', 'nested-groups-12',
  'rtl-hebrew', 'xml-markup-in-cells', 'anchors-shared-executors', 'crlf-line-ends', 'link-javascript-and-file', 'many-extra-columns',
  'font-greek-and-signs', 'invisible-characters',
];

interface Doc {
  name: string;
  model: DocumentModel;
  docxPath: string;
  pdfPath: string;
}

function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? exampleFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

/**
 * What each table row must leave in LibreOffice's PDF text: its number (without the final dot,
 * which LibreOffice may wrap onto a line of its own in the narrow «№» column) or a group's first
 * words, and the first words of its next cell. Text extraction does not keep the order of table
 * cells (pdftotext reads a row's cells top to bottom, not left to right), so the check counts:
 * every key must occur at least as many times as rows need it.
 */
function rowKeys(model: DocumentModel): string[][] {
  const rows: string[][] = [];
  for (const s of model.sections) {
    for (const b of s.blocks) {
      if (b.type !== 'table') continue;
      for (const row of b.rows) {
        const cells = row.cells.map(cellText).map((t) => t.split(/\s+/).map(squash).filter(Boolean));
        const keys = [...(cells[0] ?? []).slice(0, 2), ...(cells[1] ?? []).slice(0, 2)]
          .map((w) => w.replace(/\.$/, '').slice(0, 24))
          .filter((w) => w.length > 0);
        if (keys.length > 0) rows.push(keys);
      }
    }
  }
  return rows;
}

/** Text without hyphens (pdftotext drops the hyphen of a compound word broken after it). */
const unhyphenated = (s: string): string => s.replace(/[-\u2010\u2011]/gu, '');

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

const out = mkdtempSync(join(tmpdir(), 'plangraf-readers-'));
const docs: Doc[] = [];
const skipped: string[] = [];
let conversionSeconds = 0;

describe.skipIf(missing.length > 0 && !process.env.CI)('independent readers', () => {
  beforeAll(async () => {
    if (missing.length > 0) throw new Error(MISSING_MESSAGE);
    const started = Date.now();
    const add = async (name: string, loaded: Awaited<ReturnType<typeof loadRoadmapFile>>) => {
      if (!loaded.roadmap) {
        skipped.push(name);
        return;
      }
      const r = await render(loaded.roadmap, { formats: ['docx', 'pdf'], now: NOW });
      const base = name.replace(/[^\w.-]+/g, '_');
      const doc = { name, model: r.model, docxPath: join(out, `${base}.docx`), pdfPath: join(out, 'plangraf', `${base}.pdf`) };
      writeFileSync(doc.docxPath, r.docx!);
      mkdirSync(join(out, 'plangraf'), { recursive: true });
      writeFileSync(doc.pdfPath, r.pdf!);
      docs.push(doc);
    };
    for (const file of exampleFiles()) {
      // A base of a batch folder may not render alone (it is completed by each municipality): skipped then.
      // The municipalities extend ../base.yaml: the examples folder is allowed, as batch allows the folder it is given.
      await add(`examples/${relative(join(ROOT, 'examples'), file)}`, await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples') }));
    }
    for (const name of CORPUS_SAMPLE) {
      const c = GENERATED.find((x) => x.name === name);
      if (!c) throw new Error(`no corpus case ${name}`);
      const input = c.input();
      await add(`corpus/${name}`, await loadRoadmapBytes(typeof input === 'string' ? new TextEncoder().encode(input) : input, { file: `${name}.yaml` }));
    }
    const profile = `file://${join(tmpdir(), `lo-profile-${process.pid}`)}`;
    const lo = Date.now();
    const r = spawnSync(found.libreoffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...docs.map((d) => d.docxPath)], { encoding: 'utf8', timeout: 240_000 });
    conversionSeconds = (Date.now() - lo) / 1000;
    if (r.status !== 0) throw new Error(`libreoffice failed (${r.status}): ${r.stderr}`);
    console.info(`[readers] ${docs.length} documents (skipped: ${skipped.join(', ') || 'none'}); rendering ${((lo - started) / 1000).toFixed(1)} s, LibreOffice ${conversionSeconds.toFixed(1)} s`);
  }, 300_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(join(tmpdir(), `lo-profile-${process.pid}`), { recursive: true, force: true });
  });

  it('renders every example (bases of batch folders excepted) and the corpus sample', () => {
    expect(docs.filter((d) => d.name.startsWith('examples/')).length).toBeGreaterThanOrEqual(5);
    expect(skipped.filter((s) => !/examples\/.+\/base\.ya?ml$/.test(s)), 'examples that do not render').toEqual([]);
  });

  it('every DOCX: well-formed parts, content types, relationship targets', () => {
    const problems = docs.flatMap((d) => docxProblems(new Uint8Array(readFileSync(d.docxPath))).map((p) => `${d.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every DOCX opens in LibreOffice and converts to a PDF with every table row', () => {
    const problems: string[] = [];
    for (const d of docs) {
      const pdf = join(out, 'lo', `${d.docxPath.split('/').pop()!.replace(/\.docx$/, '')}.pdf`);
      if (!existsSync(pdf)) {
        problems.push(`${d.name}: LibreOffice made no PDF`);
        continue;
      }
      // Words broken by LibreOffice's hyphenation or wrapping are joined again by squashing. A
      // compound word broken after its hyphen comes back from pdftotext without the hyphen
      // («организационно-⏎технологическое» → «организационнотехнологическое»), so hyphens are
      // left out on both sides.
      const text = unhyphenated(squash(execFileSync(found.pdftotext!, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })));
      const need = new Map<string, number>();
      const rows = rowKeys(d.model).map((keys) => keys.map(unhyphenated));
      for (const keys of rows) for (const k of new Set(keys)) need.set(k, (need.get(k) ?? 0) + 1);
      for (const [k, n] of need) {
        const has = count(text, k);
        if (has < n) problems.push(`${d.name}: «${k}» found ${has} times in LibreOffice's PDF, ${n} table rows have it`);
      }
      if (rows.length > 0 && text.length === 0) problems.push(`${d.name}: LibreOffice's PDF has no text`);
    }
    expect(problems).toEqual([]);
  });

  it('footnotes: LibreOffice prints each note of a DOCX at the foot of the page of its reference, below the text', async () => {
    const notes = docs.filter((d) => d.model.footnotes);
    expect(notes.length).toBeGreaterThan(0);
    for (const d of notes) {
      const pdf = await readPdf(readFileSync(join(out, 'lo', `${d.docxPath.split('/').pop()!.replace(/\.docx$/, '')}.pdf`)));
      // The words each note's first reference follows, from the model.
      const before = new Map<number, string>();
      for (const s of d.model.sections) {
        for (const b of s.blocks) {
          const runs = b.type === 'paragraph' ? b.runs : b.type === 'table' ? [...b.head, ...b.rows].flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap((p) => p.runs))) : [];
          runs.forEach((r, i) => {
            // The last word (lines of text extraction may part a raised mark from its words).
            if (r.footnote && !r.footnote.repeat && i > 0) before.set(r.footnote.id, squash(runs[i - 1]!.text.trim().split(/\s+/).at(-1) ?? ''));
          });
        }
      }
      for (const note of d.model.footnotes!) {
        const start = squash(note.paragraphs[0]!.runs.map((r) => r.text).join('')).slice(0, 20);
        const page = pdf.pages.find((p) => squash(p.text).includes(start));
        expect(page, `${d.name}: note ${note.id} printed`).toBeDefined();
        const words = before.get(note.id);
        if (words) expect(squash(page!.text), `${d.name}: note ${note.id} on the page of its reference`).toContain(words);
        // The note's small print is below every line of the text (12 pt and larger).
        const whole = squash(note.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join(''));
        const small = page!.items.filter((i) => i.height < 11 && squash(i.str).length > 3 && whole.includes(squash(i.str)));
        const body = page!.items.filter((i) => i.height > 11 && i.y < page!.height - 60);
        expect(small.length, `${d.name}: note ${note.id}'s text`).toBeGreaterThan(0);
        expect(Math.min(...body.map((i) => i.y)), `${d.name}: note ${note.id} below the text`).toBeGreaterThan(Math.max(...small.map((i) => i.y + i.height)));
      }
    }
  });

  it('every PDF plangraf writes passes qpdf --check', () => {
    const problems: string[] = [];
    for (const d of docs) {
      const r = spawnSync(found.qpdf!, ['--check', d.pdfPath], { encoding: 'utf8' });
      if (r.status !== 0) problems.push(`${d.name}: qpdf exit ${r.status}: ${(r.stdout + r.stderr).split('\n').filter((l) => /WARNING|ERROR|error/i.test(l)).slice(0, 3).join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('every font in every PDF plangraf writes is embedded (pdffonts)', () => {
    const problems: string[] = [];
    for (const d of docs) {
      const lines = execFileSync(found.pdffonts!, [d.pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
      if (lines.length === 0) problems.push(`${d.name}: no fonts listed`);
      for (const l of lines) {
        // name type encoding emb sub uni object ID: the columns after the type are fixed width
        // from the right: emb sub uni objnum gen.
        const cols = l.trim().split(/\s+/);
        const emb = cols.at(-5);
        if (emb !== 'yes') problems.push(`${d.name}: font not embedded: ${l.trim()}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
