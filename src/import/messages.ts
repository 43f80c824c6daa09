/**
 * Messages of `plangraf import` (Word plan → roadmap YAML), Russian and English. Each message
 * starts with where the problem is in the Word document («Таблица 2, строка 12, ячейка 3: …»,
 * location.ts), since a DOCX has no lines a reader could look up.
 *
 * Errors stop the import (nothing is written); warnings say what of the document was not carried
 * over; notes (info) say what was carried over in another form.
 */
import type { Diagnostic, Language, Severity } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';
import { dataSizeText, pluralEn, pluralRu } from '../text/quantities.js';
import { locationLead, type ImportLocation } from './location.js';

/** «Таблица 2, строка 12: » or nothing. */
const at = (a: MessageArgs): string => (a.at ? `${a.at}: ` : '');
const REsave = {
  ru: 'Откройте файл в Word или LibreOffice и сохраните его как «Документ Word (*.docx)».',
  en: 'Open the file in Word or LibreOffice and save it as “Word Document (*.docx)”.',
};

export const IMPORT_MESSAGES = {
  'import-not-docx': {
    severity: 'error',
    ru: (a) => `Файл не является документом Word в формате DOCX: ${a.reason}.`,
    en: (a) => `The file is not a Word document in DOCX format: ${a.reason}.`,
    hint: { ru: () => REsave.ru, en: () => REsave.en },
  },
  'import-xml-invalid': {
    severity: 'error',
    ru: (a) => `${at(a)}документ повреждён, XML не читается: ${xmlDetailRu(String(a.detail))}.`,
    en: (a) => `${at(a)}the document is damaged, its XML cannot be read: ${a.detail}.`,
    hint: { ru: () => REsave.ru, en: () => REsave.en },
  },
  'import-dtd': {
    severity: 'error',
    ru: (a) => `${at(a)}в XML есть объявление DTD (<!DOCTYPE>); такие документы не читаются.`,
    en: (a) => `${at(a)}the XML declares a DTD (<!DOCTYPE>); such documents are not read.`,
    hint: {
      ru: () => `Word и LibreOffice не пишут DTD: файл изменён другой программой. ${REsave.ru}`,
      en: () => `Word and LibreOffice never write a DTD: another program changed the file. ${REsave.en}`,
    },
  },
  'import-too-large': {
    severity: 'error',
    ru: (a) => `Часть ${a.part} после распаковки больше предела ${dataSizeText(Number(a.limit), 'ru')}; документ не читается.`,
    en: (a) => `Part ${a.part} is larger than the limit of ${dataSizeText(Number(a.limit), 'en')} once decompressed; the document is not read.`,
    hint: {
      ru: () => 'Так выглядит «zip-бомба» — или очень большой документ: разделите его на несколько файлов.',
      en: () => 'This is what a “zip bomb” looks like — or a very large document: split it into several files.',
    },
  },
  'import-limit': {
    severity: 'error',
    ru: (a) => `${at(a)}${limitWords(a, 'ru')}; документ не читается.`,
    en: (a) => `${at(a)}${limitWords(a, 'en')}; the document is not read.`,
    hint: {
      ru: () => 'Разделите документ на несколько файлов и импортируйте их по отдельности.',
      en: () => 'Split the document into several files and import them one by one.',
    },
  },
  'import-no-plan': {
    severity: 'error',
    ru: (a) => (Number(a.tables) === 0
      ? 'В документе нет таблиц: план-график переносится из таблицы.'
      : `В документе ${pluralRu(Number(a.tables), 'таблица', 'таблицы', 'таблиц')}, но ни одна не похожа на план-график: не найдены столбцы задач и сроков (или исполнителей, результатов).`),
    en: (a) => (Number(a.tables) === 0
      ? 'The document has no tables: a plan-graph is imported from a table.'
      : `The document has ${pluralEn(Number(a.tables), 'table', 'tables')}, but none looks like a plan-graph: no columns of tasks and deadlines (or executors, results) were found.`),
    hint: {
      ru: () => 'Столбцы узнаются по заголовкам в первой строке таблицы: «№ п/п», «Наименование мероприятия» или «Задачи», «Сроки реализации», «Ответственный исполнитель», «Прогнозируемый результат», «Информационное сопровождение».',
      en: () => 'Columns are recognised by the headers in the table’s first row: «№ п/п», «Наименование мероприятия» or «Задачи», «Сроки реализации», «Ответственный исполнитель», «Прогнозируемый результат», «Информационное сопровождение».',
    },
  },
  // ───── not carried over ─────
  'import-table-skipped': {
    severity: 'warning',
    ru: (a) => `${at(a)}таблица не похожа на план-график (${a.reason}) и не перенесена: «${a.excerpt}».`,
    en: (a) => `${at(a)}the table does not look like a plan-graph (${a.reason}) and was not imported: «${a.excerpt}».`,
    hint: {
      ru: () => 'Если это план-график, дайте столбцам привычные заголовки («Наименование мероприятия», «Сроки реализации» …) и импортируйте снова.',
      en: () => 'If it is a plan-graph, give its columns the usual headers («Наименование мероприятия», «Сроки реализации» …) and import again.',
    },
  },
  'import-text-skipped': {
    severity: 'warning',
    ru: (a) => `${at(a)}текст вне таблицы плана не перенесён: «${a.excerpt}».`,
    en: (a) => `${at(a)}text outside the plan’s table was not imported: «${a.excerpt}».`,
    hint: {
      ru: () => 'Переносятся гриф утверждения, заголовок плана и подпись; текст приказа или письма добавьте в YAML сами (document.kind, points, body).',
      en: () => 'The approval stamp, the plan’s title and the signature are imported; add the text of an order or letter to the YAML yourself (document.kind, points, body).',
    },
  },
  'import-content-dropped': {
    severity: 'warning',
    ru: (a) => `${at(a)}пропущено то, что в план-график не переносится: ${a.what}.`,
    en: (a) => `${at(a)}left out what a plan-graph cannot hold: ${a.what}.`,
    hint: {
      ru: () => 'В план-графике бывают только текст, списки, полужирный и курсив, ссылки; остальное добавьте в документ после сборки.',
      en: () => 'A plan-graph holds text, bullet lists, bold and italic, and links only; add anything else to the document after rendering.',
    },
  },
  'import-empty-task': {
    severity: 'warning',
    ru: (a) => `${at(a)}в строке нет задачи; строка перенесена с пустой задачей, проверка empty-task в файле отключена.`,
    en: (a) => `${at(a)}the row has no task; it was imported with an empty task, and the empty-task check is switched off in the file.`,
    hint: {
      ru: () => 'Впишите задачу (task) и уберите empty-task: off из lint.',
      en: () => 'Write the task (task) and remove empty-task: off from lint.',
    },
  },
  'import-title-missing': {
    severity: 'warning',
    ru: (a) => `${at(a)}перед таблицей не найден заголовок плана («ПЛАН-ГРАФИК», «План мероприятий», «Дорожная карта» …): title оставлен пустым.`,
    en: (a) => `${at(a)}no plan title («ПЛАН-ГРАФИК», «План мероприятий», «Дорожная карта» …) was found before the table: title was left empty.`,
    hint: { ru: () => 'Впишите заголовок в title.', en: () => 'Write the title in title.' },
  },
  'import-stamp-unrecognised': {
    severity: 'warning',
    ru: (a) => `${at(a)}гриф утверждения не разобран и не перенесён: «${a.excerpt}».`,
    en: (a) => `${at(a)}the approval stamp could not be read and was not imported: «${a.excerpt}».`,
    hint: {
      ru: () => 'Опишите гриф в document.approval: {by: act, act: …, date: …, number: …} (README, «The parts»).',
      en: () => 'Describe the stamp in document.approval: {by: act, act: …, date: …, number: …} (README, “The parts”).',
    },
  },
  // ───── carried over in another form ─────
  'import-column-extra': {
    severity: 'info',
    ru: (a) => `${at(a)}столбец «${a.header}» не из стандартных; перенесён как дополнительный (key: ${a.key}).`,
    en: (a) => `${at(a)}column «${a.header}» is not a standard one; it was imported as an extra column (key: ${a.key}).`,
  },
  'import-rows-skipped': {
    severity: 'info',
    ru: (a) => `${at(a)}${a.what === 'header' ? 'повтор шапки таблицы' : a.what === 'numbers' ? 'повтор строки номеров столбцов' : 'пустая строка'} — пропущена${a.what === 'header' ? ': шапку на каждой странице повторяет сам plangraf (repeat)' : ''}.`,
    en: (a) => `${at(a)}${a.what === 'header' ? 'a repeated table header' : a.what === 'numbers' ? 'a repeated row of column numbers' : 'an empty row'} — left out${a.what === 'header' ? ': plangraf repeats the header on every page itself (repeat)' : ''}.`,
  },
  'import-merged-cells': {
    severity: 'info',
    ru: (a) => (a.how === 'vertical'
      ? `${at(a)}ячейки объединены по вертикали; в строках ниже первой записано merge: [столбец].`
      : `${at(a)}ячейка занимает несколько столбцов; её текст отнесён к столбцу «${a.header}».`),
    en: (a) => (a.how === 'vertical'
      ? `${at(a)}cells merged vertically; the rows below the first say merge: [column].`
      : `${at(a)}the cell spans several columns; its text went to column «${a.header}».`),
  },
  'import-header-joined': {
    severity: 'info',
    ru: (a) => `${at(a)}шапка таблицы в ${pluralRu(Number(a.rows), 'строку', 'строки', 'строк')}; заголовки столбцов объединены в одну строку: ${a.headers}.`,
    en: (a) => `${at(a)}the table header has ${pluralEn(Number(a.rows), 'row', 'rows')}; the column headers were joined into one row: ${a.headers}.`,
  },
  'import-tables-joined': {
    severity: 'info',
    ru: (a) => `${at(a)}таблица продолжает предыдущую и перенесена в тот же план.`,
    en: (a) => `${at(a)}the table continues the one before and was imported into the same plan.`,
  },
} as const satisfies Record<string, MessageEntry>;

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;

