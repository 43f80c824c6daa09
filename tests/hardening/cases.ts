/**
 * The hostile corpus, end to end: every case is input bytes and the outcome expected from
 * load → render (DOCX and PDF) → read back.
 *
 *   { outcome: 'document', checks }            a correct document: every cell's words are in the
 *                                              DOCX XML and the PDF text, in order; the package is
 *                                              well-formed; plus the listed checks
 *   { outcome: 'diagnostic', code, line, column }   no document, a located error
 *
 * `known: '…'` marks a case that shows a defect not fixed yet (owner elsewhere): it runs as an
 * expected failure and its reason is printed. Cases come from the generators below and from the
 * files in `cases/` (whose first lines carry the same expectations as `# outcome:` comments).
 *
 * Cases that need more than one input file live next to this table: hostile user templates in
 * templates.test.ts, hostile `extends` chains in extends.test.ts, output names and interrupted
 * writes through the CLI in cli.test.ts, tags, imports and pdfmake's policies in security.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type LoadOptions } from '../../src/load/index.js';

export type Check =
  /** Body rows (groups and items) in the document's tables. */
  | { rows: number }
  | { pagesAtLeast: number }
  /** No PDF text beyond the page's edges (long words wrap, tables stay on the page). */
  | { withinPage: true }
  /** A diagnostic with this code (any severity below error) was reported. */
  | { diagnostic: string }
  /** No diagnostic with this code was reported. */
  | { noDiagnostic: string }
  /** A warning names the cell of a character the embedded font lacks (code matching /glyph|font/). */
  | { fontWarning: true }
  /** The PDF shows a visible substitute (□, ?, U+FFFD) where the font lacks a character. */
  | { substitute: true }
  /** The text occurs in both the DOCX text and the PDF text. */
  | { text: string }
  /** The text occurs in neither. */
  | { absent: string }
  /** No external relationship (hyperlink) of the DOCX has this prefix. */
  | { noLinkTo: string };

interface Base {
  name: string;
  /** The input: text (UTF-8) or bytes. Generated lazily: some are megabytes. */
  input: () => string | Uint8Array;
  options?: LoadOptions;
  /** Marks a known defect owned elsewhere: the case is expected to fail. */
  known?: string;
  /** Per-case time limit, ms (default 30 s). */
  timeout?: number;
}
export type HardeningCase =
  | (Base & { outcome: 'document'; checks: Check[] })
  | (Base & { outcome: 'diagnostic'; code: string; line: number; column: number });

// ───────────────────────────── building inputs ─────────────────────────────

export const HEAD = `document:
  kind: plan
  approval: {by: official, position: Директор, name: И.И. Иванов}
organisations:
  УО: Управление образования
  ИМОЦ: {name: МКУ «Информационно-методический центр», short: МКУ ИМОЦ}
plan:
  title: План-график
  period: 2022
`;

/** A plan with these item lines (already indented by four spaces under `items:`). */
export const plan = (items: string, planExtra = ''): string => `${HEAD}${planExtra}  items:\n${items}`;
/** One item line set. `task` is inserted as is (quote it yourself when needed). */
export const item = (task: string, more = ''): string => `    - task: ${task}\n      deadline: до 01.03.2022\n      executors: [УО]\n${more}`;

/** An order (portrait) with a plan of one item, signed by these signatories (lines indented by four spaces). */
export const order = (signatories: string): string => `document:
  kind: order
  authority: {name: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ], genitive: управления образования}
  title: Об утверждении плана
  points: [Утвердить план.]
  signatories:
${signatories}${HEAD.slice(HEAD.indexOf('organisations:'))}  items:
${item('Задача')}`;

/** 1-based line and column (UTF-16 units) of the `nth` occurrence of `needle` in `text`, plus `shift` columns. */
export function at(text: string | Uint8Array, needle: string, shift = 0, nth = 1): { line: number; column: number } {
  const t = typeof text === 'string' ? text : new TextDecoder().decode(text);
  let i = -1;
  for (let k = 0; k < nth; k++) i = t.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`at(): «${needle}» not in the case text`);
  const before = t.slice(0, i).replace(/\r(?!\n)/g, '\n');
  const line = before.split('\n').length;
  return { line, column: i - (before.lastIndexOf('\n') + 1) + 1 + shift };
}

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

