/**
 * The appendices of a document, numbered before anything is composed (and known to the checks
 * of loading), so that every reference from the text («(приложение № {appendix:main})», `{point:approve-plan}`) and every mark agree:
 * with one appendix the mark says «Приложение» and the text «(приложение)»; with several both
 * carry the number.
 *
 * The list: the appendices written in `document.appendices`, in their order; then, for an order,
 * a directive or a letter whose body does not place them (no `plans` part), every plan not placed
 * anywhere, one appendix each, as before issue 11 (an amending order: the plans it attaches,
 * src/versions/attached-plans.ts).
 *
 *   appendices: [{id: methodology, mark: heading, body: [...]}, {id: municipal, plan: municipal-roadmap}]
 *   → [{no: 1, id: methodology, mark: heading, orientation: portrait, plans: []},
 *      {no: 2, id: municipal, mark: heading, orientation: landscape, plans: [municipal-roadmap]}]
 */
import type { AppendixMarkKind, BodyBlock, DocumentData, Plan, Roadmap } from './roadmap.js';
import type { ApprovalInput } from './roadmap-input.js';
import type { SourceLocation } from './source.js';
import type { Theme } from './theme.js';
import { attachedPlans } from '../versions/attached-plans.js';

export interface AppendixEntry {
  /** 1-based. */
  no: number;
  id?: string;
  mark: AppendixMarkKind;
  title?: DocumentData['title'];
  orientation: 'portrait' | 'landscape';
  /** The stamp of mark `approval`: the appendix's own, else the first plan's it holds. */
  approval?: ApprovalInput;
  /** The blocks written for it (none for a plan added as an appendix of its own). */
  blocks: BodyBlock[];
  /** The plans it holds, in order (a `{appendix:PLAN-ID}` reference names it). */
  plans: Plan[];
  /** A plan added as an appendix because nothing placed it: composed from `plans`, not `blocks`. */
  auto: boolean;
  loc?: SourceLocation;
}

export interface Appendices {
  readonly list: readonly AppendixEntry[];
  /**
   * The appendix an id names (its own id, or the id of a plan it holds); no id: the appendix of
   * the first plan held by an appendix, else the first appendix.
   */
  find(id: string | undefined): AppendixEntry | undefined;
}

/** The mark an appendix has when none is written: GOST's for acts and letters, a heading line else. */
export function defaultMark(kind: DocumentData['kind']): AppendixMarkKind {
  return kind === 'order' || kind === 'directive' || kind === 'letter' ? 'gost' : 'heading';
}

/** Plans named by `{plan: id}` blocks (the first of each id; lint reports a plan placed twice). */
export function plansOf(blocks: readonly BodyBlock[], plans: readonly Plan[]): Plan[] {
  const out: Plan[] = [];
  for (const b of blocks) {
    if (b.type !== 'plan') continue;
    const plan = plans.find((p) => p.id === b.id);
    if (plan && !out.includes(plan)) out.push(plan);
  }
  return out;
}

export function collectAppendices(roadmap: Roadmap, theme: Theme): Appendices {
  const doc = roadmap.document;
  const plans = roadmap.plans;
  const list: AppendixEntry[] = [];
  const placed = new Set<Plan>(plansOf(doc.blocks ?? [], plans));
  for (const a of doc.appendices ?? []) {
    const held = plansOf(a.blocks, plans);
    held.forEach((p) => placed.add(p));
    const entry: AppendixEntry = {
      no: list.length + 1,
      mark: a.mark ?? defaultMark(doc.kind),
      orientation: a.orientation ?? (held.length > 0 || hasWideTable(a.blocks, theme) ? 'landscape' : 'portrait'),
      blocks: a.blocks,
      plans: held,
      auto: false,
    };
    if (a.id !== undefined) entry.id = a.id;
    if (a.title !== undefined) entry.title = a.title;
    const approval = a.approval ?? held[0]?.approval;
    if (approval) entry.approval = approval;
    if (a.loc) entry.loc = a.loc;
    list.push(entry);
  }
  const placesPlans = doc.blocks?.some((b) => b.type === 'part' && b.name === 'plans') ?? false;
  // An amending order attaches only some of its plans (the others are restated in its points).
  const attached = attachedPlans(roadmap);
  if (defaultMark(doc.kind) === 'gost' && !placesPlans) {
    for (const plan of plans) {
      if (placed.has(plan) || (attached && !attached.has(plan))) continue;
      list.push({ no: list.length + 1, mark: 'gost', orientation: 'landscape', blocks: [], plans: [plan], auto: true });
    }
  }
  return {
    list,
    find(id) {
      if (id !== undefined) return list.find((e) => e.id === id) ?? list.find((e) => e.plans.some((p) => p.id === id));
      for (const plan of plans) {
        const holder = list.find((e) => e.plans.includes(plan));
        if (holder) return holder;
      }
      return list[0];
    },
  };
}

/** A table wide enough for landscape pages (theme `wideTableColumns`). */
function hasWideTable(blocks: readonly BodyBlock[], theme: Theme): boolean {
  return blocks.some((b) => b.type === 'table' && b.columns.length >= theme.wideTableColumns);
}
