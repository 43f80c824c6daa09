/**
 * The rows an amending order leaves as they were: rows of this version whose partner in the
 * previous version differs at most in its number. They stay approved by the amended act; the
 * others (added, changed, moved) are approved by the amending order itself. Lint rule
 * item-before-approval compares each row with the date of the act that approves it.
 */
import type { Item, Roadmap } from '../model/roadmap.js';
import { compareRoadmaps } from './compare.js';

export function keptRows(roadmap: Roadmap): Set<Item> {
  const previous = roadmap.document.amends?.previous;
  const kept = new Set<Item>();
  if (!previous) return kept;
  for (const p of compareRoadmaps(previous, roadmap).plans) {
    for (const r of p.rows) {
      if (!r.new || !r.old || r.moved) continue;
      if (r.fields.every((f) => f.field === 'no')) kept.add(r.new.original);
    }
  }
  return kept;
}