/** A diagnostic case located at `needle` in its own (lazily built) text. */
function diag(name: string, text: () => string | Uint8Array, code: string, needle: string, shift = 0, extra: Partial<Base> = {}): HardeningCase {
  const t = text();
  const pos = at(t, needle, shift);
  return { name, input: () => t, outcome: 'diagnostic', code, ...pos, ...extra };
}

export function manyRows(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(`    - {task: Мероприятие ${i}, deadline: до 01.03.2022, executors: УО, result: Итог ${i}}`);
  return plan(`${lines.join('\n')}\n`);
}

function nestedGroups(depth: number): string {
  let out = '';
  for (let d = 0; d < depth; d++) out += `${'  '.repeat(2 * d + 2)}- section: Уровень ${d + 1}\n${'  '.repeat(2 * d + 3)}items:\n`;
  out += `${'  '.repeat(2 * depth + 2)}- task: Мероприятие на глубине ${depth}\n`;
  return plan(out);
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n${plan(item('Задача'))}`;
}

const LONG_WORD = 'Сверхдлинноеслово'.repeat(589).slice(0, 10_000);
const TALL_HEADER = Array.from({ length: 600 }, (_, i) => `заголовок${i + 1}`).join(' ');
const LONG_URL = `https://edu.example.ru/${'путь/очень-длинный-сегмент-адреса/'.repeat(40)}?q=${'x'.repeat(300)}`;

// ───────────────────────────── the cases ─────────────────────────────

export const GENERATED: HardeningCase[] = [
  // Characters XML cannot carry: raw in the file, and produced by escapes in double quotes.
  diag('forbidden-raw-nul', () => plan(item('"до\u0000после"')), 'encoding-forbidden-char', '\u0000'),
  diag('forbidden-raw-bel', () => plan(item('звонок\u0007здесь')), 'encoding-forbidden-char', '\u0007'),
  diag('forbidden-raw-escape-char', () => plan(item('a\u001Bb')), 'encoding-forbidden-char', '\u001B'),
  diag('forbidden-raw-form-feed', () => plan(item('страница\u000Cдалее')), 'encoding-forbidden-char', '\u000C'),
  diag('forbidden-raw-vertical-tab', () => plan(item('a\u000Bb')), 'encoding-forbidden-char', '\u000B'),
  diag('forbidden-raw-fffe', () => plan(item('a\uFFFEb')), 'encoding-forbidden-char', '\uFFFE'),
  diag('forbidden-raw-ffff', () => plan(item('a\uFFFFb')), 'encoding-forbidden-char', '\uFFFF'),
  diag('forbidden-escaped-u0001', () => plan(item('"a\\u0001b"')), 'encoding-forbidden-char', '\\u0001'),
  diag('forbidden-escaped-x1f', () => plan(item('"a\\x1Fb"')), 'encoding-forbidden-char', '\\x1F'),
  diag('forbidden-escaped-nul', () => plan(item('"a\\0b"')), 'encoding-forbidden-char', '\\0'),
  diag('forbidden-escaped-bell-in-result', () => plan(item('Задача', '      result: "итог \\a готов"\n')), 'encoding-forbidden-char', '\\a'),
  diag('forbidden-escaped-lone-high-surrogate', () => plan(item('"a\\ud800b"')), 'encoding-forbidden-char', '\\ud800'),
  diag('forbidden-escaped-lone-low-surrogate', () => plan(item('"a\\uDC00b"')), 'encoding-forbidden-char', '\\uDC00'),
  diag('forbidden-escaped-reversed-surrogates', () => plan(item('"\\udc00\\ud800"')), 'encoding-forbidden-char', '\\udc00'),
  diag('forbidden-escaped-ufffe', () => plan(item('"a\\ufffeb"')), 'encoding-forbidden-char', '\\ufffe'),
  diag('forbidden-escaped-in-section-title', () => plan('    - section: "Раздел\\x08"\n      items:\n        - task: Задача\n'), 'encoding-forbidden-char', '\\x08'),
  diag('forbidden-escaped-in-organisation-key', () => plan(item('Задача')).replace('  УО: Управление', '  "У\\x02О": Управление'), 'encoding-forbidden-char', '\\x02'),
  { name: 'escaped-surrogate-pair-is-fine', input: () => plan(item('"знак \\ud801\\udc00 и \\u00A7"')), outcome: 'document', checks: [{ fontWarning: true }, { substitute: true }] },
  { name: 'allowed-controls-tab-newline-cr', input: () => plan(item('"колонка\\tвторая\\nстрока\\r\\nтретья"')), outcome: 'document', checks: [{ text: 'третья' }] },

  // Characters the embedded font lacks.
  { name: 'font-emoji', input: () => plan(item('Праздник 🎉 и флаг 🇷🇺')), outcome: 'document', checks: [{ fontWarning: true }, { substitute: true }] },
  { name: 'font-cjk', input: () => plan(item('Делегация 中华人民共和国 и 日本語')), outcome: 'document', checks: [{ fontWarning: true }, { substitute: true }] },
  { name: 'font-arabic', input: () => plan(item('"Переговоры: مرحبا بالعالم"')), outcome: 'document', checks: [{ fontWarning: true }, { substitute: true }] },
  { name: 'font-greek-and-signs', input: () => plan(item('"α, β, γ — № 5, § 3, ± 2 °C, ≤ 10 %, «кавычки» „лапки“"')), outcome: 'document', checks: [{ text: '≤' }] },
  { name: 'font-combining-marks', input: () => plan(item('Йод и й с комбинирующим знаком и\u0306, е\u0308')), outcome: 'document', checks: [] },

  // Right-to-left text.
  { name: 'rtl-hebrew', input: () => plan(item('שלום עולם — семинар')), outcome: 'document', checks: [{ diagnostic: 'text-right-to-left' }] },
  { name: 'rtl-bidi-controls', input: () => plan(item('"метка \\u202Eперевёрнуто\\u202C и \\u200Fметка"')), outcome: 'document', checks: [{ diagnostic: 'text-bidi-control' }, { text: 'метка перевёрнуто и метка' }, { absent: '\u202E' }] },
  { name: 'joiners-are-no-right-to-left', input: () => plan(item('"Задача\\u200D с\\u200C соединителями\\uFEFF"')), outcome: 'document', checks: [{ noDiagnostic: 'text-right-to-left' }] },

  // Long words and URLs in narrow columns; a cell taller than a page.
  { name: 'long-word-10000-in-task', input: () => plan(item(LONG_WORD)), outcome: 'document', checks: [{ withinPage: true }, { pagesAtLeast: 2 }] },
  { name: 'long-word-in-narrow-executors-column', input: () => plan(item('Задача', `      result: ${LONG_WORD.slice(0, 3000)}\n`), '  columns: [number, task, {role: deadline, width: 10}, {role: executors, width: 5}, {role: result, width: 8}]\n'), outcome: 'document', checks: [{ withinPage: true }] },
  { name: 'long-url-in-narrow-column', input: () => plan(item('Публикация', `      result: ${LONG_URL}\n`), '  columns: [number, task, deadline, executors, {role: result, width: 6}]\n'), outcome: 'document', checks: [{ withinPage: true }, { text: 'Публикация' }, { pagesAtLeast: 2 }] },
  { name: 'long-markdown-link', input: () => plan(item(`"[${'ссылка '.repeat(200)}](${LONG_URL})"`)), outcome: 'document', checks: [{ withinPage: true }] },
  { name: 'cell-taller-than-a-page', input: () => plan(item(`|-\n${Array.from({ length: 220 }, (_, i) => `        Строка ${i + 1} очень высокой ячейки`).join('\n')}`)), outcome: 'document', checks: [{ pagesAtLeast: 3 }, { text: 'Строка 220' }] },
  { name: 'cell-with-2000-bullets', input: () => plan(item(`|-\n${Array.from({ length: 2000 }, (_, i) => `        - пункт ${i + 1}`).join('\n')}`)), outcome: 'document', checks: [{ text: 'пункт 2000' }] },
  { name: 'many-executors-in-one-cell', input: () => plan(`    - task: Все\n      executors: [${Array.from({ length: 300 }, (_, i) => `Организация ${i + 1}`).join(', ')}]\n`), outcome: 'document', checks: [{ withinPage: true }] },
  { name: 'very-long-plan-title', input: () => plan(item('Задача')).replace('title: План-график', `title: ${'План-график '.repeat(400)}`), outcome: 'document', checks: [{ withinPage: true }] },
  { name: 'many-extra-columns', input: () => plan(`    - task: Задача\n      extra: {${Array.from({ length: 12 }, (_, i) => `c${i}: значение ${i}`).join(', ')}}\n`, `  columns: [number, task, deadline, ${Array.from({ length: 12 }, (_, i) => `{key: c${i}, header: Колонка ${i}}`).join(', ')}]\n`), outcome: 'document', checks: [{ withinPage: true }, { text: 'значение 11' }] },

  // Blocks pdfmake would drop (an unbreakable block taller than a page) or print past the page edge.
  { name: 'header-cell-taller-than-a-page', input: () => plan(item('Задача после шапки'), `  columns: [number, {role: task, header: "${TALL_HEADER}"}, deadline, executors, result]\n`), outcome: 'document', checks: [{ text: 'заголовок600' }, { text: 'Задача после шапки' }, { withinPage: true }] },
  { name: 'header-taller-than-a-page-repeated', input: () => plan(item('Задача после шапки'), `  repeat: header\n  columns: [number, {role: task, header: "${TALL_HEADER}"}, deadline, executors, result]\n`), outcome: 'document', checks: [{ text: 'заголовок600' }, { text: 'Задача после шапки' }, { withinPage: true }] },
  { name: 'header-long-word-in-narrow-column', input: () => plan(item('Задача'), `  columns: [{role: number, header: ${LONG_WORD.slice(0, 1500)}}, task, deadline, executors, result]\n`), outcome: 'document', checks: [{ text: 'Задача' }, { withinPage: true }] },
  { name: 'approval-act-long-word-10000', input: () => plan(item('Задача')).replace('approval: {by: official, position: Директор, name: И.И. Иванов}', `approval: {by: act, act: распоряжением ${LONG_WORD} министерства, year: 2022}`), outcome: 'document', checks: [{ text: 'министерства' }, { withinPage: true }] },
  { name: 'approval-act-taller-than-a-page', input: () => plan(item('Задача')).replace('approval: {by: official, position: Директор, name: И.И. Иванов}', `approval: {by: act, act: "распоряжением ${Array.from({ length: 700 }, (_, i) => `слово${i + 1}`).join(' ')} министерства", year: 2022}`), outcome: 'document', checks: [{ text: 'слово700' }, { withinPage: true }] },
  { name: 'sections-40-in-a-row', input: () => plan(`${Array.from({ length: 40 }, (_, i) => `    - {section: Раздел номер ${i + 1}, items: []}`).join('\n')}\n${item('Задача после разделов')}`), outcome: 'document', checks: [{ rows: 41 }, { text: 'Раздел номер 40' }, { withinPage: true }] },
  { name: 'columns-100', input: () => plan(`    - task: Задача\n      extra: {${Array.from({ length: 100 }, (_, i) => `c${i}: значение${i}`).join(', ')}}\n`, `  columns: [number, task, ${Array.from({ length: 100 }, (_, i) => `{key: c${i}, header: Колонка${i}}`).join(', ')}]\n`), outcome: 'document', checks: [{ diagnostic: 'table-too-wide' }, { withinPage: true }, { text: 'значение99' }] },
  { name: 'signatory-long-words-in-an-order', input: () => order(`    - {position: Начальник ${LONG_WORD.slice(0, 40)} управления, name: Е.Ф. ${LONG_WORD.slice(0, 38)}}\n`), outcome: 'document', checks: [{ text: 'Е.Ф.' }, { withinPage: true }] },
  { name: 'document-number-long-word', input: () => order('    - {position: Начальник, name: И.И. Иванов}\n').replace('  title: Об утверждении плана', `  date: 2022-02-14\n  number: ${LONG_WORD.slice(0, 400)}\n  title: Об утверждении плана`), outcome: 'document', checks: [{ text: 'Иванов' }, { withinPage: true }] },
  { name: 'signatory-long-word-10000-side-by-side', input: () => `${plan(item('Задача'))}  signatories:\n    - {position: Начальник ${LONG_WORD} управления, name: И.И. Иванов}\n    - {position: Заместитель, name: П.П. ${LONG_WORD.slice(0, 3000)}}\n`.replace('kind: plan', 'kind: plan\n  signatureLayout: side-by-side'), outcome: 'document', checks: [{ text: 'Заместитель' }, { withinPage: true }] },
  { name: 'signatory-position-taller-than-a-page', input: () => `${plan(item('Задача'))}  signatories:\n    - position: "${Array.from({ length: 120 }, (_, i) => `Должность${i + 1}`).join('\\n')}"\n      name: И.И. Иванов\n`, outcome: 'document', checks: [{ text: 'Должность120' }, { text: 'Иванов' }, { withinPage: true }] },

  // Sizes.
  { name: 'rows-5000', input: () => manyRows(5000), outcome: 'document', checks: [{ rows: 5000 }], timeout: 120_000 },
  { name: 'rows-20000', input: () => manyRows(20000), outcome: 'document', checks: [{ rows: 20000 }], timeout: 240_000 },
  diag('rows-20001', () => manyRows(20001), 'limit-rows', 'document'),
  diag('string-over-100000', () => plan(item('x'.repeat(100_001))), 'limit-string-length', 'xxxx'),
  { name: 'file-over-size-limit', input: () => `${plan(item('Задача'))}# ${'#'.repeat(DEFAULT_LIMITS.fileBytes)}\n`, outcome: 'diagnostic', code: 'limit-file-size', line: 0, column: 0 },
  diag('nesting-over-64', () => `${plan(item('Задача'))}lint: ${'['.repeat(70)}${']'.repeat(70)}\n`, 'limit-depth', 'lint: ', 69),

  // Structure.
  { name: 'empty-plan', input: () => `${HEAD}  items: []\n`, outcome: 'document', checks: [{ rows: 0 }] },
  { name: 'only-group-rows', input: () => plan('    - section: Раздел первый\n      items: []\n    - section: Раздел второй\n      items: []\n    - year: 2022\n      items: []\n'), outcome: 'document', checks: [{ text: 'Раздел второй' }] },
  { name: 'nested-groups-3', input: () => nestedGroups(3), outcome: 'document', checks: [{ text: 'Уровень 3' }] },
  { name: 'nested-groups-12', input: () => nestedGroups(12), outcome: 'document', checks: [{ text: 'Мероприятие на глубине 12' }] },
  diag('nested-groups-40-over-depth', () => nestedGroups(40), 'limit-depth', '- section: Уровень 32'),
  diag('empty-file', () => '', 'yaml-empty', ''),
  { name: 'only-comments', input: () => '# только комментарий\n', outcome: 'diagnostic', code: 'yaml-empty', line: 1, column: 1 },

  // Line ends, tabs, BOM.
  { name: 'crlf-line-ends', input: () => plan(item('Задача', '      result: |\n        первая\n        вторая\n')).replace(/\n/g, '\r\n'), outcome: 'document', checks: [{ text: 'вторая' }] },
  { name: 'cr-only-line-ends', input: () => bytes(plan(item('Задача Mac')).replace(/\n/g, '\r')), outcome: 'document', checks: [{ text: 'Mac' }] },
  { name: 'tabs-inside-text', input: () => plan(item('"до\\tпосле"', '      result: |\n        столбец\tстолбец\n')), outcome: 'document', checks: [] },
  diag('tab-indentation', () => plan(item('Задача')).replace('    - task', '\t- task'), 'yaml-syntax', '\t- task'),
  { name: 'bom', input: () => bytes([0xef, 0xbb, 0xbf], plan(item('С меткой BOM'))), outcome: 'document', checks: [{ diagnostic: 'encoding-bom' }] },
  { name: 'bom-twice', input: () => bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], plan(item('Две метки'))), outcome: 'document', checks: [] },
  diag('invalid-utf8-cp1251', () => bytes(plan('    - task: '), [0xcf, 0xeb, 0xe0, 0xed], '\n'), 'encoding-invalid-utf8', '    - task: ', 12),
  { name: 'invalid-utf16le', input: () => bytes([0xff, 0xfe], Array.from(Buffer.from(plan(item('x')), 'utf16le'))), outcome: 'diagnostic', code: 'encoding-utf16', line: 1, column: 1 },
  { name: 'utf16le-without-bom', input: () => new Uint8Array(Buffer.from(plan(item('Задача')), 'utf16le')), outcome: 'diagnostic', code: 'encoding-utf16', line: 1, column: 1 },
  diag('invalid-utf8-overlong', () => bytes(plan('    - task: a'), [0xc0, 0xaf], '\n'), 'encoding-invalid-utf8', '    - task: a', 13),
  diag('invalid-utf8-encoded-surrogate', () => bytes(plan('    - task: a'), [0xed, 0xa0, 0x80], '\n'), 'encoding-invalid-utf8', '    - task: a', 13),
  diag('invalid-utf8-truncated-at-end', () => bytes(plan('    - task: a'), [0xd0]), 'encoding-invalid-utf8', '    - task: a', 13),

  // YAML: anchors, merge keys, tags.
  {
    name: 'anchors-shared-executors',
    input: () => plan('    - task: Первое\n      executors: &both [УО, ИМОЦ]\n    - task: Второе\n      executors: *both\n    - &base {task: Третье, deadline: до 01.03.2022, executors: УО}\n    - {<<: *base, task: Четвёртое}\n'),
    outcome: 'document',
    checks: [{ rows: 4 }, { text: 'Четвёртое' }],
  },
  { name: 'merge-list-of-maps', input: () => plan('    - &a\n      deadline: до 01.03.2022\n      task: Первое\n    - {<<: [*a], task: Второе}\n'), outcome: 'document', checks: [{ text: 'Второе' }] },
  {
    name: 'merge-keys-repeated',
    input: () => plan('    - &a {task: Первое, deadline: до 01.03.2022}\n    - &b {task: Второе, result: Общий итог}\n    - <<: *a\n      <<: *b\n      task: Третье\n'),
    outcome: 'document',
    checks: [{ rows: 3 }, { text: 'Третье' }],
  },
  diag('alias-bomb', aliasBomb, 'limit-aliases', '*a'),
  diag('merge-key-bomb', () => {
    const lines = ['    - &m0 {task: x}'];
    for (let i = 1; i < 30; i++) lines.push(`    - &m${i} {<<: [${Array.from({ length: 10 }, () => `*m${i - 1}`).join(', ')}], task: y${i}}`);
    return plan(`${lines.join('\n')}\n`);
  }, 'limit-aliases', '*m0'),
  { name: 'anchor-redefined-inside-is-not-recursive', input: () => plan('    - &a {task: &a Общий итог, result: *a}\n'), outcome: 'document', checks: [{ text: 'Общий итог' }] },
  diag('alias-recursive', () => plan('    - &g {section: S, items: [{task: x}, *g]}\n'), 'yaml-syntax', '*g'),
  diag('merge-of-a-scalar', () => plan('    - &s Задача\n    - {<<: *s, task: y}\n'), 'yaml-syntax', '<<'),
  diag('merge-of-numbers', () => plan('    - <<: [1, 2]\n      task: x\n'), 'yaml-syntax', '<<'),
  diag('alias-unknown', () => plan('    - task: *nothing\n'), 'yaml-unknown-alias', '*nothing'),
  diag('tag-js-function', () => plan(item('!!js/function "function () { return process.env }"')), 'yaml-unknown-tag', '!!js/function'),
  diag('tag-python-object', () => plan(item('!!python/object/apply:os.system ["id"]')), 'yaml-unknown-tag', '!!python'),
  diag('tag-js-regexp', () => plan(item('!<tag:yaml.org,2002:js/regexp> /x/')), 'yaml-unknown-tag', '!<tag'),
  diag('tag-binary-is-not-text', () => plan(item('!!binary aGVsbG8=')), 'schema-type', 'aGVsbG8='),
  { name: 'tag-str-explicit', input: () => plan(item('!!str 2022')), outcome: 'document', checks: [{ text: '2022' }] },
  diag('multiple-documents', () => `${plan(item('Задача'))}---\n${plan(item('Другая'))}`, 'yaml-syntax', '---'),
  diag('key-over-1024', () => plan(item('Задача', `      ${'k'.repeat(1100)}: y\n`)), 'yaml-syntax', 'kkkk'),
  { name: 'yaml11-booleans-stay-text', input: () => plan(item('yes', '      result: on\n')), outcome: 'document', checks: [{ text: 'yes' }] },
  { name: 'proto-and-constructor-keys', input: () => plan(item('Задача', ''), '  executors: {print: directory}\n').replace('executors: [УО]', 'executors: [__proto__, constructor, toString]').replace('  УО: Управление образования\n', '  УО: Управление образования\n  __proto__: {name: Прото-организация полностью, short: Прото-организация}\n  constructor: {name: Конструктор полностью, short: Конструктор-организация}\n'), outcome: 'document', checks: [{ text: 'Прото-организация' }, { text: 'Конструктор-организация' }] },

  // Text that looks like markup or code is printed, never run.
  { name: 'xml-markup-in-cells', input: () => plan(item(`'<w:p><w:r><w:t>x</w:t></w:r></w:p> &amp; ]]> <?xml version="1.0"?> <!DOCTYPE x>'`)), outcome: 'document', checks: [{ text: '<w:p>' }] },
  { name: 'template-syntax-is-text', input: () => plan(item(`'{{constructor.constructor "return process"}} {{process.env.HOME}} \${process.env.HOME} #{1+1}'`)), outcome: 'document', checks: [{ text: '{{process.env.HOME}}' }, ...(process.env.HOME && process.env.HOME.length > 3 ? [{ absent: process.env.HOME }] : [])] },
  { name: 'link-javascript-and-file', input: () => plan(item(`"[клик](javascript:alert(1)) и [файл](file:///etc/passwd) и [данные](data:text/html,x)"`)), outcome: 'document', checks: [{ noLinkTo: 'javascript:' }, { noLinkTo: 'file:' }, { noLinkTo: 'data:' }, { absent: 'root:x:0' }] },
  { name: 'unbalanced-emphasis', input: () => plan(item(`"**жирный *курсив [ссылка](https://a.ru \\\\ ** *"`)), outcome: 'document', checks: [{ text: 'жирный' }] },
  { name: 'invisible-characters', input: () => plan(item('"нераз\\u00A0рывный мягкий\\u00ADперенос нулевой\\u200Bширины"')), outcome: 'document', checks: [] },
  diag('blank-task', () => plan(item('"   "')), 'empty-task', '- task', 2),
  { name: 'deadline-far-future', input: () => plan('    - task: Задача\n      deadline: до 31.12.9999\n'), outcome: 'document', checks: [{ diagnostic: 'deadline-outside-period' }] },
  { name: 'deadline-free-text', input: () => plan('    - task: Задача\n      deadline: когда-нибудь потом\n'), outcome: 'document', checks: [{ diagnostic: 'deadline-unparsed' }] },
];

