/**
 * Versions kept as archival PDFs (`render --pdfa`): `plangraf diff` compares the roadmap a PDF
 * carries, an amending order's `amends.previous` may name the PDF the amended act was signed as,
 * and an amending order read back from its own PDF loads without its previous version. Bad PDFs
 * get located diagnostics.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoadmapSource, roadmapSourceBytes } from '../../src/archive/roadmap-source.js';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { cli, tempDir } from '../cli/harness.js';
import { paragraphTexts, readDocx } from '../support/docx-read.js';

const ROOT = join(import.meta.dirname, '../..');
const ORDER = 'gorokhovets-order-2022.yaml';
const AMENDMENT = 'gorokhovets-amendment-2022.yaml';
const sp = (s: string) => s.replaceAll('\u00a0', ' ');

/** A folder with both Gorokhovets examples and the order as an archival PDF, `out/order.pdf`. */
async function folder(): Promise<string> {
  const dir = tempDir();
  for (const f of [ORDER, AMENDMENT]) copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  const r = await cli(['render', ORDER, '--format', 'pdf', '--pdfa', '--out', 'out', '--now', '2022-02-14T00:00:00Z'], { cwd: dir });
  expect(r.code).toBe(0);
  copyFileSync(join(dir, 'out/gorokhovets-order-2022.pdf'), join(dir, 'out/order.pdf'));
  return dir;
}

