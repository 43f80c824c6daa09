/**
 * What each exit code means, for `--help`: the codes every command may end with are described
 * here once; a command describes its own (`Command.exits`: 0, 1, 3, or another wording of a
 * common one). `plangraf <command> --help` lists both, `plangraf --help` the general meanings;
 * the README's table says the same (a test compares them).
 */
import { EXIT, type Language } from '../diagnostics/diagnostic.js';
import type { Bilingual } from './command.js';

/** A command's own exit codes and what they mean for it. */
export type ExitHelp = Partial<Record<number, Bilingual>>;

/** Every command can end so: wrong arguments, a defect, a signal, the output's reader gone. */
export const COMMON_EXITS: ExitHelp = {
  [EXIT.usage]: { ru: 'неверные аргументы', en: 'wrong usage' },
  [EXIT.internal]: { ru: 'внутренняя ошибка plangraf (сообщите о ней)', en: 'a defect in plangraf (please report it)' },
  [EXIT.interrupted]: { ru: 'прервано: Ctrl-C (130) или SIGTERM (143); временные файлы удалены', en: 'interrupted: Ctrl-C (130) or SIGTERM (143); temporary files removed' },
  [EXIT.outputClosed]: { ru: 'читатель вывода закрыл его раньше конца (| head): остановлено молча', en: 'the reader closed the output early (| head): stopped quietly' },
};

/** The general meanings, for `plangraf --help`. */
export const GENERAL_EXITS: ExitHelp = {
  [EXIT.ok]: { ru: 'готово (предупреждения допустимы, кроме --strict)', en: 'done (warnings allowed unless --strict)' },
  [EXIT.inputErrors]: { ru: 'ошибки во входных данных', en: 'the input has errors' },
  [EXIT.io]: { ru: 'ошибка чтения или записи файлов', en: 'files could not be read or written' },
  ...COMMON_EXITS,
};

/** SIGINT and SIGTERM share a line: «130, 143». */
const SHOWN_WITH: Partial<Record<number, number>> = { [EXIT.interrupted]: EXIT.terminated };

/** The «Коды выхода:» block: a command's own codes and the common ones, in order. */
export function exitCodesHelp(own: ExitHelp, lang: Language): string {
  const all: ExitHelp = { ...COMMON_EXITS, ...own };
  const codes = Object.keys(all).map(Number).sort((a, b) => a - b);
  const label = (code: number) => (SHOWN_WITH[code] !== undefined ? `${code}, ${SHOWN_WITH[code]}` : String(code));
  const width = Math.max(...codes.map((c) => label(c).length));
  const lines = codes.map((c) => `  ${label(c).padEnd(width)}  ${all[c]![lang]}`);
  return [lang === 'ru' ? 'Коды выхода:' : 'Exit codes:', ...lines].join('\n');
}
