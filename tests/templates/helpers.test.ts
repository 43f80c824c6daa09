import { describe, expect, it } from 'vitest';
import {
  APPROVED_WORD,
  HELPERS,
  accusativeHelper,
  HELPER_NAMES,
  approvedHelper,
  blankDateHelper,
  capitalizeHelper,
  dateHelper,
  deadlineHelper,
  initialsHelper,
  joinHelper,
  lowerFirstHelper,
  numberHelper,
  pluralHelper,
} from '../../src/templates/helpers.js';
import { mapTemplateHost, createTemplateLibrary, loadTemplates } from '../../src/templates/index.js';
import { blankDate } from '../../src/text/russian-date.js';

const NB = '\u00a0';
const sp = (s: string) => s.replaceAll(NB, ' ');

/** Render one inline template with the real engine. */
function run(source: string, data: object = {}, appendices: Record<string, number> = {}) {
  const { library, diagnostics } = createTemplateLibrary({
    builtin: mapTemplateHost({}),
    user: mapTemplateHost({ t: source }),
    names: ['t'],
  });
  const r = library.render('t', data, { appendixNo: (id) => (id === undefined ? 1 : appendices[id]) });
  return { text: sp(r.text), diagnostics: [...diagnostics, ...r.diagnostics] };
}

describe('helpers', () => {
  it('date: numeric, words, quoted, «года», empty', () => {
    expect(dateHelper('2022-02-14', 'numeric')).toBe('14.02.2022');
    expect(sp(dateHelper('2022-02-14', 'words'))).toBe('14 февраля 2022 г.');
    expect(sp(dateHelper('2022-02-04', 'quoted'))).toBe('«04» февраля 2022 г.');
    expect(sp(dateHelper('2022-02-14', 'words', 'года'))).toBe('14 февраля 2022 года');
    expect(dateHelper('', 'words')).toBe('');
    expect(dateHelper('2022-02-14')).toBe('14.02.2022');
    expect(() => dateHelper('2022-02-14', 'long')).toThrow(/date style/);
  });

  it('blankDate: with and without the year, non-breaking spaces', () => {
    expect(blankDateHelper()).toBe(blankDate());
    expect(blankDateHelper()).toMatch(/^«__»\u00a0/);
    expect(sp(blankDateHelper(2022))).toBe('«__» ________ 2022 г.');
    expect(sp(blankDateHelper('2023'))).toBe('«__» ________ 2023 г.');
    expect(sp(blankDateHelper(''))).toBe('«__» ________ 20__ г.');
  });

  it('deadline: structured in both styles, text as written', () => {
    const d = { kind: 'before', date: '2022-02-22' } as const;
    expect(sp(deadlineHelper(d, 'numeric'))).toBe('До 22.02.2022');
    expect(sp(deadlineHelper(d, 'words'))).toBe('До 22 февраля 2022 г.');
    expect(deadlineHelper('ежемесячно')).toBe('ежемесячно');
    expect(deadlineHelper(undefined)).toBe('');
    expect(() => deadlineHelper(42)).toThrow();
  });

  it('initials: full name and both orders', () => {
    expect(sp(initialsHelper('Иванова Анна Петровна'))).toBe('А.П. Иванова');
    expect(sp(initialsHelper('Иванова А.П.'))).toBe('А.П. Иванова');
    expect(sp(initialsHelper('А. П. Иванова', 'after'))).toBe('Иванова А.П.');
    expect(sp(initialsHelper('Иванова Анна Петровна', 'after'))).toBe('Иванова А.П.');
    expect(sp(initialsHelper('Салтыков-Щедрин Михаил Евграфович'))).toBe('М.Е. Салтыков-Щедрин');
    expect(initialsHelper('ООО «Ромашка»')).toBe('ООО «Ромашка»');
    expect(initialsHelper('')).toBe('');
  });

  it('number: groups and decimal comma', () => {
    expect(numberHelper(5)).toBe('5');
    expect(numberHelper(1000)).toBe('1000');
    expect(numberHelper(12500)).toBe(`12${NB}500`);
    expect(numberHelper(1234567.5)).toBe(`1${NB}234${NB}567,5`);
    expect(numberHelper('3.25')).toBe('3,25');
    expect(numberHelper('3,5')).toBe('3,5');
    expect(numberHelper('')).toBe('');
    expect(() => numberHelper('н/д')).toThrow(/not a number/);
  });

  it('plural: Russian agreement', () => {
    const f = (n: number | string) => pluralHelper(n, 'лист', 'листа', 'листов');
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map(f)).toEqual([
      'лист', 'листа', 'листа', 'листов', 'листов', 'листов', 'листов', 'лист', 'листа', 'листов', 'лист', 'листов', 'листов',
    ]);
    expect(f(1.5)).toBe('листа');
    expect(f('3')).toBe('листа');
  });

  it('approved: by gender and number; unknown gender refused', () => {
    expect(['m', 'f', 'n', 'pl'].map(approvedHelper)).toEqual(['УТВЕРЖДЕН', 'УТВЕРЖДЕНА', 'УТВЕРЖДЕНО', 'УТВЕРЖДЕНЫ']);
    expect(Object.values(APPROVED_WORD)).toHaveLength(4);
    expect(() => approvedHelper('x')).toThrow(/gender/);
    expect(() => approvedHelper('constructor')).toThrow(/gender/);
  });

  it('accusative: the feminine head of a noun phrase', () => {
    expect(accusativeHelper('Дорожная карта мероприятий', 'f')).toBe('Дорожную карту мероприятий');
    expect(accusativeHelper('программа развития', 'f')).toBe('программу развития');
    expect(accusativeHelper('Комплексная и  последняя программа', 'f')).toBe('Комплексную и  последняя программа');
    expect(accusativeHelper('План-график', 'm')).toBe('План-график');
    expect(accusativeHelper('Правила', 'pl')).toBe('Правила');
  });

  it('case helpers and join', () => {
    expect(capitalizeHelper('министр')).toBe('Министр');
    expect(lowerFirstHelper('Министра образования')).toBe('министра образования');
    expect(joinHelper(['а', '', 'б'], '; ')).toBe('а; б');
    expect(joinHelper(['а', 'б'])).toBe('а, б');
    expect(joinHelper(undefined)).toBe('');
  });

  it('the list is fixed and documented', () => {
    expect([...HELPER_NAMES].sort()).toEqual(
      [
        'if', 'unless', 'each', 'with', 'date', 'blankDate', 'deadline', 'initials', 'number', 'plural', 'approved', 'upper',
        'lower', 'capitalize', 'lowerFirst', 'join', 'appendixNo', 'eq', 'nbsp', 'numberSign', 'accusative',
      ].sort(),
    );
    expect(Object.isFrozen(HELPERS)).toBe(true);
  });
});