describe('plangraf diff with archival PDFs', () => {
  it('an order signed as PDF/A against the amending order YAML: the same difference as from the YAML', async () => {
    const dir = await folder();
    const fromPdf = await cli(['diff', 'out/order.pdf', AMENDMENT], { cwd: dir });
    const fromYaml = await cli(['diff', ORDER, AMENDMENT], { cwd: dir });
    expect(fromPdf.code).toBe(0);
    expect(fromPdf.err).toBe('');
    const [head, ...rest] = fromPdf.out.split('\n');
    expect(head).toBe(`Сравнение версий: out/order.pdf#roadmap.yaml → ${AMENDMENT}`);
    expect(rest).toEqual(fromYaml.out.split('\n').slice(1));
    expect(sp(fromPdf.out)).toContain('План «План-график»: строк было 47, стало 47; изменено 3, добавлено 1, исключено 1, перенумеровано 6');
  });

  it('the PDF against the YAML edited by hand: a deadline moved, in days; the change sheet named after the PDF', async () => {
    const dir = await folder();
    const edited = readFileSync(join(dir, ORDER), 'utf8')
      .replace('deadline: 01.03.2022 – 30.04.2022', 'deadline: 01.03.2022 – 15.05.2022');
    expect(edited).not.toBe(readFileSync(join(dir, ORDER), 'utf8'));
    writeFileSync(join(dir, 'edited.yaml'), edited);
    const r = await cli(['diff', 'edited.yaml', 'out/order.pdf', '--format', 'json', '--document', 'docx'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { new: { file: string }; summary: { changed: number }; plans: { rows: { id?: string; fields: { field: string; shift?: { end?: number } }[] }[] }[] };
    expect(json.summary.changed).toBe(1);
    const row = json.plans[0]!.rows.find((x) => x.id === 'r20')!;
    expect(row.fields.map((f) => [f.field, f.shift?.end])).toEqual([['deadline', -15]]);
    expect(r.err).toContain('записан: out/order-changes.docx');
  });

  it('a PDF without an embedded roadmap: pdf-no-roadmap, exit 1; a damaged one: pdf-unreadable', async () => {
    const dir = await folder();
    const plain = await cli(['render', ORDER, '--format', 'pdf', '--out', 'plain'], { cwd: dir });
    expect(plain.code).toBe(0);
    const r = await cli(['diff', 'plain/gorokhovets-order-2022.pdf', AMENDMENT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('plain/gorokhovets-order-2022.pdf: ошибка [pdf-no-roadmap]: В этом PDF нет встроенного плана (roadmap.yaml)');
    expect(r.err).toContain('версии не сравнивались из-за ошибок');
    writeFileSync(join(dir, 'cut.pdf'), readFileSync(join(dir, 'out/order.pdf')).subarray(0, 2000));
    const cut = await cli(['diff', ORDER, 'cut.pdf', '--lang', 'en'], { cwd: dir });
    expect(cut.code).toBe(1);
    expect(cut.err).toContain('cut.pdf: error [pdf-unreadable]');
  });

  it('an error in the embedded roadmap is located in it: plan.pdf#roadmap.yaml:line:column with its line', async () => {
    const dir = await folder();
    const loaded = await loadRoadmapFile(join(dir, ORDER));
    const broken = readFileSync(join(dir, ORDER), 'utf8').replace('deadline: 01.03.2022 – 30.04.2022', 'deadline: 30.02.2022');
    const { pdf } = await render(loaded.roadmap!, { formats: ['pdf'], now: '2022-02-14T00:00:00Z', pdfa: { source: new TextEncoder().encode(broken) } });
    writeFileSync(join(dir, 'broken.pdf'), pdf!);
    const line = broken.split('\n').findIndex((l) => l.includes('deadline: 30.02.2022')) + 1;
    const r = await cli(['diff', 'broken.pdf', AMENDMENT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`broken.pdf#roadmap.yaml:${line}:17: ошибка [deadline-impossible-date]`);
    expect(r.err).toContain(`${line} |       deadline: 30.02.2022`);
  });

  it('an amending order read back from its own PDF: loads without its previous version, and diffs', async () => {
    const dir = await folder();
    const rendered = await cli(['render', AMENDMENT, '--format', 'pdf', '--pdfa', '--out', 'out', '--now', '2022-05-16T00:00:00Z'], { cwd: dir });
    expect(rendered.code).toBe(0);
    const loaded = await loadRoadmapSource(join(dir, 'out/gorokhovets-amendment-2022.pdf'));
    // Not amends-previous-missing: the PDF does not carry the file amends.previous names. Nor
    // item-before-approval (lowered to info in the example) against the order’s own date for rows
    // the amended act approved. Row 11's deadline «07.02.2022 14.02.2022», as the original has it,
    // is said once (info in the example): two dates or a period, it is not read.
    expect(loaded.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['info deadline-ambiguous']);
    expect(loaded.roadmap!.document.amends!.previousPath).toBe(ORDER);
    expect(loaded.roadmap!.document.amends!.previous).toBeUndefined();
    const r = await cli(['diff', ORDER, 'out/gorokhovets-amendment-2022.pdf'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(sp(r.out)).toContain('изменено 3, добавлено 1, исключено 1');
    // Rendered as it is, it would lack its points: said, not silently.
    const again = await render(loaded.roadmap!, { formats: [] });
    const line = loaded.text!.split('\n').findIndex((l) => /^ +previous: /.test(l)) + 1;
    expect(again.diagnostics.map((d) => [d.file.slice(dir.length + 1), d.code, d.severity, d.line])).toEqual([['out/gorokhovets-amendment-2022.pdf#roadmap.yaml', 'amends-previous-unread', 'error', line]]);
  });
});

describe('amends.previous: the archival PDF of the amended act', () => {
  const withPrevious = (dir: string, previous: string) => {
    const text = readFileSync(join(dir, AMENDMENT), 'utf8').replace(`    previous: ${ORDER}\n`, `    previous: ${previous}\n`);
    writeFileSync(join(dir, 'amendment.yaml'), text);
    return join(dir, 'amendment.yaml');
  };

  it('gives the same points as the YAML, read back from the DOCX; the PDF is among the sources', async () => {
    const dir = await folder();
    const fromPdf = await loadRoadmapFile(withPrevious(dir, 'out/order.pdf'));
    expect(fromPdf.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(fromPdf.bases!.filter((b) => b.previous).map((b) => b.file.slice(dir.length + 1))).toEqual(['out/order.pdf#roadmap.yaml']);
    // Diagnostics name the embedded roadmap; the file read, which a watcher follows, is the PDF.
    expect(fromPdf.bases!.filter((b) => b.previous).map((b) => b.path.slice(dir.length + 1))).toEqual(['out/order.pdf']);
    const fromYaml = await loadRoadmapFile(join(dir, AMENDMENT));
    const points = async (roadmap: NonNullable<typeof fromPdf.roadmap>) => {
      const { docx } = await render(roadmap, { formats: ['docx'], now: '2022-05-16T00:00:00Z' });
      return paragraphTexts(readDocx(docx!).documentXml).map(sp).filter((p) => /^\d+\.(\d+\.)? /.test(p));
    };
    const expected = await points(fromYaml.roadmap!);
    expect(expected).toContain('1.4. Пункт 41 признать утратившим силу.');
    expect(await points(fromPdf.roadmap!)).toEqual(expected);
  });

  it('a PDF without a roadmap, a damaged one, a missing one: located at amends.previous', async () => {
    const dir = await folder();
    const plain = await cli(['render', ORDER, '--format', 'pdf', '--out', 'plain'], { cwd: dir });
    expect(plain.code).toBe(0);
    writeFileSync(join(dir, 'text.pdf'), 'not a PDF at all\n');
    const line = readFileSync(join(dir, AMENDMENT), 'utf8').split('\n').findIndex((l) => l.startsWith('    previous:')) + 1;
    const at = async (previous: string) => {
      const r = await loadRoadmapFile(withPrevious(dir, previous));
      expect(r.roadmap).toBeUndefined();
      return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file.slice(dir.length + 1), d.code, d.line, d.column]);
    };
    expect(await at('plain/gorokhovets-order-2022.pdf')).toEqual([['amendment.yaml', 'pdf-no-roadmap', line, 15]]);
    expect(await at('text.pdf')).toEqual([['amendment.yaml', 'pdf-unreadable', line, 15]]);
    expect(await at('gone.pdf')).toEqual([['amendment.yaml', 'amends-previous-missing', line, 15]]);
    const v = await cli(['validate', 'amendment.yaml', '--lang', 'en'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.out).toContain(`amendment.yaml:${line}:15: error [amends-previous-missing]: The previous version “gone.pdf” cannot be read: no such file.`);
  });

  it('still refuses a file that is neither YAML nor PDF, unread', async () => {
    const dir = await folder();
    writeFileSync(join(dir, 'old.txt'), readFileSync(join(dir, ORDER)));
    const r = await loadRoadmapFile(withPrevious(dir, 'old.txt'));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['amends-previous-not-yaml']);
  });
});

describe('the source an archival PDF of an amending order embeds', () => {
  it('names the files extends merged, not the previous version', async () => {
    const file = join(ROOT, 'examples', AMENDMENT);
    const loaded = await loadRoadmapFile(file);
    const header = new TextDecoder().decode(await roadmapSourceBytes(loaded, file)).split('\n')[0];
    expect(header).toBe(`# Собрано plangraf из ${AMENDMENT} ← ${ORDER} (extends применён) / merged by plangraf from ${AMENDMENT} ← ${ORDER}`);
  });
});
