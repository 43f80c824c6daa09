/**
 * Some rows of a plan printed outside its plan-graph — the rows a point of an amending order
 * restates or adds — as a table of the plan's columns without its header, each row (and section
 * row) with the number it is given, not one counted afresh.
 *
 *   rows 20 and 48 of a continuous plan → a 2-row table: «20. | Участие в конкурсе … | …», «48. | …»
 *
 * The plan's column widths are made for a landscape page; on the narrower page of an order a
 * column may get too narrow for its longest word («01.03.2022», «общеобразовательных»), which
 * would then be cut. Each column is widened to its longest word (measured in the table's font)
 * at the expense of the columns with room to spare, when the words fit side by side at all.
 */
import type { Block, Table } from '../model/document.js';
import { tinosMetrics } from '../write/measure.js';
import { textWidthMm } from '../write/units.js';
import type { Group, Item, Plan, PlanEntry } from '../model/roadmap.js';
import type { ComposeContext } from './context.js';
import { composePlanTable } from './plan-table.js';
import { fitColumns } from './table-width.js';

/** `entries` carry their numbers (`no`, as numbering gives them); `numbers` may give a row another one (by item). */
export function planRowsTable(
  ctx: ComposeContext,
  plan: Plan,
  entries: readonly PlanEntry[],
  orientation: 'portrait' | 'landscape',
  numbers: ReadonlyMap<Item, string> = new Map(),
): Block[] {
  const printed = (no: string | undefined, explicitNo: string | undefined) =>
    no === undefined ? undefined : plan.numberDot || explicitNo !== undefined ? no : no.replace(/\.$/, '');
  const asGiven = (entry: PlanEntry): PlanEntry => {
    if (entry.type === 'item') {
      const out: Item = { ...entry };
      const no = numbers.get(entry) ?? printed(entry.no, entry.explicitNo);
      if (no === undefined) delete out.explicitNo;
      else out.explicitNo = no;
      return out;
    }
    const out: Group = { ...entry, entries: entry.entries.map(asGiven) };
    const no = printed(entry.no, entry.explicitNo);
    if (no === undefined) delete out.explicitNo;
    else out.explicitNo = no;
    return out;
  };
  const table = composePlanTable(ctx, { ...plan, numbering: 'explicit', entries: entries.map(asGiven) });
  table.head = [];
  table.repeatHead = 'none';
  widenForWords(ctx, table, orientation);
  const number = plan.columns.findIndex((c) => c.role === 'number');
  return fitColumns(ctx, table, orientation, {
    headers: plan.columns.map((c) => c.header),
    repeated: [number >= 0 ? number : 0],
    locOf: (i) => plan.columns[i]?.loc ?? plan.loc,
  });
}

/** Column widths that give every column its longest word, taken from columns with room (unchanged when the words do not fit). */
function widenForWords(ctx: ComposeContext, table: Table, orientation: 'portrait' | 'landscape'): void {
  const metrics = tinosMetrics();
  const points = ctx.theme.styles.table.size;
  const padding = 2 * ctx.theme.table.cellPadding;
  const total = textWidthMm(ctx.theme, orientation);
  const need = table.columns.map(() => 0);
  for (const row of table.rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      if (span === 1) {
        for (const p of cell.blocks) {
          for (const run of p.runs) {
            const bold = run.bold === true || p.bold === true || cell.bold === true;
            for (const word of run.text.split(/\s+/)) {
              // Millimetres, with a little room for rounding in the writers.
              const mm = (metrics.width(word, bold) * points * 25.4) / 72 + padding + 0.5;
              if (mm > need[column]!) need[column] = mm;
            }
          }
        }
      }
      column += span;
    }
  }
  if (need.reduce((a, b) => a + b, 0) > total) return;
  const weight = table.columns.map((c) => c.width);
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const free = total - [...fixed].reduce((a, i) => a + need[i]!, 0);
    const freeWeight = weight.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    widths = weight.map((w, i) => (fixed.has(i) ? need[i]! : (w / freeWeight) * free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < need[i]!);
    if (short < 0) break;
    widths.forEach((w, i) => {
      if (!fixed.has(i) && w < need[i]!) fixed.add(i);
    });
    if (fixed.size === widths.length) break;
  }
  table.columns = widths.map((width) => ({ width }));
}
