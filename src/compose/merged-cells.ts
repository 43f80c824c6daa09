/**
 * Merged cells seen from one row: a row that says `merge: [result]` has no value of its own in
 * that column — its cell continues the cell above, and the value is the one the first row of the
 * run wrote. Inside its plan the writers span that cell over the run; a row printed away from the
 * rows above it (restated or added by an amending order, listed whole in the change sheet) must
 * carry the run's value itself.
 *
 *   1.1 {result: Перечень школ}, 1.2 {merge: [result]}, 1.3 {merge: [result]}
 *     → mergeOwners: 1.2 → {result: 1.1}, 1.3 → {result: 1.1}
 *     → standingAlone(1.3) = 1.3 with result «Перечень школ» and no merge
 */
import type { Column, Item, Plan } from '../model/roadmap.js';
import { mergingRows } from '../model/merging-rows.js';

/** Per merging item of the plan (the plan's own objects): per merged column key, the item whose value the cell shows. */
export type MergeOwners = ReadonlyMap<Item, ReadonlyMap<string, Item>>;

/**
 * The first row of each merged run, per merging item and column: runs go down a group's rows,
 * and a group row ends every run (as the plan table draws them).
 */
export function mergeOwners(plan: Plan): MergeOwners {
  const out = new Map<Item, Map<string, Item>>();
  // In document order, so the row above has its own owners already.
  for (const { item, above } of mergingRows(plan)) {
    if (!above) continue;
    const owners = new Map<string, Item>();
    for (const key of item.merge ?? []) owners.set(key, out.get(above)?.get(key) ?? above);
    out.set(item, owners);
  }
  return out;
}

/**
 * The row as it prints with no row of its run above it: each merged cell holding its run's
 * value, `merge` gone. `owners` are the row's entry of `mergeOwners` (none: the row as it is).
 */
export function standingAlone(item: Item, owners: ReadonlyMap<string, Item> | undefined, plan: Plan): Item {
  if (!owners || owners.size === 0) return item;
  const out: Item = { ...item, extra: { ...item.extra } };
  delete out.merge;
  delete out.mergeLoc;
  for (const [key, owner] of owners) {
    const column = plan.columns.find((c) => c.key === key);
    if (column) copyCell(owner, out, column);
  }
  return out;
}

/** The values one column prints, from one row to another. */
function copyCell(from: Item, to: Item, column: Column): void {
  const take = (...keys: (keyof Item)[]) => {
    const source = from as unknown as Record<string, unknown>;
    const target = to as unknown as Record<string, unknown>;
    for (const k of keys) {
      if (source[k] === undefined) delete target[k];
      else target[k] = source[k];
    }
  };
  switch (column.role) {
    case 'number':
      return;
    case 'task':
      return take('task');
    case 'deadline':
      return take('deadline', 'deadlineSource', 'deadlineUnread', 'deadlineLoc');
    case 'executors':
      return take('executors', 'executorsSource');
    case 'result':
      return take('result');
    case 'info':
      return take('info');
    case undefined:
      if (from.extra[column.key] === undefined) delete to.extra[column.key];
      else to.extra[column.key] = from.extra[column.key]!;
      return;
  }
}
