/**
 * `plangraf diff OLD NEW`: the difference for people and as JSON, the change sheet written as DOCX
 * and PDF and read back, and every way it can end (exit codes 0, 1, 2, 3).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/harness.js';
import { readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const sp = (s: string) => s.replaceAll('\u00a0', ' ');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangraf-diff-'));
  for (const f of ['district-v1.yaml', 'district-v2.yaml', 'school-v1.yaml', 'school-v2.yaml']) copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

describe('plangraf diff', () => {
  it('prints the difference (Russian by default, English with --lang en), exit 0', async () => {
    const dir = folder();
    const ru = await cli(['diff', 'district-v1.yaml', 'district-v2.yaml'], { cwd: dir });
    expect(ru.code).toBe(0);
    expect(ru.err).toBe('');
    const lines = sp(ru.out).split('\n');
    expect(lines[0]).toBe('Сравнение версий: district-v1.yaml → district-v2.yaml');
    expect(lines).toContain('План «План-график»: строк было 8, стало 9; изменено 2, добавлено 2, исключено 1, перемещено 2, перенумеровано 1, без изменений 2; разделов: добавлено 1, переименовано 1.');
    expect(lines).toContain('  - п. 1.4 «Отчёт региональному координатору о ходе реализации проекта» (id org.report): исключён');
    const en = await cli(['diff', 'school-v1.yaml', 'school-v2.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(sp(en.out)).toContain('  ~ row 3 → 4 «Проведение пробных экзаменов по русскому языку и математике» (matched by text)\n      deadline: Декабрь 2022 г. → Февраль 2023 г. (start 62 days later; end 59 days later)');
  });

  it('--format json: the versioned contract on standard output', async () => {
    const dir = folder();
    const r = await cli(['diff', 'school-v1.yaml', 'school-v2.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { format: string; version: number; summary: { added: number; matchedByContent: number } };
    expect([json.format, json.version, json.summary.added, json.summary.matchedByContent]).toEqual(['plangraf-diff', 1, 1, 4]);
  });

  it('--document docx,pdf: the change sheet, read back from both formats', async () => {
    const dir = folder();
    const r = await cli(['diff', 'district-v1.yaml', 'district-v2.yaml', '--document', 'docx,pdf', '--out', 'sheets', '--now', '2023-03-15T00:00:00Z'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain('записан: sheets/district-v2-changes.docx');
    expect(r.out).toContain('записан: sheets/district-v2-changes.pdf');
    const docx = readDocx(new Uint8Array(readFileSync(join(dir, 'sheets/district-v2-changes.docx'))));
    const [table] = tables(docx.documentXml);
    const rows = table!.rows.map((row) => row.cells.map((c) => sp(c.text)));
    expect(rows[0]).toEqual(['№ п/п', 'Пункт', 'Было', 'Стало']);
    expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['1.', 'Раздел 2'], ['2.', 'Раздел 3'], ['3.', '1.3'], ['4.', '1.4'], ['5.', '2.2 → 1.4'], ['6.', '2.1'], ['7.', '2.4'], ['8.', '2.3'], ['9.', '3.1'], ['10.', '3.2'],
    ]);
    expect(rows[3]!.slice(2)).toEqual(['Сроки реализации: до 01.03.2023', 'Сроки реализации: до 15.03.2023 (окончание позже на 14 дней)']);
    expect(rows[4]![3]).toBe('пункт исключён');
    expect(rows[5]!.slice(2)).toEqual(['в разделе «Методическая поддержка»', 'в разделе «Организационное сопровождение»']);
    expect(rows[7]!.slice(2)).toEqual(['№ 2.4', '№ 2.2']);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(dir, 'sheets/district-v2-changes.pdf'))));
    const text = sp(pdf.text).replace(/\s+/g, ' ');
    expect(text).toContain('ИЗМЕНЕНИЯ в план-график мероприятий по повышению качества образования на 2023 год (редакция от 15.03.2023 № 41 в сравнении с редакцией от 16.01.2023 № 12)');
    expect(text).toContain('(окончание позже на 14 дней)');
    expect(pdf.pages[0]!.width).toBeGreaterThan(pdf.pages[0]!.height);
  });

  it('two unrelated plans: diff-unrelated, exit 1, no change sheet', async () => {
    const dir = folder();
    const r = await cli(['diff', 'school-v1.yaml', 'district-v1.yaml', '--document', 'pdf'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toContain('district-v1.yaml:19:1: ошибка [diff-unrelated]: Версии плана „План-график“ почти не совпадают');
    expect(r.err).toContain('лист изменений не записан');
    expect(existsSync(join(dir, 'district-v1-changes.pdf'))).toBe(false);
  });

  it('a file with errors: exit 1; a missing file: exit 3; nothing compared', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.yaml'), 'document: {kind: plan}\nplan: {title: П, items: [{task: А, deadline: 30.02.2023}]}\n');
    const broken = await cli(['diff', 'district-v1.yaml', 'broken.yaml'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.out).toBe('');
    expect(broken.err).toContain('broken.yaml:2:46: ошибка [deadline-impossible-date]');
    expect(broken.err).toContain('версии не сравнивались из-за ошибок');
    const missing = await cli(['diff', 'gone.yaml', 'district-v1.yaml', '--lang', 'en'], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('gone.yaml: error [io-read]');
  });

  it('wrong usage: exit 2', async () => {
    const dir = folder();
    for (const args of [['district-v1.yaml'], ['a.yaml', 'b.yaml', 'c.yaml'], ['district-v1.yaml', 'district-v2.yaml', '--format', 'xml'], ['district-v1.yaml', 'district-v2.yaml', '--document', 'odt']]) {
      const r = await cli(['diff', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^plangraf diff: /);
    }
  });

  it('a change sheet that cannot be written: io-write, exit 3', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'taken'), 'a file where the folder should be');
    const r = await cli(['diff', 'district-v1.yaml', 'district-v2.yaml', '--document', 'pdf', '--out', 'taken'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).toContain('[io-write]');
  });
});

describe('plangraf diff: a deadline reworded, its days the same', () => {
  // Deadlines print as written: «до 01.03.2022» → «не позднее 01.03.2022» reads as the same day,
  // but the printed text changed, and the official must see it.
  const version = (second: string, third: string) => `document: {kind: order, date: 14.02.2022, number: '50'}
plan:
  title: План-график
  items:
    - {id: a, task: Анализ результатов ВПР, deadline: до 01.02.2022}
    - {id: b, task: Семинар для руководителей школ, deadline: ${second}}
    - {id: c, task: Совещание по итогам года, deadline: ${third}}
`;
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'plangraf-diff-'));
    writeFileSync(join(d, 'old.yaml'), version('до 01.03.2022', 'до 01.12.2022'));
    writeFileSync(join(d, 'new.yaml'), version('не позднее 01.03.2022', 'до 15.12.2022'));
    return d;
  };

  it('text and JSON: a changed deadline text, no shift in days; a moved deadline still with its shift', async () => {
    const d = dir();
    const ru = await cli(['diff', 'old.yaml', 'new.yaml'], { cwd: d });
    expect(ru.code).toBe(0);
    const lines = sp(ru.out).split('\n');
    expect(lines).toContain('План «План-график»: строк было 3, стало 3; изменено 2, без изменений 1.');
    expect(lines).toContain('      Сроки реализации: до 01.03.2022 → не позднее 01.03.2022 (срок тот же, изменена формулировка)');
    expect(lines).toContain('      Сроки реализации: до 01.12.2022 → до 15.12.2022 (окончание позже на 14 дней)');
    const en = await cli(['diff', 'old.yaml', 'new.yaml', '--lang', 'en'], { cwd: d });
    expect(sp(en.out)).toContain('      deadline: до 01.03.2022 → не позднее 01.03.2022 (same days, wording changed)');
    const json = JSON.parse((await cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: d })).out) as {
      plans: { rows: { id: string; fields: unknown[] }[] }[];
    };
    expect(json.plans[0]!.rows.map((r) => [r.id, r.fields])).toEqual([
      ['b', [{ field: 'deadline', header: 'Сроки реализации', old: 'до 01.03.2022', new: 'не позднее 01.03.2022', shift: { start: 0, end: 0 } }]],
      ['c', [{ field: 'deadline', header: 'Сроки реализации', old: 'до 01.12.2022', new: 'до 15.12.2022', shift: { start: 0, end: 14 } }]],
    ]);
  });

  it('the change sheet: the reworded deadline as Было / Стало, read back from DOCX and PDF', async () => {
    const d = dir();
    const r = await cli(['diff', 'old.yaml', 'new.yaml', '--document', 'docx,pdf', '--out', 'sheets', '--now', '2022-05-16T00:00:00Z'], { cwd: d });
    expect(r.code).toBe(0);
    const [table] = tables(readDocx(new Uint8Array(readFileSync(join(d, 'sheets/new-changes.docx')))).documentXml);
    const rows = table!.rows.slice(1).map((row) => row.cells.map((c) => sp(c.text)));
    expect(rows).toEqual([
      ['1.', '2', 'Сроки реализации: до 01.03.2022', 'Сроки реализации: не позднее 01.03.2022 (срок тот же, изменена формулировка)'],
      ['2.', '3', 'Сроки реализации: до 01.12.2022', 'Сроки реализации: до 15.12.2022 (окончание позже на 14 дней)'],
    ]);
    const pdf = sp((await readPdf(new Uint8Array(readFileSync(join(d, 'sheets/new-changes.pdf'))))).text).replace(/\s+/g, ' ');
    expect(pdf).toContain('не позднее 01.03.2022 (срок тот же, изменена формулировка)');
  });

  it('a plan that prints deadlines in its house style prints both alike: no change', async () => {
    const d = dir();
    for (const f of ['old.yaml', 'new.yaml']) {
      writeFileSync(join(d, f), readFileSync(join(d, f), 'utf8').replace('  title: План-график\n', '  title: План-график\n  deadlines: {print: normalised}\n'));
    }
    const json = JSON.parse((await cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: d })).out) as { plans: { rows: { id: string }[] }[] };
    expect(json.plans[0]!.rows.map((r) => r.id)).toEqual(['c']);
  });
});
