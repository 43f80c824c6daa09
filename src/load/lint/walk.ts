/** Walking the plan rows of a roadmap. */
import type { DateInterval, Deadline } from '../../model/deadline.js';
import type { Group, Item, Plan, PlanEntry, RichText } from '../../model/roadmap.js';
import { deadlineInterval, deadlineProblems, type DeadlineProblem } from '../../text/deadline-interval.js';

export interface PlacedItem {
  item: Item;
  /** The groups around the item, outermost first (shared by the items of a group: do not change). */
  groups: Group[];
}

/**
 * What several lint rules compute alike, kept while the rules run (`withWalkCache`): a dozen
 * rules walk every item of a plan (building the list once is most of what walking costs),
 * four ask each deadline for its problems or span, two read every string of the input.
 */
let runCache: Map<string, WeakMap<object, unknown>> | undefined;

/**
 * Run `fn` (the lint rules) with what `lintCached` computes kept for its duration: the
 * roadmap must not change meanwhile.
 */
export function withWalkCache<T>(fn: () => T): T {
  const outer = runCache;
  runCache ??= new Map();
  try {
    return fn();
  } finally {
    runCache = outer;
  }
}

/** `compute()` for `key`, once per lint run for each `kind` (every time outside a run). */
export function lintCached<T>(kind: string, key: object, compute: () => T): T {
  if (!runCache) return compute();
  let byKey = runCache.get(kind);
  if (!byKey) runCache.set(kind, (byKey = new WeakMap()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/** Every item of a plan, depth first, with its enclosing groups. */
export function planItems(plan: Plan): readonly PlacedItem[] {
  return lintCached('plan-items', plan, () => {
    const out: PlacedItem[] = [];
    const walk = (entries: PlanEntry[], groups: Group[]): void => {
      for (const e of entries) {
        if (e.type === 'item') out.push({ item: e, groups });
        else walk(e.entries, [...groups, e]);
      }
    };
    walk(plan.entries, []);
    return out;
  });
}

/** What the deadline rules need of an item's deadline. */
export interface DeadlineFacts {
  problems: DeadlineProblem[];
  /** The span of days (`deadlineInterval` in the plan's period); null when it has problems or no span. */
  interval: DateInterval | null;
}

function factsOf(deadline: Deadline, plan: Plan): DeadlineFacts {
  const problems = deadlineProblems(deadline);
  return { problems, interval: problems.length > 0 ? null : deadlineInterval(deadline, plan.period) };
}

/**
 * The problems and span of an item's deadline, computed once per lint run: four rules ask, and
 * a plan repeats a few dozen deadline texts (a deadline read from text is known by its text —
 * the same text in one plan reads the same).
 */
export function deadlineFacts(plan: Plan, item: Item, deadline: Deadline): DeadlineFacts {
  const source = item.deadlineSource;
  if (source === undefined) return lintCached('deadline-facts', deadline, () => factsOf(deadline, plan));
  const byText = lintCached('deadline-facts-by-text', plan, () => new Map<string, DeadlineFacts>());
  let facts = byText.get(source);
  if (!facts) byText.set(source, (facts = factsOf(deadline, plan)));
  return facts;
}

/** Every row (group or item) of a plan, depth first. */
export function planEntries(plan: Plan): PlanEntry[] {
  const out: PlanEntry[] = [];
  const walk = (entries: PlanEntry[]): void => {
    for (const e of entries) {
      out.push(e);
      if (e.type === 'group') walk(e.entries);
    }
  };
  walk(plan.entries);
  return out;
}

/** How many rows (groups and items) a plan has. */
export function countEntries(entries: readonly PlanEntry[]): number {
  let n = entries.length;
  for (const e of entries) if (e.type === 'group') n += countEntries(e.entries);
  return n;
}

/** The visible characters of rich text, without markup. */
export function plainText(rt: RichText): string {
  return rt
    .map((b) => (b.type === 'paragraph' ? [b.content] : b.items).flat().map((i) => (i.type === 'text' ? i.text : '\n')).join(''))
    .join('\n');
}

/** Whether rich text shows anything but whitespace (`plainText(rt).trim() !== ''`, without building the text). */
export function hasVisibleText(rt: RichText): boolean {
  for (const b of rt) {
    const lines = b.type === 'paragraph' ? [b.content] : b.items;
    for (const line of lines) for (const i of line) if (i.type === 'text' && i.text.trim() !== '') return true;
  }
  return false;
}
