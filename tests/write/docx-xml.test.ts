/**
 * The DOCX writer's own XML (paragraphs, runs, tables written as strings, src/write/docx/xml.ts):
 * the same bytes as docx made of the same blocks (the old handlers, tests/write/support/
 * docx-reference.ts) for random documents, and focused checks of escaping, hyperlinks, spans,
 * section ends and the row-height bound.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Paragraph, ParagraphStyleName, Run, Table, TableCell, TableRow } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { cellHeightBound } from '../../src/write/docx/row-height.js';
import { Utf8Sink, concatBytes, esc } from '../../src/write/docx/xml.js';
import { metricsOf } from '../../src/write/measure.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { estimateCellHeight } from '../../src/write/text-height.js';
import { elements, readDocx, relationships, tables } from '../support/docx-read.js';
import { CREATED, model, p } from '../support/sample-model.js';
import { referenceDocx } from './support/docx-reference.js';

/** The parts of a package that differ, with both versions (for a readable failure). */
function differingParts(a: Uint8Array, b: Uint8Array): Array<{ path: string; written: string; reference: string }> {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  const paths = [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort();
  return paths
    .map((path) => ({ path, written: pa[path] ? strFromU8(pa[path]) : '(none)', reference: pb[path] ? strFromU8(pb[path]) : '(none)' }))
    .filter((d) => d.written !== d.reference);
}

async function expectSameAsDocx(doc: DocumentModel): Promise<void> {
  const written = await writeDocx(doc);
  const reference = await referenceDocx(doc);
  const diff = differingParts(written, reference);
  expect(diff.map((d) => d.path)).toEqual([]);
  expect(Buffer.from(written).equals(Buffer.from(reference))).toBe(true);
}

// ---------------------------------------------------------------- random documents

/** Text with what needs care: XML specials, controls XML cannot carry, tabs, line feeds, astral characters. */
const text = fc.string({
  unit: fc.constantFrom('а', 'Б', 'ё', 'z', '1', ' ', ' ', '«', '»', '—', '№', '&', '<', '>', '"', "'", '\t', '\n', '\u0001', '\u000b', '\u00a0', '😀', ']]>'),
  maxLength: 24,
});
const LINKS = ['https://edu.khv.gov.ru', 'https://x.org/a?b=1&c="2"', 'https://x.org/page#раздел-2', 'https://x.org/#', 'mailto:a@b.ru'];

const run: fc.Arbitrary<Run> = fc.record(
  {
    text,
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
    link: fc.constantFrom(...LINKS),
    characterSpacing: fc.constantFrom(0, 0.01, 3),
    breakBefore: fc.boolean(),
    // Fields are rare in real runs: mostly none.
    field: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('page' as const, 'pages' as const) }),
    superscript: fc.boolean(),
  },
  { requiredKeys: ['text'] },
);

const STYLES: ParagraphStyleName[] = ['body', 'body-plain', 'title', 'table', 'table-header', 'small', 'stamp'];
const ALIGNS = ['left', 'center', 'right', 'justify'] as const;

const paragraph: fc.Arbitrary<Paragraph> = fc.record(
  {
    type: fc.constant('paragraph' as const),
    style: fc.constantFrom(...STYLES),
    runs: fc.array(run, { maxLength: 4 }),
    align: fc.constantFrom(...ALIGNS),
    bold: fc.boolean(),
    bullet: fc.boolean(),
    level: fc.integer({ min: 0, max: 2 }),
    keepWithNext: fc.boolean(),
    spaceBefore: fc.constantFrom(0, 6, 12.5),
  },
  { requiredKeys: ['type', 'style', 'runs'] },
);

/** A cell text long enough for a row taller than a landscape page (it may split then). */
const LONG: Paragraph = p('Длинный текст ячейки, который не помещается на страницу. '.repeat(120));

