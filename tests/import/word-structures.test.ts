/**
 * How Word documents lay plans out, one way at a time: year rows and sections nested by their
 * numbers, numbers restarting in every section, the № column numbered by Word's own list, a table
 * continued after a page break (with and without its header again), the «УТВЕРЖДАЮ» stamp,
 * signatures side by side, a row without a task, no title, text boxes, content controls, tracked
 * changes, hyperlink fields, the strict OOXML namespace.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import type { ImportedEntry, ImportedGroup, ImportedItem } from '../../src/import/imported-plan.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { p, tbl, tc, tr, wordDocx } from '../support/word-build.js';

const GRID = [900, 6000, 2000, 3000];
const header = () => tr(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'].map((h) => tc(p(h))));
const item = (no: string, task: string, deadline = 'март 2022 г.', who = 'УО') => tr([tc(p(no)), tc(p(task)), tc(p(deadline)), tc(p(who))]);
const span = (text: string) => tr([tc(p({ text, bold: true }), { span: 4 })]);

async function imported(body: string[]) {
  const r = await importDocx(wordDocx(body), { file: 'plan.docx' });
  expect([...r.diagnostics, ...r.yamlDiagnostics].filter((d) => d.severity === 'error'), r.yaml).toEqual([]);
  const loaded = await loadRoadmapText(r.yaml!, { file: 'plan.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { ...r, plan: r.document!.plans[0]!, codes: r.diagnostics.map((d) => d.code) };
}

/** The tree as «label title» lines, indented by level. */
function outline(entries: readonly ImportedEntry[], depth = 0): string[] {
  return entries.flatMap((e) => {
    const pad = '  '.repeat(depth);
    if (e.type === 'item') return [`${pad}${(e as ImportedItem).label}${e.no !== undefined ? ` (no ${e.no})` : ''} ${e.task}`];
    const g = e as ImportedGroup;
    return [`${pad}[${g.year ?? `${g.label}${g.no !== undefined ? ` (no ${g.no})` : ''}${g.numbered === false ? ' (unnumbered)' : ''} ${g.title}`}]`, ...outline(g.entries, depth + 1)];
  });
}

