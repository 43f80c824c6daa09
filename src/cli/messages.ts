/** Diagnostics of the command line itself (not of a roadmap), Russian and English. */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';
import { BATCH_MESSAGES } from '../batch/messages.js';
import { MAX_TIME_LIMIT_SECONDS } from '../batch/time-limit.js';

export const CLI_MESSAGES = {
  'render-time-limit': {
    severity: 'error',
    ru: (a) => `Сборка файла не уложилась в ${a.seconds} с и остановлена.`,
    en: (a) => `Rendering took longer than ${a.seconds} s and was stopped.`,
    hint: {
      ru: (a) =>
        `Время растёт с числом строк и длиной ячеек: разделите план на несколько файлов или увеличьте предел, например --time-limit ${raised(a)} (сейчас ${a.seconds} с).`,
      en: (a) =>
        `The time grows with the rows and the length of cells: split the plan into several files or raise the limit, e.g. --time-limit ${raised(a)} (now ${a.seconds} s).`,
    },
  },
  // The same words as batch's: a file of either command stopped by a defect.
  'render-worker-crashed': BATCH_MESSAGES['batch-worker-crashed'],
  'render-stdin-too-large': {
    severity: 'error',
    ru: (a) => `Стандартный ввод длиннее предела в ${a.limit} байт; чтение остановлено.`,
    en: (a) => `Standard input is longer than the limit of ${a.limit} bytes; reading stopped.`,
    hint: { ru: () => 'Разделите план на несколько файлов.', en: () => 'Split the roadmap into several files.' },
  },
} as const satisfies Record<string, MessageEntry>;

/** The suggested `--time-limit`: twice the one that ran out, at most a day. */
function raised(a: MessageArgs): number {
  return Math.min(Number(a.seconds) * 2, MAX_TIME_LIMIT_SECONDS);
}

export type CliMessageCode = keyof typeof CLI_MESSAGES;

/** A diagnostic about a whole file (no line): `file` as the user typed it. */
export function cliDiagnostic(code: CliMessageCode, lang: Language, file: string, args: MessageArgs = {}): Diagnostic {
  return diagnosticFromEntry(CLI_MESSAGES[code], code, lang, file, NO_POSITION, args);
}
