/** DOCX writer: the XML it produces, read back with tests/support/docx-read.ts. */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/write/docx/index.js';
import { STYLES_WHEN_USED } from '../../src/write/docx/styles.js';
import type { ParagraphStyleName } from '../../src/model/document.js';
import { GOST_THEME, resolveTheme } from '../../src/model/theme.js';
import { mmToTwip, textWidthMm } from '../../src/write/units.js';
import {
  elements,
  hasPageField,
  paragraphTexts,
  plainSpaces,
  readDocx,
  relationships,
  sectionHeaders,
  sections,
  tables,
} from '../support/docx-read.js';
import { HEADERS, cell, model, p, planTable, sampleOrder, samplePlan } from '../support/sample-model.js';

const LANDSCAPE_TEXT = mmToTwip(textWidthMm(GOST_THEME, 'landscape'));

describe('writeDocx: the plan table', async () => {
  const docx = readDocx(await writeDocx(samplePlan()));
  const [head, body, ...rest] = tables(docx.documentXml);

  it("'numbers' mode: header rows in their own table, the number row on top of the body table, repeated", () => {
    expect(rest.filter((t) => t.grid.length === 6)).toHaveLength(0);
    expect(head?.rows).toHaveLength(1);
    expect(head?.rows[0]?.header).toBe(false);
    expect(head?.rows[0]?.cells.map((c) => c.text)).toEqual(HEADERS);
    expect(body?.rows[0]?.cells.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(body?.rows.map((r) => r.header).filter(Boolean)).toHaveLength(1);
    expect(body?.rows[0]?.header).toBe(true);
  });

  it('keeps the two tables apart by a hairline paragraph only (Word and LibreOffice would merge them)', () => {
    const xml = docx.documentXml;
    const between = xml.slice(xml.indexOf(head?.xml ?? '') + (head?.xml.length ?? 0), xml.indexOf(body?.xml ?? ''));
    expect(elements(between, 'w:p')).toHaveLength(1);
    expect(between).toMatch(/<w:spacing [^>]*w:line="2"[^>]*w:lineRule="exact"/);
  });

  it('grid: relative widths scaled to the landscape text width, same in both tables', () => {
    expect(head?.grid).toEqual(body?.grid);
    expect(body?.grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT);
    expect(body?.grid[2]).toBeGreaterThan(body?.grid[0] ?? Infinity);
    expect(body?.xml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('group rows: one cell spanning all columns, bold', () => {
    const groups = body?.rows.filter((r) => r.cells.length === 1) ?? [];
    expect(groups).toHaveLength(4);
    for (const g of groups) {
      expect(g.cells[0]?.gridSpan).toBe(6);
      expect(g.cells[0]?.text).toMatch(/^Раздел \d\./);
      expect(g.cells[0]?.xml).toMatch(/<w:b\/>/);
    }
  });

  it('every row cannot split; every cell text is there once', () => {
    expect(body?.rows.every((r) => r.cantSplit)).toBe(true);
    const texts = body?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? [];
    expect(texts.filter((t) => t.startsWith('Мероприятие 40:'))).toHaveLength(1);
    expect(body?.rows).toHaveLength(1 + 40 + 4);
  });

  it('a cell with several paragraphs, bullets with hanging indent and marker, a real hyperlink', () => {
    const row2 = body?.rows.find((r) => r.cells[0]?.text === '2.');
    const results = row2?.cells[4];
    expect(results?.paragraphs.slice(1)).toEqual(['–\tприказ Министерства', '–\tписьмо ФИОКО']);
    expect(results?.xml).toMatch(/<w:ind [^>]*w:left="283"[^>]*w:hanging="283"|<w:ind [^>]*w:hanging="283"[^>]*w:left="283"/);
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(row2?.cells[5]?.xml ?? '');
    expect(link).not.toBeNull();
    const rel = relationships(docx).get(link?.[1] ?? '');
    expect(rel).toEqual({ type: 'hyperlink', target: 'https://edu.khv.gov.ru', external: true });
    // The URL is wider than its cell: a zero-width space lets it break after «//», not in the host.
    expect(row2?.cells[5]?.text).toBe('Информация 2 на сайте\nhttps://\u200bedu.khv.gov.ru');
  });

  it('keeps the last row with the signature (keepNext on its paragraphs)', () => {
    const last = body?.rows.at(-1);
    expect(last?.cells[0]?.text).toBe('40.');
    for (const c of last?.cells ?? []) expect(c.xml).toContain('<w:keepNext/>');
    expect(body?.rows.at(-2)?.cells[0]?.xml).not.toContain('<w:keepNext/>');
  });

  it('signature: position lines, the name after a tab on the last one, right tab stop at the text width', () => {
    const texts = paragraphTexts(docx.documentXml).map(plainSpaces);
    expect(texts).toContain('Начальник управления');
    expect(texts).toContain('общего образования\tЕ.В. Матаржук');
    expect(docx.documentXml).toContain(`<w:tab w:val="right" w:pos="${LANDSCAPE_TEXT}"/>`);
  });

  it('approval stamp: indented into the right part of the page, text left-aligned', () => {
    const texts = paragraphTexts(docx.documentXml).map(plainSpaces);
    expect(texts.slice(0, 4)).toEqual(['УТВЕРЖДЕН', 'распоряжением министерства', 'образования и науки края', 'от «__» ________ 2022 г. № ___']);
    const left = Math.round(LANDSCAPE_TEXT * (1 - GOST_THEME.stampWidth));
    const stamp = elements(docx.documentXml, 'w:p')[0] ?? '';
    expect(stamp).toMatch(new RegExp(`<w:ind [^>]*w:left="${left}"`));
    expect(stamp).toContain('<w:jc w:val="left"/>');
  });
});

describe('writeDocx: sections, styles, fonts, page numbers', async () => {
  const docx = readDocx(await writeDocx(sampleOrder()));

  it('one section per IR section: portrait then landscape (swapped size, landscape margins), each on a new page', () => {
    const [portrait, landscape] = sections(docx.documentXml);
    expect(portrait?.orientation).toBe('portrait');
    expect(portrait?.width).toBeLessThan(portrait?.height ?? 0);
    expect(portrait?.margins.left).toBe(mmToTwip(GOST_THEME.page.portraitMargins.left));
    expect(landscape?.orientation).toBe('landscape');
    expect(landscape?.width).toBe(portrait?.height);
    expect(landscape?.height).toBe(portrait?.width);
    expect(landscape?.margins.top).toBe(mmToTwip(GOST_THEME.page.landscapeMargins.top));
    expect(landscape?.xml).toContain('<w:type w:val="nextPage"/>');
  });

  it('page numbers from page 2: first section has an empty first-page header (titlePg), all default headers print PAGE', () => {
    const [first, second] = sections(docx.documentXml);
    expect(first?.titlePage).toBe(true);
    expect(second?.titlePage).toBe(false);
    const headers = sectionHeaders(docx);
    expect(hasPageField(headers[0]?.first ?? 'missing')).toBe(false);
    expect(hasPageField(headers[0]?.default ?? '')).toBe(true);
    expect(hasPageField(headers[1]?.default ?? '')).toBe(true);
    expect(headers[0]?.default).toContain('<w:jc w:val="center"/>');
  });

  it('styles defined once from the theme, fonts by name in every script slot', () => {
    const styles = docx.part('word/styles.xml');
    for (const name of Object.keys(GOST_THEME.styles)) {
      // The styles of the open body are written only into documents that use them; the footnotes'
      // text style is Word's own «footnote text».
      const id = name === 'footnote' ? 'FootnoteText' : `pg-${name}`;
      if (STYLES_WHEN_USED.has(name as ParagraphStyleName)) expect(styles).not.toContain(`w:styleId="${id}"`);
      else expect(styles.match(new RegExp(`w:styleId="${id}"`, 'g'))).toHaveLength(1);
    }
    const fonts = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';
    expect(styles).toContain(fonts);
    const body = elements(styles, 'w:style').find((s) => s.includes('w:styleId="pg-body"')) ?? '';
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="709"\/>/);
    // Paragraphs name their style instead of carrying sizes.
    expect(docx.documentXml).toContain('<w:pStyle w:val="pg-body"/>');
  });

  it('character spacing in twips («п р и к а з ы в а ю:»)', () => {
    const run = elements(docx.documentXml, 'w:r').find((r) => r.includes('п р и к а з ы в а ю:')) ?? '';
    expect(run).toContain('<w:spacing w:val="60"/>');
  });

  it('split line: left text, tab, right text, right tab stop at the portrait text width', () => {
    expect(paragraphTexts(docx.documentXml).map(plainSpaces)).toContain('14.02.2022\t№ 50');
    expect(docx.documentXml).toContain(`<w:tab w:val="right" w:pos="${mmToTwip(textWidthMm(GOST_THEME, 'portrait'))}"/>`);
  });

  it('e-signature: a borderless table position | framed stamp | name', () => {
    const sig = tables(docx.documentXml)[0];
    expect(sig?.rows[0]?.cells.map((c) => plainSpaces(c.paragraphs.at(-1) ?? ''))).toEqual(['Начальник управления', '', 'Е.В. Матаржук']);
    expect(sig?.rows[0]?.cells[1]?.text).toContain('ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ');
    expect(elements(sig?.rows[0]?.cells[1]?.xml ?? '', 'w:tbl')[0]).toMatch(/<w:top w:val="single"/);
  });
});

describe('writeDocx: options and neighbours', () => {
  it("repeatHead 'all': one table, header and number rows both repeat; 'none': nothing repeats", async () => {
    const all = tables(readDocx(await writeDocx(model([planTable(5, 'all')], 'landscape'))).documentXml);
    expect(all).toHaveLength(1);
    expect(all[0]?.rows.map((r) => r.header).slice(0, 3)).toEqual([true, true, false]);
    const none = tables(readDocx(await writeDocx(model([planTable(5, 'none')], 'landscape'))).documentXml);
    expect(none[0]?.rows.some((r) => r.header)).toBe(false);
  });

  it('a page break sets pageBreakBefore on the next block', async () => {
    const docx = readDocx(await writeDocx(model([p('до'), { type: 'page-break' }, p('после')])));
    const paras = elements(docx.documentXml, 'w:p');
    expect(paras).toHaveLength(2);
    expect(paras[1]).toContain('<w:pageBreakBefore/>');
    expect(paras[0]).not.toContain('<w:pageBreakBefore/>');
  });

  it('a theme override changes the font, the sizes and the page numbers', async () => {
    const theme = resolveTheme({ font: { docxFamily: 'PT Astra Serif' }, styles: { table: { size: 10 } } as never, pageNumbers: { from: 1 } });
    const docx = readDocx(await writeDocx(model([{ type: 'table', columns: [{ width: 1 }], head: [], rows: [{ kind: 'item', cells: [cell('x')] }], repeatHead: 'none', borders: 'all' }]), { theme }));
    const styles = docx.part('word/styles.xml');
    expect(styles).toContain('w:ascii="PT Astra Serif"');
    expect(elements(styles, 'w:style').find((s) => s.includes('w:styleId="pg-table"'))).toContain('<w:sz w:val="20"/>');
    expect(sections(docx.documentXml)[0]?.titlePage).toBe(false);
  });
});

describe('writeDocx: determinism', () => {
  it('the same model gives byte-identical output, with fixed dates and no random ids', async () => {
    const a = await writeDocx(samplePlan());
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writeDocx(samplePlan());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const docx = readDocx(a);
    const core = docx.part('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-02-14T09:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-02-14T09:00:00Z</dcterms:modified>');
    for (const [id] of relationships(docx)) expect(id).toMatch(/^rIdP?\d+$/);
    expect([...docx.parts.keys()][0]).toBe('[Content_Types].xml');
  });

  it('zip entry times do not depend on the time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await writeDocx(samplePlan(3));
      process.env.TZ = 'Asia/Vladivostok';
      const vladivostok = await writeDocx(samplePlan(3));
      expect(Buffer.from(utc).equals(Buffer.from(vladivostok))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('writeDocx: a row taller than a page', () => {
  it('may split (Word would cut a cantSplit row off at the page end); the others may not', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => `слово${i + 1}`).join(' ');
    const table = planTable(2);
    const tall = table.rows[2];
    if (tall) tall.cells[2] = cell(words);
    const [, body] = tables(readDocx(await writeDocx(model([table], 'landscape'))).documentXml);
    const row = body?.rows.find((r) => r.cells[2]?.text.startsWith('слово1 '));
    expect(row?.cells[2]?.text.endsWith('слово6000')).toBe(true);
    expect(row?.cantSplit).toBe(false);
    expect(body?.rows.filter((r) => !r.cantSplit)).toHaveLength(1);
  });
});

describe('writeDocx: rows kept with the next one', () => {
  it('header and group rows keep with the next row (keepNext on their paragraphs), item rows do not', async () => {
    const [head, body] = tables(readDocx(await writeDocx(samplePlan(12))).documentXml);
    for (const c of head?.rows[0]?.cells ?? []) expect(c.xml).toContain('<w:keepNext/>');
    const groups = body?.rows.filter((r) => r.cells.length === 1) ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.cells[0]?.xml).toContain('<w:keepNext/>');
    expect(body?.rows[2]?.cells[0]?.xml).not.toContain('<w:keepNext/>');
  });
});
