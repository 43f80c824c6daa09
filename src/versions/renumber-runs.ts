/**
 * Rows whose number changed, gathered into runs of neighbours: rows next to each other in both
 * versions (old positions and new positions each one apart). A run is said at once:
 * «пункты 42–47 считать соответственно пунктами 41–46», «п. 42–47 → 41–46».
 */
import type { RowComparison } from './compare.js';

export interface RenumberRun {
  rows: RowComparison[];
  oldFrom: string;
  oldTo: string;
  newFrom: string;
  newTo: string;
}

/** Runs of the given rows (each with both sides), in the order given. */
export function renumberRuns(rows: readonly RowComparison[]): RenumberRun[] {
  const runs: RenumberRun[] = [];
  let current: RowComparison[] = [];
  const close = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current.at(-1)!;
    runs.push({ rows: current, oldFrom: first.old!.label, oldTo: last.old!.label, newFrom: first.new!.label, newTo: last.new!.label });
    current = [];
  };
  for (const r of rows) {
    const prev = current.at(-1);
    if (prev && (r.old!.position !== prev.old!.position + 1 || r.new!.position !== prev.new!.position + 1)) close();
    current.push(r);
  }
  close();
  return runs;
}

/** Whether the row's only change is its number. */
export function onlyRenumbered(r: RowComparison): boolean {
  return r.change === 'changed' && !r.moved && r.fields.length > 0 && r.fields.every((f) => f.field === 'no');
}