const cellArb: fc.Arbitrary<TableCell> = fc.record(
  {
    blocks: fc.oneof({ weight: 12, arbitrary: fc.array(paragraph, { maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant<Paragraph[]>([LONG]) }),
    colSpan: fc.integer({ min: 1, max: 3 }),
    rowSpan: fc.integer({ min: 1, max: 3 }),
    align: fc.constantFrom(...ALIGNS),
    bold: fc.boolean(),
  },
  { requiredKeys: ['blocks'] },
);

const row = (kinds: TableRow['kind'][]): fc.Arbitrary<TableRow> =>
  fc.record(
    { kind: fc.constantFrom(...kinds), cells: fc.array(cellArb, { maxLength: 5 }), cantSplit: fc.boolean() },
    { requiredKeys: ['kind', 'cells'] },
  );

const table: fc.Arbitrary<Table> = fc.record({
  type: fc.constant('table' as const),
  columns: fc.array(fc.integer({ min: 1, max: 30 }).map((width) => ({ width })), { minLength: 1, maxLength: 5 }),
  head: fc.array(row(['header', 'numbers']), { maxLength: 3 }),
  repeatHead: fc.constantFrom('all' as const, 'numbers' as const, 'none' as const),
  rows: fc.array(row(['item', 'group', 'body']), { maxLength: 6 }),
  borders: fc.constantFrom('all' as const, 'none' as const),
});

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 4, arbitrary: table },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('split-line' as const), style: fc.constantFrom(...STYLES), left: fc.array(run, { maxLength: 2 }), right: fc.array(run, { maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('approval-stamp' as const), word: text, lines: fc.array(fc.array(run, { maxLength: 2 }), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('appendix-mark' as const), lines: fc.array(fc.array(run, { maxLength: 2 }), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('spacer' as const), height: fc.constantFrom(0, 12, 32.5) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'page-break' as const }) },
  { weight: 1, arbitrary: fc.constant<Block>({ type: 'signature', layout: 'stacked', entries: [{ position: ['Министр'], name: 'И.И. Иванов' }] }) },
);

const documentModel: fc.Arbitrary<DocumentModel> = fc
  .array(fc.record({ orientation: fc.constantFrom('portrait' as const, 'landscape' as const), blocks: fc.array(block, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 })
  .map((sections) => ({ meta: { title: 'Тест', created: CREATED, language: 'ru-RU' }, sections }));

describe('directly written XML: the bytes docx made of the same blocks', () => {
  it('random documents: paragraphs, runs of every kind, tables with spans, stamps, split lines, spacers, sections', async () => {
    await fc.assert(fc.asyncProperty(documentModel, expectSameAsDocx), { numRuns: Number(process.env.DOCX_XML_RUNS ?? 60) });
  });

  it('a plan of 300 rows with group rows, links and a two-part header', async () => {
    const rows: TableRow[] = [];
    for (let n = 1; n <= 300; n++) {
      if (n % 10 === 1) rows.push({ kind: 'group', cells: [{ blocks: [p(`Раздел ${n}`)] }] });
      rows.push({
        kind: 'item',
        cantSplit: true,
        cells: [p(`${n}.`), p('до 20.12.2021'), p(`Мероприятие ${n} & «итоги»`), p('ОМСУ'), p('отчёт'), { type: 'paragraph', style: 'table', runs: [{ text: 'сайт', link: `https://x.org/${n}` }] }].map(
          (b) => ({ blocks: [b as Paragraph] }),
        ),
      });
    }
    const head = (t: string, extra: Partial<TableCell> = {}): TableCell => ({ blocks: [{ type: 'paragraph', style: 'table-header', runs: [{ text: t }] }], ...extra });
    await expectSameAsDocx(
      model(
        [
          {
            type: 'table',
            columns: [5, 12, 30, 18, 20, 15].map((width) => ({ width })),
            head: [
              { kind: 'header', cells: [head('№', { rowSpan: 2 }), head('Срок', { rowSpan: 2 }), head('Задача', { colSpan: 4 })] },
              { kind: 'header', cells: ['а', 'б', 'в', 'г'].map((t) => head(t)) },
              { kind: 'numbers', cells: ['1', '2', '3', '4', '5', '6'].map((t) => head(t)) },
            ],
            repeatHead: 'numbers',
            rows,
            borders: 'all',
          },
          { type: 'signature', layout: 'stacked', entries: [{ position: ['Министр'], name: 'И.И. Иванов' }] },
        ],
        'landscape',
      ),
    );
  });
});

// ---------------------------------------------------------------- focused checks

describe('escaping', () => {
  it('the five XML specials as entities, in text too; controls XML cannot carry dropped; the rest kept', () => {
    expect(esc(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(esc('x\u0000\u0001\u0008\u000b\u000c\u000e\u001fy')).toBe('xy');
    expect(esc('таб\tперенос\nвозврат\r «ё» № 😀')).toBe('таб\tперенос\nвозврат\r «ё» № 😀');
  });

  it('cell text and link targets escaped in document.xml and the relationships', async () => {
    const link = 'https://x.org/a?b=1&c="2"';
    const docx = readDocx(
      await writeDocx(model([{ type: 'table', columns: [{ width: 1 }], head: [], repeatHead: 'none', borders: 'all', rows: [{ kind: 'item', cells: [{ blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: '<b>&amp; "x" \u0007' }, { text: 'ссылка', link }] }] }] }] }])),
    );
    expect(docx.documentXml).toContain('<w:t xml:space="preserve">&lt;b&gt;&amp;amp; &quot;x&quot; </w:t>');
    expect(docx.part('word/_rels/document.xml.rels')).toContain('Target="https://x.org/a?b=1&amp;c=&quot;2&quot;" TargetMode="External"');
    const id = /<w:hyperlink w:history="1" r:id="([^"]+)">/.exec(docx.documentXml)?.[1] ?? '';
    expect(relationships(docx).get(id)).toEqual({ type: 'hyperlink', target: link, external: true });
  });
});

