/**
 * The numbering mode of an imported plan, from the numbers its cells show: each mode (and «1.» or
 * «1») numbers the imported rows with the very code that renders them (compose/numbering.ts), and
 * the mode that prints the most numbers as written wins; `explicit` when none prints any. Rows
 * whose number still differs keep theirs as `no:` (a number typed by hand, a label
 * «Направление 3.»), a section without a number in a mode that numbers sections gets
 * `numbered: false`. Those settings change the numbers below them (a section «3.» numbers its
 * rows «3.1.»), so they are settled again until nothing differs.
 */
import { printedNumber } from '../compose/plan-table.js';
import { numberEntries } from '../compose/numbering.js';
import type { NumberingMode } from '../model/roadmap-input.js';
import type { Group, Item, PlanEntry } from '../model/roadmap.js';
import type { ImportedEntry } from './imported-plan.js';

const MODES: readonly NumberingMode[] = ['hierarchical', 'continuous', 'per-section'];

export interface NumberingChoice {
  mode: NumberingMode;
  numberDot: boolean;
}

/**
 * Choose the mode and set `no` / `numbered` on the entries so that every row prints the number it
 * had. `itemNumbers`: whether the plan has a number column (else only sections' numbers count).
 */
export function settleNumbering(entries: ImportedEntry[], itemNumbers: boolean): NumberingChoice {
  let best: (NumberingChoice & { misses: number }) | undefined;
  for (const mode of MODES) {
    for (const numberDot of [true, false]) {
      const misses = mismatches(entries, mode, numberDot, itemNumbers).length;
      if (!best || misses < best.misses) best = { mode, numberDot, misses };
    }
  }
  const explicitCost = countRows(entries, itemNumbers);
  const choice: NumberingChoice = best && best.misses < explicitCost ? { mode: best.mode, numberDot: best.numberDot } : { mode: 'explicit', numberDot: true };
  // Each round makes every differing row explicit; explicit rows never differ again.
  for (let round = 0; round < 64; round++) {
    const wrong = mismatches(entries, choice.mode, choice.numberDot, itemNumbers);
    if (wrong.length === 0) break;
    for (const e of wrong) {
      if (e.type === 'item') e.no = e.label;
      else if (e.label === '') e.numbered = false;
      else e.no = e.label;
    }
  }
  if (choice.mode === 'explicit') markUnnumbered(entries, itemNumbers);
  return choice;
}

/**
 * In explicit numbering every row says its number: an empty one for an item without, and
 * `numbered: false` for a heading without (lint: numbering-explicit-missing).
 */
function markUnnumbered(entries: ImportedEntry[], itemNumbers: boolean): void {
  for (const e of entries) {
    if (e.type === 'item') {
      if (itemNumbers && e.no === undefined) e.no = e.label;
    } else {
      if (e.no === undefined) e.numbered = false;
      markUnnumbered(e.entries, itemNumbers);
    }
  }
}

/** Rows that would print another number than written. */
function mismatches(entries: ImportedEntry[], mode: NumberingMode, numberDot: boolean, itemNumbers: boolean): ImportedEntry[] {
  const model = toModel(entries);
  const numbered = numberEntries(model, mode);
  const out: ImportedEntry[] = [];
  const walk = (imported: ImportedEntry[], computed: PlanEntry[]) => {
    imported.forEach((e, i) => {
      const c = computed[i]!;
      const printed = c.no === undefined ? '' : printedNumber(c.no, c.explicitNo, numberDot);
      if (e.type === 'item') {
        if (itemNumbers && printed !== e.label) out.push(e);
      } else {
        if (printed !== e.label) out.push(e);
        walk(e.entries, (c as Group).entries);
      }
    });
  };
  walk(entries, numbered);
  return out;
}

/** The imported rows as the model's groups and items, as far as numbering reads them. */
function toModel(entries: ImportedEntry[]): PlanEntry[] {
  return entries.map((e): PlanEntry => {
    if (e.type === 'item') {
      const item: Item = { type: 'item', task: [], executors: [], extra: {} };
      if (e.no !== undefined) item.explicitNo = e.no;
      return item;
    }
    const group: Group = { type: 'group', title: [], numbered: e.numbered !== false, entries: toModel(e.entries) };
    if (e.year !== undefined) group.year = e.year;
    if (e.no !== undefined) group.explicitNo = e.no;
    return group;
  });
}

/** What explicit numbering writes: a `no` on every item (with a number column) and on every section with a number. */
function countRows(entries: ImportedEntry[], itemNumbers: boolean): number {
  let n = 0;
  for (const e of entries) {
    if (e.type === 'item') n += itemNumbers ? 1 : 0;
    else n += (e.label !== '' ? 1 : 0) + countRows(e.entries, itemNumbers);
  }
  return n;
}
