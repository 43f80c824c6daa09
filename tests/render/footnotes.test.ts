/**
 * Footnotes rendered to both formats and read back. PDF: each note at the foot of the page of its
 * first reference, under a separator, below every line of body text and above the bottom margin;
 * a reference in a repeated table header on every page, its note once; a note too long for its
 * page continued on the next; the executor mark above the notes. DOCX: Word's footnotes — the
 * footnotes part with its separators, `w:footnoteReference` runs (in text, cells and header
 * rows), a NOTEREF field for a second reference, the footnote styles, settings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render, type RenderResult } from '../../src/render.js';
import { mmToPt } from '../../src/write/units.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { loadTemplates, mapTemplateHost } from '../../src/templates/index.js';
import { compose } from '../../src/compose/index.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { docxProblems } from '../hardening/support/package-check.js';
import { elements, readDocx, tables } from '../support/docx-read.js';
import { readPdf, type PdfItem, type PdfPage, type PdfRead } from '../support/pdf-read.js';
import { normal, squeeze } from '../support/render-example.js';

const NOW = '2022-06-16T00:00:00Z';
const FILLER = 'Текст раздела паспорта проекта описывает мероприятия, сроки, исполнителей и ожидаемые результаты работы. ';
/** Sentences of the long note: more than its first page's foot holds, less than two pages' (at Word's line height). */
const LONG_SENTENCES = 36;
const LONG_NOTE = `Начало длинной сноски. ${'Подробное пояснение к разделу, занимающее много строк мелкого шрифта внизу страницы. '.repeat(LONG_SENTENCES)}Конец длинной сноски.`;

/** A passport with references in titles, text, table cells and a repeated plan header; one note long enough to continue. */
function passportYaml(): string {
  const sections = Array.from({ length: 10 }, (_, i) => {
    const ref = i === 1 ? 'слово-альфа[^alpha] ' : i === 3 ? 'слово-бета[^beta] и снова альфа[^alpha] ' : i === 5 ? 'слово-длинное[^long] ' : '';
    return `      - title: Раздел ${i + 1}\n        text: ${FILLER.repeat(3)}${ref}${FILLER.repeat(4)}`;
  }).join('\n');
  const rows = Array.from({ length: 45 }, (_, i) => `    - task: Мероприятие ${i + 1} плана-графика проекта с названием в две строки таблицы${i === 20 ? ' слово-гамма[^gamma]' : ''}\n      deadline: до 20.12.2022\n      executors: УО`).join('\n');
  return `document:
  kind: passport
  approval: {by: meeting, act: на заседании проектного офиса, date: 2022-06-01, number: 3}
  title: Паспорт регионального проекта[^title]
  passport:
    indicators:
      fact: [2021]
      plan: [2022]
      rows:
        - {name: 'Доля школ слово-дельта[^delta]', unit: '%', values: [10, 8]}
    sections:
${sections}
  footnotes:
    title: Утверждён протоколом проектного офиса.
    alpha: Сноска альфа по данным ФИОКО.
    beta: Сноска бета о результатах ВПР.
    delta: Сноска дельта о показателе.
    long: ${LONG_NOTE}
    gamma: Сноска гамма к строке плана.
    head: Сноска к заголовку колонки сроков.
  signatories:
    - position: Куратор проекта
      name: Ю.В. Зотова
  executor: {name: Иванова Ирина Петровна, phone: 8 (4212) 40-21-32}
organisations:
  УО: управление образования
plan:
  title: ПЛАН-ГРАФИК
  repeat: header
  columns: [number, task, {role: deadline, header: 'Сроки[^head]'}, executors]
  items:
${rows}
`;
}

async function renderYaml(yaml: string): Promise<RenderResult> {
  const { roadmap, diagnostics } = await loadRoadmapText(yaml, { file: 'footnotes.yaml' });
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return render(roadmap!, { now: NOW });
}

