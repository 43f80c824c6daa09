/**
 * The open body and appendices (issue 11) rendered to both formats and read back: each block
 * type, each appendix mark, the label over an approval stamp, and references that agree with the
 * marks — in the DOCX XML and at their places on the PDF pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render, type RenderResult } from '../../src/render.js';
import { elements, paragraphText, paragraphTexts, readDocx, sections, tables, type DocxRead } from '../support/docx-read.js';
import { readPdf, type PdfPage, type PdfRead } from '../support/pdf-read.js';
import { normal } from '../support/render-example.js';

const NOW = '2022-05-20T00:00:00Z';

const YAML = `
document:
  kind: passport
  authority: {name: [Министерство образования края], genitive: министерства образования края}
  approval:
    by: meeting
    label: ПРИЛОЖЕНИЕ
    act: на заседании проектного офиса
    date: '2022-05-14'
    number: 3
  title: ПАСПОРТ проекта
  passport:
    goal: создание условий для повышения качества образования.
    indicators:
      numberColumn: true
      fact: [2021]
      plan: [2022]
      rows: [{name: Доля ШНОР, unit: '%', values: [10.2, 9]}]
  body:
    - approval
    - title
    - part: goal
      inline: true
      heading: 'Цель Проекта:'
    - heading: Общие положения
      numbered: true
    - heading: Основные задачи
      level: 2
      numbered: true
    - list:
        - первый пункт
        - text: второй пункт
          items: [вложенный пункт]
    - list: [раз, {text: два, items: [три]}]
      numbered: true
    - indicators
    - paragraph: Методика — в приложении {appendix:method}, дорожная карта — в приложении № {appendix:muni}, положение — {appendix:rules}.
    - page-break
    - paragraph: Текст после разрыва страницы.
    - signature
  appendices:
    - id: rules
      mark: gost
      title: Положение о кураторах
      body:
        - paragraph: Текст положения.
    - id: muni
      mark: approval
      approval: {by: act, act: приказом министерства, date: '2022-05-20', number: '12', label: true}
      plan: muni
    - id: method
      mark: heading
      title: Методика расчёта
      body:
        - formula: 'Д = Ч_{шнор} / Ч_{оо} × 100 %'
          where: где Ч_{оо} – число ОО.
        - table:
            caption: Расчёт показателя
            columns:
              - {header: Показатель, width: 3}
              - {header: '2021', align: center}
              - {header: '2022', align: center}
            header:
              - [{text: Показатель, rowSpan: 2}, {text: Годы, colSpan: 2}]
            rows:
              - [Доля ШНОР, '10,2', '9']
    - id: note
      mark: none
      title: Пояснительная записка
      body:
        - paragraph: Текст записки.
  signatories:
    - {position: Куратор Проекта, name: Ю.В. Зотова}
plans:
  - id: muni
    title: Муниципальная дорожная карта
    items: [{task: Отбор школ, deadline: до 22.06.2022}]
`;

describe('render: the open body and appendices', () => {
  let result: RenderResult;
  let docx: DocxRead;
  let pdf: PdfRead;
  let paragraphs: string[];

  beforeAll(async () => {
    const loaded = await loadRoadmapText(YAML, { file: 'body.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    result = await render(loaded.roadmap!, { now: NOW });
    docx = readDocx(result.docx!);
    pdf = await readPdf(result.pdf!);
    paragraphs = elements(docx.documentXml, 'w:p');
  }, 120_000);

  const para = (text: string) => paragraphs.find((p) => normal(paragraphText(p)).includes(text)) ?? '';
  /** The paragraph whose text ends with `text` (a list item after its marker and tab). */
  const itemPara = (text: string) => paragraphs.find((p) => paragraphText(p).endsWith(`\t${text}`)) ?? '';
  const page = (text: string): PdfPage => pdf.pages.find((p) => normal(p.text).includes(text))!;
  const item = (p: PdfPage, text: string) => p.items.find((i) => normal(i.str).includes(text))!;

  it('renders without diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('sections: the text, then each appendix on pages of its own, landscape for the plan', () => {
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'portrait', 'landscape', 'portrait', 'portrait']);
    const orientation = pdf.pages.map((p) => (p.width > p.height ? 'L' : 'P')).join('');
    expect(orientation).toBe('PPPLPP');
  });

  it('the label «ПРИЛОЖЕНИЕ» above the stamp, a gap under it', () => {
    expect(para('ПРИЛОЖЕНИЕ')).toMatch(/<w:pStyle w:val="pg-stamp"\/>.*<w:spacing w:after="240"\/>/);
    const first = pdf.pages[0]!;
    expect(first.lines[0]).toBe('ПРИЛОЖЕНИЕ');
    expect(first.lines[1]).toBe('УТВЕРЖДЕН');
    const gap = item(first, 'ПРИЛОЖЕНИЕ').y - item(first, 'УТВЕРЖДЕН').y;
    const line = item(first, 'УТВЕРЖДЕН').y - item(first, 'на заседании').y;
    expect(gap).toBeGreaterThan(line + 10);
  });

  it('inline heading: «Цель Проекта:» in bold, the goal after it in one paragraph', () => {
    const p = para('Цель Проекта:');
    expect(normal(paragraphText(p))).toBe('Цель Проекта: создание условий для повышения качества образования.');
    expect(elements(p, 'w:r')[0]).toContain('<w:b/>');
    expect(pdf.pages[0]!.lines.map(normal)).toContain('Цель Проекта: создание условий для повышения качества образования.');
  });

  it('headings: their styles (in the outline), numbered «1.», «1.1.»', () => {
    expect(para('Общие положения')).toContain('<w:pStyle w:val="pg-heading-1"/>');
    expect(normal(paragraphText(para('Общие положения')))).toBe('1. Общие положения');
    expect(para('Основные задачи')).toContain('<w:pStyle w:val="pg-heading-2"/>');
    const styles = docx.part('word/styles.xml');
    const h1 = elements(styles, 'w:style').find((s) => s.includes('w:styleId="pg-heading-1"'))!;
    expect(h1).toContain('<w:keepNext/>');
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    const lines = pdf.pages[0]!.lines.map(normal);
    expect(lines).toContain('1. Общие положения');
    expect(lines).toContain('1.1. Основные задачи');
  });

  it('lists: markers hanging left of the text, nested items further in, numbers «1.», «2.1.»', () => {
    expect(paragraphText(itemPara('первый пункт'))).toBe('–\tпервый пункт');
    expect(paragraphText(itemPara('раз'))).toBe('1.\tраз');
    expect(paragraphText(itemPara('три'))).toBe('2.1.\tтри');
    const indent = (text: string) => Number(/<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(itemPara(text))?.[1]);
    expect(indent('вложенный пункт')).toBeGreaterThan(indent('первый пункт'));
    const p = pdf.pages[0]!;
    expect(item(p, 'первый пункт').x).toBeGreaterThan(item(p, '–').x + 5);
    expect(item(p, 'вложенный пункт').x).toBeGreaterThan(item(p, 'первый пункт').x + 10);
    const exact = (s: string) => p.items.find((i) => i.str === s)!;
    expect(exact('три').x).toBeGreaterThan(exact('два').x + 10);
  });

  it('indicators with «№ п/п»', () => {
    const table = tables(docx.documentXml).find((t) => t.xml.includes('Доля ШНОР') && t.xml.includes('Факт'))!;
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['№ п/п', 'Наименование показателя', 'Единица измерения', 'Факт', 'План']);
    expect(table.rows[2]!.cells[0]!.text).toBe('1.');
    expect(normal(pdf.text)).toContain('№ п/п');
  });

  it('references agree with the marks: «приложение № 1» (GOST mark), «№ 2» (stamp), «приложение 3» (heading)', () => {
    const text = 'Методика — в приложении 3, дорожная карта — в приложении № 2, положение — приложение № 1.';
    expect(normal(paragraphText(para('Методика —')))).toBe(text);
    expect(normal(pdf.text).replace(/\s+/g, ' ')).toContain(text);
  });

  it('page break: the next paragraph starts a page', () => {
    expect(para('Текст после разрыва')).toContain('<w:pageBreakBefore/>');
    expect(pdf.pages[1]!.lines.map(normal)[1]).toBe('Текст после разрыва страницы.');
  });

  it('mark gost: «Приложение № 1 / к паспорту … / от … № …» in the upper right, the title under it', () => {
    const p = page('Положение о кураторах');
    expect(p.lines.slice(1, 6).map(normal).join(' ')).toBe('Приложение № 1 к паспорту министерства образования края от «__» ________ 20__ г. № ___ Положение о кураторах');
    expect(item(p, 'Приложение № 1').x).toBeGreaterThan(p.width / 2);
  });

  it('mark approval with `label: true`: «ПРИЛОЖЕНИЕ № 2» over the plan\'s stamp, the plan under it on landscape pages', () => {
    const p = page('Муниципальная дорожная карта');
    expect(p.width).toBeGreaterThan(p.height);
    expect(p.lines.slice(1, 6).map(normal)).toEqual(['ПРИЛОЖЕНИЕ № 2', 'УТВЕРЖДЕН', 'приказом министерства', 'от 20.05.2022 № 12', 'Муниципальная дорожная карта']);
    expect(paragraphTexts(docx.documentXml).map(normal)).toContain('ПРИЛОЖЕНИЕ № 2');
  });

  it('mark heading: «Приложение 3» at the right, then the title', () => {
    expect(para('Приложение 3')).toContain('<w:pStyle w:val="pg-appendix-heading"/>');
    const p = page('Методика расчёта');
    expect(p.lines.slice(1, 3).map(normal)).toEqual(['Приложение 3', 'Методика расчёта']);
    const mark = item(p, 'Приложение 3');
    expect(mark.x + mark.width).toBeGreaterThan(p.width - 40);
  });

  it('formula: centred, sub-indices lowered and smaller, its number «(1)» at the right margin', () => {
    const f = para('Д = Ч');
    expect(f).toContain('<w:pStyle w:val="pg-formula"/>');
    expect(f).toMatch(/<w:tab w:val="center" w:pos="\d+"\/><w:tab w:val="right" w:pos="\d+"\/>/);
    expect(normal(paragraphText(f))).toBe('\tД = Чшнор / Чоо × 100 %\t(1)');
    expect(elements(f, 'w:r').find((r) => r.includes('>шнор<'))).toContain('<w:vertAlign w:val="subscript"/>');
    const where = para('число ОО');
    expect(elements(where, 'w:r').find((r) => r.includes('>оо<'))).toContain('<w:vertAlign w:val="subscript"/>');
    const p = page('Методика расчёта');
    const no = item(p, '(1)');
    expect(no.x + no.width).toBeGreaterThan(p.width - 30);
    const d = item(p, 'Д = Ч');
    const index = p.items.find((i) => i.str === 'шнор')!;
    expect(index.y).toBeLessThan(d.y);
    expect(index.height).toBeLessThan(d.height);
    // Centred on the text width (margins 30 and 10 mm: the centre is 10 mm right of the page's).
    const left = d.x;
    const right = item(p, '× 100 %').x + item(p, '× 100 %').width;
    expect(Math.abs((left + right) / 2 - (p.width / 2 + 28.35))).toBeLessThan(3);
  });

  it('table: the caption above, header rows with spans, no column-number row', () => {
    expect(normal(paragraphText(para('Расчёт показателя')))).toBe('Таблица 1. Расчёт показателя');
    expect(para('Расчёт показателя')).toContain('<w:pStyle w:val="pg-caption"/>');
    const table = tables(docx.documentXml).find((t) => t.xml.includes('Годы'))!;
    expect(table.rows.map((r) => r.cells.map((c) => [c.text, c.gridSpan]))).toEqual([
      [['Показатель', 1], ['Годы', 2]],
      [['', 1], ['2021', 1], ['2022', 1]],
      [['Доля ШНОР', 1], ['10,2', 1], ['9', 1]],
    ]);
    expect(table.rows[0]!.cells[0]!.xml).toContain('<w:vMerge w:val="restart"/>');
    expect(table.rows.map((r) => r.header)).toEqual([true, true, false]);
    const p = page('Расчёт показателя');
    expect(item(p, 'Таблица 1').y).toBeGreaterThan(item(p, 'Годы').y);
    const centre = (s: string) => item(p, s).x + item(p, s).width / 2;
    expect(centre('Годы')).toBeGreaterThan(centre('2021'));
    expect(centre('Годы')).toBeLessThan(centre('2022'));
    expect(p.lines.map(normal)).not.toContain('1 2 3');
  });

  it('mark none: the appendix starts with its title', () => {
    const p = page('Пояснительная записка');
    expect(p.lines.slice(1, 3).map(normal)).toEqual(['Пояснительная записка', 'Текст записки.']);
  });
});