describe('hyperlinks', () => {
  const linkCell = (link: string): TableCell => ({ blocks: [{ type: 'paragraph', style: 'table', runs: [{ text: link, link }] }] });
  const linkTable = (links: string[]): Table => ({ type: 'table', columns: [{ width: 1 }], head: [], repeatHead: 'none', borders: 'all', rows: links.map((l) => ({ kind: 'item', cells: [linkCell(l)] })) });

  it('one relationship per link, rIdP1, rIdP2, … in document order across paragraphs and tables', async () => {
    const doc = model([
      { type: 'paragraph', style: 'body', runs: [{ text: 'первая', link: 'https://a.ru' }] },
      linkTable(['https://b.ru', 'https://c.ru']),
      { type: 'paragraph', style: 'body', runs: [{ text: 'последняя', link: 'https://d.ru' }] },
    ]);
    const docx = readDocx(await writeDocx(doc));
    const ids = [...docx.documentXml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['rIdP1', 'rIdP2', 'rIdP3', 'rIdP4']);
    const rels = relationships(docx);
    expect(ids.map((id) => rels.get(id ?? '')?.target)).toEqual(['https://a.ru', 'https://b.ru', 'https://c.ru', 'https://d.ru']);
    expect(docx.part('word/_rels/document.xml.rels')).not.toContain('pg:');
    expect(docx.documentXml).not.toContain('pg:');
  });

  it('a #fragment goes to w:anchor, the relationship targets the address without it', async () => {
    const docx = readDocx(await writeDocx(model([linkTable(['https://x.org/page#part-2'])])));
    const link = /<w:hyperlink w:history="1" w:anchor="part-2" r:id="([^"]+)">/.exec(docx.documentXml);
    expect(link).not.toBeNull();
    expect(relationships(docx).get(link?.[1] ?? '')?.target).toBe('https://x.org/page');
  });
});

describe('tables', () => {
  it('spans: gridSpan; vMerge restart, then continue cells with the width, span and alignment of the cell above', async () => {
    const cellOf = (t: string, extra: Partial<TableCell> = {}): TableCell => ({ blocks: [p(t)], ...extra });
    const docx = readDocx(
      await writeDocx(
        model([
          {
            type: 'table',
            columns: [{ width: 1 }, { width: 1 }, { width: 1 }],
            head: [],
            repeatHead: 'none',
            borders: 'none',
            rows: [
              { kind: 'item', cells: [cellOf('A'), cellOf('B', { colSpan: 2, rowSpan: 3, align: 'center' })] },
              { kind: 'item', cells: [cellOf('C')] },
              { kind: 'item', cells: [cellOf('D')] },
            ],
          },
        ]),
      ),
    );
    const [t] = tables(docx.documentXml);
    const rows = elements(t?.xml ?? '', 'w:tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/<w:gridSpan w:val="2"\/><w:vMerge w:val="restart"\/>/);
    for (const r of rows.slice(1)) {
      const continued = elements(r, 'w:tc')[1] ?? '';
      expect(continued).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/><w:gridSpan w:val="2"\/><w:vMerge w:val="continue"\/><w:vAlign w:val="top"\/>/);
      expect(continued).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>');
    }
    expect(t?.xml).toContain('<w:insideV w:val="none" w:color="auto" w:sz="0"/>');
  });
});

