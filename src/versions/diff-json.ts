/**
 * The JSON form of a comparison (`plangraf diff --format json`, `diffJson()`): a stable,
 * versioned contract for programs. Version 1:
 *
 *   {format: "plangraf-diff", version: 1,
 *    old: {file, date?, number?}, new: {file, date?, number?},     the two versions (their documents' requisites)
 *    related: bool,                                                 false: some plan pair shares almost no rows
 *    summary: Counts,
 *    plans: [{id?, match?, old?: {index, title, rows}, new?: …,    a plan only one version has lacks the other side
 *             related, summary: Counts,
 *             sections: [Section…], rows: [Row…]}]}                 only what changed, in reading order;
 *                                                                   both empty when related is false
 *
 *   Row     = {change: added|removed|changed, match?: id|content, similarity?, id?, task,
 *              old?: Place, new?: Place, moved?: section|order, fields?: [Field…]}
 *   Place   = {no, position, section?: {no, title}}                position: 1-based among the plan's rows
 *   Field   = {field: task|deadline|executors|result|info|extra|no, key?, header, old, new,
 *              shift?: {start, end}, added?: [..], removed?: [..]}   shift: days, positive = later;
 *                                                                   {0, 0}: the same days reworded
 *   Section = {change: added|removed|changed, match?: id|title|rows, id?, renamed, moved, renumbered,
 *              old?: {no, title, position}, new?: …}
 *   Counts  = {oldRows, newRows, unchanged, changed, moved, renumbered, added, removed,
 *              matchedByContent, sectionsAdded, sectionsRemoved, sectionsRenamed, sectionsMoved}
 *
 * Texts are as printed: rich text in its markup subset, deadlines in the plan's style, executors
 * by their printed names. A new key may be added within version 1; a key changing meaning or
 * going away raises the version.
 */
import type { Roadmap } from '../model/roadmap.js';
import type { DiffCounts, FieldChange, PlanComparison, RoadmapComparison, RowComparison, SectionComparison } from './compare.js';
import { rowTask } from './compare.js';
import type { RowEntry, SectionEntry } from './plan-rows.js';

export const DIFF_FORMAT = 'plangraf-diff';
export const DIFF_FORMAT_VERSION = 1;

export interface DiffJson {
  format: typeof DIFF_FORMAT;
  version: typeof DIFF_FORMAT_VERSION;
  old: VersionJson;
  new: VersionJson;
  related: boolean;
  summary: DiffCounts;
  plans: PlanDiffJson[];
}

export interface VersionJson {
  file: string;
  date?: string;
  number?: string;
}

export interface PlanDiffJson {
  id?: string;
  match?: PlanComparison['match'];
  old?: { index: number; title: string; rows: number };
  new?: { index: number; title: string; rows: number };
  related: boolean;
  summary: DiffCounts;
  sections: SectionDiffJson[];
  rows: RowDiffJson[];
}

export interface PlaceJson {
  no: string;
  position: number;
  section?: { no: string; title: string };
}

export interface RowDiffJson {
  change: 'added' | 'removed' | 'changed';
  match?: 'id' | 'content';
  similarity?: number;
  id?: string;
  task: string;
  old?: PlaceJson;
  new?: PlaceJson;
  moved?: 'section' | 'order';
  fields?: FieldChange[];
}

export interface SectionDiffJson {
  change: 'added' | 'removed' | 'changed';
  match?: 'id' | 'title' | 'rows';
  id?: string;
  renamed: boolean;
  moved: boolean;
  renumbered: boolean;
  old?: { no: string; title: string; position: number };
  new?: { no: string; title: string; position: number };
}

export function diffJson(c: RoadmapComparison): DiffJson {
  return {
    format: DIFF_FORMAT,
    version: DIFF_FORMAT_VERSION,
    old: version(c.old),
    new: version(c.new),
    related: c.plans.every((p) => p.related),
    summary: { ...c.counts },
    plans: c.plans.map(planJson),
  };
}

function version(r: Roadmap): VersionJson {
  const v: VersionJson = { file: r.file };
  if (r.document.date !== undefined) v.date = r.document.date;
  if (r.document.number !== undefined) v.number = r.document.number;
  return v;
}

function planJson(p: PlanComparison): PlanDiffJson {
  const out = {} as PlanDiffJson;
  const id = p.new?.plan.id ?? p.old?.plan.id;
  if (id !== undefined) out.id = id;
  if (p.match) out.match = p.match;
  if (p.old) out.old = { index: p.old.plan.index, title: p.old.plan.title, rows: p.old.rows.length };
  if (p.new) out.new = { index: p.new.plan.index, title: p.new.plan.title, rows: p.new.rows.length };
  Object.assign(out, { related: p.related, summary: { ...p.counts }, sections: [], rows: [] });
  // Two plans that share almost nothing: no row-by-row difference (diff-unrelated says why).
  if (!p.related) return out;
  out.sections = p.sections.filter((s) => s.change !== 'unchanged').map(sectionJson);
  out.rows = p.rows.filter((r) => r.change !== 'unchanged').map(rowJson);
  return out;
}

function place(r: RowEntry): PlaceJson {
  const out: PlaceJson = { no: r.label, position: r.position + 1 };
  if (r.section) out.section = { no: r.section.label, title: r.section.title };
  return out;
}

function rowJson(r: RowComparison): RowDiffJson {
  const out = { change: r.change } as RowDiffJson;
  if (r.match) out.match = r.match;
  if (r.similarity !== undefined) out.similarity = r.similarity;
  const id = r.new?.item.id ?? r.old?.item.id;
  if (id !== undefined) out.id = id;
  out.task = rowTask(r);
  if (r.old) out.old = place(r.old);
  if (r.new) out.new = place(r.new);
  if (r.moved) out.moved = r.moved;
  if (r.fields.length > 0) out.fields = r.fields.map((f) => ({ ...f }));
  return out;
}

function sectionPlace(s: SectionEntry) {
  return { no: s.label, title: s.title, position: s.position + 1 };
}

function sectionJson(s: SectionComparison): SectionDiffJson {
  const out = { change: s.change } as SectionDiffJson;
  if (s.match) out.match = s.match;
  const id = s.new?.group.id ?? s.old?.group.id;
  if (id !== undefined) out.id = id;
  Object.assign(out, { renamed: s.renamed, moved: s.moved, renumbered: s.renumbered });
  if (s.old) out.old = sectionPlace(s.old);
  if (s.new) out.new = sectionPlace(s.new);
  return out;
}
