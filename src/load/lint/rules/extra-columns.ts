import { nearest } from '../../suggest.js';
import type { LintRule } from '../rule.js';
import { planItems } from '../walk.js';

/** «Федеральный» is the list's «федеральный»: a value starting a cell may be capitalised. */
function listed(value: string, allowed: readonly string[]): boolean {
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase('ru-RU') + s.slice(1);
  return allowed.includes(value) || allowed.some((a) => lower(a) === lower(value));
}

/** A value of an extra column that is not in the column's `values` list (its first letter in either case). */
export const extraColumnValue: LintRule = {
  code: 'extra-column-value',
  severity: 'warning',
  description: { ru: 'значение дополнительной колонки не из её списка values', en: 'an extra-column value not in the column’s list of values' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const columns = new Map(plan.columns.filter((c) => !c.role && c.values).map((c) => [c.key, c.values!]));
      for (const { item } of planItems(plan)) {
        const path = ctx.pathOf(item);
        for (const [key, values] of Object.entries(item.extra)) {
          const allowed = columns.get(key);
          if (!allowed) continue;
          values.forEach((v, i) => {
            if (listed(v, allowed)) return;
            const valuePath = path ? [...path, 'extra', key, ...(values.length === 1 && !isList(ctx, [...path, 'extra', key]) ? [] : [i])] : undefined;
            ctx.report(valuePath ? ctx.position(valuePath) : item.loc, { value: v, column: key, allowed: allowed.join(', '), suggestion: nearest(v, allowed) });
          });
        }
      }
    }
  },
};

/** Whether the value at a path was written as a list (its first element then has a place of its own). */
function isList(ctx: Parameters<LintRule['check']>[0], path: (string | number)[]): boolean {
  const a = ctx.position(path);
  const b = ctx.position([...path, 0]);
  return a.line !== b.line || a.column !== b.column;
}

/** An `extra` key that names no extra column of the plan. */
export const extraColumnUnknown: LintRule = {
  code: 'extra-column-unknown',
  severity: 'warning',
  description: { ru: 'значение extra для колонки, которой нет в плане', en: 'an extra value under a key with no such column in the plan' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const keys = plan.columns.filter((c) => !c.role).map((c) => c.key);
      for (const { item } of planItems(plan)) {
        const path = ctx.pathOf(item);
        for (const key of Object.keys(item.extra)) {
          if (keys.includes(key)) continue;
          ctx.report(path ? ctx.position([...path, 'extra', key], 'key') : item.loc, {
            column: key, allowed: keys.length ? keys.join(', ') : undefined, suggestion: nearest(key, keys),
          });
        }
      }
    }
  },
};