describe('helpers in templates', () => {
  it('prints through the engine', () => {
    const r = run(
      '{{date d "words"}}|{{blankDate}}|{{initials n}}|{{number 12500}}|{{sheets}} {{plural sheets "лист" "листа" "листов"}}|' +
        '{{approved g}}|{{upper "ок"}}|{{lower "ОК"}}|{{capitalize "ок"}}|{{join list "; "}}|{{#if (eq k "order")}}да{{/if}}|№{{nbsp}}1|{{numberSign 5}}',
      { d: '2022-02-14', n: 'Родькина Елена Федоровна', sheets: 12, g: 'pl', list: ['а', 'б'], k: 'order' },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe('14 февраля 2022 г.|«__» ________ 20__ г.|Е.Ф. Родькина|12 500|12 листов|УТВЕРЖДЕНЫ|ОК|ок|Ок|а; б|да|№ 1|№ 5');
  });

  it('appendixNo: the numbering of the composition; unknown plan is a located diagnostic', () => {
    expect(run('{{appendixNo}} {{appendixNo "b"}}', {}, { b: 2 }).text).toBe('1 2');
    const r = run('x\n  {{appendixNo "zz"}}', {}, {});
    expect(r.text).toBe('');
    expect(r.diagnostics).toMatchObject([{ code: 'template-helper-error', file: 't.hbs', line: 2, column: 3 }]);
    expect(r.diagnostics[0]!.message).toContain('zz');
  });

  it.each([
    ['{{date "не дата"}}', /^Помощник „date“: «не дата» — не дата/],
    ['{{date "2022-02-30" "words"}}', /^Помощник „date“: такой даты нет: «2022-02-30»/],
    ['{{date "2022-02-14" "words" "лет"}}', /^Помощник „date“: слово после года «лет»/],
    ['{{blankDate "двадцатый"}}', /^Помощник „blankDate“: «двадцатый» — не год/],
    ['{{number "много"}}', /^Помощник „number“: «много» — не число/],
    ['{{plural "три" "лист" "листа" "листов"}}', /^Помощник „plural“: «три» — не число/],
    ['{{accusative "карта" "ж"}}', /^Помощник „accusative“: род «ж»/],
    ['{{deadline "до 22.02.2022" "long"}}', /^Помощник „deadline“: стиль «long»/],
    ['{{initials "Иванова Анна" "middle"}}', /^Помощник „initials“: место инициалов «middle»/],
  ])('garbage given to a helper is reported at the call: %s', (source, message) => {
    const r = run(`Текст\n  ${source}`);
    expect(r.diagnostics).toMatchObject([{ code: 'template-helper-error', severity: 'error', file: 't.hbs', line: 2, column: 3 }]);
    expect(r.diagnostics[0]!.message).toMatch(message);
  });

  it('a date written as in a roadmap is a date to the date helper', () => {
    expect(run('{{date "02.10.2023" "words"}}').text).toBe('2 октября 2023 г.');
  });

  it('a wrong argument of a helper is a diagnostic at the call', () => {
    const r = run('{{approved gender}}', { gender: 'masc' });
    expect(r.diagnostics).toMatchObject([{ code: 'template-helper-error', line: 1, column: 1, severity: 'error' }]);
  });

  it('loadTemplates reports in English on request', () => {
    const { templates } = loadTemplates({ host: mapTemplateHost({ 'act-number': '{{approved x}}' }), lang: 'en', fresh: true });
    const r = templates.render('act-number', { number: '5', x: 'q' }, undefined, 'en');
    expect(r.diagnostics[0]!.message).toMatch(/^Helper “approved”: gender 'q'/);
    // …and the built-in text was used instead.
    expect(sp(r.text)).toBe('№ 5');
  });
});
