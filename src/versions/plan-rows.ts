/**
 * A plan as the diff sees it: its rows (items) and sections (groups) in document order, each
 * numbered as the plan prints it, each row knowing the section it stands in.
 *
 *   items: [{section: Организация, items: [{task: A}, {task: B}]}, {task: C}]   (hierarchical)
 *     → sections [«1. Организация»], rows [1.1 A (in 1), 1.2 B (in 1), 2 C (top level)]
 */
import { numberEntries } from '../compose/numbering.js';
import type { Group, Item, Plan, PlanEntry } from '../model/roadmap.js';
import { plainText } from '../compose/rich-text.js';
import { numberLabel } from './row-fields.js';

export interface SectionEntry {
  group: Group;
  /** 0-based among the plan's sections, in document order. */
  position: number;
  /** 0-based among the plan's rows and sections together, in document order. */
  order: number;
  /** «1», «2.1», '' for an unnumbered section. */
  label: string;
  /** The title as plain text. */
  title: string;
  parent?: SectionEntry;
  rows: RowEntry[];
}

export interface RowEntry {
  /** The row numbered (a copy with `no` filled). */
  item: Item;
  /** The row as the roadmap holds it. */
  original: Item;
  /** 0-based among the plan's rows, in document order. */
  position: number;
  /** 0-based among the plan's rows and sections together, in document order. */
  order: number;
  /** «1.3», «17», '' when the row has no number. */
  label: string;
  /** The nearest section the row stands in (none at the plan's top level). */
  section?: SectionEntry;
}

export interface PlanRows {
  plan: Plan;
  rows: RowEntry[];
  sections: SectionEntry[];
}

/** The plan's rows and sections, numbered as printed. */
export function planRows(plan: Plan): PlanRows {
  const rows: RowEntry[] = [];
  const sections: SectionEntry[] = [];
  let order = 0;
  const walk = (entries: readonly PlanEntry[], originals: readonly PlanEntry[], parent: SectionEntry | undefined): void => {
    entries.forEach((entry, i) => {
      const original = originals[i]!;
      if (entry.type === 'item') {
        const row: RowEntry = { item: entry, original: original as Item, position: rows.length, order: order++, label: numberLabel(entry.no) };
        if (parent) {
          row.section = parent;
          parent.rows.push(row);
        }
        rows.push(row);
        return;
      }
      const section: SectionEntry = { group: entry, position: sections.length, order: order++, label: numberLabel(entry.no), title: plainText(entry.title), rows: [] };
      if (parent) section.parent = parent;
      sections.push(section);
      walk(entry.entries, (original as Group).entries, section);
    });
  };
  // Numbering copies the tree and keeps its shape: the copy and the original walk side by side.
  walk(numberEntries(plan.entries, plan.numbering), plan.entries, undefined);
  return { plan, rows, sections };
}
