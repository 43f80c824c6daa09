/** Diagnostics of the command line itself (not of a roadmap), Russian and English. */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';
import { BATCH_MESSAGES } from '../batch/messages.js';
import { MAX_TIME_LIMIT_SECONDS } from '../batch/time-limit.js';
import { describeIoFailure, shownPath } from '../output/io-failure.js';

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
  'render-output-collision': {
    severity: 'error',
    ru: (a) => `Результат „${a.name}“ получается и из другого файла: ${a.others}; ни один не записан.`,
    en: (a) => `The output “${a.name}” also comes from another input: ${a.others}; neither was written.`,
    hint: {
      ru: () => 'Соберите эти файлы в разные папки (отдельными запусками с разными --out) или переименуйте один из них.',
      en: () => 'Render these files into different folders (separate runs with different --out) or rename one of them.',
    },
  },
  // A file a command writes (a document, a template, the starter roadmap); the reason in words
  // and its hint come from src/output/io-failure.ts.
  'io-write': {
    severity: 'error',
    ru: (a) => `Не удалось записать файл: ${a.reason}.`,
    en: (a) => `Could not write the file: ${a.reason}.`,
    hint: { ru: (a) => String(a.hint ?? ''), en: (a) => String(a.hint ?? '') },
  },
} as const satisfies Record<string, MessageEntry>;

/** The suggested `--time-limit`: twice the one that ran out, at most a day. */
function raised(a: MessageArgs): number {
  return Math.min(Number(a.seconds) * 2, MAX_TIME_LIMIT_SECONDS);
}

export type CliMessageCode = keyof typeof CLI_MESSAGES;

/**
 * A failed write as a located diagnostic: `io-write` at the file (relative to `cwd` when inside
 * it) with the reason in words and what to do.
 */
export function writeFailure(e: unknown, lang: Language, cwd: string, target: string): Diagnostic {
  const failure = describeIoFailure(e, lang, cwd, target);
  return cliDiagnostic('io-write', lang, shownPath(target, cwd), { reason: failure.reason, hint: failure.hint });
}

/** A diagnostic about a whole file (no line): `file` as the user typed it. */
export function cliDiagnostic(code: CliMessageCode, lang: Language, file: string, args: MessageArgs = {}): Diagnostic {
  return diagnosticFromEntry(CLI_MESSAGES[code], code, lang, file, NO_POSITION, args);
}
