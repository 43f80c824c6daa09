/**
 * The XLSX writer, read back: the workbook's cells (through the same reader import-status uses)
 * and its sheet XML (merges, frozen rows, print titles, validation, page setup), the parts of a
 * wide table joined into one sheet, what it reports, and its bytes: the same twice, whatever the
 * time zone.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { EXECUTION_STATUSES, EXECUTION_STATUS_WORDS } from '../../src/model/execution-status.js';
import { render } from '../../src/render.js';
import { readWorkbook, type Cell } from '../../src/status-import/xlsx-cells.js';
import { serialToIso } from '../../src/write/xlsx/serial-date.js';
import { writeDocument } from '../../src/writers.js';
import { model, p } from '../support/sample-model.js';

const NOW = '2022-02-14T00:00:00Z';

const PLAN = `document: {kind: plan, approval: {by: act, act: распоряжением министерства, year: 2022}}
plan:
  title: ПЛАН-ГРАФИК
  subtitle: мероприятий проекта «500+» на 2022 год
  period: 2022
  columns:
    - number
    - {role: deadline, width: 15}
    - {role: task, width: 40}
    - executors
  items:
    - section: Организация
      items:
        - id: r1
          task: Отбор школ
          deadline: до 20.12.2022
          executors: управление образования
          execution:
            status: in-progress
            fact: Отобрано 10 школ
        - id: r2
          task: |-
            Совещание
            - первое
            - второе
          deadline: 2 квартал
          execution: {status: done, done: 15.06.2022, comment: в срок}
    - task: Без срока и без id
`;

async function xlsxOf(yaml: string): Promise<{ bytes: Uint8Array; diagnostics: import('../../src/diagnostics/diagnostic.js').Diagnostic[] }> {
  const loaded = await loadRoadmapText(yaml, { file: 'plan.yaml' });
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  const r = await render(loaded.roadmap, { formats: ['xlsx'], now: NOW });
  return { bytes: r.xlsx!, diagnostics: r.diagnostics };
}

const text = (c: Cell | undefined) => (c?.type === 'text' ? c.text.replace(/\u00a0/g, ' ') : c?.type === 'number' ? (c.date ? serialToIso(c.value) : c.value) : undefined);
const row = (cells: Map<number, Cell> | undefined) => [...(cells ?? new Map<number, Cell>())].sort(([a], [b]) => a - b).map(([, c]) => text(c));
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

describe('XLSX writer', () => {
  it('one sheet per plan: title, header, numbers, section and item rows, dates, execution, the key', async () => {
    const { bytes } = await xlsxOf(PLAN);
    const book = readWorkbook(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(['ПЛАН-ГРАФИК']);
    const rows = book.sheets[0]!.rows;
    expect(row(rows.get(1))).toEqual(['ПЛАН-ГРАФИК\nмероприятий проекта «500+» на 2022 год']);
    expect(row(rows.get(2))).toEqual([
      '№ п/п', 'Сроки реализации', 'Задачи', 'Ответственный исполнитель',
      'Начало срока', 'Окончание срока', 'Статус', 'Дата выполнения', 'Фактическое выполнение', 'Комментарий', 'ID',
    ]);
    expect(row(rows.get(3))).toEqual([1, 2, 3, 4]);
    expect(row(rows.get(4))).toEqual(['1. Организация']);
    expect(row(rows.get(5))).toEqual(['1.1.', 'до 20.12.2022', 'Отбор школ', 'управление образования', '2022-01-01', '2022-12-20', 'выполняется', 'Отобрано 10 школ', 'r1']);
    // Bullets with the theme's marker, on lines of their own; a quarter's span as real dates.
    expect(row(rows.get(6))).toEqual(['1.2.', '2 квартал', 'Совещание\n– первое\n– второе', '2022-04-01', '2022-06-30', 'выполнено', '2022-06-15', 'в срок', 'r2']);
    // No id: the key is the position; no deadline: no dates.
    expect(row(rows.get(7))).toEqual(['2.', 'Без срока и без id', '#1-3']);
    // Cells in place (columns by index), dates as date-formatted numbers.
    const cells = rows.get(6)!;
    expect(cells.get(4)).toEqual({ type: 'number', value: 44652, date: true }); // 2022-04-01
    expect(cells.get(9)).toEqual({ type: 'text', text: 'в срок' });
  });

  it('freezes and repeats the header and number rows, merges section rows, filters, validates, prints A4 landscape', async () => {
    const { bytes } = await xlsxOf(PLAN);
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<mergeCells count="2"><mergeCell ref="A1:K1"/><mergeCell ref="A4:K4"/></mergeCells>');
    expect(sheet).toContain('<autoFilter ref="A3:K7"/>');
    const words = EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s]);
    expect(sheet).toContain(`<formula1>&quot;${words.join(',')}&quot;</formula1>`);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]* sqref="G4:G\d+">/);
    expect(sheet).toMatch(/<dataValidation type="date"[^>]* sqref="H4:H\d+">/);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // The theme's landscape margins (20, 20, 30, 10 mm) in inches.
    expect(sheet).toContain('<pageMargins left="0.787" right="0.787" top="1.181" bottom="0.394"');
    // Text cells wrap (the formats are in styles.xml; a cell names its format by number).
    const styles = part(bytes, 'xl/styles.xml');
    const formats = [...styles.matchAll(/<xf numFmtId="(\d+)"[^>]*>(.*?)<\/xf>/g)].map((m) => ({ date: m[1] === '164', wrap: m[2]!.includes('wrapText="1"') }));
    const taskStyle = Number(/<c r="C5" s="(\d+)"/.exec(sheet)![1]);
    const dateStyle = Number(/<c r="E5" s="(\d+)"/.exec(sheet)![1]);
    expect(formats[taskStyle]).toEqual({ date: false, wrap: true });
    expect(formats[dateStyle]).toEqual({ date: true, wrap: false });
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>');
    const book = part(bytes, 'xl/workbook.xml');
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;ПЛАН-ГРАФИК&apos;!$2:$3</definedName>`);
    // Printed: everything but the key column.
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;ПЛАН-ГРАФИК&apos;!$A$1:$J$7</definedName>`);
  });

  it('column widths follow the plan’s widths', async () => {
    const { bytes } = await xlsxOf(PLAN);
    const widths = [...part(bytes, 'xl/worksheets/sheet1.xml').matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    // number (default 5), deadline 15, task 40, executors (default): task is 40/15 of the deadline column, padding aside.
    expect(widths[2]! / widths[1]!).toBeGreaterThan(2.5);
    expect(widths[2]! / widths[1]!).toBeLessThan(2.8);
  });

  it('rows are as tall as their text: a long task gets more lines than a short one', async () => {
    const long = PLAN.replace('task: Отбор школ', `task: ${'очень длинная задача '.repeat(40)}`);
    const heights = (xml: string) => Object.fromEntries([...xml.matchAll(/<row r="(\d+)" ht="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]));
    const short = heights(part((await xlsxOf(PLAN)).bytes, 'xl/worksheets/sheet1.xml'));
    const tall = heights(part((await xlsxOf(long)).bytes, 'xl/worksheets/sheet1.xml'));
    expect(tall['5']!).toBeGreaterThan(short['5']! * 4);
    expect(tall['7']).toBe(short['7']);
  });

  it('a table printed in parts (too many columns) is one sheet with every column once', async () => {
    const extra = Array.from({ length: 40 }, (_, i) => `    - {key: k${i}, header: К${i}, width: 12}`).join('\n');
    const yaml = `document: {kind: plan}
plan:
  title: ПЛАН
  columns:
    - number
    - task
${extra}
  items:
    - {task: Задача, extra: {k0: з0, k39: з39}}
`;
    const { bytes, diagnostics } = await xlsxOf(yaml);
    expect(diagnostics.map((d) => d.code)).toContain('table-too-wide');
    const rows = readWorkbook(bytes).sheets[0]!.rows;
    const header = row(rows.get(2));
    expect(header.slice(0, 4)).toEqual(['№ п/п', 'Задачи', 'К0', 'К1']);
    expect(header.filter((h) => h === '№ п/п')).toHaveLength(1);
    expect(header).toHaveLength(2 + 40 + 7);
    const item = rows.get(4)!;
    expect(text(item.get(2))).toBe('з0');
    expect(text(item.get(41))).toBe('з39');
  });

  it('says what it leaves out, at the document; a document without a plan gets no workbook', async () => {
    const order = `document:
  kind: order
  title: Об утверждении плана
  points:
    - Утвердить план-график (приложение).
  signatories: [{position: Начальник, name: И.И. Иванов}]
plan:
  title: ПЛАН-ГРАФИК
  items:
    - {task: Задача}
`;
    const { diagnostics } = await xlsxOf(order);
    const left = diagnostics.find((d) => d.code === 'xlsx-left-out')!;
    expect(left.severity).toBe('info');
    expect([left.file, left.line, left.column]).toEqual(['plan.yaml', 1, 1]);
    expect(left.message).toMatch(/не выведены: \d+ абзац[а-я]* текста, .*подпись/);

    // A model without a plan-graph (a hand-built one: the loader always has a plan).
    const none = await writeDocument('xlsx', model([p('Текст письма', { style: 'body' })]), { lang: 'en' });
    expect(none.bytes).toBeUndefined();
    expect(none.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['xlsx-no-plan', 'error', 'The document has no plan-graph: there is nothing to put in an XLSX.'],
    ]);
  });

  it('footnotes: no mark in a cell, the title or a header, the notes said to be left out', async () => {
    const { bytes, diagnostics } = await xlsxOf(`document:
  kind: plan
  footnotes:
    fioco: По данным ФГБУ «ФИОКО».
    dates: Сроки указаны включительно.
    w: Вместе с муниципалитетами.
plan:
  title: ПЛАН-ГРАФИК[^fioco]
  period: 2022
  columns: [number, task, {role: deadline, header: 'Сроки[^dates]'}]
  items:
    - section: 'Подготовка[^w]'
      items:
        - {task: 'Отбор 70 школ[^fioco]', deadline: 'до 20.12.2022[^dates]'}
`);
    const book = readWorkbook(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(['ПЛАН-ГРАФИК']);
    const rows = book.sheets[0]!.rows;
    expect(row(rows.get(1))).toEqual(['ПЛАН-ГРАФИК']);
    expect(row(rows.get(2))!.slice(0, 3)).toEqual(['№ п/п', 'Задачи', 'Сроки']);
    expect(row(rows.get(4))).toEqual(['1. Подготовка']);
    expect(row(rows.get(5))!.slice(0, 5)).toEqual(['1.1.', 'Отбор 70 школ', 'до 20.12.2022', '2022-01-01', '2022-12-20']);
    // The title is on the sheet: not counted as a paragraph left out; the notes are.
    expect(diagnostics.filter((d) => d.code === 'xlsx-left-out').map((d) => d.message)).toEqual([
      'В XLSX выводятся только таблицы планов-графиков; не выведены: 3 сноски (и их знаки в тексте).',
    ]);
  });

  it('cuts a cell at Excel’s limit and says where', async () => {
    const yaml = PLAN.replace('task: Отбор школ', `task: ${'а'.repeat(40_000)}`);
    const { bytes, diagnostics } = await xlsxOf(yaml);
    const cut = diagnostics.find((d) => d.code === 'xlsx-cell-truncated')!;
    expect(cut.severity).toBe('warning');
    expect(cut.message).toContain('„r1“');
    expect(text(readWorkbook(bytes).sheets[0]!.rows.get(5)!.get(2))).toHaveLength(32_767);
  });

  it('the same bytes twice, in any time zone; the creation time is `now`', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = (await xlsxOf(PLAN)).bytes;
      await new Promise((r) => setTimeout(r, 1100));
      process.env.TZ = 'Asia/Vladivostok';
      const b = (await xlsxOf(PLAN)).bytes;
      process.env.TZ = 'America/Los_Angeles';
      const c = (await xlsxOf(PLAN)).bytes;
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      expect(Buffer.from(a).equals(Buffer.from(c))).toBe(true);
      expect(part(a, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-02-14T00:00:00Z</dcterms:created>');
      // The dates of the cells are the same serial numbers whatever the zone.
      expect(text(readWorkbook(c).sheets[0]!.rows.get(6)!.get(7))).toBe('2022-06-15');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