/** The XML parser's words (saxes, in English) in Russian, for the common ones; others quoted as they are. */
const XML_DETAILS_RU: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^undefined entity/, () => 'ссылка на неизвестную сущность (&…;)'],
  [/^unexpected close tag/, () => 'закрывающий тег без открывающего'],
  [/^unmatched closing tag: (.+)/, (m) => `закрывающий тег ${m[1]} не того элемента, что открыт`],
  [/^unclosed tag: (.+)/, (m) => `тег ${m[1]} не закрыт`],
  [/^unexpected end/, () => 'текст обрывается'],
  [/^disallowed character/, () => 'недопустимый символ'],
  [/^text data outside of root node/, () => 'текст вне корневого элемента'],
  [/^unbound namespace prefix: (.+)/, (m) => `префикс ${m[1]} не объявлен`],
  [/^duplicate attribute: (.+)/, (m) => `атрибут ${m[1]} повторён`],
  [/^document must contain a root element/, () => 'нет корневого элемента'],
  [/^not UTF-8 or UTF-16 text/, () => 'текст не в кодировке UTF-8 или UTF-16'],
];

function xmlDetailRu(detail: string): string {
  for (const [re, words] of XML_DETAILS_RU) {
    const m = re.exec(detail);
    if (m) return words(m);
  }
  return `«${detail}»`;
}

