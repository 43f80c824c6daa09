/**
 * The columns an XLSX sheet adds after the plan's own: the deadline's first and last day as real
 * dates (to filter and sort by), the four execution columns a municipality fills in, and the row's
 * key. Their headers are what `plangraf import-status` finds the columns by, so the writer and the
 * reader share this table: a filled sheet may have its columns moved or others added, but these
 * headers must stay.
 */
export const SHEET_COLUMNS = {
  start: { header: 'Начало срока', widthMm: 22 },
  end: { header: 'Окончание срока', widthMm: 22 },
  status: { header: 'Статус', widthMm: 26 },
  done: { header: 'Дата выполнения', widthMm: 24 },
  fact: { header: 'Фактическое выполнение', widthMm: 60 },
  comment: { header: 'Комментарий', widthMm: 45 },
  id: { header: 'ID', widthMm: 22 },
} as const;

export type SheetColumnKind = keyof typeof SHEET_COLUMNS;

/** The execution columns, in the order printed: what import-status reads back. */
export const EXECUTION_COLUMNS = ['status', 'done', 'fact', 'comment'] as const satisfies readonly SheetColumnKind[];
export type ExecutionColumn = (typeof EXECUTION_COLUMNS)[number];

/** A header as compared: spaces collapsed, case and «ё» ignored. */
export function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

/**
 * The added column a header names: its Russian header as written here, or its English name
 * (`status`, `done`, `fact`, `comment`, `id`), in any case.
 */
export function sheetColumnOf(header: string): SheetColumnKind | undefined {
  const key = headerKey(header);
  for (const [kind, c] of Object.entries(SHEET_COLUMNS) as [SheetColumnKind, (typeof SHEET_COLUMNS)[SheetColumnKind]][]) {
    if (key === headerKey(c.header) || key === kind.toLowerCase()) return kind;
  }
  return undefined;
}
