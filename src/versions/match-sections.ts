/**
 * Which section (group) of the new version is which of the old one: by `id`; then by the same
 * title; then by their rows (most of a section's matched rows went to one section, and most of
 * that section's rows came from it: a renamed section); last by alike titles. Sections of two
 * different ids are never paired.
 */
import type { RowPair } from './match-rows.js';
import type { PlanRows, SectionEntry } from './plan-rows.js';
import { foldedText, similarity, wordBag } from './text-similarity.js';
import { CONTENT_THRESHOLD } from './match-rows.js';

export interface SectionPair {
  old: SectionEntry;
  new: SectionEntry;
  by: 'id' | 'title' | 'rows';
}

export interface SectionMatching {
  pairs: SectionPair[];
  added: SectionEntry[];
  removed: SectionEntry[];
  /** Old section → its partner in the new version. */
  partner: Map<SectionEntry, SectionEntry>;
}

export function matchSections(oldRows: PlanRows, newRows: PlanRows, rowPairs: readonly RowPair[]): SectionMatching {
  const pairs: SectionPair[] = [];
  const partner = new Map<SectionEntry, SectionEntry>();
  const oldFree = new Set(oldRows.sections);
  const newFree = new Set(newRows.sections);
  const take = (o: SectionEntry, n: SectionEntry, by: SectionPair['by']) => {
    pairs.push({ old: o, new: n, by });
    partner.set(o, n);
    oldFree.delete(o);
    newFree.delete(n);
  };
  const mayPair = (o: SectionEntry, n: SectionEntry) => o.group.id === undefined || n.group.id === undefined;

  const byId = new Map<string, SectionEntry>();
  for (const n of newRows.sections) if (n.group.id !== undefined) byId.set(n.group.id, n);
  for (const o of oldRows.sections) {
    const n = o.group.id === undefined ? undefined : byId.get(o.group.id);
    if (n) take(o, n, 'id');
  }

  const title = (s: SectionEntry) => foldedText(s.title).toLocaleLowerCase('ru-RU');
  for (const o of [...oldFree]) {
    const n = [...newFree].find((x) => mayPair(o, x) && title(x) === title(o));
    if (n) take(o, n, 'title');
  }

  // By rows: where the old section's matched rows went.
  const rowPartner = new Map(rowPairs.map((p) => [p.old, p.new]));
  const matchedIn = (s: SectionEntry) => s.rows.filter((r) => rowPartner.has(r)).length;
  const cameFrom = new Map<SectionEntry, Map<SectionEntry, number>>();
  for (const p of rowPairs) {
    if (!p.old.section || !p.new.section) continue;
    const counts = cameFrom.get(p.old.section) ?? new Map<SectionEntry, number>();
    counts.set(p.new.section, (counts.get(p.new.section) ?? 0) + 1);
    cameFrom.set(p.old.section, counts);
  }
  const newMatched = new Map<SectionEntry, number>();
  for (const p of rowPairs) if (p.new.section) newMatched.set(p.new.section, (newMatched.get(p.new.section) ?? 0) + 1);
  for (const o of [...oldFree]) {
    const counts = cameFrom.get(o);
    if (!counts) continue;
    let best: SectionEntry | undefined;
    let bestCount = 0;
    for (const [n, c] of counts) if (newFree.has(n) && mayPair(o, n) && c > bestCount) [best, bestCount] = [n, c];
    if (best && bestCount * 2 > matchedIn(o) && bestCount * 2 > (newMatched.get(best) ?? 0)) take(o, best, 'rows');
  }

  // Alike titles, best first.
  const scored: { o: SectionEntry; n: SectionEntry; s: number }[] = [];
  for (const o of oldFree) {
    for (const n of newFree) {
      if (!mayPair(o, n)) continue;
      const s = similarity(wordBag(o.title), wordBag(n.title));
      if (s >= CONTENT_THRESHOLD) scored.push({ o, n, s });
    }
  }
  scored.sort((a, b) => b.s - a.s || a.o.position - b.o.position || a.n.position - b.n.position);
  for (const { o, n } of scored) if (oldFree.has(o) && newFree.has(n)) take(o, n, 'title');

  pairs.sort((a, b) => a.old.position - b.old.position);
  return {
    pairs,
    partner,
    added: newRows.sections.filter((s) => newFree.has(s)),
    removed: oldRows.sections.filter((s) => oldFree.has(s)),
  };
}
