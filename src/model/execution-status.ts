/**
 * The execution status of a plan row (`execution.status` in YAML) and the Russian word printed
 * for each: one table that the schema's enum, the XLSX validation list and `plangraf
 * import-status` all agree with (a test checks the schema against it).
 *
 *   done → «выполнено», in-progress → «выполняется», not-started → «не начато»,
 *   cancelled → «отменено», postponed → «перенесено»
 */
export const EXECUTION_STATUS_WORDS = {
  done: 'выполнено',
  'in-progress': 'выполняется',
  'not-started': 'не начато',
  cancelled: 'отменено',
  postponed: 'перенесено',
} as const;

export type ExecutionStatus = keyof typeof EXECUTION_STATUS_WORDS;

export const EXECUTION_STATUSES = Object.keys(EXECUTION_STATUS_WORDS) as ExecutionStatus[];

/** The Russian word of a status. */
export function statusWord(status: ExecutionStatus): string {
  return EXECUTION_STATUS_WORDS[status];
}

/**
 * A status as someone typed it: the Russian word or the English key, in any case, with «ё» for
 * «е» and surrounding spaces allowed («Выполнено», « DONE », «не начато»). Undefined when it is
 * neither.
 */
export function readStatus(text: string): ExecutionStatus | undefined {
  const t = text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
  for (const status of EXECUTION_STATUSES) {
    if (t === status || t === EXECUTION_STATUS_WORDS[status]) return status;
  }
  return undefined;
}
