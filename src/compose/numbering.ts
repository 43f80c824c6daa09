/**
 * Numbers of the rows of a plan, by the plan's numbering mode. A pure function over the entries:
 * it returns a copy of the tree with `no` filled and never changes its input.
 *
 * - `hierarchical`: «1.», «1.1.», «1.1.1.»: numbered groups open a level; items and groups at one
 *   level share a counter (seed 000).
 * - `continuous`: items «1.» … «47.» across all groups; groups carry no number (seed 001).
 * - `per-section`: groups «1.», «2.»; items restart at «1.» in every numbered group (seed 002).
 * - `explicit`: only numbers written by the user (`no:`) are printed.
 *
 * In every mode a number written by the user (`explicitNo`) wins for that row; the counters still
 * advance as if it were automatic. A group with an explicit number whose end is numeric
 * («Направление 3.», «3.») gives that number to its children in hierarchical mode («3.1.»).
 * Unnumbered groups (year groups «2021 год», `numbered: false`) are transparent: their rows are
 * numbered as if they stood at the group's own level, and the count goes on across them.
 */
import type { NumberingMode } from '../model/roadmap-input.js';
import type { Group, Item, PlanEntry } from '../model/roadmap.js';

interface Scope {
  /** Prefix of numbers at this level: '' at the top, '1.' inside group 1 (hierarchical). */
  prefix: string;
  /** Counter shared by items and groups at this level (hierarchical). */
  count: number;
  /** Per-section: counter of groups at this level, counter of items. */
  groups: number;
  items: number;
}

const scope = (prefix = ''): Scope => ({ prefix, count: 0, groups: 0, items: 0 });

/** Whether a group gets a number of its own (year groups and `numbered: false` do not). */
export function isNumberedGroup(group: Group): boolean {
  return group.numbered && group.year === undefined;
}

export function numberEntries(entries: readonly PlanEntry[], mode: NumberingMode): PlanEntry[] {
  const continuous = { count: 0 };

  const walk = (list: readonly PlanEntry[], at: Scope): PlanEntry[] =>
    list.map((entry) => (entry.type === 'item' ? numberItem(entry, at) : numberGroup(entry, at)));

  const numberItem = (item: Item, at: Scope): Item => {
    let auto: string | undefined;
    switch (mode) {
      case 'hierarchical':
        auto = `${at.prefix}${++at.count}.`;
        break;
      case 'continuous':
        auto = `${++continuous.count}.`;
        break;
      case 'per-section':
        auto = `${++at.items}.`;
        break;
      case 'explicit':
        auto = undefined;
        break;
    }
    const no = item.explicitNo ?? auto;
    const out: Item = { ...item };
    if (no !== undefined) out.no = no;
    else delete out.no;
    return out;
  };

  const numberGroup = (group: Group, at: Scope): Group => {
    const out: Group = { ...group };
    delete out.no;
    if (!isNumberedGroup(group)) {
      // Transparent: children continue the enclosing level. An explicit number is still printed.
      if (group.explicitNo !== undefined) out.no = group.explicitNo;
      out.entries = walk(group.entries, at);
      return out;
    }
    let inner: Scope;
    switch (mode) {
      case 'hierarchical': {
        const auto = `${at.prefix}${++at.count}.`;
        out.no = group.explicitNo ?? auto;
        inner = scope(numericPrefix(group.explicitNo) ?? auto);
        break;
      }
      case 'per-section': {
        out.no = group.explicitNo ?? `${++at.groups}.`;
        if (group.explicitNo !== undefined) at.groups++;
        inner = scope();
        break;
      }
      case 'continuous':
      case 'explicit':
        if (group.explicitNo !== undefined) out.no = group.explicitNo;
        inner = at;
        break;
    }
    out.entries = walk(group.entries, inner);
    return out;
  };

  return walk(entries, scope());
}

/** «Направление 3.» → «3.», «2.1» → «2.1.»; undefined when the number does not end in digits. */
function numericPrefix(explicit: string | undefined): string | undefined {
  if (explicit === undefined) return undefined;
  const m = /(\d+(?:\.\d+)*)\.?\s*$/.exec(explicit);
  return m ? `${m[1]}.` : undefined;
}