function limitWords(a: MessageArgs, lang: Language): string {
  const ru = lang === 'ru';
  const limit = Number(a.limit);
  switch (a.what) {
    case 'rows':
      return ru ? `строк в таблицах больше предела: ${limit}` : `more table rows than the limit of ${limit}`;
    case 'cells':
      return ru ? `ячеек в строке больше предела: ${limit}` : `more cells in a row than the limit of ${limit}`;
    case 'paragraphs':
      return ru ? `абзацев больше предела: ${limit}` : `more paragraphs than the limit of ${limit}`;
    case 'chars':
      return ru ? `текст длиннее предела: ${pluralRu(limit, 'символ', 'символа', 'символов')}` : `a text longer than the limit of ${pluralEn(limit, 'character', 'characters')}`;
    case 'depth':
      return ru ? `таблицы вложены друг в друга глубже предела: ${limit}` : `tables nested deeper than the limit of ${limit}`;
    case 'entries':
      return ru ? `файлов в архиве больше предела: ${limit}` : `more files in the package than the limit of ${limit}`;
    default:
      return ru ? `превышен предел ${limit}` : `over the limit of ${limit}`;
  }
}

/** A diagnostic of the import about `file` (the DOCX as the user named it), located in the document. */
export function importDiagnostic(
  code: ImportMessageCode,
  lang: Language,
  file: string,
  loc: ImportLocation | undefined,
  args: MessageArgs = {},
  severity?: Severity,
): Diagnostic {
  const lead = loc ? locationLead(loc, lang) : '';
  return diagnosticFromEntry(IMPORT_MESSAGES[code], code, lang, file, NO_POSITION, { ...args, at: lead }, severity);
}