describe('Word plans, one layout at a time', () => {
  it('year rows and sections nested by their numbers: hierarchical, no number written apart', async () => {
    const { plan } = await imported([p('ПЛАН-ГРАФИК'), tbl(GRID, [
      header(), span('2021 год'), span('1. Организация'), item('1.1.', 'Отбор школ'), span('1.2. Кураторы'), item('1.2.1.', 'Отбор кураторов'), item('1.2.2.', 'Обучение кураторов'), item('1.3.', 'Совещание'),
      span('2022 год'), span('2. Сопровождение'), item('2.1.', 'Семинар'),
    ])]);
    expect(plan.numbering).toBe('hierarchical');
    expect(outline(plan.entries)).toEqual([
      '[2021]', '  [1. Организация]', '    1.1. Отбор школ', '    [1.2. Кураторы]', '      1.2.1. Отбор кураторов', '      1.2.2. Обучение кураторов', '    1.3. Совещание',
      '[2022]', '  [2. Сопровождение]', '    2.1. Семинар',
    ]);
  });

  it('numbers that restart in every section: per-section', async () => {
    const { plan } = await imported([p('План мероприятий'), tbl(GRID, [header(), span('1. Первое'), item('1.', 'А'), item('2.', 'Б'), span('2. Второе'), item('1.', 'В')])]);
    expect(plan.numbering).toBe('per-section');
    expect(outline(plan.entries).join('|')).not.toContain('(no');
  });

  it('the № column numbered by Word’s own list: its numbers are read as Word shows them', async () => {
    const auto = (task: string) => tr([tc(p('', { numId: 2 })), tc(p(task)), tc(p('май 2022 г.')), tc(p('УО'))]);
    const { plan } = await imported([p('ПЛАН'), tbl(GRID, [header(), auto('Первое'), auto('Второе'), auto('Третье')])]);
    // Flat rows: hierarchical and continuous print the same; the first of them is taken.
    expect([plan.numbering, plan.numberDot]).toEqual(['hierarchical', true]);
    expect(outline(plan.entries)).toEqual(['1. Первое', '2. Второе', '3. Третье']);
  });

  it('a table continued after a page break, without its header and with it: one plan, noted', async () => {
    const { plan, diagnostics } = await imported([
      p('ПЛАН-ГРАФИК'),
      tbl(GRID, [header(), item('1.', 'Первое')]),
      p('', { pageBreakBefore: true }),
      tbl(GRID, [item('2.', 'Второе')]),
      p(),
      tbl(GRID, [header(), item('3.', 'Третье')]),
    ]);
    expect(plan.tables).toEqual([1, 2, 3]);
    expect(outline(plan.entries)).toEqual(['1. Первое', '2. Второе', '3. Третье']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Таблица 3, строка 1: повтор шапки таблицы — пропущена: шапку на каждой странице повторяет сам plangraf (repeat).',
      'Таблица 2: таблица продолжает предыдущую и перенесена в тот же план.',
      'Таблица 3: таблица продолжает предыдущую и перенесена в тот же план.',
    ]);
  });

  it('a table continued after a page break repeating its head marked to repeat (as plangraf writes it): one plan, nothing noted; without the page break, or with another head, it is noted', async () => {
    const repeated = () => tr(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'].map((h) => tc(p(h))), { header: true });
    const quiet = await imported([p('ПЛАН-ГРАФИК'), tbl(GRID, [repeated(), item('1.', 'Первое')]), p('', { pageBreakBefore: true }), tbl(GRID, [repeated(), item('2.', 'Второе')])]);
    expect(outline(quiet.plan.entries)).toEqual(['1. Первое', '2. Второе']);
    expect(quiet.diagnostics).toEqual([]);
    // No page break between: two tables the author wrote apart, joined with a note.
    const apart = await imported([p('ПЛАН-ГРАФИК'), tbl(GRID, [repeated(), item('1.', 'Первое')]), p(), tbl(GRID, [repeated(), item('2.', 'Второе')])]);
    expect(apart.codes).toEqual(['import-rows-skipped', 'import-tables-joined']);
    // A sheet of signatures on the same grid, its own head marked to repeat: noted, never silent.
    const sheet = await imported([
      p('ПЛАН-ГРАФИК'), tbl(GRID, [repeated(), item('1.', 'Первое')]), p('', { pageBreakBefore: true }),
      tbl(GRID, [tr(['Должность', 'ФИО', 'Подпись', 'Дата'].map((h) => tc(p(h))), { header: true }), tr(['Министр', 'Иванов И.И.', '', ''].map((t) => tc(p(t))))]),
    ]);
    expect(sheet.codes).toContain('import-tables-joined');
  });

  it('«УТВЕРЖДАЮ» with a blank date, and signatures side by side', async () => {
    const { document, plan } = await imported([
      p('УТВЕРЖДАЮ'), p('Начальник управления образования'), p('________ Е.Ф. Родькина'), p('«__» ________ 2022 г.'),
      p(),
      p('ПЛАН-ГРАФИК'),
      tbl(GRID, [header(), item('1.', 'Первое')]),
      p(),
      tbl([7000, 7000], [tr([tc([p('Куратор проекта,'), p(['начальник управления', { tab: true }, 'Ю.В. Зотова'])]), tc([p('Руководитель проекта'), p(['проректор ХК ИРО', { tab: true }, 'Н.А. Петрова'])])])]),
    ]);
    expect(document!.approval).toEqual({ by: 'official', position: 'Начальник управления образования', name: 'Е.Ф. Родькина', year: 2022 });
    expect(document!.signatureLayout).toBe('side-by-side');
    expect(plan.signatories).toEqual([
      { position: 'Куратор проекта,\nначальник управления', name: 'Ю.В. Зотова' },
      { position: 'Руководитель проекта\nпроректор ХК ИРО', name: 'Н.А. Петрова' },
    ]);
  });

  it('a row without a task is kept, reported, and the file switches empty-task off; no title is reported', async () => {
    const { plan, yaml, codes, diagnostics } = await imported([tbl(GRID, [header(), item('1.', 'Первое'), item('2.', '', 'до 01.04.2022')])]);
    expect(plan.title).toBe('');
    expect(codes).toEqual(['import-empty-task', 'import-title-missing']);
    expect(diagnostics[0]!.message).toBe('Таблица 1, строка 3, ячейка 2: в строке нет задачи; строка перенесена с пустой задачей, проверка empty-task в файле отключена.');
    expect(yaml).toMatch(/\nlint:\n {2}empty-task: 'off' {2}# /);
  });

  it('text boxes are reported; content controls, inserted text and hyperlink fields are read; deleted text is not', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
    const textBox = '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>в надписи</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>запасной</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const cell = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
    const documentXml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>ПЛАН</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="6000"/><w:gridCol w:w="2000"/></w:tblGrid>
<w:tr>${cell('<w:r><w:t>№</w:t></w:r>')}${cell('<w:r><w:t>Мероприятие</w:t></w:r>')}${cell('<w:r><w:t>Срок</w:t></w:r>')}</w:tr>
<w:sdt><w:sdtContent><w:tr>${cell('<w:r><w:t>1.</w:t></w:r>')}${cell(`<w:r><w:t xml:space="preserve">Семинар </w:t></w:r><w:ins><w:r><w:t>для школ</w:t></w:r></w:ins><w:del><w:r><w:delText>удалено</w:delText></w:r></w:del>${textBox}`)}${cell('<w:r><w:t>май 2022 г.</w:t></w:r>')}</w:tr></w:sdtContent></w:sdt>
<w:tr>${cell('<w:r><w:t>2.</w:t></w:r>')}${cell('<w:r><w:t xml:space="preserve">См. </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.ru/500" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>сайт</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')}${cell('<w:r><w:t>июнь 2022 г.</w:t></w:r>')}</w:tr>
</w:tbl><w:sectPr/></w:body></w:document>`;
    const r = await importDocx(wordDocx([], { documentXml }), { file: 'plan.docx' });
    const items = r.document!.plans[0]!.entries as ImportedItem[];
    expect(items.map((i) => i.task)).toEqual(['Семинар для школ', 'См. [сайт](https://x.ru/500)']);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['Таблица 1, строка 2, ячейка 2: пропущено то, что в план-график не переносится: надпись (текстовое поле).']);
  });

  it('the strict OOXML namespace (ISO 29500 strict) is read as the transitional one', async () => {
    const strict = wordDocx([p('ПЛАН-ГРАФИК'), tbl(GRID, [header(), item('1.', 'Первое')])]);
    const text = Buffer.from(strict);
    // Rebuild with the strict namespace in the document part.
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(text));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'));
    const r = await importDocx(zipSync(files), { file: 'strict.docx' });
    expect(outline(r.document!.plans[0]!.entries)).toEqual(['1. Первое']);
  });
});
