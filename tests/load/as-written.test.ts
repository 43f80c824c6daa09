/**
 * Text printed as written (issue 11, item 3), from loading to the printed cell: deadlines print
 * as written unless asked to be normalised (per plan or document; a house-style key alone asks),
 * a year group gives month-only deadlines its year, two dates with nothing between them are never
 * read, executors print as written and a string is split at commas only for the directory lookup.
 * The printed cells are read back from the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import type { Item, PlanEntry, Roadmap } from '../../src/model/roadmap.js';
import { render } from '../../src/render.js';
import { readDocx, tables } from '../support/docx-read.js';

const items = (entries: readonly PlanEntry[]): Item[] => entries.flatMap((e) => (e.type === 'item' ? [e] : items(e.entries)));

async function load(yaml: string): Promise<{ roadmap: Roadmap; codes: string[] }> {
  const { roadmap, diagnostics } = await loadRoadmapText(yaml, { file: 'test.yaml' });
  if (!roadmap) throw new Error(diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
  return { roadmap, codes: diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.line}:${d.column}`) };
}

/** The printed item rows of the plan table (DOCX): cell texts, no-break spaces as spaces. */
async function printedRows(roadmap: Roadmap): Promise<string[][]> {
  const { docx } = await render(roadmap, { formats: ['docx'], now: '2022-02-14T00:00:00Z' });
  return tables(readDocx(docx!).documentXml)
    .flatMap((t) => t.rows)
    .filter((r) => r.cells.length > 1 && r.cells[0]!.text.replace(/\u00a0/g, ' ') !== '№ п/п' && !r.cells.every((c, i) => c.text === String(i + 1)))
    .map((r) => r.cells.map((c) => c.text.replace(/\u00a0/g, ' ')));
}

const plan = (head: string, rows: string): string => `document:
  kind: plan
  approval: {by: act, act: распоряжением министерства, year: 2022}
${head}
plan:
  title: ПЛАН-ГРАФИК
  period: 2022
  columns: [number, task, deadline, executors]
${rows}`;

const DEADLINES = `  items:
    - task: a
      deadline: 21.03–27.03.2022
    - task: b
      deadline: июнь 2022 года, декабрь 2022 года
    - task: c
      deadline: 14.02.2022-30.03.2022 (среда)
    - task: d
      deadline: 1 и 3 квартал
`;

describe('deadlines print as written by default', () => {
  it('as written: the source text in the cell', async () => {
    const { roadmap, codes } = await load(plan('', DEADLINES));
    expect(codes).toEqual([]);
    expect((await printedRows(roadmap)).map((r) => r[2])).toEqual([
      '21.03–27.03.2022', 'июнь 2022 года, декабрь 2022 года', '14.02.2022-30.03.2022 (среда)', '1 и 3 квартал',
    ]);
    // Still read for the checks.
    expect(items(roadmap.plans[0]!.entries).map((i) => i.deadline?.kind)).toEqual(['range', 'list', 'weekly', 'period']);
  });

  it('deadlines: {print: normalised} reprints them in the house style', async () => {
    const { roadmap } = await load(plan('', `  deadlines: {print: normalised, dates: numeric}\n${DEADLINES}`));
    expect((await printedRows(roadmap)).map((r) => r[2])).toEqual([
      '21.03.2022 – 27.03.2022', 'Июнь, декабрь 2022 г.', 'Еженедельно по средам с 14.02.2022 по 30.03.2022', 'I и III кварталы',
    ]);
  });

  it('a house-style key alone asks for normalised printing (files written before print existed)', async () => {
    const { roadmap } = await load(plan('', `  deadlines: {dates: numeric}\n${DEADLINES}`));
    expect(roadmap.plans[0]!.deadlinePrint).toBe('normalised');
    expect((await printedRows(roadmap))[0]![2]).toBe('21.03.2022 – 27.03.2022');
  });

  it('the document sets it for every plan; a plan’s own setting wins', async () => {
    const doc = await load(plan('  deadlines: {print: normalised}', DEADLINES));
    expect((await printedRows(doc.roadmap))[0]![2]).toBe('21 – 27 марта 2022 г.');
    const own = await load(plan('  deadlines: {print: normalised}', `  deadlines: {print: as-written}\n${DEADLINES}`));
    expect((await printedRows(own.roadmap))[0]![2]).toBe('21.03–27.03.2022');
    const style = await load(plan('  deadlines: {dates: numeric}', `  deadlines: {print: normalised}\n${DEADLINES}`));
    // The document's style keys stay the house style of a plan that asks for normalising.
    expect((await printedRows(style.roadmap))[0]![2]).toBe('21.03.2022 – 27.03.2022');
  });

  it('two dates with nothing between them are never read: a warning, printed as written even when normalising', async () => {
    const { roadmap, codes } = await load(plan('', `  deadlines: {print: normalised}\n  items:\n    - task: a\n      deadline: 13.01.2022 28.02.2022\n`));
    expect(codes).toEqual(['deadline-ambiguous 12:17']);
    expect(items(roadmap.plans[0]!.entries)[0]!.deadlineUnread).toBe('ambiguous');
    expect((await printedRows(roadmap))[0]![2]).toBe('13.01.2022 28.02.2022');
  });

  it('month names in a year group take its year: no false deadline-unparsed or outside-period', async () => {
    const yaml = plan('', `  items:
    - year: 2021
      items:
        - task: a
          deadline: май
        - task: b
          deadline: сентябрь – ноябрь
    - year: 2022
      items:
        - task: c
          deadline: май
`).replace('period: 2022', 'period: [2021, 2022]');
    const { roadmap, codes } = await load(yaml);
    expect(codes).toEqual([]);
    expect(items(roadmap.plans[0]!.entries).map((i) => i.deadline)).toEqual([
      { kind: 'month', from: '2021-05' },
      { kind: 'month', from: '2021-09', to: '2021-11' },
      { kind: 'month', from: '2022-05' },
    ]);
    expect((await printedRows(roadmap)).map((r) => r[2])).toEqual(['май', 'сентябрь – ноябрь', 'май']);
  });
});