describe('render: one appendix or several — the text says what the mark says', () => {
  const order = (appendices: string) => `
document:
  kind: order
  authority: {name: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ], genitive: управления образования}
  date: '2022-02-14'
  number: 50
  points:
    - Утвердить план-график (приложение № {appendix:main}).
${appendices}
plan:
  id: main
  title: План-график
  items: [{task: Отбор, deadline: до 22.03.2022}]
`;

  async function rendered(yaml: string) {
    const loaded = await loadRoadmapText(yaml, { file: 'order.yaml' });
    const result = await render(loaded.roadmap!, { now: NOW });
    return { docx: paragraphTexts(readDocx(result.docx!).documentXml).map(normal), pdf: normal((await readPdf(result.pdf!)).text) };
  }

  it('one appendix: «(приложение)» and the mark «Приложение»', async () => {
    const { docx, pdf } = await rendered(order(''));
    expect(docx).toContain('1. Утвердить план-график (приложение).');
    expect(docx).toContain('Приложение');
    expect(pdf).toContain('(приложение).');
    expect(pdf).not.toContain('№ 1');
  }, 60_000);

  it('two appendices: «(приложение № 2)» and the marks «Приложение № 1», «Приложение № 2»', async () => {
    const { docx, pdf } = await rendered(order('  appendices: [{id: rules, title: Положение, body: [{paragraph: Текст.}]}]'));
    expect(docx).toContain('1. Утвердить план-график (приложение № 2).');
    expect(docx).toContain('Приложение № 1');
    expect(docx).toContain('Приложение № 2');
    expect(pdf).toContain('(приложение № 2).');
  }, 60_000);
});

