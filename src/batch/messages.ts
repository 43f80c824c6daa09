/** Diagnostics of the batch itself (names, collisions, overwriting, the output folder), Russian and English. */
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
    // The reason's own advice (src/output/io-failure.ts): «Освободите место на диске…».
    hint: { ru: (a) => String(a.hint ?? ''), en: (a) => String(a.hint ?? '') },
  },
  'batch-output-link': {
    severity: 'error',
    ru: (a) => `Результат „${a.name}“ не записан: „${a.link}“ в папке результатов — символическая ссылка, а через ссылки plangraf не пишет.`,
    en: (a) => `The output “${a.name}” was not written: “${a.link}” in the output folder is a symbolic link, and plangraf does not write through links.`,
    hint: {
      ru: (a) => `Удалите ссылку „${a.link}“ (plangraf создаст обычную папку или файл) или укажите другую --out.`,
      en: (a) => `Delete the link “${a.link}” (plangraf then creates a plain folder or file) or choose another --out.`,
    },
  },
  'batch-output-is-input': {
    severity: 'error',
    ru: (a) => `Результат „${a.name}“ пришёлся бы на входной файл „${a.file}“; не записан.`,
    en: (a) => `The output “${a.name}” would land on the input file “${a.file}”; not written.`,
    hint: { ru: () => 'Измените --pattern или --out: входные файлы и их основы не перезаписываются.', en: () => 'Change --pattern or --out: inputs and their bases are never overwritten.' },
  },
  'batch-out-locked': {
    severity: 'error',
    ru: (a) => `В папку результатов „${a.out}“ уже пишет другой запуск plangraf batch (${a.holder}); этот запуск ничего не записал.`,
    en: (a) => `Another plangraf batch run is writing into the output folder “${a.out}” (${a.holder}); this run wrote nothing.`,
    hint: {
      ru: (a) => `Дождитесь его окончания или укажите другую --out. Если такого запуска нет, удалите файл „${a.lock}“.`,
      en: (a) => `Wait for it to finish or choose another --out. If there is no such run, delete the file “${a.lock}”.`,
    },
  },
  'batch-report-failed': {
    severity: 'error',
    ru: (a) => `Отчёт „${a.name}“ не записан: ${a.reason}.`,
    en: (a) => `The report “${a.name}” was not written: ${a.reason}.`,
    hint: { ru: (a) => String(a.hint ?? ''), en: (a) => String(a.hint ?? '') },
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
