/** Walking the plan rows of a roadmap. */
import type { Group, Item, Plan, PlanEntry, RichText } from '../../model/roadmap.js';

/** Every item of a plan, depth first, with its enclosing groups. */
export function* planItems(plan: Plan): Generator<{ item: Item; groups: Group[] }> {
  function* walk(entries: PlanEntry[], groups: Group[]): Generator<{ item: Item; groups: Group[] }> {
    for (const e of entries) {
      if (e.type === 'item') yield { item: e, groups };
      else yield* walk(e.entries, [...groups, e]);
    }
  }
  yield* walk(plan.entries, []);
}

/** Every row (group or item) of a plan, depth first. */
export function* planEntries(plan: Plan): Generator<PlanEntry> {
  function* walk(entries: PlanEntry[]): Generator<PlanEntry> {
    for (const e of entries) {
      yield e;
      if (e.type === 'group') yield* walk(e.entries);
    }
  }
  yield* walk(plan.entries);
}

/** The visible characters of rich text, without markup. */
export function plainText(rt: RichText): string {
  return rt
    .map((b) => (b.type === 'paragraph' ? [b.content] : b.items).flat().map((i) => (i.type === 'text' ? i.text : '\n')).join(''))
    .join('\n');
}
