/**
 * The rows of a plan that merge a cell with the row above (`merge: [result]`), each with that row:
 * runs go down a group's rows, and a group row ends every run (as the plan table draws them).
 * One walk for the lint rules that check merges and for composing rows printed on their own.
 */
import type { Item, Plan, PlanEntry } from './roadmap.js';

export interface MergingRow {
  item: Item;
  /** The item row right above in the same group; undefined: a group row or nothing is above. */
  above: Item | undefined;
}

/** Every merging item of `plan` in document order, with the row above it. */
export function mergingRows(plan: Plan): MergingRow[] {
  const out: MergingRow[] = [];
  const walk = (entries: readonly PlanEntry[]): void => {
    let above: Item | undefined;
    for (const e of entries) {
      if (e.type === 'group') {
        walk(e.entries);
        above = undefined;
        continue;
      }
      if (e.merge && e.merge.length > 0) out.push({ item: e, above });
      above = e;
    }
  };
  walk(plan.entries);
  return out;
}
