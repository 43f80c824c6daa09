/**
 * Hostile and broken DOCX files: each gets a located diagnostic and an error (nothing imported),
 * never a hang, a crash or memory without bound — a file that is no zip, an old .doc, a zip with
 * no Word document, a zip bomb (also one whose headers lie about sizes), damaged compression,
 * XML with a DTD (entities declared, external or «billion laughs»), undefined entities, broken
 * XML, bytes that are not UTF-8, and documents over the row, cell, paragraph, text and nesting
 * limits.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx, type ImportOptions } from '../../src/import/import-docx.js';
import { p, tbl, tc, tr, wordDocx } from '../support/word-build.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string, prolog = '') => `<?xml version="1.0" encoding="UTF-8"?>${prolog}\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
const HEADER = tr(['№ п/п', 'Мероприятие', 'Срок'].map((h) => tc(p(h))));
const row = (n: number) => tr([tc(p(`${n}.`)), tc(p(`Задача ${n}`)), tc(p('до 01.03.2022'))]);
const plan = (rows: number) => tbl([1000, 6000, 2000], [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1))]);

async function only(bytes: Uint8Array, options: ImportOptions = {}) {
  const r = await importDocx(bytes, { file: 'x.docx', ...options });
  expect(r.yaml).toBeUndefined();
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  return r.diagnostics.find((d) => d.severity === 'error')!;
}

describe('not a Word document', () => {
  it('text, an empty file, half a zip: «not a zip archive»', async () => {
    for (const bytes of [strToU8('document: {kind: plan}\n'), new Uint8Array(0), wordDocx([plan(1)]).subarray(0, 200)]) {
      const d = await only(bytes);
      expect(d.code).toBe('import-not-docx');
      expect(d.message).toMatch(/^Файл не является документом Word в формате DOCX: (это не zip-архив|архив повреждён)/);
      expect(d.hint).toContain('«Документ Word (*.docx)»');
    }
  });

  it('an old .doc (or a password-protected .docx): said so', async () => {
    const d = await only(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    expect(d.message).toContain('документ старого формата .doc или файл .docx, защищённый паролем');
  });

  it('a zip holding a spreadsheet, or nothing of Word', async () => {
    const xlsx = zipSync({
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    });
    expect((await only(xlsx)).message).toContain('в архиве нет документа Word');
    expect((await only(zipSync({ 'a.txt': strToU8('a') }))).message).toContain('в архиве нет документа Word');
  });

  it('damaged compressed data', async () => {
    const bytes = wordDocx([plan(30)]);
    const view = Buffer.from(bytes);
    const at = view.indexOf('word/document.xml') + 'word/document.xml'.length + 40;
    for (let i = at; i < at + 64; i++) bytes[i] = 0xff;
    const d = await only(bytes);
    expect(d.code).toMatch(/^import-(not-docx|xml-invalid)$/);
  });
});

describe('zip bombs', () => {
  const bomb = (mib: number) => wordDocx([], { documentXml: doc(`<w:p><w:r><w:t>${' '.repeat(mib * 1024 * 1024)}</w:t></w:r></w:p>`) });

  it('a part that inflates past the limit is refused as it inflates', async () => {
    const d = await only(bomb(3), { limits: { documentBytes: 1024 * 1024 } });
    expect(d.code).toBe('import-too-large');
    expect(d.message).toBe('Часть word/document.xml после распаковки больше предела 1 МиБ; документ не читается.');
  });

  it('headers that claim a small size change nothing', async () => {
    const bytes = bomb(3);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Every size field of the central directory and the local headers: 100 bytes.
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
    }
    expect((await only(bytes, { limits: { documentBytes: 1024 * 1024 } })).code).toBe('import-too-large');
  });

  it('a relationships part too is bounded', async () => {
    const big = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${' '.repeat(2 * 1024 * 1024)}</Relationships>`;
    const d = await only(wordDocx([plan(1)], { parts: { '_rels/.rels': big } }), { limits: { partBytes: 1024 * 1024 } });
    expect(d.message).toContain('Часть _rels/.rels после распаковки больше предела 1 МиБ');
  });
});

describe('XML that Word never writes', () => {
  it('a DTD with entities («billion laughs») is refused before anything is expanded', async () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const d = await only(wordDocx([], { documentXml: doc('<w:p><w:r><w:t>&c;</w:t></w:r></w:p>', laughs) }));
    expect(d.code).toBe('import-dtd');
    expect(d.message).toMatch(/^word\/document\.xml:1:\d+: в XML есть объявление DTD \(<!DOCTYPE>\); такие документы не читаются\.$/);
  });

  it('an external entity (SYSTEM) is refused the same way; in any part', async () => {
    const xxe = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
    expect((await only(wordDocx([], { documentXml: doc('<w:p><w:r><w:t>&x;</w:t></w:r></w:p>', xxe) }))).code).toBe('import-dtd');
    const rels = `<?xml version="1.0"?>${xxe}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`;
    const d = await only(wordDocx([plan(1)], { parts: { 'word/_rels/document.xml.rels': rels } }));
    expect(d.code).toBe('import-dtd');
    expect(d.message).toMatch(/^word\/_rels\/document\.xml\.rels:1:\d+: /);
  });

  it('an entity never declared, broken XML, bytes that are not UTF-8: located in the part', async () => {
    const undeclared = await only(wordDocx([], { documentXml: doc('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>') }));
    expect(undeclared.code).toBe('import-xml-invalid');
    expect(undeclared.message).toMatch(/^word\/document\.xml:2:\d+: документ повреждён, XML не читается: ссылка на неизвестную сущность \(&…;\)\.$/);
    expect((await only(wordDocx([], { documentXml: doc('<w:p><w:r><w:t>нет конца</w:r></w:p>') }))).code).toBe('import-xml-invalid');
    const latin1 = new Uint8Array([...strToU8(doc('<w:p><w:r><w:t>').slice(0, -30)), 0xe0, 0xe1]);
    expect((await only(wordDocx([], { parts: { 'word/document.xml': latin1 } }))).message).toContain('текст не в кодировке UTF-8 или UTF-16');
  });
});

describe('limits, located in the document', () => {
  it('rows', async () => {
    const d = await only(wordDocx([plan(12)]), { limits: { rows: 10 } });
    expect(d.message).toBe('Таблица 1, строка 11: строк в таблицах больше предела: 10; документ не читается.');
  });

  it('cells in a row; a huge gridSpan is taken as the cell limit', async () => {
    const wide = tbl([1000], [tr(Array.from({ length: 65 }, () => tc(p('x'))))]);
    expect((await only(wordDocx([wide]))).message).toBe('Таблица 1, строка 1, ячейка 65: ячеек в строке больше предела: 64; документ не читается.');
    const span = tbl([1000, 6000, 2000], [HEADER, tr([tc(p('Раздел'), { span: 999_999_999 })]), row(1)]);
    const r = await importDocx(wordDocx([span]), { file: 'x.docx' });
    expect(r.yaml).toBeDefined();
  });

  it('tables nested in cells', async () => {
    let nested = p('дно');
    for (let i = 0; i < 20; i++) nested = tbl([1000], [tr([tc(nested)])]);
    expect((await only(wordDocx([nested]))).message).toMatch(/^Таблица 1, строка 1, ячейка 1: таблицы вложены друг в друга глубже предела: 16/);
  });

  it('paragraphs and the text of one cell', async () => {
    expect((await only(wordDocx([plan(5), ...Array.from({ length: 30 }, () => p())]), { limits: { paragraphs: 20 } })).code).toBe('import-limit');
    const long = tbl([1000, 6000, 2000], [HEADER, tr([tc(p('1.')), tc(p('я'.repeat(101))), tc(p('март'))])]);
    expect((await only(wordDocx([long]), { limits: { cellChars: 100 } })).message).toBe('Таблица 1, строка 2, ячейка 2: текст длиннее предела: 100 символов; документ не читается.');
  });
});

describe('no plan-graph in the document', () => {
  it('no tables; or tables, each reported with what it lacks', async () => {
    expect((await only(wordDocx([p('Только текст')]))).message).toBe('В документе нет таблиц: план-график переносится из таблицы.');
    const r = await importDocx(wordDocx([tbl([3000, 3000], [tr([tc(p('Должность')), tc(p('Фамилия'))])])]), { file: 'x.docx', lang: 'en' });
    expect(r.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'import-no-plan: The document has 1 table, but none looks like a plan-graph: no columns of tasks and deadlines (or executors, results) were found.',
      'import-table-skipped: Table 1: the table does not look like a plan-graph (no column of tasks or activities) and was not imported: «Должность | Фамилия».',
    ]);
  });
});