/** Items of a page whose text is body text (not the notes' small print, not raised marks, not the page number). */
function bodyItems(page: PdfPage): PdfItem[] {
  const top = page.height - mmToPt(page.width > page.height ? GOST_THEME.page.landscapeMargins.top : GOST_THEME.page.portraitMargins.top);
  return page.items.filter((i) => i.height > GOST_THEME.styles.footnote.size + 0.5 && i.y < top && i.str.trim() !== '');
}

/** The page holding `text` (whitespace ignored), 0-based; -1 when none. */
const pageOf = (pdf: PdfRead, text: string) => pdf.pages.findIndex((p) => squeeze(normal(p.text)).includes(squeeze(text)));

/** The items of a note's first line on a page: those on the baseline of the piece that starts with `start`. */
function noteLine(page: PdfPage, start: string): PdfItem[] {
  const first = page.items.find((i) => normal(i.str).includes(start));
  expect(first, `«${start}» on page ${page.number}`).toBeDefined();
  return page.items.filter((i) => Math.abs(i.y - first!.y) < 1);
}

/** The raised mark printed right after the piece of text that ends with `word`. */
function markAfter(page: PdfPage, word: string): string | undefined {
  const items = page.items.filter((i) => normal(i.str).trimEnd().endsWith(word));
  expect(items.length, word).toBeGreaterThan(0);
  for (const item of items) {
    const mark = page.items.find((m) => m !== item && Math.abs(m.x - (item.x + item.width)) < 1 && m.y > item.y + 1 && m.height < item.height);
    if (mark) return mark.str;
  }
  return undefined;
}

