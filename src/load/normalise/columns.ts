/** Columns: shorthands completed with the default Russian headers, widths and alignment. */
import type { Column } from '../../model/roadmap.js';
import type { ColumnInput, ColumnRole } from '../../model/roadmap-input.js';
import type { Locator, PathSegment } from '../locate.js';

export interface ColumnDefaults {
  header: string;
  width: number;
  align: 'left' | 'center' | 'right';
}

/** Headers of the usual plan-graph («№ п/п», «Задачи», …) and relative widths that fit a landscape page. */
export const COLUMN_DEFAULTS: Record<ColumnRole, ColumnDefaults> = {
  number: { header: '№ п/п', width: 7, align: 'center' },
  task: { header: 'Задачи', width: 33, align: 'left' },
  deadline: { header: 'Сроки реализации', width: 14, align: 'center' },
  executors: { header: 'Ответственный исполнитель', width: 18, align: 'left' },
  result: { header: 'Прогнозируемый результат', width: 22, align: 'left' },
  info: { header: 'Информационное сопровождение', width: 18, align: 'left' },
};

/** Width of an extra column when none is given. */
export const EXTRA_COLUMN_WIDTH = 12;

/** The columns of a plan that does not list them. */
export const DEFAULT_COLUMNS: ColumnRole[] = ['number', 'task', 'deadline', 'executors', 'result'];

/** `path` is the plan's path; default columns take the plan's place. */
export function normaliseColumns(input: ColumnInput[] | undefined, planPath: PathSegment[], at: Locator): Column[] {
  const path = [...planPath, 'columns'];
  if (!input) return DEFAULT_COLUMNS.map((role) => ({ role, key: role, ...COLUMN_DEFAULTS[role], loc: at.loc(planPath, 'key') }));
  return input.map((c, i) => {
    const loc = at.loc(path.concat(i));
    if (typeof c === 'string') return { role: c, key: c, ...COLUMN_DEFAULTS[c], loc };
    const defaults: ColumnDefaults = c.role ? COLUMN_DEFAULTS[c.role] : { header: c.key ?? '', width: EXTRA_COLUMN_WIDTH, align: 'left' };
    const column: Column = {
      key: c.role ?? c.key ?? '',
      header: c.header ?? defaults.header,
      width: c.width ?? defaults.width,
      align: c.align ?? defaults.align,
      loc,
    };
    if (c.role) column.role = c.role;
    if (c.values) column.values = [...c.values];
    return column;
  });
}
