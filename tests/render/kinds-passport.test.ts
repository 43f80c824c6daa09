/**
 * The project passport example rendered to both formats and read back: the text on portrait
 * pages, the two plan-graphs on landscape pages; the stamp, the indicators table's two header
 * rows (w:vMerge / w:gridSpan in DOCX), the footnotes, the two signatures side by side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult } from '../../src/render.js';
import { elements, paragraphText, paragraphTexts, readDocx, sections, tables } from '../support/docx-read.js';
import type { PdfRead } from '../support/pdf-read.js';
import { normal, renderExample, squeeze } from '../support/render-example.js';

const NOW = '2020-05-14T00:00:00Z';

describe('render: region-passport-2020 (a regional project passport)', () => {
  let result: RenderResult;
  let pdf: PdfRead;

  beforeAll(async () => {
    ({ result, pdf } = await renderExample('region-passport-2020', NOW));
  }, 120_000);

  it('renders without diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('PDF: portrait pages with the text, then landscape pages with the two plans', () => {
    const orientation = pdf.pages.map((p) => (p.width > p.height ? 'L' : 'P')).join('');
    expect(orientation).toMatch(/^P+L{2,}$/);
    const first = normal(pdf.pages[0]!.text);
    expect(first.split('\n')[0]).toBe('УТВЕРЖДЕН');
    expect(first).toContain('(протокол от 14 мая 2020 г. № 3)');
    expect(first).toContain('ПАСПОРТ');
    expect(first).toContain('Куратор Проекта: Зотова Ю.В. – начальник управления');
    const text = normal(pdf.text);
    expect(text).toContain('Цель проекта:');
    expect(text).toContain('Показатели проекта');
    // The notes at the foot of the pages, not «1) …» paragraphs after the text.
    expect(text).toContain('По данным ФГБУ «ФИОКО»');
    expect(text).toContain('Методические рекомендации');
    expect(text).not.toContain('1) По данным');
    const landscape = pdf.pages.filter((p) => p.width > p.height).map((p) => normal(p.text)).join('\n');
    expect(landscape).toContain('2021 год');
    expect(landscape).toContain('2022 год');
    expect(landscape).toContain('информационного сопровождения регионального проекта');
  });

  it('PDF: the footnote markers are raised above the line', () => {
    const page = pdf.pages.find((p) => p.text.includes('Обоснование проекта'))!;
    const word = page.items.find((i) => i.str.includes('обучающихся') && page.items.some((m) => m.str === '2' && Math.abs(m.x - (i.x + i.width)) < 2))!;
    expect(word).toBeDefined();
    const marker = page.items.find((m) => m.str === '2' && Math.abs(m.x - (word.x + word.width)) < 2)!;
    expect(marker.y).toBeGreaterThan(word.y + 1);
    expect(marker.height).toBeLessThan(word.height);
  });

  it('PDF: the indicators table: «Факт» above 2019–2020, «План» above 2021–2023', () => {
    const page = pdf.pages.find((p) => p.text.includes('Факт'))!;
    const at = (s: string) => page.items.find((i) => i.str.trim() === s)!;
    const centre = (s: string) => at(s).x + at(s).width / 2;
    expect(at('Факт').y).toBeGreaterThan(at('2019').y);
    expect(centre('Факт')).toBeGreaterThan(centre('2019'));
    expect(centre('Факт')).toBeLessThan(centre('2020'));
    expect(centre('План')).toBeGreaterThan(centre('2021'));
    expect(centre('План')).toBeLessThan(centre('2023'));
    expect(squeeze(page.text)).toContain(squeeze('10,2 9,8 8,5 7 5,5'));
  });

  it('PDF: two signatures side by side, each name at the right on its position\'s last line', () => {
    const last = pdf.pages.at(-1)!;
    const lines = last.lines.map(normal);
    const zotova = lines.find((l) => l.includes('Ю.В. Зотова'))!;
    const petrova = lines.find((l) => l.includes('Н.А. Петрова'))!;
    expect(zotova).toMatch(/^общего образования\s+Ю\.В\. Зотова$/);
    expect(petrova).toMatch(/проректор КГАОУ ДПО ХК ИРО\s+Н\.А\. Петрова$/);
    const item = (s: string) => last.items.find((i) => i.str.includes(s))!;
    expect(item('Руководитель').x).toBeGreaterThan(item('Куратор').x + last.width / 3);
    expect(item('Руководитель').y).toBeCloseTo(item('Куратор').y, 0);
  });

  it('DOCX: portrait then landscape sections; the indicators header in two rows with w:vMerge and w:gridSpan', () => {
    const docx = readDocx(result.docx!);
    expect(sections(docx.documentXml).map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'landscape']);
    const all = paragraphTexts(docx.documentXml).map(normal);
    expect(all).toContain('УТВЕРЖДЕН');
    expect(all).not.toContain('УТВЕРЖДЕНО');
    expect(all.join('\n')).not.toContain('По данным ФГБУ «ФИОКО»');
    expect(elements(docx.part('word/footnotes.xml'), 'w:p').map((p) => normal(paragraphText(p)).trim())).toContain('По данным ФГБУ «ФИОКО» о результатах оценочных процедур 2019 года; 2020 год – по данным мониторинга регионального центра оценки качества образования.');
    const indicators = tables(docx.documentXml).find((t) => t.rows.some((r) => r.cells.some((c) => c.text === 'Наименование показателя')))!;
    const [first, second, row] = indicators.rows;
    expect(first!.cells.map((c) => [c.text, c.gridSpan])).toEqual([
      ['Наименование показателя', 1],
      ['Единица измерения', 1],
      ['Факт', 2],
      ['План', 3],
    ]);
    expect(first!.cells[0]!.xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(first!.cells[1]!.xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(second!.cells).toHaveLength(7);
    expect(second!.cells.slice(0, 2).every((c) => /<w:vMerge(?: w:val="continue")?\/>/.test(c.xml))).toBe(true);
    expect(second!.cells.slice(2).map((c) => c.text)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(first!.header && second!.header).toBe(true);
    expect(row!.cells.slice(1).map((c) => normal(c.text))).toEqual(['%', '10,2', '9,8', '8,5', '7', '5,5']);
    // The footnote marker is Word's footnote reference (raised by its style).
    expect(row!.cells[0]!.xml).toContain('<w:footnoteReference w:id="1"/>');
  });
});