describe('sections', () => {
  it('a section ending with a paragraph carries its properties in that paragraph, after its own', async () => {
    const doc: DocumentModel = {
      meta: { title: 'Тест', created: CREATED, language: 'ru-RU' },
      sections: [
        { orientation: 'portrait', blocks: [p('Текст', { style: 'body', align: 'center' })] },
        { orientation: 'landscape', blocks: [p('Дальше', { style: 'body' })] },
      ],
    };
    const xml = readDocx(await writeDocx(doc)).documentXml;
    expect(xml).toMatch(/<w:p><w:pPr><w:pStyle w:val="pg-body"\/><w:jc w:val="center"\/><w:sectPr>[\s\S]*?<\/w:sectPr><\/w:pPr><w:r><w:t xml:space="preserve">Текст<\/w:t><\/w:r><\/w:p>/);
    await expectSameAsDocx(doc);
  });
});

describe('a table without rows', () => {
  it('writes nothing, so the paragraph before it still ends the section', async () => {
    const empty: Table = { type: 'table', columns: [{ width: 1 }], head: [], repeatHead: 'all', rows: [], borders: 'all' };
    const doc: DocumentModel = {
      meta: { title: 'Тест', created: CREATED, language: 'ru-RU' },
      sections: [
        { orientation: 'portrait', blocks: [p('Текст', { style: 'body' }), empty] },
        { orientation: 'portrait', blocks: [] },
      ],
    };
    const xml = readDocx(await writeDocx(doc)).documentXml;
    expect(elements(xml, 'w:tbl')).toHaveLength(0);
    expect(elements(xml.slice(xml.indexOf('<w:body>')), 'w:p')[0]).toContain('<w:sectPr>');
    await expectSameAsDocx(doc);
  });
});

describe('UTF-8 blocks', () => {
  it('a sink gives the bytes of everything written, in order, across blocks', () => {
    const sink = new Utf8Sink();
    const pieces = Array.from({ length: 5000 }, (_, i) => `<w:t>ряд ${i} «😀» &amp;</w:t>`);
    for (const piece of pieces) sink.write(piece);
    const blocks = sink.end();
    expect(blocks.length).toBeGreaterThan(1);
    expect(Buffer.from(concatBytes(blocks)).toString('utf8')).toBe(pieces.join(''));
  });
});

describe('row-height bound', () => {
  const m = metricsOf(tinosFonts());
  const cellBlocks = fc.array(paragraph, { maxLength: 3 });

  it('is never below the estimate it stands in for', () => {
    fc.assert(
      fc.property(cellBlocks, fc.integer({ min: 1, max: 400 }), fc.boolean(), (blocks, width, bold) => {
        expect(cellHeightBound(blocks, width, GOST_THEME, m, bold)).toBeGreaterThanOrEqual(estimateCellHeight(blocks, width, GOST_THEME, m, bold));
      }),
      { numRuns: 300 },
    );
    for (const width of [20, 60, 200]) {
      expect(cellHeightBound([LONG], width, GOST_THEME, m)).toBeGreaterThanOrEqual(estimateCellHeight([LONG], width, GOST_THEME, m));
    }
  });

  it('a row taller than a landscape page may split, the others may not', async () => {
    const rowOf = (b: Paragraph): TableRow => ({ kind: 'item', cantSplit: true, cells: [{ blocks: [b] }, { blocks: [p('x')] }] });
    const docx = readDocx(
      await writeDocx(model([{ type: 'table', columns: [{ width: 1 }, { width: 1 }], head: [], repeatHead: 'none', borders: 'all', rows: [rowOf(p('коротко')), rowOf(LONG)] }], 'landscape')),
    );
    expect(tables(docx.documentXml)[0]?.rows.map((r) => r.cantSplit)).toEqual([true, false]);
  });
});
