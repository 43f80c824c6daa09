/**
 * The open body (issue 11), YAML → model: every kind is a preset that an explicit `body:` listing
 * the same parts reproduces exactly; blocks (heading, paragraph, list, table, formula, plan,
 * indicators, roles, signature, page break) compose to their nodes; parts take options; the
 * wording of `wording:` wins over the templates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { loadRoadmapText } from '../../src/load/index.js';
import type { Block, DocumentModel, Formula, Paragraph, Table } from '../../src/model/document.js';
import { PRESETS } from '../../src/model/document-parts.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { blockText, cellText, plainSpaces } from './builders.js';

async function load(yaml: string, file = 'body.yaml'): Promise<Roadmap> {
  const loaded = await loadRoadmapText(yaml, { file });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.roadmap || errors.length > 0) throw new Error(errors.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`).join('\n'));
  return loaded.roadmap;
}

const texts = (blocks: Block[]) => blocks.map((b) => plainSpaces(blockText(b)));
const paragraphs = (blocks: Block[]) => blocks.filter((b): b is Paragraph => b.type === 'paragraph');

/** A passport with a plan; `body` (YAML lines, indented under `body:`) replaces the preset. */
/**
 * A model without the places in the YAML it keeps for writers' diagnostics (the document's and
 * each plan table's): the line added for `body:` moves them, not what is printed.
 */
function withoutPlaces(model: DocumentModel): DocumentModel {
  const { source: _, ...meta } = model.meta;
  const sections = model.sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => (b.type === 'table' && b.plan ? { ...b, plan: { ...b.plan, loc: undefined } } : b)),
  }));
  return { meta, sections };
}

function passportYaml(body = '', extra = ''): string {
  return [
    'document:',
    '  kind: passport',
    '  approval: {by: meeting, act: на заседании проектного офиса, date: 2020-05-14, number: 3}',
    '  title: ПАСПОРТ проекта',
    '  passport:',
    '    roles: [{role: Куратор Проекта, name: Зотова Ю.В.}]',
    '    goal: создание условий для повышения качества образования.',
    '    tasks: [Выявить ШНОР., Оказать помощь.]',
    '    indicators: {fact: [2020], plan: [2021, 2022], rows: [{name: Доля ШНОР, unit: "%", values: [10.2, 9, 8]}]}',
    '    results: [Профили составлены.]',
    '    sections: [{title: Обоснование, text: Текст обоснования.}]',
    '  signatories: [{position: Куратор Проекта, name: Ю.В. Зотова}]',
    body ? `  body:\n${body}` : '',
    extra,
    'plans:',
    '  - id: roadmap',
    '    title: ПЛАН-ГРАФИК',
    '    items: [{task: Отбор школ, deadline: до 22.02.2022}]',
  ].filter(Boolean).join('\n');
}