describe('footnotes: a passport with references in text, titles, cells and a repeated header', () => {
  let result: RenderResult;
  let pdf: PdfRead;

  beforeAll(async () => {
    result = await renderYaml(passportYaml());
    pdf = await readPdf(result.pdf!);
  }, 120_000);

  it('PDF: each note is on the page of its first reference, below all body text, above the bottom margin', () => {
    const notes: Array<[reference: string, note: string]> = [
      ['Паспорт регионального проекта', 'Утверждён протоколом проектного офиса.'],
      ['слово-альфа', 'Сноска альфа по данным ФИОКО.'],
      ['слово-бета', 'Сноска бета о результатах ВПР.'],
      ['слово-дельта', 'Сноска дельта о показателе.'],
      ['слово-длинное', 'Начало длинной сноски.'],
      ['слово-гамма', 'Сноска гамма к строке плана.'],
    ];
    for (const [reference, note] of notes) {
      const at = pageOf(pdf, reference);
      expect(at, reference).toBeGreaterThanOrEqual(0);
      expect(pageOf(pdf, note), note).toBe(at);
      const page = pdf.pages[at]!;
      const line = noteLine(page, note.slice(0, 12));
      const lowestBody = Math.min(...bodyItems(page).map((i) => i.y));
      const bottom = mmToPt(page.width > page.height ? GOST_THEME.page.landscapeMargins.bottom : GOST_THEME.page.portraitMargins.bottom);
      for (const item of line) {
        expect(item.y + item.height, `${note}: below the body text`).toBeLessThan(lowestBody);
        expect(item.y, `${note}: above the bottom margin`).toBeGreaterThanOrEqual(bottom - 0.5);
      }
    }
  });

  it('PDF: notes are numbered through the document in the order of first references; a second reference repeats the number', () => {
    const order = ['Утверждён протоколом', 'Сноска дельта', 'Сноска альфа', 'Сноска бета', 'Начало длинной', 'Сноска к заголовку', 'Сноска гамма'];
    order.forEach((start, i) => {
      const page = pdf.pages[pageOf(pdf, start)]!;
      // The mark before the note's text: its number, raised.
      const text = page.items.find((m) => normal(m.str).includes(start))!;
      const mark = page.items.find((m) => m.str.trim() === String(i + 1) && m.x < text.x && text.x - m.x < 12 && m.y > text.y && m.y - text.y < 6);
      expect(mark, `${start}: mark ${i + 1}`).toBeDefined();
    });
    // «слово-бета⁴ и снова альфа³»: the marks raised, right after their words.
    const beta = pdf.pages[pageOf(pdf, 'слово-бета')]!;
    expect(markAfter(beta, 'слово-бета')).toBe('4');
    expect(markAfter(beta, 'альфа')).toBe('3');
    // Each note once in the whole document.
    for (const start of order) expect(pdf.text.split(start).length - 1, start).toBe(1);
  });

  it('PDF: a reference in a repeated table header marks every page of the table, its note is printed once, on the first', () => {
    const tablePages = pdf.pages.filter((p) => p.width > p.height && p.text.includes('Ответственный исполнитель'));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const page of tablePages) {
      const header = page.items.find((i) => i.str.trim() === 'Сроки')!;
      const mark = page.items.find((i) => i.str.trim() === '6' && i.x >= header.x + header.width - 1 && i.x < header.x + header.width + 3 && i.y > header.y);
      expect(mark, `the header's mark on page ${page.number}`).toBeDefined();
    }
    expect(pageOf(pdf, 'Сноска к заголовку колонки сроков.')).toBe(tablePages[0]!.number - 1);
  });

  it('PDF: a note too long for its page continues at the foot of the next one, under a full-width line; nothing is lost', () => {
    const first = pageOf(pdf, 'Начало длинной сноски.');
    const last = pageOf(pdf, 'Конец длинной сноски.');
    expect(last).toBe(first + 1);
    const all = squeeze(normal(pdf.pages[first]!.text + pdf.pages[last]!.text));
    // Every word of the note is printed (the two pages together hold it in full).
    expect(all.split(squeeze('Подробное пояснение к разделу')).length - 1).toBe(LONG_SENTENCES);
    // The continuation is below the body text of its page too.
    const page = pdf.pages[last]!;
    const line = noteLine(page, 'Конец длинной');
    expect(line[0]!.y + line[0]!.height).toBeLessThan(Math.min(...bodyItems(page).map((i) => i.y)));
  });

  it('DOCX: the footnotes part as Word writes it — the two separators, then each note with its number', () => {
    const docx = readDocx(result.docx!);
    const part = docx.part('word/footnotes.xml');
    const notes = elements(part, 'w:footnote');
    expect(notes[0]).toBe('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>');
    expect(notes[1]).toBe('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>');
    const texts = notes.slice(2).map((n) => [/w:id="(\d+)"/.exec(n)![1], n.includes('<w:footnoteRef/>'), /<w:pStyle w:val="FootnoteText"\/>/.test(n), [...n.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim().slice(0, 20)]);
    expect(texts).toEqual([
      ['1', true, true, 'Утверждён протоколом'],
      ['2', true, true, 'Сноска дельта о пока'],
      ['3', true, true, 'Сноска альфа по данн'],
      ['4', true, true, 'Сноска бета о резуль'],
      ['5', true, true, 'Начало длинной сноск'],
      ['6', true, true, 'Сноска к заголовку к'],
      ['7', true, true, 'Сноска гамма к строк'],
    ]);
    expect(docx.part('word/settings.xml')).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat>');
    expect(docxProblems(result.docx!)).toEqual([]);
  });

  it('DOCX: a w:footnoteReference where each note is first referred to — in text, a table cell, a repeated header row; a NOTEREF field for a second reference', () => {
    const xml = readDocx(result.docx!).documentXml;
    const ids = [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(xml).toMatch(/<w:bookmarkStart w:id="3" w:name="_RefFootnote3"\/><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="3"\/><\/w:r><w:bookmarkEnd w:id="3"\/>/);
    expect(xml).toContain('<w:instrText xml:space="preserve"> NOTEREF _RefFootnote3 \\f \\h </w:instrText>');
    const plan = tables(xml).find((t) => t.rows.some((r) => r.cells.some((c) => c.text.startsWith('Сроки'))))!;
    const header = plan.rows.find((r) => r.cells.some((c) => c.text.startsWith('Сроки')))!;
    expect(header.header).toBe(true);
    expect(header.cells.find((c) => c.text.startsWith('Сроки'))!.xml).toContain('<w:footnoteReference w:id="6"/>');
    expect(plan.rows.some((r) => r.cells.some((c) => c.xml.includes('<w:footnoteReference w:id="7"/>')))).toBe(true);
    // No marker is left as written.
    expect(xml).not.toContain('[^');
  });

  it('DOCX: Word\'s footnote styles, the text one from the theme', () => {
    const styles = readDocx(result.docx!).part('word/styles.xml');
    const text = /<w:style w:type="paragraph" w:styleId="FootnoteText">.*?<\/w:style>/.exec(styles)![0];
    expect(text).toContain(`<w:sz w:val="${GOST_THEME.styles.footnote.size * 2}"/>`);
    expect(text).toContain('<w:rFonts w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="FootnoteReference">.*?<w:vertAlign w:val="superscript"\/>/);
    expect(styles).not.toContain('pg-footnote');
  });

  it('both formats are the same bytes when rendered again', async () => {
    const again = await renderYaml(passportYaml());
    expect(Buffer.from(again.pdf!).equals(Buffer.from(result.pdf!))).toBe(true);
    expect(Buffer.from(again.docx!).equals(Buffer.from(result.docx!))).toBe(true);
  });
});

describe('footnotes: a note that does not fit under its reference', () => {
  it('PDF: starts under the reference and continues on the next page (as Word); the body never reaches it', async () => {
    // Text that fills page 1 down to its last lines, the reference there, and a note of many lines.
    const yaml = `document:
  kind: letter
  addressee: [Директору ФГБУ «ФИОКО»]
  body: |-
${Array.from({ length: 6 }, () => `    ${FILLER.repeat(3)}`).join('\n\n')}

    ${FILLER.repeat(3)}Абзац со ссылкой-омега[^omega].

${Array.from({ length: 4 }, () => `    ${FILLER.repeat(3)}`).join('\n\n')}
  footnotes:
    omega: Сноска омега начинается здесь. ${'Пояснение из многих строк мелкого шрифта внизу страницы письма. '.repeat(20)}Сноска омега кончается здесь.
plan:
  title: ПЛАН-ГРАФИК
  items:
    - {task: Отбор школ, deadline: до 20.12.2022}
`;
    const result = await renderYaml(yaml);
    const pdf = await readPdf(result.pdf!);
    const at = pageOf(pdf, 'ссылкой-омега');
    expect(pageOf(pdf, 'Сноска омега начинается здесь.')).toBe(at);
    expect(pageOf(pdf, 'Сноска омега кончается здесь.')).toBe(at + 1);
    for (const [n, start] of [[at, 'Сноска омега начинается'], [at + 1, 'Сноска омега кончается']] as const) {
      const page = pdf.pages[n]!;
      const line = noteLine(page, start);
      expect(line[0]!.y + line[0]!.height).toBeLessThan(Math.min(...bodyItems(page).map((i) => i.y)));
    }
  }, 60_000);
});

describe('footnotes: a custom mark', () => {
  it('a mark that is not the number (template footnote-marker): Word\'s custom mark at the reference and before the note; the same in the PDF', async () => {
    const { roadmap } = await loadRoadmapText(`document:
  kind: plan
  approval: {by: act, act: распоряжением министерства, year: 2022}
  footnotes: {a: Примечание со звёздочкой.}
plan:
  title: ПЛАН-ГРАФИК[^a]
  items:
    - {task: Отбор школ}
`, { file: 'mark.yaml' });
    const templates = loadTemplates({ host: mapTemplateHost({ 'footnote-marker': '*' }), fresh: true }).templates;
    const { model } = compose(roadmap!, { now: NOW, templates });
    const result = { docx: await writeDocx(model), pdf: await writePdf(model) };
    const docx = readDocx(result.docx);
    expect(docx.documentXml).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t xml:space="preserve">*</w:t>');
    const note = elements(docx.part('word/footnotes.xml'), 'w:footnote')[2]!;
    expect(note).not.toContain('<w:footnoteRef/>');
    expect(note).toContain('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">*</w:t></w:r>');
    const page = (await readPdf(result.pdf)).pages[0]!;
    expect(markAfter(page, 'ПЛАН-ГРАФИК')).toBe('*');
    const text = page.items.find((i) => i.str.includes('Примечание со звёздочкой.'))!;
    expect(page.items.some((m) => m.str === '*' && m.x < text.x && m.y > text.y)).toBe(true);
  }, 60_000);
});

describe('footnotes: the executor mark', () => {
  it('PDF: stands above the notes of its page (both at the foot of the text area)', async () => {
    const result = await renderYaml(`document:
  kind: letter
  addressee: [Директору ФГБУ «ФИОКО»]
  body: Направляем план-график[^plan] для экспертизы.
  footnotes: {plan: Утверждён распоряжением министерства.}
  signatories:
    - {position: Министр, name: А.Н. Морозов}
  executor: {name: Иванова Ирина Петровна, phone: 8 (8142) 71-73-10}
plan:
  title: ПЛАН-ГРАФИК
  items:
    - {task: Отбор школ, deadline: до 20.12.2022}
`);
    const page = (await readPdf(result.pdf!)).pages[0]!;
    const phone = page.items.find((i) => i.str.includes('8 (8142) 71-73-10'))!;
    const note = page.items.find((i) => i.str.includes('Утверждён распоряжением'))!;
    expect(phone.y).toBeGreaterThan(note.y + note.height);
    // Nothing of the mark reaches the separator line's room above the note.
    expect(phone.y - (note.y + note.height)).toBeGreaterThan(GOST_THEME.footnotes.gapAbove + GOST_THEME.footnotes.gapBelow);
  }, 60_000);
});

describe('footnotes: the open body and an appendix', () => {
  it('a formula line, a generic table\'s header and an appendix\'s title: Word footnote references in DOCX, notes at the foot of their pages in PDF', async () => {
    const result = await renderYaml(`document:
  kind: passport
  approval: {by: meeting, act: на заседании проектного офиса, date: 2022-05-14, number: 3}
  title: ПАСПОРТ регионального проекта
  body:
    - approval
    - title
    - table:
        caption: Расчёт показателя
        columns: [{header: 'Показатель[^column]', width: 3}, {header: '2022', align: center}]
        rows: [[Доля ШНОР, '10,2']]
    - formula: 'Д = Ч_{шнор} / Ч_{оо} × 100 %[^formula]'
  appendices:
    - mark: heading
      title: Методика расчёта[^appendix]
      body:
        - paragraph: Текст приложения.
  footnotes:
    column: Сноска к колонке таблицы.
    formula: Сноска к формуле.
    appendix: Сноска к заголовку приложения.
plans:
  - title: ПЛАН-ГРАФИК
    items: [{task: Отбор школ}]
`);
    const docx = readDocx(result.docx!);
    const paragraphs = elements(docx.documentXml, 'w:p');
    const holding = (id: number) => paragraphs.filter((p) => p.includes(`<w:footnoteReference w:id="${id}"/>`)).map((p) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1]);
    expect([holding(1), holding(2), holding(3)]).toEqual([['pg-table-header'], ['pg-formula'], ['pg-title']]);
    expect(elements(docx.part('word/footnotes.xml'), 'w:footnote')).toHaveLength(5);
    const pdf = await readPdf(result.pdf!);
    expect(pageOf(pdf, 'Сноска к колонке таблицы.')).toBe(pageOf(pdf, 'Расчёт показателя'));
    expect(pageOf(pdf, 'Сноска к формуле.')).toBe(pageOf(pdf, 'Д = Ч'));
    const appendix = pageOf(pdf, 'Текст приложения.');
    expect(appendix).toBeGreaterThan(0);
    expect(pageOf(pdf, 'Сноска к заголовку приложения.')).toBe(appendix);
    const page = pdf.pages[appendix]!;
    const line = noteLine(page, 'Сноска к заголовку');
    expect(line[0]!.y + line[0]!.height).toBeLessThan(Math.min(...bodyItems(page).map((i) => i.y)));
  }, 60_000);
});