const ORGS = `organisations:
  ИМЦ: {name: информационно-методический центр, short: МКУ ИМЦ, intro: define}
  ОО: общеобразовательные организации
  ОМСУ: {name: 'органы местного самоуправления, осуществляющие управление в сфере образования', intro: define}
  муниципалитеты: муниципалитеты`;

describe('executors print as written by default', () => {
  it('a string as written, a list joined by «, »; the parts between commas looked up', async () => {
    const { roadmap, codes } = await load(plan(ORGS, `  items:
    - task: a
      executors: МКУ ИМЦ, ОО
    - task: b
      executors: [ИМЦ, ОО]
    - task: c
      executors: |-
        Муниципалитеты
        ОО
    - task: d
      executors: органы местного самоуправления, осуществляющие управление в сфере образования (далее – ОМСУ), школы района
`));
    expect(codes).toEqual([]);
    expect((await printedRows(roadmap)).map((r) => r[3])).toEqual([
      'МКУ ИМЦ, ОО', 'ИМЦ, ОО', 'Муниципалитеты\nОО',
      'органы местного самоуправления, осуществляющие управление в сфере образования (далее – ОМСУ), школы района',
    ]);
    const refs = items(roadmap.plans[0]!.entries).map((i) => i.executors.map((e) => (e.type === 'organisation' ? `#${e.key}` : e.text)));
    expect(refs).toEqual([['#ИМЦ', '#ОО'], ['#ИМЦ', '#ОО'], ['#муниципалитеты', '#ОО'], ['#ОМСУ', 'школы района']]);
  });

  it('unknown parts of a string are warned at the string', async () => {
    const { codes } = await load(plan(ORGS, `  items:\n    - task: a\n      executors: ИМЦ, ООО\n`));
    expect(codes).toEqual(['executor-unknown 15:18']);
  });

  it('executors: {print: directory} prints the directory’s names, introducing on first use', async () => {
    const { roadmap } = await load(plan(ORGS, `  executors: {print: directory}\n  items:\n    - task: a\n      executors: ИМЦ, ОО\n    - task: b\n      executors: [ИМЦ]\n`));
    expect((await printedRows(roadmap)).map((r) => r[3])).toEqual(['информационно-методический центр (далее – МКУ ИМЦ), ОО', 'МКУ ИМЦ']);
    const doc = await load(plan(`  executors: {print: directory}\n${ORGS}`, `  items:\n    - task: a\n      executors: ИМЦ\n`));
    expect(doc.roadmap.plans[0]!.executorPrint).toBe('directory');
  });
});