describe('presets: every kind is its arrangement of parts', () => {
  const examples = ['gorokhovets-order-2022', 'khabarovsk-500plus-2022', 'region-passport-2020', 'khabarovsk-directive-draft-2022'];
  const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}.yaml`, import.meta.url));

  it.each(examples)('%s: a body listing the preset parts composes the same model as no body', async (name) => {
    const file = example(name);
    const yaml = readFileSync(file, 'utf8');
    const roadmap = await load(yaml, file);
    const preset = PRESETS[roadmap.document.kind];
    const withBody = await load(yaml.replace(/^document:\n/m, `document:\n  body: [${preset.join(', ')}]\n`), file);
    expect(withBody.document.blocks?.map((b) => (b.type === 'part' ? b.name : b.type))).toEqual(preset);
    expect(withoutPlaces(compose(withBody).model)).toEqual(withoutPlaces(compose(roadmap).model));
  });

  it('a letter: its text written as a paragraph block of the body composes the same model', async () => {
    const file = example('khabarovsk-cover-letter-2022');
    const yaml = readFileSync(file, 'utf8');
    const text = /^ {2}body: \|-\n((?: {4}.*\n|\n)+)/m.exec(yaml)!;
    const body = ['  body:', '    - letterhead', '    - salutation', '    - paragraph: |-', text[1]!.replace(/^(?= {4})/gm, '    ').trimEnd(), '    - appendix-line', '    - signature', '    - executor-mark', ''].join('\n');
    const withBody = await load(yaml.replace(text[0], body), file);
    expect(withBody.document.blocks).toHaveLength(6);
    expect(compose(withBody, { appendixSheets: 3 }).model).toEqual(compose(await load(yaml, file), { appendixSheets: 3 }).model);
  });

  it('a body replaces the arrangement: parts in the author\'s order, the rest left out', async () => {
    const { model } = compose(await load(passportYaml('    - title\n    - approval\n    - goal')));
    const blocks = model.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'approval-stamp', 'paragraph', 'paragraph']);
    expect(texts(blocks)[0]).toBe('ПАСПОРТ проекта');
    // The plans placed nowhere follow the text, as without a body.
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
  });
});

describe('parts with options', () => {
  it('goal inline: «Цель Проекта: создание …» as one paragraph, the heading in bold', async () => {
    const r = await load(passportYaml("    - part: goal\n      inline: true\n      heading: 'Цель Проекта:'"));
    const [p] = paragraphs(compose(r).model.sections[0]!.blocks);
    expect(plainSpaces(blockText(p!))).toBe('Цель Проекта: создание условий для повышения качества образования.');
    expect(p!.style).toBe('body');
    expect(p!.runs[0]).toEqual({ text: 'Цель Проекта:', bold: true });
  });

  it('heading: overrides the template; "" prints none', async () => {
    const r = await load(passportYaml("    - {part: tasks, heading: 'Основные задачи Проекта:'}\n    - {part: results, heading: ''}"));
    expect(texts(compose(r).model.sections[0]!.blocks)).toEqual(['Основные задачи Проекта:', 'Выявить ШНОР.', 'Оказать помощь.', '1. Профили составлены.']);
  });

  it('wording: a template overridden in the YAML', async () => {
    const r = await load(passportYaml('    - goal', "  wording:\n    passport-goal: 'Цель Проекта:'"));
    expect(texts(compose(r).model.sections[0]!.blocks)[0]).toBe('Цель Проекта:');
  });

  it('wording: a template that fails when run is located in the YAML, and the built-in one is used', async () => {
    const yaml = passportYaml('    - goal', "  wording:\n    passport-goal: 'Цель {{titel}}:'");
    const line = yaml.split('\n').findIndex((l) => l.includes('passport-goal:')) + 1;
    const { model, diagnostics } = compose(await load(yaml));
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['template-unknown-variable', 'body.yaml', line, 28]]);
    expect(texts(model.sections[0]!.blocks)[0]).toBe('Цель проекта:');
  });
});

describe('blocks', () => {
  it('headings: levels as styles, numbered «1.», «1.1.», «2.», kept with the next block', async () => {
    const body = [
      '    - {heading: Общие положения, numbered: true}',
      '    - {heading: Цели, level: 2, numbered: true}',
      '    - {heading: Задачи, level: 2, numbered: true}',
      '    - {heading: Механизмы, numbered: true, align: center}',
      '    - {heading: Без номера, level: 3}',
    ].join('\n');
    const ps = paragraphs(compose(await load(passportYaml(body))).model.sections[0]!.blocks);
    expect(ps.map((p) => [p.style, plainSpaces(blockText(p)), p.keepWithNext])).toEqual([
      ['heading-1', '1. Общие положения', true],
      ['heading-2', '1.1. Цели', true],
      ['heading-2', '1.2. Задачи', true],
      ['heading-1', '2. Механизмы', true],
      ['heading-3', 'Без номера', true],
    ]);
    expect(ps[3]!.align).toBe('center');
  });

  it('an inline heading: the heading in bold, then the text, in one body paragraph', async () => {
    const r = await load(passportYaml("    - {heading: 'Цель Проекта:', text: создание условий}"));
    const [p] = paragraphs(compose(r).model.sections[0]!.blocks);
    expect([p!.style, plainSpaces(blockText(p!))]).toEqual(['body', 'Цель Проекта: создание условий']);
  });

  it('paragraphs: rich text, first-line indent unless `indent: false`', async () => {
    const r = await load(passportYaml('    - paragraph: Текст с **полужирным**.\n    - {paragraph: Без отступа, indent: false, align: right}'));
    const ps = paragraphs(compose(r).model.sections[0]!.blocks);
    expect(ps.map((p) => [p.style, p.align])).toEqual([['body', undefined], ['body-plain', 'right']]);
    expect(ps[0]!.runs).toEqual([{ text: 'Текст с ' }, { text: 'полужирным', bold: true }, { text: '.' }]);
  });

  it('lists: bullets (the theme\'s or own marker), numbers «1.», «1.1.», nested by depth', async () => {
    const body = [
      '    - list: [первый, {text: второй, items: [вложенный]}]',
      '    - {list: [a], marker: •}',
      '    - list: [{text: раз, items: [два]}]',
      '      numbered: true',
    ].join('\n');
    const ps = paragraphs(compose(await load(passportYaml(body))).model.sections[0]!.blocks);
    expect(ps.map((p) => [p.list, blockText(p)])).toEqual([
      [{ marker: '–', depth: 0, numbered: false }, 'первый'],
      [{ marker: '–', depth: 0, numbered: false }, 'второй'],
      [{ marker: '–', depth: 1, numbered: false }, 'вложенный'],
      [{ marker: '•', depth: 0, numbered: false }, 'a'],
      [{ marker: '1.', depth: 0, numbered: true }, 'раз'],
      [{ marker: '1.1.', depth: 1, numbered: true }, 'два'],
    ]);
  });

  it('tables: caption «Таблица N.», header rows with spans, covered column headers left out, no number row', async () => {
    const body = [
      '    - table:',
      '        caption: Расчёт показателя',
      '        columns: [{header: Показатель, width: 3}, {header: "2021", align: center}, {header: "2022", align: center}]',
      '        header: [[{text: Показатель, rowSpan: 2}, {text: Годы, colSpan: 2}]]',
      '        rows: [[Доля ШНОР, "10,2", 9], [{text: Итого, colSpan: 3, bold: true}], [короткая]]',
      '    - table: {caption: Вторая, columns: [{header: А}], rows: [[1]], numbersRow: true, repeatHeader: false}',
      '    - table: {columns: [{width: 1}], rows: [[без подписи]]}',
    ].join('\n');
    const blocks = compose(await load(passportYaml(body))).model.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'table']);
    expect(texts(blocks.filter((b) => b.type === 'paragraph'))).toEqual(['Таблица 1. Расчёт показателя', 'Таблица 2. Вторая']);
    const [first, second, third] = blocks.filter((b): b is Table => b.type === 'table');
    expect(first!.head.map((r) => r.cells.map((c) => [cellText(c), c.colSpan, c.rowSpan]))).toEqual([
      [['Показатель', undefined, 2], ['Годы', 2, undefined]],
      [['2021', undefined, undefined], ['2022', undefined, undefined]],
    ]);
    expect(first!.head.map((r) => r.kind)).toEqual(['header', 'header']);
    expect(first!.columns).toEqual([{ width: 3 }, { width: 1 }, { width: 1 }]);
    expect(first!.rows.map((r) => r.cells.map(cellText))).toEqual([['Доля ШНОР', '10,2', '9'], ['Итого'], ['короткая', '', '']]);
    expect(first!.rows[0]!.cells.map((c) => c.align)).toEqual([undefined, 'center', 'center']);
    expect(first!.rows[1]!.cells[0]).toMatchObject({ colSpan: 3, bold: true });
    expect(first!.repeatHead).toBe('all');
    expect(second!.head.map((r) => r.kind)).toEqual(['header', 'numbers']);
    expect(second!.repeatHead).toBe('none');
    expect(third!.head).toEqual([]);
  });

  it('formulas: sub- and superscripts, numbers (1), (2) through the document, as written, or none; «где …» after', async () => {
    const body = [
      "    - formula: 'Д = Ч_{шнор} / Ч_{оо} × 100 %'",
      '      where: где Ч_{оо} – число ОО',
      "    - formula: {text: 'S = a^{2}', number: auto}",
      "    - formula: {text: 'x', number: '(1.3)'}",
      "    - formula: {text: 'y', number: none}",
    ].join('\n');
    const blocks = compose(await load(passportYaml(body))).model.sections[0]!.blocks;
    const formulas = blocks.filter((b): b is Formula => b.type === 'formula');
    expect(formulas.map((f) => f.number)).toEqual(['(1)', '(2)', '(1.3)', undefined]);
    expect(formulas[0]!.runs).toEqual([{ text: 'Д = Ч' }, { text: 'шнор', subscript: true }, { text: ' / Ч' }, { text: 'оо', subscript: true }, { text: ' × 100 %' }]);
    expect(formulas[1]!.runs).toEqual([{ text: 'S = a' }, { text: '2', superscript: true }]);
    const where = blocks[1] as Paragraph;
    expect([where.style, where.runs]).toEqual(['body-plain', [{ text: 'где Ч' }, { text: 'оо', subscript: true }, { text: ' – число ОО' }]]);
  });

  it('plan by id: placed here on landscape pages, not again after the text', async () => {
    const r = await load(passportYaml('    - title\n    - plan: roadmap\n    - signature'));
    const { model } = compose(r);
    expect(model.sections.map((s) => [s.orientation, s.blocks.map((b) => b.type)])).toEqual([
      ['portrait', ['paragraph']],
      ['landscape', ['paragraph', 'table', 'signature']],
    ]);
  });

  it('indicators with «№ п/п», roles and a signature block of their own', async () => {
    const body = [
      '    - indicators: {title: Показатели, numberColumn: true, fact: [2020], plan: [2021], rows: [{name: Доля, values: [1, 2]}, {name: Число, values: [3, 4]}]}',
      '    - roles: [{role: Руководитель, name: Петрова Н.А., position: проректор}]',
      '    - signature: [{position: Директор, name: А.А. Иванов}]',
      '      layout: side-by-side',
    ].join('\n');
    const blocks = compose(await load(passportYaml(body))).model.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'signature']);
    const table = blocks[1] as Table;
    expect(table.head[0]!.cells.map(cellText)).toEqual(['№ п/п', 'Наименование показателя', 'Факт', 'План']);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([['1.', 'Доля', '1', '2'], ['2.', 'Число', '3', '4']]);
    expect(table.columns[0]).toEqual({ width: 6 });
    expect(plainSpaces(blockText(blocks[2]!))).toBe('Руководитель: Петрова Н.А. – проректор');
    expect(blocks[3]).toMatchObject({ type: 'signature', layout: 'side-by-side', entries: [{ position: ['Директор'], name: 'А.А. Иванов' }] });
  });

  it('page breaks: a break, or new pages of another orientation', async () => {
    const r = await load(passportYaml('    - title\n    - page-break\n    - goal\n    - {page-break: landscape}\n    - tasks'));
    const { model } = compose(r);
    expect(model.sections[0]!.blocks.map((b) => b.type)).toEqual(['paragraph', 'page-break', 'paragraph', 'paragraph']);
    expect(model.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'landscape']);
    expect(texts(model.sections[1]!.blocks)).toEqual(['Задачи проекта:', 'Выявить ШНОР.', 'Оказать помощь.']);
  });

  it('approval label: «ПРИЛОЖЕНИЕ» above the stamp\'s word', async () => {
    const r = await load(passportYaml('    - approval').replace('approval: {by: meeting,', 'approval: {label: ПРИЛОЖЕНИЕ, by: meeting,'));
    expect(compose(r).model.sections[0]!.blocks[0]).toMatchObject({ type: 'approval-stamp', label: 'ПРИЛОЖЕНИЕ', word: 'УТВЕРЖДЕН' });
  });
});