describe('render: an appendix marked «Приложение N» that holds a plan', () => {
  const YAML_PLAN_APPENDIX = `
document:
  kind: passport
  approval: {by: meeting, act: на заседании проектного офиса, date: '2022-05-14', number: 3}
  title: ПАСПОРТ проекта
  passport:
    goal: создание условий для повышения качества образования.
  appendices:
    - id: municipal
      mark: heading
      title: Типовая дорожная карта
      plan: municipal
plans:
  - id: municipal
    title: ДОРОЖНАЯ КАРТА
    items: [{task: Утверждение дорожной карты, deadline: до 01.04.2022}]
`;

  it('the mark, the title and the plan share the appendix\'s first landscape page in both formats', async () => {
    const loaded = await loadRoadmapText(YAML_PLAN_APPENDIX, { file: 'plan-appendix.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const result = await render(loaded.roadmap!, { now: NOW });
    const pdf = await readPdf(result.pdf!);
    const markPage = pdf.pages.find((p) => normal(p.text).includes('Типовая дорожная карта'))!;
    expect(markPage.width).toBeGreaterThan(markPage.height);
    expect(normal(markPage.text)).toContain('ДОРОЖНАЯ КАРТА');
    expect(normal(markPage.text)).toContain('Утверждение дорожной карты');
    // DOCX: the text, then one landscape section for the appendix (not a page of its mark alone).
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
  }, 120_000);
});
