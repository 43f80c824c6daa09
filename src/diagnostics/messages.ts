/**
 * The message catalogue: every text a user can get from loading and checking a roadmap, in
 * Russian and English. A message says what is wrong in one sentence; a hint says how to fix it.
 * Keys and values are quoted „так“ in Russian and “so” in English.
 */
import { dataSizeText } from '../text/quantities.js';
import type { Language, Severity } from './diagnostic.js';

export type MessageArgs = Record<string, string | number | undefined>;
type Text = (a: MessageArgs) => string;

export interface MessageEntry {
  severity: Severity;
  ru: Text;
  en: Text;
  hint?: { ru: Text; en: Text };
}

const q = (lang: Language, s: string | number | undefined): string =>
  lang === 'ru' ? `„${String(s)}“` : `“${String(s)}”`;
const qr = (s: string | number | undefined) => q('ru', s);
const qe = (s: string | number | undefined) => q('en', s);
const maybe = (a: MessageArgs, ru: boolean): string =>
  a.suggestion === undefined ? '.' : ru ? ` — может быть, ${qr(a.suggestion)}?` : ` — did you mean ${qe(a.suggestion)}?`;

/** «Что делается» → «что делается», but «ГГГГ-ММ-ДД» and «ОКПО» stay. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export const MESSAGES = {
  // ───── encoding ─────
  'encoding-bom': {
    severity: 'info',
    ru: () => 'Файл начинается с метки порядка байтов (BOM); метка пропущена.',
    en: () => 'The file starts with a byte-order mark (BOM); it was skipped.',
    hint: { ru: () => 'Можно сохранить файл в UTF-8 без BOM.', en: () => 'You may save the file as UTF-8 without BOM.' },
  },
  'encoding-invalid-utf8': {
    severity: 'error',
    ru: (a) => `Файл не в кодировке UTF-8: недопустимый байт 0x${a.byte}.`,
    en: (a) => `The file is not valid UTF-8: unexpected byte 0x${a.byte}.`,
    hint: {
      ru: () => 'Сохраните файл в кодировке UTF-8 (в редакторе: «Сохранить как» → «Кодировка: UTF-8»); файлы Windows-1251 не подходят.',
      en: () => 'Save the file as UTF-8 (in the editor: “Save as” → “Encoding: UTF-8”); Windows-1251 files are not accepted.',
    },
  },
  'encoding-forbidden-char': {
    severity: 'error',
    ru: (a) => `Недопустимый символ ${a.char}: его нельзя записать в документ DOCX.`,
    en: (a) => `Forbidden character ${a.char}: a DOCX document cannot carry it.`,
    hint: {
      ru: () => 'Удалите символ; такие символы часто попадают в текст при копировании из PDF.',
      en: () => 'Delete the character; it often comes with text copied from a PDF.',
    },
  },
  // ───── limits ─────
  'limit-file-size': {
    severity: 'error',
    ru: (a) => `Файл слишком большой: ${a.over === 'yes' ? 'более ' : ''}${dataSizeText(Number(a.size), 'ru')} при пределе ${dataSizeText(Number(a.limit), 'ru')}.`,
    en: (a) => `The file is too large: ${a.over === 'yes' ? 'more than ' : ''}${dataSizeText(Number(a.size), 'en')}, the limit is ${dataSizeText(Number(a.limit), 'en')}.`,
    hint: { ru: () => 'Разделите план на несколько файлов.', en: () => 'Split the roadmap into several files.' },
  },
  'limit-string-length': {
    severity: 'error',
    ru: (a) => `Слишком длинный текст: ${a.length} символов при пределе ${a.limit}.`,
    en: (a) => `The text is too long: ${a.length} characters, the limit is ${a.limit}.`,
    hint: { ru: () => 'Сократите текст или разбейте его на несколько строк плана.', en: () => 'Shorten the text or split it into several rows.' },
  },
  'limit-depth': {
    severity: 'error',
    ru: (a) => `Слишком глубокая вложенность: больше ${a.limit} уровней.`,
    en: (a) => `Nesting is too deep: more than ${a.limit} levels.`,
    hint: { ru: () => 'Проверьте отступы: план-графику хватает нескольких уровней.', en: () => 'Check the indentation: a roadmap needs only a few levels.' },
  },
  'limit-rows': {
    severity: 'error',
    ru: (a) => `Слишком много строк в планах: ${a.count} при пределе ${a.limit}.`,
    en: (a) => `Too many plan rows: ${a.count}, the limit is ${a.limit}.`,
    hint: { ru: () => 'Разделите план на несколько файлов.', en: () => 'Split the roadmap into several files.' },
  },
  'limit-aliases': {
    severity: 'error',
    ru: () => 'Слишком много раскрытий псевдонимов (*имя): файл разрастается при чтении («бомба псевдонимов»).',
    en: () => 'Too many alias expansions (*name): the file explodes when read (an “alias bomb”).',
    hint: { ru: (a) => `Уберите псевдонимы или сократите их число (предел ${a.limit}).`, en: (a) => `Remove aliases or use fewer of them (limit ${a.limit}).` },
  },
  // ───── YAML ─────
  'yaml-syntax': {
    severity: 'error',
    ru: (a) => `Ошибка синтаксиса YAML: ${a.detail}.`,
    en: (a) => `YAML syntax error: ${a.detail}.`,
    hint: { ru: (a) => String(a.hintRu ?? 'Проверьте отступы, двоеточия и кавычки в этой строке и строкой выше.'), en: (a) => String(a.hintEn ?? 'Check indentation, colons and quotes on this line and the line above.') },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    ru: (a) => `Ключ ${qr(a.key)} повторяется: он уже задан в строке ${a.firstLine}.`,
    en: (a) => `Key ${qe(a.key)} is repeated: it is already set on line ${a.firstLine}.`,
    hint: { ru: () => 'Оставьте один из двух; если это разные строки плана, начните новую строку с «- ».', en: () => 'Keep one of the two; if these are different rows, start a new row with “- ”.' },
  },
  'yaml-unknown-tag': {
    severity: 'error',
    ru: (a) => `Тег ${qr(a.tag)} не поддерживается: в файле плана не бывает тегов YAML.`,
    en: (a) => `Tag ${qe(a.tag)} is not supported: a roadmap file has no YAML tags.`,
    hint: { ru: () => 'Уберите тег; если это текст, заключите его в кавычки.', en: () => 'Remove the tag; if it is text, put it in quotes.' },
  },
  'yaml-unknown-alias': {
    severity: 'error',
    ru: (a) => `Псевдоним ${qr(`*${a.name}`)} ссылается на якорь, которого нет выше.`,
    en: (a) => `Alias ${qe(`*${a.name}`)} refers to an anchor not defined above.`,
    hint: { ru: (a) => `Задайте якорь ${qr(`&${a.name}`)} раньше или уберите «*» (если это текст, заключите его в кавычки).`, en: (a) => `Define the anchor ${qe(`&${a.name}`)} before it, or remove the “*” (quote it if it is text).` },
  },
  'yaml-empty': {
    severity: 'error',
    ru: () => 'Файл пуст.',
    en: () => 'The file is empty.',
    hint: { ru: () => 'Заготовку создаёт команда «plangraf init».', en: () => 'Run “plangraf init” for a starter file.' },
  },
  // ───── schema ─────
  'schema-unknown-key': {
    severity: 'error',
    ru: (a) => `Неизвестный ключ ${qr(a.key)}${maybe(a, true)}`,
    en: (a) => `Unknown key ${qe(a.key)}${maybe(a, false)}`,
    hint: { ru: (a) => `Здесь допустимы ключи: ${a.allowed}.`, en: (a) => `Keys allowed here: ${a.allowed}.` },
  },
  'schema-missing-key': {
    severity: 'error',
    ru: (a) => `Не хватает обязательного ключа ${qr(a.key)}${a.parent ? ` в ${qr(a.parent)}` : ''}.`,
    en: (a) => `Required key ${qe(a.key)} is missing${a.parent ? ` in ${qe(a.parent)}` : ''}.`,
    hint: {
      ru: (a) => (a.about ? `Добавьте ${a.key} — ${lowerFirst(String(a.about))}.` : `Добавьте ключ ${a.key}.`),
      en: (a) => (a.aboutEn ? `Add ${a.key} — ${lowerFirst(String(a.aboutEn))}.` : `Add the key ${a.key}.`),
    },
  },
  'schema-type': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: ожидается ${a.expected}, а здесь ${a.actual}.`,
    en: (a) => `${qe(a.key)}: expected ${a.expected}, found ${a.actual}.`,
    hint: { ru: (a) => String(a.hintRu ?? `${a.about ?? ''}`), en: (a) => String(a.hintEn ?? `${a.aboutEn ?? ''}`) },
  },
  'schema-enum': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: недопустимое значение ${qr(a.value)}${maybe(a, true)}`,
    en: (a) => `${qe(a.key)}: value ${qe(a.value)} is not allowed${maybe(a, false)}`,
    hint: { ru: (a) => `Допустимые значения: ${a.allowed}.`, en: (a) => `Allowed values: ${a.allowed}.` },
  },
  'schema-format': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: ${qr(a.value)} — ${a.formatRu}.`,
    en: (a) => `${qe(a.key)}: ${qe(a.value)} — ${a.formatEn}.`,
    hint: { ru: (a) => String(a.hintRu), en: (a) => String(a.hintEn) },
  },
  'schema-range': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: значение ${a.value} ${a.relationRu} ${a.limit}.`,
    en: (a) => `${qe(a.key)}: value ${a.value} ${a.relationEn} ${a.limit}.`,
    hint: { ru: (a) => String(a.about ?? ''), en: (a) => String(a.aboutEn ?? '') },
  },
  'schema-items-count': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: ${a.relationRu}.`,
    en: (a) => `${qe(a.key)}: ${a.relationEn}.`,
    hint: { ru: (a) => String(a.about ?? ''), en: (a) => String(a.aboutEn ?? '') },
  },
  'schema-deadline-kind': {
    severity: 'error',
    ru: (a) => `Неизвестный вид срока ${qr(a.value)}${maybe(a, true)}`,
    en: (a) => `Unknown deadline kind ${qe(a.value)}${maybe(a, false)}`,
    hint: { ru: (a) => `Виды сроков: ${a.allowed}. Срок можно написать и строкой: «до 22.02.2022».`, en: (a) => `Deadline kinds: ${a.allowed}. A deadline may also be a string: «до 22.02.2022».` },
  },
  'schema-plan-missing': {
    severity: 'error',
    ru: () => 'Нет плана: нужен ключ „plan“ (один план) или „plans“ (несколько).',
    en: () => 'No plan: add the key “plan” (one plan) or “plans” (several).',
    hint: { ru: () => 'plan: {title: ПЛАН-ГРАФИК, items: [...]}', en: () => 'plan: {title: ПЛАН-ГРАФИК, items: [...]}' },
  },
  'plan-and-plans': {
    severity: 'error',
    ru: () => 'Заданы и „plan“, и „plans“: оставьте что-то одно.',
    en: () => 'Both “plan” and “plans” are given: keep one of them.',
    hint: { ru: () => 'Один план пишут под plan:, несколько — списком под plans:.', en: () => 'Write a single plan under plan:, several as a list under plans:.' },
  },
  'schema-column-role-and-key': {
    severity: 'error',
    ru: () => 'У колонки заданы и „role“, и „key“: стандартная колонка задаётся ролью, дополнительная — ключом.',
    en: () => 'The column has both “role” and “key”: a standard column has a role, an extra one a key.',
    hint: { ru: () => 'Оставьте что-то одно.', en: () => 'Keep one of them.' },
  },
  'schema-column-without-role': {
    severity: 'error',
    ru: () => 'У колонки нет ни „role“, ни „key“.',
    en: () => 'The column has neither “role” nor “key”.',
    hint: { ru: () => 'Стандартная колонка: role: deadline; дополнительная: key: levels (значения — в extra.levels у строк).', en: () => 'A standard column: role: deadline; an extra one: key: levels (values under extra.levels of the rows).' },
  },
  'schema-invalid': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: значение не подходит (${a.keyword}).`,
    en: (a) => `${qe(a.key)}: the value is not valid (${a.keyword}).`,
    hint: { ru: (a) => String(a.about ?? ''), en: (a) => String(a.aboutEn ?? '') },
  },
  // ───── files ─────
  'io-read': {
    severity: 'error',
    ru: (a) => `Не удалось прочитать файл: ${a.reason}.`,
    en: (a) => `Cannot read the file: ${a.reason}.`,
  },
  'io-not-a-file': {
    severity: 'error',
    ru: (a) => `Это ${a.what}, а не обычный файл; plangraf читает только обычные файлы.`,
    en: (a) => `This is ${a.what}, not a regular file; plangraf reads regular files only.`,
    hint: {
      ru: () => 'Сохраните данные в обычный файл и укажите его (канал, устройство или папка могут не кончаться или ждать без конца).',
      en: () => 'Save the data to a regular file and name that file (a pipe, a device or a folder may never end or wait forever).',
    },
  },
  // ───── lint ─────
  'lint-unknown-rule': {
    severity: 'warning',
    ru: (a) => `Неизвестная проверка ${qr(a.rule)}${maybe(a, true)}`,
    en: (a) => `Unknown lint rule ${qe(a.rule)}${maybe(a, false)}`,
    hint: { ru: (a) => `Проверки: ${a.allowed}.`, en: (a) => `Rules: ${a.allowed}.` },
  },
  'deadline-unparsed': {
    severity: 'warning',
    ru: (a) => `Срок ${qr(a.text)} не распознан и будет напечатан как написан.`,
    en: (a) => `Deadline ${qe(a.text)} is not recognised and will be printed as written.`,
    hint: {
      ru: () => 'Обычные формы: «до 22.02.2022», «17.01.2022 – 04.02.2022», «Февраль – март 2022 г.», «3-4 квартал 2022», «ежемесячно». Распознанный срок можно проверить и отсортировать.',
      en: () => 'Customary forms: «до 22.02.2022», «17.01.2022 – 04.02.2022», «Февраль – март 2022 г.», «3-4 квартал 2022», «ежемесячно». A recognised deadline can be checked and sorted.',
    },
  },
  'deadline-outside-period': {
    severity: 'warning',
    ru: (a) => `Срок (${a.days}) выходит за период плана: ${a.yearFrom === a.yearTo ? `${a.yearFrom} год` : `${a.yearFrom}–${a.yearTo} годы`}.`,
    en: (a) => `The deadline (${a.days}) falls outside the plan period: ${a.yearFrom === a.yearTo ? a.yearFrom : `${a.yearFrom}–${a.yearTo}`}.`,
    hint: { ru: () => 'Проверьте год в сроке или период плана (period).', en: () => 'Check the year of the deadline or the plan period (period).' },
  },
  'deadline-reversed-range': {
    severity: 'error',
    ru: (a) => `Срок начинается позже, чем заканчивается: ${a.detail}.`,
    en: (a) => `The deadline starts after it ends: ${a.detail}.`,
    hint: { ru: () => 'Поменяйте даты местами.', en: () => 'Swap the dates.' },
  },
  'deadline-impossible-date': {
    severity: 'error',
    ru: (a) => `Такой даты нет: ${a.detail}.`,
    en: (a) => `No such date: ${a.detail}.`,
    hint: { ru: () => 'Проверьте число и месяц.', en: () => 'Check the day and the month.' },
  },
  'executor-unknown': {
    severity: 'warning',
    ru: (a) => `Исполнитель ${qr(a.name)} похож на краткое название, но его нет в справочнике organisations${maybe(a, true)}`,
    en: (a) => `Executor ${qe(a.name)} looks like a short name but is not in organisations${maybe(a, false)}`,
    hint: {
      ru: (a) => `Добавьте его в organisations (${a.name}: полное название) или исправьте написание; будет напечатано как написано.`,
      en: (a) => `Add it to organisations (${a.name}: full name) or fix the spelling; it will be printed as written.`,
    },
  },
  'duplicate-id': {
    severity: 'error',
    ru: (a) => `Идентификатор ${qr(a.id)} уже использован в строке ${a.firstLine}.`,
    en: (a) => `Identifier ${qe(a.id)} is already used on line ${a.firstLine}.`,
    hint: { ru: () => 'Идентификаторы должны быть уникальны в файле.', en: () => 'Identifiers must be unique in the file.' },
  },
  'empty-task': {
    severity: 'error',
    ru: () => 'Пустая задача: строке плана нечего печатать в колонке задач.',
    en: () => 'Empty task: the row has nothing to print in the task column.',
    hint: { ru: () => 'Напишите, что делается, или удалите строку.', en: () => 'Say what is done or delete the row.' },
  },
  'item-before-approval': {
    severity: 'warning',
    ru: (a) => `Срок истекает ${a.to}, раньше, чем план утверждён (${a.date}).`,
    en: (a) => `The deadline ends on ${a.to}, before the plan is approved (${a.date}).`,
    hint: { ru: () => 'Проверьте срок или дату документа.', en: () => 'Check the deadline or the document date.' },
  },
  'extra-column-value': {
    severity: 'warning',
    ru: (a) => `Значение ${qr(a.value)} не из списка колонки ${qr(a.column)}${maybe(a, true)}`,
    en: (a) => `Value ${qe(a.value)} is not in the list of column ${qe(a.column)}${maybe(a, false)}`,
    hint: { ru: (a) => `Допустимые значения: ${a.allowed}.`, en: (a) => `Allowed values: ${a.allowed}.` },
  },
  'extra-column-unknown': {
    severity: 'warning',
    ru: (a) => `В плане нет дополнительной колонки ${qr(a.column)}${maybe(a, true)}`,
    en: (a) => `The plan has no extra column ${qe(a.column)}${maybe(a, false)}`,
    hint: {
      ru: (a) => `${a.allowed ? `Дополнительные колонки плана: ${a.allowed}.` : 'Дополнительных колонок в плане нет.'} Колонку задают в columns: {key: …, header: …}.`,
      en: (a) => `${a.allowed ? `Extra columns of the plan: ${a.allowed}.` : 'The plan has no extra columns.'} Columns are declared in columns: {key: …, header: …}.`,
    },
  },
  'numbering-explicit-missing': {
    severity: 'warning',
    ru: () => 'В плане нумерация explicit, а у этой строки нет номера (no).',
    en: () => 'The plan numbering is explicit but this row has no number (no).',
    hint: { ru: () => 'Добавьте no: "1.1." или выберите другую нумерацию (numbering: hierarchical).', en: () => 'Add no: "1.1." or choose another numbering (numbering: hierarchical).' },
  },
  'points-too-deep': {
    severity: 'warning',
    ru: (a) => `Пункт ${a.level}-го уровня: по ГОСТ Р 7.0.97 пунктов не больше ${a.limit} уровней.`,
    en: (a) => `A point of level ${a.level}: GOST R 7.0.97 allows at most ${a.limit} levels of points.`,
    hint: { ru: () => 'Поднимите пункт на уровень выше или сделайте из подпунктов перечень в тексте пункта.', en: () => 'Move the point a level up, or make the sub-points a list inside the point text.' },
  },
  'point-placeholder-invalid': {
    severity: 'error',
    ru: (a) =>
      a.alone === 'yes'
        ? `Заготовка стандартного пункта ${a.written} не распознана и была бы напечатана как текст.`
        : `Заготовка стандартного пункта ${a.written} стоит среди другого текста и была бы напечатана как текст.`,
    en: (a) =>
      a.alone === 'yes'
        ? `The standard point placeholder ${a.written} is not recognised and would be printed as text.`
        : `The standard point placeholder ${a.written} stands amid other text and would be printed as text.`,
    hint: {
      ru: (a) => (a.alone === 'yes' ? `Пишется строчными латинскими буквами без пробелов: ${a.fixed}.` : `Стандартный пункт занимает весь пункт: напишите его отдельным пунктом, - "${a.fixed}".`),
      en: (a) => (a.alone === 'yes' ? `Write it in lower-case Latin letters without spaces: ${a.fixed}.` : `A standard point is a whole point: write it as a point of its own, - "${a.fixed}".`),
    },
  },
  'text-missing-glyph': {
    severity: 'warning',
    ru: (a) => `Шрифт PDF не содержит ${a.chars}: в PDF вместо них будет напечатан знак «\uFFFD».`,
    en: (a) => `The PDF font has no ${a.chars}: the PDF prints «\uFFFD» in their place.`,
    hint: {
      ru: () => 'Замените символы текстом (эмодзи, иероглифы и арабское письмо шрифт не содержит); в DOCX они сохранятся, если их знает шрифт Word.',
      en: () => 'Replace the characters with text (the font has no emoji, CJK or Arabic script); the DOCX keeps them where Word\'s font has them.',
    },
  },
  'text-right-to-left': {
    severity: 'warning',
    ru: () => 'Текст справа налево (иврит, арабское письмо): plangraf не переставляет такие фрагменты, в PDF они печатаются в порядке записи.',
    en: () => 'Right-to-left text (Hebrew, Arabic): plangraf does not reorder it, so the PDF prints it in the order it is stored.',
    hint: {
      ru: () => 'Проверьте этот фрагмент в готовом PDF или дайте его транслитерацией либо переводом.',
      en: () => 'Check this passage in the PDF, or give it transliterated or translated.',
    },
  },
  // ───── dates and years as written (src/load/normalise/written-dates.ts) ─────
  'date-unrecognised': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: ${qr(a.value)} — не дата.`,
    en: (a) => `${qe(a.key)}: ${qe(a.value)} is not a date.`,
    hint: {
      ru: () => 'Дату пишут так: 14.02.2022, «14 февраля 2022 г.» или 2022-02-14; в документе она печатается в его стиле (dateStyle).',
      en: () => 'Write a date as 14.02.2022, «14 февраля 2022 г.» or 2022-02-14; the document prints it in its own style (dateStyle).',
    },
  },
  'date-impossible': {
    severity: 'error',
    ru: (a) => `${qr(a.key)}: такой даты нет: ${a.value}.`,
    en: (a) => `${qe(a.key)}: no such date: ${a.value}.`,
    hint: { ru: () => 'Проверьте число и месяц.', en: () => 'Check the day and the month.' },
  },
  'period-invalid': {
    severity: 'error',
    ru: (a) => `„period“: ${qr(a.value)} — ${a.reason === 'reversed' ? 'первый год позже второго' : a.reason === 'range' ? 'год вне 1900–2200' : 'не годы плана'}.`,
    en: (a) => `“period”: ${qe(a.value)} — ${a.reason === 'reversed' ? 'the first year is after the second' : a.reason === 'range' ? 'a year outside 1900–2200' : 'not the years of a plan'}.`,
    hint: {
      ru: () => 'Годы плана пишут так: 2022, 2023-2024, «2023–2024 гг.», «2023/2024 учебный год» или [2023, 2024].',
      en: () => 'Write the years of a plan as 2022, 2023-2024, «2023–2024 гг.», «2023/2024 учебный год» or [2023, 2024].',
    },
  },
  'executor-lookalike': {
    severity: 'warning',
    ru: (a) => `Исполнитель ${qr(a.name)} выглядит как ${qr(a.suggestion)} из справочника organisations, но написан другими символами: ${a.charsRu}.`,
    en: (a) => `Executor ${qe(a.name)} looks like ${qe(a.suggestion)} of organisations but is written with other characters: ${a.charsEn}.`,
    hint: {
      ru: (a) => `Наберите ${a.suggestion} теми же символами, что в справочнике; иначе исполнитель будет напечатан как написан.`,
      en: (a) => `Type ${a.suggestion} again with the characters of the directory; otherwise the executor is printed as written.`,
    },
  },
  'text-bidi-control': {
    severity: 'warning',
    ru: (a) => `Управляющие символы направления письма ${a.chars}: Word переставил бы текст вокруг них, а PDF — нет, поэтому в документы они не попадают.`,
    en: (a) => `Bidi control characters ${a.chars}: Word would reorder the text around them and the PDF would not, so they are left out of the documents.`,
    hint: {
      ru: () => 'Удалите их из текста (они невидимы; часто попадают при копировании); порядок знаков в документе будет таким, как записан.',
      en: () => 'Delete them (they are invisible and often come with copied text); the document prints the characters in the order they are written.',
    },
  },
  'encoding-utf16': {
    severity: 'error',
    ru: (a) => `Файл в кодировке UTF-16 (${a.order === 'BE' ? 'big-endian' : 'little-endian'}${a.bom === 'yes' ? '' : ', без метки порядка байтов'}), а нужна UTF-8.`,
    en: (a) => `The file is UTF-16 (${a.order === 'BE' ? 'big-endian' : 'little-endian'}${a.bom === 'yes' ? '' : ', without a byte-order mark'}), not UTF-8.`,
    hint: {
      ru: () => 'Сохраните файл в кодировке UTF-8 (в редакторе: «Сохранить как» → «Кодировка: UTF-8»; в Блокноте Windows — «UTF-8», а не «Юникод»).',
      en: () => 'Save the file as UTF-8 (in the editor: “Save as” → “Encoding: UTF-8”; in Windows Notepad choose “UTF-8”, not “Unicode”).',
    },
  },
  'esignature-draft': {
    severity: 'error',
    ru: (a) => `Штамп электронной подписи у проекта документа (${a.missing === 'both' ? 'нет ни даты, ни номера' : a.missing === 'date' ? 'нет даты' : 'нет номера'}): у подписанного документа есть дата и номер, а «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» на проекте — неправда.`,
    en: (a) => `An electronic-signature stamp on a draft (${a.missing === 'both' ? 'neither a date nor a number' : a.missing === 'date' ? 'no date' : 'no number'}): a signed document has a date and a number, and «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» on a draft is untrue.`,
    hint: {
      ru: () => 'Уберите esignature из проекта; когда документ подписан и зарегистрирован, впишите date, number и esignature.',
      en: () => 'Remove esignature from the draft; once the document is signed and registered, give date, number and esignature.',
    },
  },
  // ───── the document as a whole (checked at load, reported by validate and render alike) ─────
  'plan-no-approval': {
    severity: 'warning',
    ru: () => 'У утверждаемого плана нет грифа утверждения (approval).',
    en: () => 'The approved plan has no approval stamp (approval).',
    hint: {
      ru: () => 'Добавьте document.approval, например {by: act, act: распоряжением министерства …}.',
      en: () => 'Add document.approval, e.g. {by: act, act: …}.',
    },
  },
  'passport-no-approval': {
    severity: 'warning',
    ru: () => 'У паспорта проекта нет грифа утверждения (approval).',
    en: () => 'The project passport has no approval stamp (approval).',
    hint: {
      ru: () => 'Добавьте document.approval, например {by: meeting, act: на заседании проектного офиса …, date: …, number: …}.',
      en: () => 'Add document.approval, e.g. {by: meeting, act: …, date: …, number: …}.',
    },
  },
  'letter-no-addressee': {
    severity: 'warning',
    ru: () => 'У письма нет адресата (addressee).',
    en: () => 'The letter has no addressee (addressee).',
    hint: {
      ru: () => 'Укажите адресата в дательном падеже, по строке: addressee: [Директору ФГБУ «ФИОКО», Станченко С.В.].',
      en: () => 'Give the addressee in the dative case, one line each: addressee: [Директору ФГБУ «ФИОКО», Станченко С.В.].',
    },
  },
  'title-missing-gost-2025': {
    severity: 'warning',
    ru: () => 'По ГОСТ Р 7.0.97-2025 заголовок к тексту обязателен, а у документа его нет (document.title).',
    en: () => 'GOST R 7.0.97-2025 makes the title mandatory, and the document has none (document.title).',
    hint: {
      ru: () => 'Добавьте document.title, например «Об утверждении плана-графика …», или укажите gost: 2016.',
      en: () => "Add document.title, e.g. 'Об утверждении плана-графика …', or set gost: 2016.",
    },
  },
  'appendix-unknown': {
    severity: 'error',
    ru: (a) =>
      a.none ? `Ссылка на приложение ${a.ref}, но у документа нет приложений.`
        : a.plan ? `Ссылка на приложение ${a.ref}: плана с id ${qr(a.id)} нет${maybe(a, true)}`
          : `Ссылка на приложение ${a.ref}: нет ни приложения, ни плана в приложении с id ${qr(a.id)}${maybe(a, true)}`,
    en: (a) =>
      a.none ? `Appendix reference ${a.ref}, but the document has no appendix.`
        : a.plan ? `Appendix reference ${a.ref}: there is no plan with id ${qe(a.id)}${maybe(a, false)}`
          : `Appendix reference ${a.ref}: there is no appendix, nor a plan in an appendix, with id ${qe(a.id)}${maybe(a, false)}`,
    hint: {
      ru: (a) =>
        a.none ? 'Добавьте приложение (document.appendices) или уберите ссылку; план в тексте документа (часть plans, блок plan) приложением не является.'
          : `${a.known ? `Можно сослаться на: ${a.known}.` : 'Ни у приложения, ни у плана в приложении нет id: задайте его (document.appendices[].id, plans[].id).'} Для приложения первого плана можно написать {appendix}.`,
      en: (a) =>
        a.none ? 'Add an appendix (document.appendices) or remove the reference; a plan placed in the text (part plans, block plan) is no appendix.'
          : `${a.known ? `You may refer to: ${a.known}.` : 'No appendix, nor a plan in an appendix, has an id: give one (document.appendices[].id, plans[].id).'} For the first plan's appendix you may write {appendix}.`,
    },
  },
  'footnote-unknown': {
    severity: 'warning',
    ru: (a) => `Сноска [^${a.key}]: в document.footnotes нет ключа ${qr(a.key)}${maybe(a, true)}`,
    en: (a) => `Footnote [^${a.key}]: there is no key ${qe(a.key)} in document.footnotes${maybe(a, false)}`,
    hint: {
      ru: () => 'Добавьте текст сноски в document.footnotes (ключ: текст) или исправьте ключ; пока метка печатается как написана.',
      en: () => 'Add the note to document.footnotes (key: text) or correct the key; until then the marker is printed as written.',
    },
  },
  'footnote-unused': {
    severity: 'warning',
    ru: (a) => `Сноска ${qr(a.key)} нигде не упомянута в тексте и не будет напечатана.`,
    en: (a) => `Footnote ${qe(a.key)} is not referred to anywhere in the text and will not be printed.`,
    hint: {
      ru: (a) => `Поставьте метку [^${a.key}] после слова, к которому относится сноска, или удалите сноску.`,
      en: (a) => `Put the marker [^${a.key}] after the word the note belongs to, or delete the note.`,
    },
  },
  'footnote-misplaced': {
    severity: 'warning',
    ru: (a) => `Метка сноски [^${a.key}] стоит там, где сноски не печатаются (подпись, отметка об исполнителе, штамп электронной подписи, слово грифа, сведения об исполнении строки, текст сноски): она будет напечатана как написана.`,
    en: (a) => `The footnote marker [^${a.key}] stands where notes are not printed (a signature, the executor mark, an e-signature stamp, a stamp's word, a row's execution, a note's text): it is printed as written.`,
    hint: {
      ru: () => 'Перенесите метку в текст документа, заголовок, таблицу или пункт — туда, где сноска печатается внизу страницы.',
      en: () => 'Move the marker into the text, a title, a table or a point, where the note is printed at the foot of the page.',
    },
  },
  'footnote-duplicate': {
    severity: 'warning',
    ru: (a) => `Сноска ${qr(a.key)} задана и в document.footnotes, и в passport.footnotes: печатается текст из document.footnotes.`,
    en: (a) => `Footnote ${qe(a.key)} is defined in both document.footnotes and passport.footnotes: the note of document.footnotes is printed.`,
    hint: {
      ru: () => 'Оставьте сноску в одном месте (лучше в document.footnotes) или дайте ей другой ключ.',
      en: () => 'Keep the note in one place (document.footnotes is preferred) or give it another key.',
    },
  },
  'execution-done-before-plan': {
    severity: 'warning',
    ru: (a) => (a.reason === 'period'
      ? `Дата выполнения ${a.done} раньше начала периода плана (${a.from}).`
      : `Дата выполнения ${a.done} раньше утверждения плана (${a.from}).`),
    en: (a) => (a.reason === 'period'
      ? `The date done ${a.done} is before the plan period starts (${a.from}).`
      : `The date done ${a.done} is before the plan was approved (${a.from}).`),
    hint: { ru: () => 'Проверьте год и месяц даты выполнения.', en: () => 'Check the year and month of the date done.' },
  },
  'indicator-values': {
    severity: 'warning',
    ru: (a) => `Показатель ${qr(a.name)}: значений ${a.got}, а годов в таблице ${a.expected}.`,
    en: (a) => `Indicator ${qe(a.name)}: ${a.got} values for ${a.expected} years.`,
    hint: {
      ru: (a) => `Значения идут по годам: сначала «Факт» (fact: ${a.fact}), затем «План» (plan: ${a.plan}); нет значения — пишите null (печатается «–»).`,
      en: (a) => `Values go by year: the fact years first (fact: ${a.fact}), then the plan years (plan: ${a.plan}); write null for a missing value (printed as «–»).`,
    },
  },
  // ───── data (loadRoadmapObject) ─────
  'object-not-data': {
    severity: 'error',
    ru: (a) => `Значение не из данных JSON: ${a.what}.`,
    en: (a) => `The value is not JSON data: ${a.what}.`,
    hint: {
      ru: () => 'Передайте то, что даёт JSON.parse: строки, конечные числа, true/false, null, массивы и простые объекты.',
      en: () => 'Pass what JSON.parse gives: strings, finite numbers, true/false, null, arrays and plain objects.',
    },
  },
  // ───── the open body and appendices (issue 11) ─────
  'body-part-unknown': {
    severity: 'error',
    ru: (a) => `У документа вида ${qr(a.kind)} нет части ${qr(a.part)}${maybe(a, true)}`,
    en: (a) => `A document of kind ${qe(a.kind)} has no part ${qe(a.part)}${maybe(a, false)}`,
    hint: {
      ru: (a) => `Части этого вида: ${a.allowed}. Свой текст пишите блоками: {heading: …}, {paragraph: …}, {list: […]}.`,
      en: (a) => `The parts of this kind: ${a.allowed}. Write your own text as blocks: {heading: …}, {paragraph: …}, {list: […]}.`,
    },
  },
  'plan-unknown': {
    severity: 'error',
    ru: (a) => `Плана с id ${qr(a.id)} нет${maybe(a, true)}`,
    en: (a) => `There is no plan with id ${qe(a.id)}${maybe(a, false)}`,
    hint: { ru: (a) => `id планов файла: ${a.allowed}.`, en: (a) => `The plan ids of the file: ${a.allowed}.` },
  },
  'plan-placed-twice': {
    severity: 'error',
    ru: (a) => `План ${qr(a.id)} уже размещён в строке ${a.firstLine}: план печатается в документе один раз.`,
    en: (a) => `Plan ${qe(a.id)} is already placed on line ${a.firstLine}: a plan is printed once in a document.`,
    hint: { ru: () => 'Уберите одно из размещений или сошлитесь на план из текста: {appendix:id}.', en: () => 'Remove one of the placements, or refer to the plan from the text: {appendix:id}.' },
  },
  'appendix-approval-missing': {
    severity: 'error',
    ru: () => 'Отметка приложения approval, но грифа нет: ни у приложения (approval), ни у его плана.',
    en: () => 'The appendix is marked approval but has no stamp: neither its own (approval) nor its plan\'s.',
    hint: { ru: () => 'Добавьте приложению approval: {by: act, act: …, label: true} или выберите отметку gost, heading, none.', en: () => 'Give the appendix approval: {by: act, act: …, label: true}, or choose the mark gost, heading or none.' },
  },
  'table-row-too-long': {
    severity: 'error',
    ru: (a) => `В строке таблицы ячеек больше, чем колонок (${a.columns}): эта ячейка не помещается.`,
    en: (a) => `The table row has more cells than the table has columns (${a.columns}): this cell does not fit.`,
    hint: { ru: () => 'Добавьте колонку в columns, уберите ячейку или проверьте colSpan и rowSpan ячеек выше и левее.', en: () => 'Add a column to columns, remove the cell, or check the colSpan and rowSpan of the cells above and to the left.' },
  },
  'table-span-outside': {
    severity: 'error',
    ru: (a) => `Объединение ячейки выходит за край таблицы (колонок ${a.columns}, строк ${a.rows}).`,
    en: (a) => `The cell's span reaches past the table (${a.columns} columns, ${a.rows} rows).`,
    hint: { ru: () => 'Уменьшите colSpan или rowSpan; строки заголовка (header) и строки таблицы (rows) объединяются каждые отдельно.', en: () => 'Reduce colSpan or rowSpan; header rows (header) and body rows (rows) span within themselves only.' },
  },
  'table-span-overlap': {
    severity: 'error',
    ru: (a) => `Ячейка накладывается на объединённую ячейку строки выше в колонке ${a.column}.`,
    en: (a) => `The cell overlaps a cell spanning down from a row above in column ${a.column}.`,
    hint: { ru: () => 'Ячейка под объединением по вертикали (rowSpan) пропускается в строках ниже: не пишите её и уменьшите colSpan.', en: () => 'Leave out the cells a rowSpan covers in the rows below, and reduce colSpan.' },
  },
  'formula-syntax': {
    severity: 'warning',
    ru: (a) => `В формуле не закрыт индекс ${qr(a.text)}: он продолжается до конца формулы.`,
    en: (a) => `An index is not closed in the formula: ${qe(a.text)} runs to its end.`,
    hint: { ru: () => 'Закройте индекс фигурной скобкой: Ч_{оо}; знаки _ ^ { } без разметки пишутся с обратной косой чертой: \\_.', en: () => 'Close the index with a brace: Ч_{оо}; write _ ^ { } as text with a backslash: \\_.' },
  },
  'wording-unknown': {
    severity: 'error',
    ru: (a) => `Шаблона ${qr(a.name)} нет${maybe(a, true)}`,
    en: (a) => `There is no template ${qe(a.name)}${maybe(a, false)}`,
    hint: { ru: () => 'Имена шаблонов перечислены в templates/README.md; свои стандартные пункты называются point-<имя>.', en: () => 'Template names are listed in templates/README.md; your own standard points are named point-<name>.' },
  },
} as const satisfies Record<string, MessageEntry>;

export type MessageCode = keyof typeof MESSAGES;

/** The message and hint of a code in a language. An empty hint is dropped. */
export function messageText(code: MessageCode, lang: Language, args: MessageArgs = {}): { message: string; hint?: string } {
  const entry: MessageEntry = MESSAGES[code];
  const message = entry[lang](args);
  const hint = entry.hint?.[lang](args).trim();
  return hint ? { message, hint } : { message };
}

/** Words for JSON types, used in schema messages. */
export const TYPE_WORDS: Record<string, { ru: string; en: string }> = {
  string: { ru: 'текст', en: 'text' },
  integer: { ru: 'целое число', en: 'a whole number' },
  number: { ru: 'число', en: 'a number' },
  boolean: { ru: 'true или false', en: 'true or false' },
  array: { ru: 'список (строки с «- »)', en: 'a list (lines starting with “- ”)' },
  object: { ru: 'набор ключей (ключ: значение)', en: 'a mapping (key: value)' },
  null: { ru: 'пустое значение', en: 'an empty value' },
};
