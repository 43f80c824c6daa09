/** Diagnostics of the batch itself (names, collisions, overwriting), Russian and English. */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';

type Args = MessageArgs;
type Entry = MessageEntry;

export const BATCH_MESSAGES = {
  'batch-input-missing': {
    severity: 'error',
    ru: (a) => `Входной файл или папка не найдены: ${a.reason}.`,
    en: (a) => `Input file or folder not found: ${a.reason}.`,
  },
  'batch-unsafe-name': {
    severity: 'error',
    ru: (a) => `Имя результата „${a.name}“ недопустимо: ${a.reason}.`,
    en: (a) => `The output name “${a.name}” is not allowed: ${a.reason}.`,
    hint: { ru: () => 'Исправьте municipality в файле или шаблон --pattern.', en: () => 'Fix municipality in the file or the --pattern.' },
  },
  'batch-output-collision': {
    severity: 'error',
    ru: (a) => `Результат „${a.name}“ получается и из другого файла: ${a.others}; ни один не записан.`,
    en: (a) => `The output “${a.name}” also comes from another input: ${a.others}; neither was written.`,
    hint: { ru: () => 'Задайте разные municipality или добавьте {name} в --pattern.', en: () => 'Give different municipality values or add {name} to --pattern.' },
  },
  'batch-output-exists': {
    severity: 'error',
    ru: (a) => `Файл „${a.name}“ уже есть и записан не этим входным файлом; не перезаписан.`,
    en: (a) => `The file “${a.name}” exists and was not written by this input; not overwritten.`,
    hint: { ru: () => 'Удалите файл или запустите с --force.', en: () => 'Delete the file or run with --force.' },
  },
  'batch-write-failed': {
    severity: 'error',
    ru: (a) => `Не удалось записать „${a.name}“: ${a.reason}.`,
    en: (a) => `Could not write “${a.name}”: ${a.reason}.`,
  },
  'batch-time-limit': {
    severity: 'error',
    ru: (a) => `Сборка файла не уложилась в ${a.seconds} с и остановлена; остальные файлы собираются.`,
    en: (a) => `Rendering took longer than ${a.seconds} s and was stopped; the other files go on.`,
    hint: {
      ru: () => 'Проверьте размер файла (число строк, длину ячеек) или увеличьте предел: --time-limit СЕКУНДЫ.',
      en: () => 'Check the size of the file (rows, cell lengths) or raise the limit: --time-limit SECONDS.',
    },
  },
  'batch-worker-crashed': {
    severity: 'error',
    ru: (a) => `Сборка файла прервалась внутренней ошибкой plangraf: ${a.reason}.`,
    en: (a) => `Rendering stopped on an internal plangraf error: ${a.reason}.`,
    hint: { ru: () => 'Сообщите об ошибке разработчикам, приложив файл.', en: () => 'Please report it with the file attached.' },
  },
} as const satisfies Record<string, Entry>;

export type BatchMessageCode = keyof typeof BATCH_MESSAGES;

export function batchDiagnostic(code: BatchMessageCode, lang: Language, file: string, args: Args = {}): Diagnostic {
  return diagnosticFromEntry(BATCH_MESSAGES[code], code, lang, file, NO_POSITION, args);
}
