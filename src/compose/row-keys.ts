/**
 * The key a plan row is matched by when a spreadsheet made from the plan comes back filled in
 * (`plangraf import-status`): the item's `id`, or — for an item without one — its position,
 * `#<plan>-<n>`: the n-th item of the plan's table, counted from 1 in the order printed (group
 * rows not counted). Ids cannot contain «#», so the two never meet. Composing writes the key into
 * the row (`TableRow.item.key`, the XLSX writer prints it in the «ID» column); import-status
 * finds the item by it with the same function.
 */
import type { Item, Plan, PlanEntry } from '../model/roadmap.js';

/** Every item of `plan` in printed order, with its key. */
export function planItemKeys(plan: Plan): { item: Item; key: string }[] {
  const out: { item: Item; key: string }[] = [];
  const visit = (entries: readonly PlanEntry[]): void => {
    for (const entry of entries) {
      if (entry.type === 'group') visit(entry.entries);
      else out.push({ item: entry, key: entry.id ?? positionKey(plan.index, out.length + 1) });
    }
  };
  visit(plan.entries);
  return out;
}

/** `#2-7`: the 7th item of plan 2. */
export function positionKey(planIndex: number, n: number): string {
  return `#${planIndex}-${n}`;
}

/** Whether a key is a position (`#2-7`) rather than an id. */
export function isPositionKey(key: string): boolean {
  return /^#\d+-\d+$/.test(key);
}
