/** Every built-in template renders with sample data, without diagnostics, to the expected wording. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { BUILTIN_TEMPLATE_DIR, BUILTIN_TEMPLATE_NAMES, loadTemplates } from '../../src/templates/index.js';

const sp = (s: string) => s.replaceAll('\u00a0', ' ');

const diagnostics: Diagnostic[] = [];
const loaded = loadTemplates();
const set = loaded.templates.bind((d) => diagnostics.push(d), { appendixNo: (id) => (id === undefined || id === 'main' ? 1 : id === 'second' ? 2 : undefined) });
const lines = (name: string, data: object) => set.lines(name, data).map(sp);
const text = (name: string, data: object) => sp(set.text(name, data));

const plan = { id: 'main', title: 'План-график', subtitle: '(дорожная карта) мероприятий', gender: 'm', index: 1 };
const actBase = { kind: 'order', authority: 'управления образования', date: '2022-02-14', dateStyle: 'numeric', number: '50' };
const act = {
  ...actBase, title: 'Об утверждении плана-графика', accusative: 'приказ управления образования от 14.02.2022 № 50',
  dative: 'приказу управления образования от 14.02.2022 № 50', genitive: 'приказа управления образования от 14.02.2022 № 50',
};
const change = { act, several: false, appendix: 1, no: '', task: '', title: '', oldTitle: '', from: '', to: '', newFrom: '', newTo: '', count: 0 };
const version = { kind: 'plan', date: '', number: '', file: 'plan.yaml' };
const note = { note: '', title: '', no: '', days: 0, part: '' };
const approval = { word: '', gender: 'm', act: ['распоряжением министерства', 'образования и науки края'], position: [], name: '', date: '', number: '', year: '' };

/** name → [data, expected] (a string: the whole text; an array: the lines). */
const SAMPLES: Record<string, [object, string | string[]][]> = {
  'order-heading': [
    [{ qualifier: 'начальника управления' }, 'ПРИКАЗ\n\nначальника управления'],
    [{ qualifier: '' }, 'ПРИКАЗ'],
  ],
  'directive-heading': [[{ qualifier: '' }, 'РАСПОРЯЖЕНИЕ']],
  'order-operative': [[{}, 'приказываю:']],
  'directive-operative': [[{}, 'обязываю:']],
  'act-date': [
    [{ date: '2022-02-14', dateStyle: 'numeric' }, '14.02.2022'],
    [{ date: '2022-02-14', dateStyle: 'words' }, '14 февраля 2022 г.'],
    [{ date: '2022-02-04', dateStyle: 'quoted' }, 'от «04» февраля 2022 г.'],
    [{ date: '', dateStyle: 'numeric' }, 'от «__» ________ 20__ г.'],
  ],
  'act-number': [
    [{ number: '50' }, '№ 50'],
    [{ number: '' }, '№ ____'],
  ],
  'point-approve-plan': [
    // `appendix`: the reference as the marks say it (alone: «приложение», of several: «приложение № 2»).
    [{ kind: 'order', authority: '', appendix: 'приложение', plan, plans: 1 }, 'Утвердить прилагаемый план-график (приложение).'],
    [
      { kind: 'order', authority: '', appendix: 'приложение № 2', plan: { ...plan, id: 'second', title: 'Дорожная карта развития', subtitle: '', gender: 'f' }, plans: 2 },
      'Утвердить прилагаемую дорожную карту развития (приложение № 2).',
    ],
    [{ kind: 'order', authority: '', appendix: '', plan: { ...plan, title: 'Мероприятия', gender: 'pl' }, plans: 1 }, 'Утвердить прилагаемые мероприятия.'],
  ],
  'point-control': [
    [{ kind: 'order', authority: '', plan, plans: 1 }, 'Контроль исполнения настоящего приказа оставляю за собой.'],
    [{ kind: 'directive', authority: '', plan, plans: 1 }, 'Контроль исполнения настоящего распоряжения оставляю за собой.'],
  ],
  'appendix-mark': [
    [
      { no: 1, total: 2, kind: 'order', authority: 'управления образования', date: '2022-02-14', dateStyle: 'numeric', number: '50' },
      ['Приложение № 1', 'к приказу управления образования', 'от 14.02.2022 № 50'],
    ],
    [
      { no: 1, total: 1, kind: 'directive', authority: '', date: '', dateStyle: 'words', number: '' },
      ['Приложение', 'к распоряжению', 'от «__» ________ 20__ г. № ___'],
    ],
    [
      { no: 1, total: 1, kind: 'letter', authority: 'министерства', date: '2022-06-16', dateStyle: 'words', number: '75-7747' },
      ['Приложение', 'к письму министерства', 'от 16 июня 2022 г. № 75-7747'],
    ],
  ],
  'approval-act': [
    [{ ...approval, year: 2022 }, ['УТВЕРЖДЕН', 'распоряжением министерства', 'образования и науки края', 'от «__» ________ 2022 г. № ___']],
    [{ ...approval, gender: 'f', date: '2022-02-14', number: '50' }, ['УТВЕРЖДЕНА', 'распоряжением министерства', 'образования и науки края', 'от 14.02.2022 № 50']],
    [{ ...approval, word: 'СОГЛАСОВАН' }, ['СОГЛАСОВАН', 'распоряжением министерства', 'образования и науки края', 'от «__» ________ 20__ г. № ___']],
  ],
  'approval-meeting': [
    [
      { ...approval, gender: 'n', act: ['на расширенном заседании проектного офиса'], date: '2020-05-14', number: '3' },
      ['УТВЕРЖДЕНО', 'на расширенном заседании проектного офиса', '(протокол от 14 мая 2020 г. № 3)'],
    ],
  ],
  'approval-official': [
    [
      { ...approval, act: [], position: ['Министр образования'], name: 'А.Г. Кузнецова' },
      ['УТВЕРЖДАЮ', 'Министр образования', '________ А.Г. Кузнецова', '«__» ________ 20__ г.'],
    ],
    [{ ...approval, act: [], position: [], date: '2022-02-14' }, ['УТВЕРЖДАЮ', '________', '14 февраля 2022 г.']],
  ],
  'signature-acting': [[{ position: 'Министра образования' }, 'И.о. министра образования']],
  esignature: [
    [
      { certificate: '01AB', owner: 'Иванова Анна Петровна', validFrom: '01.02.2022', validTo: '01.05.2023', signedAt: '' },
      ['ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ', 'Сертификат: 01AB', 'Владелец: Иванова Анна Петровна', 'Действителен с 01.02.2022 по 01.05.2023'],
    ],
    [
      { certificate: '01AB', owner: 'И', validFrom: 'a', validTo: 'b', signedAt: '14.02.2022 10:15' },
      ['ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ', 'Сертификат: 01AB', 'Владелец: И', 'Действителен с a по b', 'Подписан: 14.02.2022 10:15'],
    ],
  ],
  'executor-mark': [
    [{ name: 'Петрова Ольга Ивановна', phone: '8 (4212) 00-00-00' }, ['Петрова Ольга Ивановна', '8 (4212) 00-00-00']],
    [{ name: 'Петрова О.И.', phone: '' }, ['Петрова О.И.']],
  ],
  'letter-date-number': [
    [{ date: '16.06.2022', number: '75-7747' }, '16.06.2022 № 75-7747'],
    [{ date: '', number: '' }, '____________ № ____________'],
  ],
  'letter-reference': [
    [{ date: '01.06.2022', number: '01-12/345' }, 'На № 01-12/345 от 01.06.2022'],
    [{ date: '', number: '' }, 'На № _____ от _____'],
  ],
  'letter-requisites': [
    [
      { address: 'ул. Карла Маркса, 56, г. Хабаровск, 680000', phone: '(4212) 40-22-01', fax: '(4212) 40-22-02', email: 'edu@adm.khv.ru', site: 'minobr.khv.gov.ru', okpo: '00097538', ogrn: '1022700931868', inn: '2700000313', kpp: '272101001', okogu: '' },
      [
        'ул. Карла Маркса, 56, г. Хабаровск, 680000',
        'тел. (4212) 40-22-01, факс (4212) 40-22-02',
        'e-mail: edu@adm.khv.ru, minobr.khv.gov.ru',
        'ОКПО 00097538, ОГРН 1022700931868',
        'ИНН/КПП 2700000313/272101001',
      ],
    ],
    [{ address: '', phone: '', fax: '1', email: '', site: 's', okpo: '', ogrn: '', inn: '27', kpp: '', okogu: '' }, ['факс 1', 's', 'ИНН 27']],
    [{ address: '', phone: '', fax: '', email: '', site: '', okpo: '02104567', ogrn: '1022700931868', inn: '', kpp: '', okogu: '2300223' }, ['ОКПО 02104567, ОКОГУ 2300223, ОГРН 1022700931868']],
    [{ address: '', phone: '', fax: '', email: '', site: '', okpo: '', ogrn: '1022700931868', inn: '', kpp: '', okogu: '2300223' }, ['ОКОГУ 2300223, ОГРН 1022700931868']],
    [{ address: '', phone: '', fax: '', email: '', site: '', okpo: '02104567', ogrn: '', inn: '', kpp: '', okogu: '2300223' }, ['ОКПО 02104567, ОКОГУ 2300223']],
  ],
  'letter-addressee-email': [[{ email: 'info@fioco.ru' }, 'e-mail: info@fioco.ru']],
  'letter-salutation': [
    [{ salutation: 'Уважаемый Сергей Владимирович!' }, 'Уважаемый Сергей Владимирович!'],
    [{ salutation: '' }, 'Уважаемые коллеги!'],
  ],
  'letter-appendix': [
    [{ sheets: '12', copies: 1 }, 'Приложение: на 12 л. в 1 экз.'],
    [{ sheets: '', copies: 2 }, 'Приложение: на __ л. в 2 экз.'],
  ],
  'endorsement-title': [
    [
      { order: false, directive: true, letter: false, authority: 'министерства', title: 'Об утверждении плана' },
      ['ЛИСТ СОГЛАСОВАНИЯ', 'проекта распоряжения министерства «Об утверждении плана»'],
    ],
    [{ order: false, directive: false, letter: false, authority: '', title: '' }, ['ЛИСТ СОГЛАСОВАНИЯ', 'проекта документа']],
  ],
  'endorsement-header': [[{}, ['№ п/п', 'Должность', 'Фамилия, инициалы', 'Дата согласования', 'Замечания, подпись']]],
  'passport-role': [
    [{ role: 'Куратор Проекта', name: 'Зотова Ю.В.', position: 'начальник управления' }, 'Куратор Проекта: Зотова Ю.В. – начальник управления'],
    [{ role: 'Руководитель', name: 'Ким А.А.', position: '' }, 'Руководитель: Ким А.А.'],
  ],
  'passport-goal': [[{}, 'Цель проекта:']],
  'passport-tasks': [[{}, 'Задачи проекта:']],
  'passport-indicators': [[{}, 'Показатели проекта']],
  'passport-results': [[{}, 'Ожидаемые результаты реализации проекта:']],
  'passport-indicator-header': [[{}, ['Наименование показателя', 'Единица измерения', 'Факт', 'План']]],
  'report-title': [
    [{ plan, asOf: '2022-09-30', municipality: '', authority: '' }, ['Информация о ходе реализации плана-графика', '(дорожная карта) мероприятий', 'по состоянию на 30.09.2022']],
    [{ plan: { ...plan, subtitle: '' }, asOf: '2023-06-30', municipality: 'округ Муром', authority: '' }, ['Информация о ходе реализации плана-графика', '(округ Муром)', 'по состоянию на 30.06.2023']],
  ],
  'report-header': [[{}, ['№ п/п', 'Мероприятие', 'Срок', 'Исполнитель', 'Статус', 'Факт', 'Комментарий']]],
  'report-status': [
    [{ status: 'done', word: 'выполнено', doneOn: '2022-12-15', postponedTo: '', overdue: false, daysOverdue: 0, due: '2022-12-20', noDeadline: false }, ['выполнено 15.12.2022']],
    [{ status: 'not-started', word: 'не начато', doneOn: '', postponedTo: '', overdue: true, daysOverdue: 92, due: '2022-06-30', noDeadline: false }, ['не начато', '**просрочено на 92 дня** (срок 30.06.2022)']],
    [{ status: 'postponed', word: 'перенесено', doneOn: '', postponedTo: '2023-03-01', overdue: false, daysOverdue: 0, due: '2023-03-01', noDeadline: false }, ['перенесено на 01.03.2023']],
    [{ status: 'unknown', word: '', doneOn: '', postponedTo: '', overdue: false, daysOverdue: 0, due: '', noDeadline: true }, ['нет сведений', '*без срока*']],
    [{ status: 'in-progress', word: 'выполняется', doneOn: '', postponedTo: '', overdue: true, daysOverdue: 21, due: '2022-09-09', noDeadline: false }, ['выполняется', '**просрочено на 21 день** (срок 09.09.2022)']],
  ],
  'report-section-total': [
    [{ no: '1', total: 12, done: 7, percent: '64', inProgress: 3, notStarted: 0, postponed: 0, cancelled: 1, unknown: 1, overdue: 2, noDeadline: 0 }, 'Итого по разделу 1: мероприятий 12, выполнено 7 (64 %), выполняется 3, отменено 1, нет сведений 1; просрочено 2.'],
  ],
  'report-summary': [
    [
      { asOf: '2022-09-30', plans: false, total: 21, done: 10, percent: '50', inProgress: 5, notStarted: 2, postponed: 1, cancelled: 1, unknown: 2, overdue: 3, overdueNos: ['1.5', '2.3', '2.9'], overdueMany: true, noDeadline: 1 },
      'По состоянию на 30.09.2022 из 21 мероприятия плана-графика выполнено 10 (50 % без учёта отменённых), выполняется 5, не начато 2, перенесено 1, отменено 1, сведения не представлены по 2.\n\nПросрочено 3 мероприятия (пп. 1.5, 2.3, 2.9). Без установленного срока 1 мероприятие: просрочка по ним не определяется.',
    ],
    [
      { asOf: '2022-09-30', plans: false, total: 5, done: 5, percent: '100', inProgress: 0, notStarted: 0, postponed: 0, cancelled: 0, unknown: 0, overdue: 0, overdueNos: [], overdueMany: false, noDeadline: 0 },
      'По состоянию на 30.09.2022 из 5 мероприятий плана-графика выполнено 5 (100 %).\n\nПросроченных мероприятий нет.',
    ],
  ],
  'region-summary-title': [[{ asOf: '2023-06-30' }, ['Сводная информация о ходе реализации плана-графика', 'в муниципальных образованиях', 'по состоянию на 30.06.2023']]],
  'region-summary-header': [[{}, ['№ п/п', 'Муниципальное образование', 'Всего мероприятий', 'Выполнено', 'Выполняется', 'Просрочено', 'Выполнено, %']]],
  'region-summary-total': [[{}, 'Итого']],
  'footnote-marker': [[{ no: 3 }, '3']],
  'footnote-note': [[{ no: 3, text: 'По данным мониторинга.' }, 'По данным мониторинга.']],
  'passport-indicator-number': [[{}, '№ п/п']],
  'appendix-heading': [
    [{ no: 1, total: 1 }, 'Приложение'],
    [{ no: 2, total: 2 }, 'Приложение 2'],
  ],
  'appendix-reference': [
    [{ no: 1, total: 1, mark: 'gost', word: '' }, 'приложение'],
    [{ no: 2, total: 3, mark: 'gost', word: '' }, 'приложение № 2'],
    [{ no: 2, total: 3, mark: 'heading', word: 'приложении' }, 'приложении 2'],
    [{ no: 1, total: 1, mark: 'approval', word: 'Приложении' }, 'Приложении'],
  ],
  'approval-label': [
    [{ no: 1, total: 1 }, 'ПРИЛОЖЕНИЕ'],
    [{ no: 2, total: 2 }, 'ПРИЛОЖЕНИЕ № 2'],
  ],
  'table-caption': [
    [{ no: 1, caption: 'Расчёт показателя', numbered: true }, 'Таблица 1. Расчёт показателя'],
    [{ no: 2, caption: '', numbered: true }, 'Таблица 2'],
    [{ no: 0, caption: 'Расчёт показателя', numbered: false }, 'Расчёт показателя'],
  ],
  'formula-number': [[{ no: 3 }, '(3)']],
  'amendment-act': [
    [{ ...actBase, case: 'accusative' }, 'приказ управления образования от 14.02.2022 № 50'],
    [{ ...actBase, case: 'dative', kind: 'directive', dateStyle: 'words' }, 'распоряжению управления образования от 14 февраля 2022 г. № 50'],
    [{ ...actBase, case: 'genitive', authority: '', date: '', number: '' }, 'приказа от «__» ________ 20__ г. № ___'],
  ],
  'amendment-title': [[{ act }, 'О внесении изменений в приказ управления образования от 14.02.2022 № 50']],
  'amendment-intro': [
    [{ act, several: false }, 'Внести в приложение к приказу управления образования от 14.02.2022 № 50 «Об утверждении плана-графика» следующие изменения:'],
    [{ act: { ...act, title: '' }, several: true }, 'Внести в приказ управления образования от 14.02.2022 № 50 следующие изменения:'],
  ],
  'amendment-change': [
    [{ ...change, change: 'row-changed', no: '1.3' }, 'Пункт 1.3 изложить в следующей редакции:'],
    [{ ...change, change: 'row-changed', no: '', task: 'Отбор школ' }, 'Строку «Отбор школ» изложить в следующей редакции:'],
    [{ ...change, change: 'row-removed', no: '3.2', several: true, appendix: 2 }, 'Пункт 3.2 приложения № 2 признать утратившим силу.'],
    [{ ...change, change: 'rows-added', from: '2.7', to: '2.7', count: 1 }, 'Дополнить пунктом 2.7 следующего содержания:'],
    [{ ...change, change: 'rows-added', from: '48', to: '50', count: 3, several: true, appendix: 1 }, 'Дополнить приложение № 1 пунктами 48–50 следующего содержания:'],
    [{ ...change, change: 'rows-renumbered', from: '42', to: '47', newFrom: '41', newTo: '46', count: 6 }, 'Пункты 42–47 считать соответственно пунктами 41–46.'],
    [{ ...change, change: 'rows-renumbered', from: '42', to: '42', newFrom: '41', newTo: '41', count: 1 }, 'Пункт 42 считать пунктом 41.'],
    [{ ...change, change: 'section-added', no: '3', title: 'Мониторинг' }, 'Дополнить разделом 3 «Мониторинг» следующего содержания:'],
    [{ ...change, change: 'section-removed', no: '', oldTitle: 'Мониторинг' }, 'Раздел «Мониторинг» признать утратившим силу.'],
    [{ ...change, change: 'section-renamed', no: '2', oldTitle: 'Методика', title: 'Методическая поддержка' }, 'Наименование раздела 2 изложить в следующей редакции: «Методическая поддержка».'],
    [{ ...change, change: 'section-renumbered', from: '3', newFrom: '2' }, 'Раздел 3 считать разделом 2.'],
  ],
  'amendment-new-edition': [
    [{ act, change: 'replaced', appendix: 1, several: false }, 'Приложение к приказу управления образования от 14.02.2022 № 50 «Об утверждении плана-графика» изложить в новой редакции (прилагается).'],
    [{ act, change: 'added', appendix: 3, several: true }, 'Дополнить приказ управления образования от 14.02.2022 № 50 «Об утверждении плана-графика» приложением № 3 (прилагается).'],
    [{ act: { ...act, title: '' }, change: 'removed', appendix: 2, several: true }, 'Приложение № 2 к приказу управления образования от 14.02.2022 № 50 признать утратившим силу.'],
  ],
  'amendment-appendix-mark': [
    [
      { no: 1, total: 1, act, kind: 'order', date: '2022-05-16', dateStyle: 'numeric', number: '112' },
      ['Приложение', 'к приказу управления образования', 'от 14.02.2022 № 50', '(в редакции приказа', 'от 16.05.2022 № 112)'],
    ],
    [
      { no: 2, total: 2, act: { ...act, kind: 'directive' }, kind: 'directive', date: '', dateStyle: 'words', number: '' },
      ['Приложение № 2', 'к распоряжению управления образования', 'от 14 февраля 2022 г. № 50', '(в редакции распоряжения', 'от «__» ________ 20__ г. № ___)'],
    ],
  ],
  'change-sheet-title': [
    [
      { plan: { title: 'План-график', subtitle: 'мероприятий на 2023 год', gender: 'm' }, old: { ...version, date: '2023-01-16', number: '12' }, new: { ...version, date: '2023-03-15', number: '41' } },
      ['ИЗМЕНЕНИЯ', 'в план-график мероприятий на 2023 год', '(редакция от 15.03.2023 № 41 в сравнении с редакцией от 16.01.2023 № 12)'],
    ],
    [{ plan: { title: 'Дорожная карта', subtitle: '', gender: 'f' }, old: version, new: version }, ['ИЗМЕНЕНИЯ', 'в дорожную карту']],
  ],
  'change-sheet-header': [[{}, ['№ п/п', 'Пункт', 'Было', 'Стало']]],
  'change-sheet-note': [
    [{ ...note, note: 'absent' }, '—'],
    [{ ...note, note: 'later', days: 31, part: 'end' }, 'окончание позже на 31 день'],
    [{ ...note, note: 'earlier', days: 3, part: '' }, 'срок раньше на 3 дня'],
    [{ ...note, note: 'section', title: 'Методическая поддержка' }, 'в разделе «Методическая поддержка»'],
    [{ ...note, note: 'section-label', no: '2 → 1' }, 'Раздел 2 → 1'],
    [{ ...note, note: 'number', no: '41–46' }, '№ 41–46'],
    [{ ...note, note: 'removed' }, 'пункт исключён'],
    [{ ...note, note: 'same' }, 'Изменений нет.'],
  ],
};

