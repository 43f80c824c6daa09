/**
 * The execution status of a plan row (`execution.status` in YAML) and its printed Russian word:
 * the one table of them, shared by the loader, the status report and the XLSX export/import.
 *
 *   done → «выполнено», in-progress → «выполняется», not-started → «не начато»,
 *   cancelled → «отменено», postponed → «перенесено».
 *
 * In YAML a status is written as the English key or as the Russian word, in any letter case
 * («Выполнено», «ВЫПОЛНЕНО»); the loader keeps the key.
 */

export type ExecutionStatus = 'done' | 'in-progress' | 'not-started' | 'cancelled' | 'postponed';

/** Every status, in the order reports list them. */
export const EXECUTION_STATUSES: readonly ExecutionStatus[] = ['done', 'in-progress', 'not-started', 'postponed', 'cancelled'];

/** The Russian word printed for each status. */
export const EXECUTION_STATUS_WORDS: Readonly<Record<ExecutionStatus, string>> = {
  done: 'выполнено',
  'in-progress': 'выполняется',
  'not-started': 'не начато',
  cancelled: 'отменено',
  postponed: 'перенесено',
};

/** «ё» and «е» are one letter here, spaces collapse: «не  начато», «Отменено» are the words above. */
function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru-RU').replace(/ё/g, 'е');
}

const BY_WORD = new Map<string, ExecutionStatus>(
  EXECUTION_STATUSES.flatMap((s) => [[s, s], [fold(EXECUTION_STATUS_WORDS[s]), s]] as [string, ExecutionStatus][]),
);

/** A status as written (the key, or the Russian word in any case) → its key; undefined when it is neither. */
export function parseExecutionStatus(text: string): ExecutionStatus | undefined {
  return BY_WORD.get(text.trim()) ?? BY_WORD.get(fold(text));
}

/** Every way a status may be written, for «did you mean»: the keys and the Russian words. */
export function executionStatusSpellings(): string[] {
  return [...EXECUTION_STATUSES, ...EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s])];
}
