/**
 * Messages of `extends` and merging, in the style of src/diagnostics/messages.ts: one sentence
 * saying what is wrong, a hint saying how to fix it, Russian and English.
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import { diagnosticFromEntry, type Position } from '../../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../../diagnostics/messages.js';

type Args = MessageArgs;
type Entry = MessageEntry;

export const MERGE_MESSAGES = {
  'extends-missing': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ не найдена: ${a.reason}.`,
    en: (a) => `The base “${a.path}” cannot be read: ${a.reason}.`,
    hint: { ru: () => 'Путь в extends считается от папки этого файла: extends: ../regional.yaml.', en: () => 'The extends path is relative to this file’s folder: extends: ../regional.yaml.' },
  },
  'extends-cycle': {
    severity: 'error',
    ru: (a) => `Файлы ссылаются друг на друга по кругу: ${a.chain}.`,
    en: (a) => `The files extend each other in a cycle: ${a.chain}.`,
    hint: { ru: () => 'Основа не может (даже через другие файлы) расширять файл, который её расширяет.', en: () => 'A base cannot (even through other files) extend a file that extends it.' },
  },
  'extends-outside-root': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ лежит вне разрешённой папки ${a.root}.`,
    en: (a) => `The base “${a.path}” lies outside the allowed folder ${a.root}.`,
    hint: {
      ru: () => 'Основа должна лежать в папке входного файла или в папке внутри неё. Чтобы разрешить основы из папки выше, укажите её: --extends-root ПАПКА (в библиотеке — LoadOptions.extendsRoot); plangraf batch с папкой разрешает всю эту папку.',
      en: () => 'A base must lie in the input’s folder or in a folder inside it. To allow bases from a folder above, name it: --extends-root DIR (in the library, LoadOptions.extendsRoot); plangraf batch given a folder allows that whole folder.',
    },
  },
  'extends-not-text': {
    severity: 'error',
    ru: () => 'Значение extends должно быть путём к файлу (текстом).',
    en: () => 'The value of extends must be a file path (text).',
  },
  'extends-base-broken': {
    severity: 'error',
    ru: (a) => `В основе „${a.path}“ есть ошибки; этот файл не собран.`,
    en: (a) => `The base “${a.path}” has errors; this file was not built.`,
  },
  'extends-not-yaml': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ — не файл YAML: имя основы должно оканчиваться на .yaml или .yml.`,
    en: (a) => `The base “${a.path}” is not a YAML file: a base’s name must end in .yaml or .yml.`,
    hint: { ru: () => 'Основа — такой же файл плана, как этот: extends: ../base.yaml.', en: () => 'A base is a roadmap file like this one: extends: ../base.yaml.' },
  },
  'extends-not-a-file': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ — ${a.what}, а не обычный файл; читаются только обычные файлы.`,
    en: (a) => `The base “${a.path}” is ${a.what}, not a regular file; only regular files are read.`,
    hint: { ru: () => 'Укажите в extends обычный файл плана.', en: () => 'Name a regular roadmap file in extends.' },
  },
  'extends-too-large': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ слишком велика: ${a.size}, а файл вместе со всеми основами может занимать не больше ${a.limit} байт.`,
    en: (a) => `The base “${a.path}” is too large: ${a.size}, while a file and all its bases together may take at most ${a.limit} bytes.`,
    hint: { ru: () => 'Разделите план на несколько файлов.', en: () => 'Split the roadmap into several files.' },
  },
  'extends-not-roadmap': {
    severity: 'error',
    ru: (a) => `Основа „${a.path}“ — не файл плана: на верхнем уровне должны быть только ключи плана (document, plan, plans, organisations …). Содержимое основы не показывается.`,
    en: (a) => `The base “${a.path}” is not a roadmap file: its top level must hold roadmap keys only (document, plan, plans, organisations …). Its content is not shown.`,
    hint: {
      ru: () => 'Проверьте путь в extends. Если это и правда основа, проверьте её отдельно: plangraf validate <основа>.',
      en: () => 'Check the path in extends. If it is the base, check it on its own: plangraf validate <base>.',
    },
  },
  'merge-unknown-id': {
    severity: 'error',
    ru: (a) => `${a.marker}: строки с id „${a.id}“ нет ни в основе, ни в этом файле.`,
    en: (a) => `${a.marker}: no row has the id “${a.id}”, neither in the base nor in this file.`,
    hint: { ru: (a) => `Известные id: ${a.known}.`, en: (a) => `Known ids: ${a.known}.` },
  },
  'execution-unknown-row': {
    severity: 'error',
    ru: (a) => `Исполнение указано для строки „${a.id}“, а в основе такой строки нет${a.suggestion === undefined ? '.' : ` — может быть, „${a.suggestion}“?`}`,
    en: (a) => `Execution is given for the row “${a.id}”, and the base has no such row${a.suggestion === undefined ? '.' : ` — did you mean “${a.suggestion}”?`}`,
    hint: {
      ru: (a) => `Статус ставится у строки основы по её id. Известные id: ${a.known}.`,
      en: (a) => `A status goes on a base row by its id. Known ids: ${a.known}.`,
    },
  },
  'merge-remove-unknown': {
    severity: 'error',
    ru: (a) => `remove: в основе нет ${a.what} „${a.id}“ — удалять нечего.`,
    en: (a) => `remove: the base has no ${a.what} “${a.id}” — nothing to remove.`,
  },
  'merge-after-and-before': {
    severity: 'error',
    ru: () => 'Укажите одно место: after или before, не оба.',
    en: () => 'State one place: after or before, not both.',
  },
  'merge-marker-without-base': {
    severity: 'error',
    ru: (a) => `Ключ „${a.key}“ имеет смысл только в файле с extends: здесь нет основы.`,
    en: (a) => `The key “${a.key}” only makes sense in a file with extends: there is no base here.`,
    hint: { ru: () => 'Удалите ключ или укажите основу: extends: ../regional.yaml.', en: () => 'Delete the key or name a base: extends: ../regional.yaml.' },
  },
} as const satisfies Record<string, Entry>;

export type MergeMessageCode = keyof typeof MERGE_MESSAGES;

export function mergeDiagnostic(code: MergeMessageCode, lang: Language, file: string, pos: Position, args: Args = {}): Diagnostic {
  return diagnosticFromEntry(MERGE_MESSAGES[code], code, lang, file, pos, args);
}