describe('built-in templates', () => {
  it('load without diagnostics', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('the folder holds exactly the named templates, each documented in its README', () => {
    const files = readdirSync(BUILTIN_TEMPLATE_DIR).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4)).sort();
    expect(files).toEqual([...BUILTIN_TEMPLATE_NAMES].sort());
    const readme = readFileSync(join(BUILTIN_TEMPLATE_DIR, 'README.md'), 'utf8');
    for (const name of BUILTIN_TEMPLATE_NAMES) expect(readme, name).toContain(`\`${name}\``);
  });

  it('every one has sample data here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...BUILTIN_TEMPLATE_NAMES].sort());
  });

  for (const [name, cases] of Object.entries(SAMPLES)) {
    it(`${name} renders its sample data`, () => {
      diagnostics.length = 0;
      for (const [data, expected] of cases) {
        if (Array.isArray(expected)) expect(lines(name, data)).toEqual(expected);
        else expect(text(name, data)).toBe(expected);
      }
      expect(diagnostics).toEqual([]);
    });
  }

  it('keeps non-breaking spaces where the wording had them', () => {
    expect(set.text('act-number', { number: '50' })).toBe('№\u00a050');
    expect(set.lines('appendix-mark', { no: 2, total: 2, kind: 'order', authority: '', date: '2022-02-14', dateStyle: 'numeric', number: '50' })).toEqual([
      'Приложение №\u00a02',
      'к приказу',
      'от\u00a014.02.2022 №\u00a050',
    ]);
    expect(set.text('letter-appendix', { sheets: '12', copies: 1 })).toBe('Приложение: на 12\u00a0л. в 1\u00a0экз.');
  });
});
