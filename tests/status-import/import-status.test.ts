/**
 * The status round trip: render a roadmap to XLSX, fill in its execution columns as a
 * municipality would (tests/support/xlsx-fill.ts), import them back. The file's diff shows only
 * the execution fields; every problem of the workbook is located at its sheet and cell, and then
 * nothing is written.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import { EXECUTION_STATUSES, EXECUTION_STATUS_WORDS } from '../../src/model/execution-status.js';
import { planItemKeys } from '../../src/compose/row-keys.js';
import { render } from '../../src/render.js';
import { importStatus } from '../../src/status-import/import-status.js';
import { readWorkbook } from '../../src/status-import/xlsx-cells.js';
import { richTextToPlain } from '../../src/text/rich-text.js';
import { fillRow, locate, setCells } from '../support/xlsx-fill.js';
import { lineDiff } from './line-diff.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2023-01-25T00:00:00Z';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'plangraf-status-'));
}

async function xlsxOf(file: string, extendsRoot?: string): Promise<Uint8Array> {
  const loaded = await loadRoadmapFile(file, extendsRoot !== undefined ? { extendsRoot } : {});
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  return (await render(loaded.roadmap, { formats: ['xlsx'], now: NOW })).xlsx!;
}

async function executionOf(file: string, extendsRoot?: string) {
  const loaded = await loadRoadmapFile(file, extendsRoot !== undefined ? { extendsRoot } : {});
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const out = new Map<string, unknown>();
  for (const plan of loaded.roadmap.plans) {
    for (const { item, key } of planItemKeys(plan)) {
      const e = item.execution;
      if (!e) continue;
      const fields: Record<string, unknown> = { status: e.status };
      if (e.done !== undefined) fields.done = e.done;
      if (e.fact !== undefined) fields.fact = richTextToPlain(e.fact);
      if (e.comment !== undefined) fields.comment = e.comment;
      if (e.evidence.length > 0) fields.evidence = e.evidence;
      if (e.postponedTo !== undefined) fields.postponedTo = e.postponedTo;
      out.set(key, fields);
    }
  }
  return out;
}

describe('import-status: the round trip', () => {
  it('an example without ids (rows by position): the diff shows only the execution fields; a second import changes nothing', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    cpSync(path.join(ROOT, 'examples/gorokhovets-order-2022.yaml'), file);
    const before = readFileSync(file, 'utf8');
    let book = await xlsxOf(file);
    book = fillRow(book, '#1-1', { status: 'Выполнено', done: { date: '2022-01-20' }, fact: 'Отобраны 3 школы\nкоординатор назначен' });
    book = fillRow(book, '#1-3', { status: 'выполняется', comment: 'сайт обновляется еженедельно' });

    const r = await importStatus(file, book, { workbookName: 'filled.xlsx' });
    expect(r.diagnostics).toEqual([]);
    expect(r.changes.map((c) => [c.key, c.fields.map((f) => `${f.field}=${f.to}`)])).toEqual([
      ['#1-1', ['status=done', 'done=2022-01-20', 'fact=Отобраны 3 школы\nкоординатор назначен']],
      ['#1-3', ['status=in-progress', 'comment=сайт обновляется еженедельно']],
    ]);
    const diff = lineDiff(before, r.text!);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([
      '      execution:',
      '        status: done',
      '        done: 2022-01-20',
      '        fact: |-',
      '          Отобраны 3 школы',
      '          координатор назначен',
      '      execution:',
      '        status: in-progress',
      '        comment: сайт обновляется еженедельно',
    ]);

    writeFileSync(file, r.text!);
    expect(await executionOf(file)).toEqual(new Map<string, unknown>([
      ['#1-1', { status: 'done', done: '2022-01-20', fact: 'Отобраны 3 школы\nкоординатор назначен' }],
      ['#1-3', { status: 'in-progress', comment: 'сайт обновляется еженедельно' }],
    ]));
    // The workbook made again shows what was imported; importing it again changes nothing.
    const again = await xlsxOf(file);
    const { row, columns } = locate(again, '#1-1');
    const cells = readWorkbook(again).sheets[0]!.rows.get(row)!;
    expect(cells.get(columns.get('Статус')!)).toEqual({ type: 'text', text: 'выполнено' });
    expect(cells.get(columns.get('Фактическое выполнение')!)).toEqual({ type: 'text', text: 'Отобраны 3 школы\nкоординатор назначен' });
    const second = await importStatus(file, book);
    expect(second.text).toBeUndefined();
    expect(second.changes).toEqual([]);
    expect(second.diagnostics).toEqual([]);
  });

  it('edits execution already there: a value in place (its comment kept), a cleared cell removes the field, flow mappings stay flow', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    const yaml = `# Мониторинг 2022
document: {kind: plan}
plan:
  title: ПЛАН-ГРАФИК   # заголовок
  period: 2022
  items:
    - id: a
      task: Первая
      execution:
        status: in-progress   # с марта
        comment: ждём
        evidence: https://example.org/a
    - {id: b, task: Вторая, execution: {status: not-started}}
    - {id: c, task: Третья}
    - id: d
      task: Четвёртая
      execution:
        status: не начато
        comment: только комментарий

    - id: e
      task: Пятая
`;
    writeFileSync(file, yaml);
    let book = await xlsxOf(file);
    book = fillRow(book, 'a', { status: 'выполнено', done: '15.12.2022', comment: '' });
    book = fillRow(book, 'b', { status: 'ОТМЕНЕНО' });
    book = fillRow(book, 'c', { status: 'перенесено', fact: 'на 2023 год, по решению: совета' });
    book = fillRow(book, 'd', { comment: '' });
    const r = await importStatus(file, book);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(`# Мониторинг 2022
document: {kind: plan}
plan:
  title: ПЛАН-ГРАФИК   # заголовок
  period: 2022
  items:
    - id: a
      task: Первая
      execution:
        status: done   # с марта
        evidence: https://example.org/a
        done: 2022-12-15
    - {id: b, task: Вторая, execution: {status: cancelled}}
    - {id: c, task: Третья, execution: {status: postponed, fact: "на 2023 год, по решению: совета"}}
    - id: d
      task: Четвёртая
      execution:
        status: не начато

    - id: e
      task: Пятая
`);
    writeFileSync(file, r.text!);
    expect(await executionOf(file)).toEqual(new Map<string, unknown>([
      ['a', { status: 'done', done: '2022-12-15', evidence: ['https://example.org/a'] }],
      ['b', { status: 'cancelled' }],
      ['c', { status: 'postponed', fact: 'на 2023 год, по решению: совета' }],
      ['d', { status: 'not-started' }],
    ]));
  });

  it('a cell cannot add keys or rows: hostile text is written as text, block or flow', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, 'document: {kind: plan}\nplan:\n  title: П\n  items:\n    - id: a\n      task: Первая\n    - {id: b, task: Вторая}\n');
    const hostile = ['x\nstatus: cancelled\n- id: z', ']: {', '*alias', '&anchor !!js/function', '"}, evil: {', '# comment', '  leading\ntrailing  '];
    let book = await xlsxOf(file);
    book = fillRow(book, 'a', { status: 'выполняется', fact: hostile[0], comment: hostile[1] });
    book = fillRow(book, 'b', { status: 'выполняется', fact: hostile.slice(2, 5).join(' '), comment: hostile[6] });
    const r = await importStatus(file, book);
    expect(r.diagnostics).toEqual([]);
    writeFileSync(file, r.text!);
    expect(await executionOf(file)).toEqual(new Map<string, unknown>([
      ['a', { status: 'in-progress', fact: hostile[0], comment: hostile[1] }],
      ['b', { status: 'in-progress', fact: hostile.slice(2, 5).join(' '), comment: hostile[6]!.trim() }],
    ]));
    const loaded = await loadRoadmapFile(file);
    expect(planItemKeys(loaded.roadmap!.plans[0]!).map((k) => k.key)).toEqual(['a', 'b']);
  });

  it('keeps CRLF line ends and a byte-order mark', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    const yaml = '\ufeffdocument: {kind: plan}\r\nplan:\r\n  title: П\r\n  items:\r\n    - id: a\r\n      task: Первая\r\n';
    writeFileSync(file, yaml);
    const book = fillRow(await xlsxOf(file), 'a', { status: 'выполнено', fact: 'строка 1\nстрока 2' });
    const r = await importStatus(file, book);
    expect(r.text).toBe(`${yaml}      execution:\r\n        status: done\r\n        fact: |-\r\n          строка 1\r\n          строка 2\r\n`);
  });

  it('a municipal file (extends): rows it mentions get their execution, a base row it does not mention gets an entry of its own', async () => {
    const dir = scratch();
    cpSync(path.join(ROOT, 'examples/region'), dir, { recursive: true });
    // A base row with an execution of its own: the municipal entry replaces it whole, so it keeps its evidence.
    const base = path.join(dir, 'base.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('          result: публикация на сайте\n', '          result: публикация на сайте\n          execution: {status: in-progress, evidence: https://example.org/publish}\n'));
    const file = path.join(dir, 'municipalities/murom.yaml');
    const before = readFileSync(file, 'utf8');
    let book = await xlsxOf(file, dir);
    book = fillRow(book, 'diag.analysis', { status: 'выполнено', done: { date: '2023-07-10' } });
    book = fillRow(book, 'results.report', { status: 'выполняется', fact: 'Отчёт готовится' });
    book = fillRow(book, 'results.publish', { status: 'не начато', comment: 'сайт на обновлении' });
    const r = await importStatus(file, book, { extendsRoot: dir });
    expect(r.diagnostics).toEqual([]);
    expect(r.changes.map((c) => [c.key, c.added])).toEqual([
      ['diag.analysis', false],
      ['results.report', false],
      ['results.publish', true],
    ]);
    const diff = lineDiff(before, r.text!);
    // The flow mapping the file had is written again; everything else is added.
    expect(diff.removed).toEqual(['      execution: {status: выполняется}']);
    expect(diff.added).toEqual([
      '      execution: {status: done, done: 2023-07-10}',
      '      execution:',
      '        status: in-progress',
      '        fact: Отчёт готовится',
      '    - id: results.publish',
      '      execution:',
      '        status: not-started',
      '        evidence: https://example.org/publish',
      '        comment: сайт на обновлении',
    ]);
    writeFileSync(file, r.text!);
    const execution = await executionOf(file, dir);
    expect(execution.get('diag.analysis')).toEqual({ status: 'done', done: '2023-07-10' });
    expect(execution.get('results.report')).toEqual({ status: 'in-progress', fact: 'Отчёт готовится' });
    expect(execution.get('results.publish')).toEqual({ status: 'not-started', comment: 'сайт на обновлении', evidence: ['https://example.org/publish'] });
    // The base row keeps its place: the last of the plan.
    const loaded = await loadRoadmapFile(file, { extendsRoot: dir });
    expect(planItemKeys(loaded.roadmap!.plans[0]!).map((k) => k.key).at(-1)).toBe('results.publish');
  });
});

describe('import-status: problems of the workbook, located; nothing written', () => {
  const yaml = `document: {kind: plan}
plan:
  title: ПЛАН-ГРАФИК
  period: 2022
  items:
    - {id: r1, task: Первая}
    - {id: r2, task: Вторая}
    - {id: r3, task: Третья}
`;

  async function filled(fill: (book: Uint8Array) => Uint8Array, lang: 'ru' | 'en' = 'ru') {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, yaml);
    const r = await importStatus(file, fill(await xlsxOf(file)), { workbookName: 'filled.xlsx', lang });
    return r;
  }

  it('a status that is not one, an impossible date, a text that is not a date: each at its cell, with a suggestion', async () => {
    const r = await filled((b) => {
      b = fillRow(b, 'r1', { status: 'выполненно' });
      b = fillRow(b, 'r2', { status: 'выполнено', done: '31.02.2022' });
      return fillRow(b, 'r3', { done: 'вчера' });
    });
    expect(r.text).toBeUndefined();
    const { columns } = locate(await xlsxOf(await planPath(yaml)), 'r1');
    const col = (h: string) => columns.get(h)! + 1;
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([
      ['status-unknown-status', 'error', 'filled.xlsx', 4, col('Статус')],
      ['status-date-impossible', 'error', 'filled.xlsx', 5, col('Дата выполнения')],
      ['status-date-invalid', 'error', 'filled.xlsx', 6, col('Дата выполнения')],
    ]);
    expect(r.diagnostics[0]!.message).toBe('Лист „ПЛАН-ГРАФИК“, ячейка H4: „выполненно“ — не статус — может быть, „выполнено“?');
    expect(r.diagnostics[1]!.message).toBe('Лист „ПЛАН-ГРАФИК“, ячейка I5: такой даты нет: 31.02.2022.');
  });

  it('an unknown row (with the nearest ID), a row twice, execution without an ID', async () => {
    const r = await filled((b) => {
      const { sheet, row, columns } = locate(b, 'r3');
      const id = columns.get('ID')!;
      const status = columns.get('Статус')!;
      const L = (c: number) => String.fromCharCode(65 + c);
      return setCells(b, [
        { sheet, ref: `${L(id)}${row}`, value: 'r4' },
        { sheet, ref: `${L(status)}${row}`, value: 'выполнено' },
        { sheet, ref: `${L(id)}${row - 1}`, value: 'r1' },
        { sheet, ref: `${L(id)}${row - 2}`, value: '' },
        { sheet, ref: `${L(status)}${row - 2}`, value: 'выполняется' },
      ]);
    }, 'en');
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['status-row-without-id', 4],
      ['status-unknown-row', 6],
    ]);
    // r1 in row 5 is the first r1 (row 4 lost its ID): no duplicate. Now a real duplicate:
    const twice = await filled((b) => {
      const { sheet, row, columns } = locate(b, 'r2');
      return setCells(b, [{ sheet, ref: `${String.fromCharCode(65 + columns.get('ID')!)}${row}`, value: 'r1' }]);
    }, 'en');
    expect(twice.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['status-duplicate-row', 5, 'Sheet “ПЛАН-ГРАФИК”, cell L5: row “r1” was already filled in above (sheet “ПЛАН-ГРАФИК”, row 4).'],
    ]);
    expect(r.diagnostics[1]!.message).toBe('Sheet “ПЛАН-ГРАФИК”, cell L6: the plan has no row with ID “r4” — did you mean “r1”?');
  });

  it('a row matched by position whose task is no longer the plan’s (a row was added above it)', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    const noIds = 'document: {kind: plan}\nplan:\n  title: П\n  items:\n    - task: Первая\n    - task: Вторая\n';
    writeFileSync(file, noIds);
    const book = fillRow(await xlsxOf(file), '#1-1', { status: 'выполнено' });
    writeFileSync(file, noIds.replace('    - task: Первая', '    - task: Новая\n    - task: Первая'));
    const r = await importStatus(file, book, { workbookName: 'b.xlsx' });
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['status-row-moved', 'Лист „П“, ячейка L4: строка „#1-1“ сопоставляется по порядку, а задача в ней не та, что в плане: в таблице „Первая“, в плане „Новая“.'],
    ]);
  });

  it('a task with a footnote marker, matched by position, is the same task (the sheet has no marks)', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    const yaml = "document: {kind: plan, footnotes: {n: По данным ФИОКО.}}\nplan:\n  title: П\n  columns: [number, {role: task, header: 'Задачи[^n]'}]\n  items:\n    - task: Отбор 70 школ[^n]\n    - task: Вторая\n";
    writeFileSync(file, yaml);
    const book = fillRow(await xlsxOf(file), '#1-1', { status: 'выполнено' });
    const r = await importStatus(file, book, { workbookName: 'b.xlsx' });
    expect(r.diagnostics).toEqual([]);
    expect(lineDiff(yaml, r.text!).added).toEqual(['      execution:', '        status: done']);
    // A task changed since is still found out.
    writeFileSync(file, yaml.replace('Отбор 70 школ[^n]', 'Отбор 71 школы[^n]'));
    const moved = await importStatus(file, book, { workbookName: 'b.xlsx' });
    expect(moved.diagnostics.map((d) => d.code)).toEqual(['status-row-moved']);
  });

  it('execution without a status (the schema requires one): at the status cell', async () => {
    const r = await filled((b) => fillRow(b, 'r2', { comment: 'без статуса' }));
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['status-missing', 'Лист „ПЛАН-ГРАФИК“, ячейка H5: у строки „r2“ заполнено исполнение, а статус не выбран.'],
    ]);
  });

  it('a file that is not a workbook; a workbook without an ID column', async () => {
    const junk = await filled(() => new TextEncoder().encode('not a zip at all'));
    expect(junk.diagnostics.map((d) => [d.code, d.message])).toEqual([['status-xlsx-unreadable', 'Файл не читается как таблица XLSX: это не архив XLSX.']]);
    const noId = await filled((b) => {
      const { sheet, columns } = locate(b, 'r1');
      return setCells(b, [{ sheet, ref: `${String.fromCharCode(65 + columns.get('ID')!)}2`, value: 'Код' }]);
    });
    expect(noId.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['status-sheet-skipped', 'info'],
      ['status-no-id-column', 'error'],
    ]);
  });

  it('XML with a DTD (an entity declared) or not well-formed: unreadable, the line and column said, no entity expanded', async () => {
    const patched = (edit: (xml: string) => string) => (b: Uint8Array) => {
      const files = unzipSync(b);
      files['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(files['xl/worksheets/sheet1.xml']!)));
      return zipSync(files);
    };
    const entity = await filled(patched((xml) => xml
      .replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "выполнено">]><worksheet')
      .replace(/(<c r="H5"[^>]*?)\/>/, '$1 t="inlineStr"><is><t>&a;</t></is></c>')));
    expect(entity.text).toBeUndefined();
    expect(entity.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['status-xlsx-unreadable', expect.stringMatching(/^Файл не читается как таблица XLSX: в XML объявлен DTD \(<!DOCTYPE>, 2:\d+\), какого в книге Excel не бывает\.$/)],
    ]);
    const undeclared = await filled(patched((xml) => xml.replace(/(<c r="H5"[^>]*?)\/>/, '$1 t="inlineStr"><is><t>&nbsp;</t></is></c>')));
    expect(undeclared.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['status-xlsx-unreadable', expect.stringMatching(/^Файл не читается как таблица XLSX: испорчен XML \(\d+:\d+: undefined entity\)\.$/)],
    ]);
  });

  it('a roadmap with errors is not edited: its own diagnostics', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, yaml);
    const book = await xlsxOf(file);
    writeFileSync(file, yaml.replace('title: ПЛАН-ГРАФИК', 'title: [broken'));
    const r = await importStatus(file, book);
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.file === file && d.severity === 'error')).toBe(true);
  });
});

describe('plangraf import-status', () => {
  async function cli(cwd: string, ...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, { cwd, out: (s) => void (out += s), err: (s) => void (err += s), color: false, env: {} });
    return { code, out, err };
  }

  it('--dry-run shows the changes and writes nothing; then it writes; errors leave the file (exit 1); usage is exit 2, a missing file exit 3', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, 'document: {kind: plan}\nplan:\n  title: П\n  items:\n    - {id: r1, task: Первая}\n');
    const before = readFileSync(file, 'utf8');
    writeFileSync(path.join(dir, 'filled.xlsx'), fillRow(await xlsxOf(file), 'r1', { status: 'выполнено', done: { date: '2022-12-15' } }));

    const dry = await cli(dir, 'import-status', 'plan.yaml', 'filled.xlsx', '--dry-run');
    expect(dry.code).toBe(EXIT.ok);
    expect(dry.out).toBe([
      'r1 (лист «П», строка 4):',
      '  status: (нет) → done (выполнено)',
      '  done: (нет) → 2022-12-15',
      'plan.yaml: будет изменено 2 поля в 1 строке (--dry-run: файл не записан)',
      '',
    ].join('\n'));
    expect(readFileSync(file, 'utf8')).toBe(before);

    const run = await cli(dir, 'import-status', 'plan.yaml', 'filled.xlsx', '--lang', 'en');
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.split('\n').at(-2)).toBe('wrote plan.yaml: changed 2 fields in 1 row');
    expect(readFileSync(file, 'utf8')).toBe(`${before}      execution:\n        status: done\n        done: 2022-12-15\n`.replace('    - {id: r1, task: Первая}\n      execution:\n        status: done\n        done: 2022-12-15\n', '    - {id: r1, task: Первая, execution: {status: done, done: 2022-12-15}}\n'));
    expect((await cli(dir, 'import-status', 'plan.yaml', 'filled.xlsx')).out).toBe('plan.yaml: изменений нет\n');

    writeFileSync(path.join(dir, 'bad.xlsx'), fillRow(await xlsxOf(file), 'r1', { status: 'готово' }));
    const written = readFileSync(file, 'utf8');
    const bad = await cli(dir, 'import-status', 'plan.yaml', 'bad.xlsx');
    expect(bad.code).toBe(EXIT.inputErrors);
    expect(bad.err).toContain('bad.xlsx:4:8: ошибка [status-unknown-status]: Лист „П“, ячейка H4: „готово“ — не статус.');
    expect(bad.err).toContain('plan.yaml: файл не изменён из-за ошибок');
    expect(readFileSync(file, 'utf8')).toBe(written);

    expect((await cli(dir, 'import-status', 'plan.yaml')).code).toBe(EXIT.usage);
    expect((await cli(dir, 'import-status', 'plan.yaml', 'filled.csv')).code).toBe(EXIT.usage);
    const missing = await cli(dir, 'import-status', 'plan.yaml', 'nowhere.xlsx');
    expect(missing.code).toBe(EXIT.io);
    expect(missing.err).toContain('nowhere.xlsx');
  });

  it('--help names the statuses of the one table, in its order, as the sheet’s list offers them', async () => {
    const ru = await cli(scratch(), 'import-status', '--help');
    expect(ru.out).toContain(`словом из списка (${EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s]).join(', ')})`);
    const en = await cli(scratch(), 'import-status', '--help', '--lang', 'en');
    expect(en.out).toContain(`(${EXECUTION_STATUSES.join(', ')})`);
  });
});

async function planPath(yaml: string): Promise<string> {
  const file = path.join(scratch(), 'plan.yaml');
  writeFileSync(file, yaml);
  return file;
}
