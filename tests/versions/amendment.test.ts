/**
 * Amending orders (`document.amends`): the points drawn from the difference with the previous
 * version, read back from the DOCX XML and the PDF text; the new-edition form with its appendix
 * mark «в редакции приказа …»; and every bad input as a located diagnostic.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { paragraphTexts, readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import { cli } from '../cli/harness.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = '2022-05-16T00:00:00Z';
/** No-break spaces as plain ones; the PDF's lines joined. */
const sp = (s: string) => s.replaceAll('\u00a0', ' ');
const squeeze = (s: string) => sp(s).replace(/\s+/g, ' ');

async function rendered(file: string) {
  const loaded = await loadRoadmapFile(file);
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  const result = await render(loaded.roadmap, { now: NOW });
  return { loaded, result, docx: readDocx(result.docx!), pdf: await readPdf(result.pdf!) };
}

/** A folder with copies of the given files (from the fixtures unless a path is given) and more written. */
function folder(copies: Record<string, string>, written: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangraf-amends-'));
  for (const [name, from] of Object.entries(copies)) copyFileSync(from.includes('/') ? from : join(FIXTURES, from), join(dir, name));
  for (const [name, text] of Object.entries(written)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const GOROKHOVETS_POINTS = [
  '1. Внести в приложение к приказу управления образования от 14.02.2022 № 50 «Об утверждении плана-графика (дорожной карты) мероприятий по проекту адресной методической помощи «500+» в системе образования Гороховецкого района» следующие изменения:',
  '1.1. Пункт 20 изложить в следующей редакции:',
  '1.2. Пункт 34 изложить в следующей редакции:',
  '1.3. Пункт 36 изложить в следующей редакции:',
  '1.4. Пункт 41 признать утратившим силу.',
  '1.5. Пункты 42–47 считать соответственно пунктами 41–46.',
  '1.6. Дополнить пунктом 47 следующего содержания:',
  '2. Контроль исполнения настоящего приказа оставляю за собой.',
];

describe('the Gorokhovets amending order (examples/gorokhovets-amendment-2022.yaml)', () => {
  it('loads clean, with the previous version among its sources', async () => {
    const loaded = await loadRoadmapFile(join(ROOT, 'examples/gorokhovets-amendment-2022.yaml'));
    expect(loaded.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(loaded.roadmap!.document.amends!.previous!.plans[0]!.entries.length).toBe(47);
    expect(loaded.bases!.map((b) => b.file.split('/').pop())).toEqual(['gorokhovets-order-2022.yaml', 'gorokhovets-order-2022.yaml']);
  });

  it('DOCX: the title from the template, the points in order, each restated row as a table row', async () => {
    const { docx } = await rendered(join(ROOT, 'examples/gorokhovets-amendment-2022.yaml'));
    const paragraphs = paragraphTexts(docx.documentXml).map(sp);
    expect(paragraphs).toContain('О внесении изменений в приказ управления образования от 14.02.2022 № 50');
    const points = paragraphs.filter((p) => /^\d+\.(\d+\.)? /.test(p));
    expect(points).toEqual(GOROKHOVETS_POINTS);
    const rows = tables(docx.documentXml).map((t) => t.rows.map((r) => r.cells.map((c) => sp(c.text))));
    expect(rows.map((t) => t.map((r) => r[0]))).toEqual([['20.'], ['34.'], ['36.'], ['47.']]);
    // The changed cells: new deadline, new executors, new deadline and result; the added row whole.
    expect(rows[0]![0]![2]).toBe('01.03.2022 – 31.05.2022');
    expect(rows[1]![0]![4]).toBe('РИАЦОКО, УО, МКУ ИМОЦ');
    expect(rows[2]![0]![2]).toBe('15.09.2022 – 14.10.2022');
    expect(rows[2]![0]![3]).toMatch(/^Управленческие команды МБОУ Галицкая СОШ/);
    expect(rows[3]![0]!.slice(1)).toEqual([
      'Подведение итогов участия в проекте «500+» в 2022 году на совещании руководителей общеобразовательных организаций района',
      'Декабрь 2022 г.', 'Итоги подведены, определены задачи на 2023 год', 'УО, МКУ ИМОЦ', 'Официальный сайт УО',
    ]);
    // Points mode attaches nothing: one portrait section.
    expect(docx.documentXml.match(/<w:sectPr/g)!.length).toBe(1);
  });

  it('PDF: the same points and rows in the text', async () => {
    const { pdf } = await rendered(join(ROOT, 'examples/gorokhovets-amendment-2022.yaml'));
    const text = squeeze(pdf.text);
    let at = 0;
    for (const p of GOROKHOVETS_POINTS) {
      const i = text.indexOf(p, at);
      expect(i, p).toBeGreaterThanOrEqual(at);
      at = i + p.length;
    }
    expect(text).toContain('О внесении изменений в приказ управления образования от 14.02.2022 № 50');
    // Table cells are read top to bottom: the new deadline of row 20 is there, its line broken after the dash.
    expect(text).toMatch(/20\. Участие в конкурсе 01\.03\.2022 .* – .*31\.05\.2022/);
    expect(pdf.pages.every((p) => p.width < p.height)).toBe(true);
  });

  it('new-edition: one point, the whole plan attached under the mark «в редакции приказа»', async () => {
    const source = readFileSync(join(ROOT, 'examples/gorokhovets-amendment-2022.yaml'), 'utf8').replace('    previous: gorokhovets-order-2022.yaml\n', '    previous: gorokhovets-order-2022.yaml\n    mode: new-edition\n');
    const dir = folder({ 'gorokhovets-order-2022.yaml': join(ROOT, 'examples/gorokhovets-order-2022.yaml') }, { 'amendment.yaml': source.replace(/\$schema=\S+/, '') });
    const { docx, pdf } = await rendered(join(dir, 'amendment.yaml'));
    const paragraphs = paragraphTexts(docx.documentXml).map(sp);
    const point = 'Приложение к приказу управления образования от 14.02.2022 № 50 «Об утверждении плана-графика (дорожной карты) мероприятий по проекту адресной методической помощи «500+» в системе образования Гороховецкого района» изложить в новой редакции (прилагается).';
    expect(paragraphs).toContain(`1. ${point}`);
    expect(paragraphs).toContain('2. Контроль исполнения настоящего приказа оставляю за собой.');
    const mark = ['Приложение', 'к приказу управления образования', 'от 14.02.2022 № 50', '(в редакции приказа', 'от 16.05.2022 № 112)'];
    const body = sp(docx.documentXml.replace(/<[^>]+>/g, ''));
    expect(body).toContain(mark.join(''));
    const plan = tables(docx.documentXml).at(-1)!;
    expect(plan.rows.filter((r) => /^\d+\.$/.test(sp(r.cells[0]!.text))).length).toBe(47);
    const page2 = pdf.pages[1]!;
    expect(page2.width).toBeGreaterThan(page2.height);
    for (const line of mark) expect(page2.lines.map(sp)).toContain(line);
    expect(squeeze(pdf.text)).toContain(point);
  });
});

describe('amending order: points drawn from a district plan (fixtures)', () => {
  it('sections renamed and added, rows changed, removed, moved, renumbered; the generated point first when not placed', async () => {
    const { docx, loaded } = await rendered(join(FIXTURES, 'district-amendment.yaml'));
    // Rows left as they were keep the amended act's date for item-before-approval (they were due after 16.01.2023).
    expect(loaded.diagnostics).toEqual([]);
    const points = paragraphTexts(docx.documentXml).map(sp).filter((p) => /^\d+\.(\d+\.)* /.test(p));
    expect(points).toEqual([
      '1. Внести в приложение к приказу управления образования от 16.01.2023 № 12 «Об утверждении плана-графика мероприятий по повышению качества образования на 2023 год» следующие изменения:',
      '1.1. Пункт 1.3 изложить в следующей редакции:',
      '1.2. Пункт 1.4 признать утратившим силу.',
      '1.3. Наименование раздела 2 изложить в следующей редакции: «Методическая поддержка школ».',
      '1.4. Пункт 2.1 изложить в следующей редакции:',
      '1.5. Пункт 2.2 признать утратившим силу.',
      '1.6. Пункт 2.3 признать утратившим силу.',
      '1.7. Пункт 2.4 считать пунктом 2.2.',
      '1.8. Дополнить пунктом 1.4 следующего содержания:',
      '1.9. Дополнить пунктом 2.3 следующего содержания:',
      '1.10. Дополнить разделом 3 «Мониторинг и оценка результатов» следующего содержания:',
      '2. Контроль исполнения настоящего приказа оставляю за собой.',
    ]);
    const firstCells = tables(docx.documentXml).map((t) => t.rows.map((r) => sp(r.cells[0]!.text)));
    expect(firstCells).toEqual([['1.3.'], ['2.1.'], ['1.4.'], ['2.3.'], ['3. Мониторинг и оценка результатов', '3.1.', '3.2.']]);
  });
});

describe('amending order: bad input, located', () => {
  const order = (amends: string, extra = '') => `document:
  kind: order
  date: 15.03.2023
  number: '41'
  amends: ${amends}
  points: ['{point:amendments}']
${extra}plan:
  title: План-график
  items:
    - {task: Анализ результатов ВПР, deadline: до 01.04.2023}
    - {task: Семинар для руководителей школ, deadline: до 01.05.2023}
    - {task: Совещание по итогам года, deadline: до 01.12.2023}
`;
  const previous = (third: string, requisites = "  date: 16.01.2023\n  number: '12'\n") => `document:
  kind: order
${requisites}plan:
  title: План-график
  items:
    - {task: Анализ результатов ВПР, deadline: до 01.04.2023}
    - {task: Семинар для руководителей школ, deadline: до 01.05.2023}
    - {task: ${third}, deadline: до 01.12.2023}
`;
  const loadIn = async (files: Record<string, string>) => {
    const dir = folder({}, files);
    return { dir, result: await loadRoadmapFile(join(dir, 'order.yaml')) };
  };
  const codes = (r: Awaited<ReturnType<typeof loadRoadmapFile>>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.severity, d.line, d.column]);

  it('a previous version that differs in one row: loads, one point', async () => {
    const { result } = await loadIn({ 'order.yaml': order('{previous: old.yaml}'), 'old.yaml': previous('Совещание') });
    expect(codes(result)).toEqual([]);
    expect(result.roadmap).toBeDefined();
  });

  it('a previous version that is not there: amends-previous-missing at the path', async () => {
    const { result } = await loadIn({ 'order.yaml': order('{previous: gone.yaml}') });
    expect(codes(result)).toEqual([['amends-previous-missing', 'error', 5, 22]]);
    expect(result.diagnostics[0]!.message).toBe('Прежняя версия „gone.yaml“ не прочитана: файла нет.');
    expect(result.roadmap).toBeUndefined();
  });

  it('outside the allowed folder, or not a YAML file: refused unread', async () => {
    const { result: outside } = await loadIn({ 'sub/x.yaml': '', 'order.yaml': order('{previous: ../../etc/old.yaml}') });
    expect(codes(outside)).toEqual([['amends-previous-outside-root', 'error', 5, 22]]);
    const { result: notYaml } = await loadIn({ 'order.yaml': order('{previous: old.txt}'), 'old.txt': previous('Совещание') });
    expect(codes(notYaml)).toEqual([['amends-previous-not-yaml', 'error', 5, 22]]);
  });

  it('not a roadmap: its content is not shown; a broken one: its errors, then amends-previous-broken', async () => {
    const { result: settings } = await loadIn({ 'order.yaml': order('{previous: settings.yaml}'), 'settings.yaml': 'password: secret\n' });
    expect(codes(settings)).toEqual([['amends-previous-not-roadmap', 'error', 5, 22]]);
    expect(JSON.stringify(settings.diagnostics)).not.toContain('secret');
    const { result: broken } = await loadIn({ 'order.yaml': order('{previous: old.yaml}'), 'old.yaml': previous('Совещание').replace('title: План-график', 'titel: План-график') });
    expect(broken.diagnostics.map((d) => [d.file.split('/').pop(), d.code, d.line])).toEqual([
      ['old.yaml', 'schema-unknown-key', 6],
      ['order.yaml', 'amends-previous-broken', 5],
    ]);
  });

  it('unrelated plans: an error for points, a warning for a new edition', async () => {
    const unrelated = `document: {kind: order, date: 16.01.2023, number: '12'}
plan:
  title: План-график
  items:
    - {task: Ремонт спортивного зала, deadline: до 01.06.2023}
    - {task: Закупка учебников, deadline: до 01.07.2023}
    - {task: Благоустройство территории, deadline: до 01.08.2023}
`;
    const { result } = await loadIn({ 'order.yaml': order('{previous: old.yaml}'), 'old.yaml': unrelated });
    expect(codes(result)).toEqual([['amends-unrelated', 'error', 5, 22]]);
    expect(result.diagnostics[0]!.message).toMatch(/^План „План-график“ почти не совпадает со своей прежней версией „old.yaml“: из 3 строк прежней и 3 строк новой совпали 0/);
    const { result: edition } = await loadIn({ 'order.yaml': order('{previous: old.yaml, mode: new-edition}'), 'old.yaml': unrelated });
    expect(codes(edition)).toEqual([['amends-unrelated', 'warning', 5, 22]]);
    expect(edition.roadmap).toBeDefined();
  });

  it('no difference: amends-no-changes; amends on a plan: amends-kind; an act without date and number: a warning', async () => {
    const { result: same } = await loadIn({ 'order.yaml': order('{previous: old.yaml}'), 'old.yaml': previous('Совещание по итогам года') });
    expect(codes(same)).toEqual([['amends-no-changes', 'error', 5, 22]]);
    const { result: kind } = await loadIn({ 'order.yaml': order('{previous: old.yaml}').replace('kind: order', 'kind: plan'), 'old.yaml': previous('Совещание') });
    expect(codes(kind).filter(([code]) => code !== 'plan-no-approval')).toEqual([['amends-kind', 'error', 5, 3]]);
    const { result: undated } = await loadIn({ 'order.yaml': order('{previous: old.yaml}'), 'old.yaml': previous('Совещание', '') });
    expect(codes(undated)).toEqual([['amends-act-incomplete', 'warning', 5, 3]]);
    expect(undated.diagnostics[0]!.message).toBe('У изменяемого акта нет даты и номера: в тексте будет пропуск.');
    // Written in amends, they need not come from the previous version.
    const { result: written } = await loadIn({ 'order.yaml': order("{previous: old.yaml, date: 16.01.2023, number: '12'}"), 'old.yaml': previous('Совещание', '') });
    expect(codes(written)).toEqual([]);
  });

  it('validate and render: the same diagnostic, exit 1, nothing written', async () => {
    const dir = folder({}, { 'order.yaml': order('{previous: gone.yaml}') });
    const v = await cli(['validate', 'order.yaml', '--lang', 'en'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.out).toContain('order.yaml:5:22: error [amends-previous-missing]: The previous version “gone.yaml” cannot be read: no such file.');
    const r = await cli(['render', 'order.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toContain('order.yaml:5:22: ошибка [amends-previous-missing]');
  });
});

describe('{point:amendments} outside an amending order', () => {
  it('is point-template-unknown at the point, with a hint that names document.amends', async () => {
    const dir = folder({}, { 'order.yaml': "document: {kind: order, date: 01.02.2023, number: '5', points: ['{point:amendments}']}\nplan: {title: П, items: [{task: А}]}\n" });
    const r = await cli(['validate', 'order.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('order.yaml:1:65: ошибка [point-template-unknown]');
    expect(r.out).toContain('подсказка: {point:amendments} — пункты изменений приказа о внесении изменений: он бывает только в документе с document.amends');
  });
});

describe('amending order: a restated row whose cell is merged with the row above', () => {
  // Rows 1.1–1.3 share one result (1.2 and 1.3 say `merge: [result]`); the new version moves the
  // deadline of 1.2 and adds 1.4 into the run. Restated alone, a row prints its run's value.
  const RESULT = 'Сформирован перечень школ и назначены кураторы';
  const version = (date: string, number: string, second: string, extra = '', amends = '') => `document:
  kind: order
  date: ${date}
  number: '${number}'
${amends}plan:
  title: План-график
  columns: [number, task, deadline, result]
  items:
    - section: Организационное обеспечение
      items:
        - {id: a, task: Отбор школ, deadline: январь 2023 г., result: ${RESULT}}
        - {id: b, task: Назначение кураторов, deadline: ${second}, merge: [result]}
        - {id: c, task: Установочное совещание, deadline: март 2023 г., merge: [result]}
${extra}    - section: Мониторинг
      items:
        - {id: d, task: Анализ результатов ВПР, deadline: до 01.06.2023, result: Справка}
        - {id: e, task: Семинар для руководителей, deadline: до 01.09.2023, result: Материалы семинара}
`;
  const files = () =>
    folder({}, {
      'old.yaml': version('16.01.2023', '12', 'февраль 2023 г.'),
      'order.yaml': version('15.03.2023', '41', 'апрель 2023 г.', '        - {id: f, task: Совещание по итогам квартала, deadline: май 2023 г., merge: [result]}\n', "  amends: {previous: old.yaml}\n  points: ['{point:amendments}']\n"),
    });

  it('DOCX: the restated row and the first added row carry the merged value', async () => {
    const { docx, loaded } = await rendered(join(files(), 'order.yaml'));
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const points = paragraphTexts(docx.documentXml).map(sp).filter((p) => /^\d+\.(\d+\.)* /.test(p));
    expect(points.slice(1)).toEqual(['1.1. Пункт 1.2 изложить в следующей редакции:', '1.2. Дополнить пунктом 1.4 следующего содержания:']);
    const rows = tables(docx.documentXml).map((t) => t.rows.map((r) => r.cells.map((c) => sp(c.text))));
    expect(rows).toEqual([
      [['1.2.', 'Назначение кураторов', 'апрель 2023 г.', RESULT]],
      [['1.4.', 'Совещание по итогам квартала', 'май 2023 г.', RESULT]],
    ]);
  });

  it('PDF: the same merged value under each point', async () => {
    const { pdf } = await rendered(join(files(), 'order.yaml'));
    const text = squeeze(pdf.text);
    expect(text.split(RESULT)).toHaveLength(3);
    expect(text).toContain(`1.2. Назначение кураторов апрель 2023 г. ${RESULT}`);
    expect(text).toContain(`1.4. Совещание по итогам квартала май 2023 г. ${RESULT}`);
  });

  it('the change sheet lists the added row whole, its merged cell with the value of its run (DOCX and PDF)', async () => {
    const dir = files();
    const r = await cli(['diff', 'old.yaml', 'order.yaml', '--document', 'docx,pdf', '--out', 'sheets', '--now', NOW], { cwd: dir });
    expect(r.code).toBe(0);
    const [table] = tables(readDocx(new Uint8Array(readFileSync(join(dir, 'sheets/order-changes.docx')))).documentXml);
    const added = table!.rows.map((row) => row.cells.map((c) => sp(c.text))).find((row) => row[1] === '1.4')!;
    expect(added[3]).toBe(`Задачи: Совещание по итогам квартала\nСроки реализации: май 2023 г.\nПрогнозируемый результат: ${RESULT}`);
    const pdf = squeeze((await readPdf(new Uint8Array(readFileSync(join(dir, 'sheets/order-changes.pdf'))))).text);
    expect(pdf).toContain(`Прогнозируемый результат: ${RESULT}`);
  });
});

describe('amending order: a deadline reworded over the same days', () => {
  it('restates the row with its deadline as now written', async () => {
    const plan = (deadline: string) => `plan:
  title: План-график
  items:
    - {task: Анализ результатов ВПР, deadline: до 01.02.2022}
    - {task: Семинар директоров, deadline: ${deadline}}
`;
    const dir = folder({}, {
      'old.yaml': `document: {kind: order, date: 14.01.2022, number: '5'}\n${plan('до 01.03.2022')}`,
      'order.yaml': `document:\n  kind: order\n  date: 15.02.2022\n  number: '9'\n  amends: {previous: old.yaml}\n  points: ['{point:amendments}']\n${plan('не позднее 01.03.2022')}`,
    });
    const { docx, pdf, loaded } = await rendered(join(dir, 'order.yaml'));
    expect(loaded.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const points = paragraphTexts(docx.documentXml).map(sp).filter((p) => /^\d+\.(\d+\.)* /.test(p));
    expect(points.slice(1)).toEqual(['1.1. Пункт 2 изложить в следующей редакции:']);
    const rows = tables(docx.documentXml).map((t) => t.rows.map((r) => r.cells.map((c) => sp(c.text))));
    expect(rows).toEqual([[['2.', 'Семинар директоров', 'не позднее 01.03.2022', '', '']]]);
    expect(squeeze(pdf.text)).toContain('2. Семинар директоров не позднее 01.03.2022');
  });
});
