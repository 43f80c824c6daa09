/**
 * The points of an amending order drawn from the difference between the previous version of the
 * roadmap and this one (src/versions/compare.ts), in the standard forms, the wording from
 * templates `amendment-change` and `amendment-new-edition` (templates/README.md):
 *
 *   Пункт 20 изложить в следующей редакции:            a changed row (its new text as a table row,
 *                                                       under its old number)
 *   Пункт 41 признать утратившим силу.                  a removed row (a row moved elsewhere too)
 *   Наименование раздела 2 изложить в следующей редакции: «…».
 *   Раздел 3 «…» признать утратившим силу.               (its rows are not named one by one)
 *   Пункты 42–47 считать соответственно пунктами 41–46.  rows renumbered, by runs of neighbours
 *   Дополнить пунктом 47 следующего содержания:          added rows (and rows moved here), by runs
 *   Дополнить разделом 3 «…» следующего содержания:      an added section with its rows
 *
 * In that order: first what is changed or cancelled, in the order of the amended text (the
 * numbers are the amended act's); then the renumbering; then the additions, under their new
 * numbers. Plans are the amended act's appendices: a plan only the previous version has is
 * «Приложение № 3 … признать утратившим силу», one only this version has «Дополнить приказ
 * приложением № 3 (прилагается)» (and is attached).
 */
import type { Block, Paragraph } from '../model/document.js';
import type { Item, Plan, PlanEntry } from '../model/roadmap.js';
import type { PlanComparison, RoadmapComparison, RowComparison, SectionComparison } from '../versions/compare.js';
import type { RowEntry, SectionEntry } from '../versions/plan-rows.js';
import { renumberRuns } from '../versions/renumber-runs.js';
import type { ComposeContext } from './context.js';
import { mergeOwners, standingAlone } from './merged-cells.js';
import { planRowsTable } from './plan-rows-table.js';
import { plainText } from './rich-text.js';

/** The amended act as the wording templates see it (`act` of every `amendment-*` template). */
export interface ActWording {
  kind: 'order' | 'directive';
  date: string;
  dateStyle: string;
  number: string;
  authority: string;
  title: string;
  /** «приказ управления образования от 14.02.2022 № 50» (template `amendment-act`). */
  accusative: string;
  /** «приказу …» */
  dative: string;
  /** «приказа …» */
  genitive: string;
}

/** One generated point: its sentence and what follows it (the rows it restates or adds). */
export interface AmendmentPoint {
  text: string;
  blocks: Block[];
}

/** Points drawn from each plan pair's differences (mode `points`). */
export function changePoints(ctx: ComposeContext, comparison: RoadmapComparison, act: ActWording): AmendmentPoint[] {
  const several = comparison.old.plans.length > 1;
  const out: AmendmentPoint[] = [];
  for (const p of comparison.plans) {
    if (!p.new) out.push(editionPoint(ctx, act, 'removed', p.old!.plan.index, several));
    else if (!p.old) out.push(editionPoint(ctx, act, 'added', p.new.plan.index, several));
    else out.push(...planPoints(ctx, p, act, several));
  }
  return out;
}

/** «Приложение … изложить в новой редакции (прилагается).» and the like (template `amendment-new-edition`). */
export function editionPoint(ctx: ComposeContext, act: ActWording, change: 'replaced' | 'added' | 'removed', appendix: number, several: boolean): AmendmentPoint {
  return { text: ctx.templates.text('amendment-new-edition', { change, act, appendix, several }), blocks: [] };
}

