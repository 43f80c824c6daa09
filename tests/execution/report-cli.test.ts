/**
 * `plangraf report`: the region's summary over examples/region with the figures computed by hand
 * from the statuses in its municipal files, the Khabarovsk quarterly example, an archival PDF as
 * input, and the usage errors of `--as-of`.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/harness.js';
import { paragraphTexts, readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const sp = (s: string) => s.replaceAll('\u00a0', ' ');

describe('plangraf report', () => {
  it('a region: a report per municipality and the summary table, figures as computed by hand', async () => {
    const out = tempDir();
    const r = await cli(['report', 'examples/region', '--as-of', '30.06.2023', '--out', out], { cwd: ROOT });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    /*
     * By hand, from the execution: of examples/region/municipalities/*.yaml, as of 30.06.2023
     * (overdue: not done, not cancelled, due before 30.06.2023):
     *   Гороховецкий район  16 rows, done 7, in progress 4, overdue 1 (docs.measures), 7/16 = 44 %
     *   Ковровский район    20 rows (16 + 4 of its own), done 10, in progress 6, overdue 1 (diag.profile), 50 %
     *   округ Муром         16 rows, done 5, in progress 3, overdue 1 (docs.measures), 1 cancelled: 5/15 = 33 %
     *   Селивановский округ 16 rows, nothing reported: 8 rows past their deadline are overdue, 0 %
     *   Судогодский район   16 rows, done 9, in progress 3, overdue 0, 56 %
     *   Вязниковский район  13 rows (3 removed), done 5, in progress 3, overdue 2, 5/13 = 38 %
     *   total               97 rows, done 36, in progress 19, overdue 13, 36/96 = 38 %
     */
    const { documentXml } = readDocx(readFileSync(join(out, 'summary-2023-06-30.docx')));
    const [table] = tables(documentXml);
    expect(table!.rows.map((row) => row.cells.map((c) => sp(c.text)))).toEqual([
      ['№ п/п', 'Муниципальное образование', 'Всего мероприятий', 'Выполнено', 'Выполняется', 'Просрочено', 'Выполнено, %'],
      ['1.', 'Гороховецкий район', '16', '7', '4', '1', '44'],
      ['2.', 'Ковровский район', '20', '10', '6', '1', '50'],
      ['3.', 'округ Муром', '16', '5', '3', '1', '33'],
      ['4.', 'Селивановский округ', '16', '0', '0', '8', '0'],
      ['5.', 'Судогодский район', '16', '9', '3', '0', '56'],
      ['6.', 'Вязниковский район', '13', '5', '3', '2', '38'],
      ['', 'Итого', '97', '36', '19', '13', '38'],
    ]);
    expect(paragraphTexts(documentXml).map(sp)).toContain('по состоянию на 30.06.2023');
    const pdf = sp((await readPdf(readFileSync(join(out, 'summary-2023-06-30.pdf')))).text);
    expect(pdf).toContain('Итого 97 36 19 13 38');
    for (const m of ['Гороховецкий район', 'Ковровский район', 'округ Муром', 'Селивановский округ', 'Судогодский район', 'Вязниковский район']) {
      for (const ext of ['docx', 'pdf']) expect(existsSync(join(out, m, `report-2023-06-30.${ext}`)), `${m}.${ext}`).toBe(true);
    }
    // The base is not a municipality: no report of its own.
    expect(existsSync(join(out, 'base'))).toBe(false);
    expect(r.out).toContain('examples/region/municipalities/murom.yaml: мероприятий 16, выполнено 5 (33 %), выполняется 3, просрочено 1');
    // Murom's own report: the cancelled row and the overdue one.
    const murom = paragraphTexts(readDocx(readFileSync(join(out, 'округ Муром', 'report-2023-06-30.docx'))).documentXml).map(sp);
    expect(murom).toContain('(округ Муром)');
    expect(murom).toContain('По состоянию на 30.06.2023 из 16 мероприятий плана-графика выполнено 5 (33 % без учёта отменённых), выполняется 3, не начато 4, перенесено 1, отменено 1, сведения не представлены по 2.');
    expect(murom).toContain('Просрочено 1 мероприятие (п. 3.2).');
  });

  it('the Khabarovsk quarterly report: figures as computed by hand', async () => {
    const out = tempDir();
    const r = await cli(['report', 'examples/khabarovsk-500plus-2022-q3.yaml', '--as-of', '2022-09-30', '--out', out], { cwd: ROOT });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // 39 rows: done 21 (12 in section 1, 9 in section 2), in progress 9, not started 6, postponed 1
    // (2.9), cancelled 1 (3.3), no data 1 (2.12); overdue 1.9 (since 31.03, 183 days) and 2.15
    // (since 31.08, 30 days); 1.15 is due on the report date itself: not overdue. 21/38 = 55 %.
    const xml = readDocx(readFileSync(join(out, 'khabarovsk-500plus-2022-q3-report-2022-09-30.docx'))).documentXml;
    const paragraphs = paragraphTexts(xml).map(sp);
    expect(paragraphs).toContain('По состоянию на 30.09.2022 из 39 мероприятий плана-графика выполнено 21 (55 % без учёта отменённых), выполняется 9, не начато 6, перенесено 1, отменено 1, сведения не представлены по 1.');
    expect(paragraphs).toContain('Просрочено 2 мероприятия (пп. 1.9, 2.15).');
    const rows = tables(xml)[0]!.rows.map((row) => row.cells.map((c) => sp(c.text)));
    expect(rows.find((row) => row[0] === '1.9.')![4]).toBe('выполняется\nпросрочено на 183 дня (срок 31.03.2022)');
    expect(rows.find((row) => row[0] === '1.15.')![4]).toBe('выполняется');
    expect(rows.find((row) => row[0] === '2.9.')![4]).toBe('перенесено на 30.11.2022');
    expect(rows.filter((row) => row.length === 1 && row[0]!.startsWith('Итого')).map((row) => row[0])).toEqual([
      'Итого по разделу 1: мероприятий 20, выполнено 12 (60 %), выполняется 5, не начато 3; просрочено 1.',
      'Итого по разделу 2: мероприятий 16, выполнено 9 (56 %), выполняется 2, не начато 3, перенесено 1, нет сведений 1; просрочено 1.',
      'Итого по разделу 3: мероприятий 3, выполнено 0 (0 %), выполняется 2, отменено 1.',
    ]);
  });

  it('reads an archival PDF as its input: the same figures as from the YAML', async () => {
    const out = tempDir();
    const made = await cli(['render', 'examples/khabarovsk-500plus-2022-q3.yaml', '--format', 'pdf', '--pdfa', '--out', out], { cwd: ROOT });
    expect(made.code).toBe(0);
    const r = await cli(['report', join(out, 'khabarovsk-500plus-2022-q3.pdf'), '--as-of', '30.09.2022', '--format', 'docx', '--out', out], { cwd: ROOT });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const paragraphs = paragraphTexts(readDocx(readFileSync(join(out, 'khabarovsk-500plus-2022-q3-report-2022-09-30.docx'))).documentXml).map(sp);
    expect(paragraphs).toContain('Просрочено 2 мероприятия (пп. 1.9, 2.15).');
  });

  it('a PDF without an embedded roadmap is pdf-no-roadmap, exit 1', async () => {
    const out = tempDir();
    await cli(['render', 'examples/khabarovsk-500plus-2022.yaml', '--format', 'pdf', '--out', out], { cwd: ROOT });
    const r = await cli(['report', join(out, 'khabarovsk-500plus-2022.pdf'), '--as-of', '30.09.2022', '--out', out], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.err).toContain('[pdf-no-roadmap]');
    expect(r.err).toContain('отчёт не записан');
  });

  it.each([
    [['--as-of', 'вчера'], '--as-of: «вчера» — не дата'],
    [['--as-of', '31.09.2022'], '--as-of: «31.09.2022» — такой даты нет'],
    [[], 'не указана дата отчёта: --as-of'],
  ])('usage: %j → exit 2', async (extra, message) => {
    const r = await cli(['report', 'examples/khabarovsk-500plus-2022-q3.yaml', ...extra], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('a region with a broken municipality: the others are reported, the summary is not written, exit 1', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'region', 'municipalities'), { recursive: true });
    copyFileSync(join(ROOT, 'examples/region/base.yaml'), join(dir, 'region', 'base.yaml'));
    copyFileSync(join(ROOT, 'examples/region/municipalities/murom.yaml'), join(dir, 'region', 'municipalities', 'murom.yaml'));
    writeFileSync(join(dir, 'region', 'municipalities', 'typo.yaml'), 'extends: ../base.yaml\nmunicipality: Опечатка\nplan:\n  items:\n    - id: org.lst\n      execution: {status: done}\n');
    const out = join(dir, 'out');
    const r = await cli(['report', 'region', '--as-of', '30.06.2023', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toContain('region/municipalities/typo.yaml:5:11: ошибка [execution-unknown-row]');
    expect(r.err).toContain('может быть, „org.list“?');
    expect(r.err).toContain('сводная таблица не записана: не собраны отчёты по 1 файлу');
    expect(existsSync(join(out, 'округ Муром', 'report-2023-06-30.pdf'))).toBe(true);
    expect(existsSync(join(out, 'summary-2023-06-30.pdf'))).toBe(false);
  });
});