// ───────────────────────────── cases as files ─────────────────────────────

export const CASES_DIR = new URL('./cases/', import.meta.url).pathname;

/**
 * `cases/*.yaml`: the expectation in the first comment lines:
 *   # outcome: document
 *   # checks: [{"text": "…"}]
 *   # outcome: diagnostic yaml-syntax 12:5
 *   # known: short description
 *   # options: {"limits": {"rows": 10}}
 */
export function fileCases(): HardeningCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(CASES_DIR, f));
      const header: Record<string, string> = {};
      for (const line of raw.toString('utf8').split(/\r?\n/)) {
        const m = /^# (outcome|checks|known|options): (.*)$/.exec(line);
        if (!m) break;
        header[m[1]!] = m[2]!.trim();
      }
      const base = {
        name: `file:${f}`,
        input: () => new Uint8Array(raw),
        ...(header.known ? { known: header.known } : {}),
        ...(header.options ? { options: JSON.parse(header.options) as LoadOptions } : {}),
      };
      const outcome = header.outcome ?? '';
      const d = /^diagnostic (\S+) (\d+):(\d+)$/.exec(outcome);
      if (d) return { ...base, outcome: 'diagnostic', code: d[1]!, line: Number(d[2]), column: Number(d[3]) } satisfies HardeningCase;
      if (outcome !== 'document') throw new Error(`${f}: no "# outcome: document" or "# outcome: diagnostic CODE LINE:COL" header`);
      return { ...base, outcome: 'document', checks: header.checks ? (JSON.parse(header.checks) as Check[]) : [] } satisfies HardeningCase;
    });
}

export function allCases(): HardeningCase[] {
  return [...GENERATED, ...fileCases()];
}
