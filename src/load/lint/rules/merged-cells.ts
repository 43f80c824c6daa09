/**
 * Merged cells (`merge: [result]` on an item): the column must be one of the plan's (not the
 * number), there must be an item row right above in the same group, and the merging row must
 * not write a value of its own there (it would never be printed).
 */
import type { Item, Plan } from '../../../model/roadmap.js';
import { mergingRows } from '../../../model/merging-rows.js';
import { nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';
import { hasVisibleText } from '../walk.js';

/** The columns a row may merge: every column but the number. */
const mergeable = (plan: Plan): string[] => plan.columns.filter((c) => c.role !== 'number').map((c) => c.key);

function mergePlace(ctx: LintContext, item: Item, i?: number) {
  const path = ctx.pathOf(item);
  return path ? ctx.position(i === undefined ? [...path, 'merge'] : [...path, 'merge', i]) : item.mergeLoc;
}

export const mergeColumnInvalid: LintRule = {
  code: 'merged-cell-column-invalid',
  severity: 'error',
  description: { ru: 'в merge колонка, которой нет в плане (или номер)', en: 'merge names a column the plan does not have (or the number)' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const allowed = mergeable(plan);
      for (const { item } of mergingRows(plan)) {
        item.merge?.forEach((key, i) => {
          if (allowed.includes(key)) return;
          ctx.report(mergePlace(ctx, item, i), { column: key, allowed: allowed.join(', '), suggestion: nearest(key, allowed) });
        });
      }
    }
  },
};

export const mergeNoRowAbove: LintRule = {
  code: 'merged-cell-no-row-above',
  severity: 'error',
  description: { ru: 'merge в первой строке раздела: объединять не с чем', en: 'merge in the first row of a group: nothing above to merge with' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      for (const { item, above } of mergingRows(plan)) if (!above) ctx.report(mergePlace(ctx, item));
    }
  },
};

/** The value an item writes in a column (role or extra key), if any. */
function valueIn(item: Item, key: string): boolean {
  switch (key) {
    case 'task':
      return hasVisibleText(item.task);
    case 'deadline':
      return item.deadline !== undefined;
    case 'executors':
      return item.executors.length > 0;
    case 'result':
      return item.result !== undefined;
    case 'info':
      return item.info !== undefined;
    default:
      return item.extra[key] !== undefined;
  }
}

export const mergeValueHidden: LintRule = {
  code: 'merged-cell-value-hidden',
  severity: 'error',
  description: { ru: 'строка объединяет ячейку с верхней, но пишет в неё своё значение', en: 'a row merges a cell with the one above yet writes a value of its own in it' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const allowed = mergeable(plan);
      for (const { item, above } of mergingRows(plan)) {
        if (!above) continue;
        for (const key of item.merge ?? []) {
          if (!allowed.includes(key) || !valueIn(item, key)) continue;
          const path = ctx.pathOf(item);
          const valuePath = path ? (['task', 'deadline', 'executors', 'result', 'info'].includes(key) ? [...path, key] : [...path, 'extra', key]) : undefined;
          ctx.report(valuePath ? ctx.position(valuePath) : item.loc, { column: key });
        }
      }
    }
  },
};