function planPoints(ctx: ComposeContext, p: PlanComparison, act: ActWording, several: boolean): AmendmentPoint[] {
  const oldPlan = p.old!.plan;
  const newPlan = p.new!.plan;
  const appendix = oldPlan.index;
  const say = (data: Record<string, unknown>): string =>
    ctx.templates.text('amendment-change', {
      act, several, appendix, no: '', task: '', title: '', oldTitle: '', from: '', to: '', newFrom: '', newTo: '', count: 0, ...data,
    });
  const table = (entries: PlanEntry[], numbers?: Map<Item, string>) => planRowsTable(ctx, newPlan, entries, 'portrait', numbers);
  // A row printed without the rows above it carries the value of each merged cell's run.
  const owners = mergeOwners(newPlan);
  const alone = (r: RowEntry): Item => standingAlone(r.item, owners.get(r.original), newPlan);

  const removedSections = new Set(p.sections.filter((s) => s.change === 'removed').map((s) => s.old!));
  const addedSections = new Set(p.sections.filter((s) => s.change === 'added').map((s) => s.new!));
  const within = (s: SectionEntry | undefined, set: Set<SectionEntry>) => {
    for (let x = s; x; x = x.parent) if (set.has(x)) return true;
    return false;
  };

  // 1. Changed and cancelled, in the order of the amended text.
  const first: { order: number; point: AmendmentPoint }[] = [];
  for (const s of p.sections) {
    if (s.change === 'removed' && !within(s.old!.parent, removedSections)) {
      first.push({ order: s.old!.order, point: { text: say({ change: 'section-removed', no: s.old!.label, oldTitle: s.old!.title }), blocks: [] } });
    } else if (s.change === 'changed' && s.renamed) {
      first.push({
        order: s.old!.order,
        point: { text: say({ change: 'section-renamed', no: s.old!.label, oldTitle: s.old!.title, title: s.new!.title }), blocks: [] },
      });
    }
  }
  for (const r of p.rows) {
    if (r.change === 'removed' && !within(r.old!.section, removedSections)) {
      first.push({ order: r.old!.order, point: { text: say({ change: 'row-removed', no: r.old!.label, task: shortTask(r.old!) }), blocks: [] } });
    } else if (r.change === 'changed' && r.moved) {
      first.push({ order: r.old!.order, point: { text: say({ change: 'row-removed', no: r.old!.label, task: shortTask(r.old!) }), blocks: [] } });
    } else if (r.change === 'changed' && r.fields.some((f) => f.field !== 'no')) {
      // The new text under the number the amended act gives the row (renumbering comes after).
      const row = alone(r.new!);
      const numbers = new Map([[row, r.old!.item.no ?? '']]);
      first.push({
        order: r.old!.order,
        point: { text: say({ change: 'row-changed', no: r.old!.label, task: shortTask(r.old!) }), blocks: table([row], numbers) },
      });
    }
  }
  first.sort((a, b) => a.order - b.order);

  // 2. Renumbering: sections, then rows kept in place whose number changed.
  const renumbered: AmendmentPoint[] = [];
  for (const s of p.sections) {
    if (s.change === 'changed' && s.renumbered && s.old!.label && s.new!.label) {
      renumbered.push({ text: say({ change: 'section-renumbered', from: s.old!.label, newFrom: s.new!.label }), blocks: [] });
    }
  }
  const kept = p.rows
    .filter((r) => r.change === 'changed' && !r.moved && r.old!.label !== r.new!.label && r.old!.label && r.new!.label)
    .sort((a, b) => a.old!.position - b.old!.position);
  for (const run of renumberRuns(kept)) {
    renumbered.push({
      text: say({ change: 'rows-renumbered', from: run.oldFrom, to: run.oldTo, newFrom: run.newFrom, newTo: run.newTo, count: run.rows.length }),
      blocks: [],
    });
  }

  // 3. Additions under their new numbers: added sections whole, then runs of added (or moved) rows.
  const added: { order: number; point: AmendmentPoint }[] = [];
  for (const s of p.sections) {
    if (s.change !== 'added' || within(s.new!.parent, addedSections)) continue;
    added.push({
      order: s.new!.order,
      point: { text: say({ change: 'section-added', no: s.new!.label, title: s.new!.title }), blocks: table([s.new!.group]) },
    });
  }
  const arriving = p.rows.filter((r) => (r.change === 'added' && !within(r.new!.section, addedSections)) || (r.change === 'changed' && r.moved));
  for (const run of neighbourRuns(arriving.map((r) => r.new!))) {
    const first = run[0]!;
    const last = run.at(-1)!;
    added.push({
      order: first.order,
      point: {
        text: say({ change: 'rows-added', from: first.label, to: last.label, count: run.length }),
        // The first row of a run stands alone; the others continue the merges of the rows above them.
        blocks: table(run.map((r, i) => (i === 0 ? alone(r) : r.item))),
      },
    });
  }
  added.sort((a, b) => a.order - b.order);

  return [...first.map((x) => x.point), ...renumbered, ...added.map((x) => x.point)];
}

/** Rows next to each other in the new version and in one section, gathered. */
function neighbourRuns(rows: readonly RowEntry[]): RowEntry[][] {
  const runs: RowEntry[][] = [];
  for (const r of rows) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && prev.position + 1 === r.position && prev.section === r.section) run.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** A row named by its task when it has no number: the first words. */
function shortTask(r: RowEntry): string {
  const t = plainText(r.item.task);
  return t.length <= 60 ? t : `${t.slice(0, 59).trimEnd()}…`;
}

/** The point paragraphs: «1. text» at level 0, sub-points «1.2. text» at level 1 (the act's point style). */
export function pointParagraph(no: string, text: string, level: number): Paragraph {
  return { type: 'paragraph', style: 'body', level, runs: [{ text: `${no} ${text}` }] };
}

export type { SectionComparison, RowComparison };
