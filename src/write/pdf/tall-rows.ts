/**
 * The too-tall-row guard. pdfmake with `dontBreakRows: true` silently drops a row taller than a
 * page (pdfmake issues 961, 1159, 2560). We estimate every row's height from the font metrics;
 * a row taller than `budget` is cut into continuation rows that each fit a page (its cells'
 * paragraphs are cut at line boundaries), and the table draws no line between a row and its
 * continuations. So every row stays unbreakable and nothing is lost.
 */
import type { Paragraph, Run, TableRow } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import { estimateCellHeight, layoutLines, lineHeightOf } from '../text-height.js';
import type { LineCache, Token } from '../text-height.js';
import { mmToPt } from '../units.js';

export interface CutRow {
  row: TableRow;
  /** True for the second and later pieces of a cut row. */
  continuation: boolean;
}

/** Rebuilds a paragraph from a slice of its lines (runs regrouped; bullet only on the first piece). */
function paragraphFromLines(p: Paragraph, lines: Token[][], first: boolean): Paragraph {
  const runs: Run[] = [];
  let previous: Run | undefined;
  for (const token of lines.flat()) {
    const last = runs.at(-1);
    const { text: _t, breakBefore, ...format } = token.run;
    // A run that starts on a line of its own (an executor per line) keeps its line break, unless
    // it starts the piece; its later tokens continue it.
    const breaks = breakBefore === true && token.run !== previous && last !== undefined;
    previous = token.run;
    if (last && !breaks && sameFormat(last, format)) last.text += token.text;
    else runs.push({ ...format, ...(breaks ? { breakBefore: true } : {}), text: token.text });
  }
  const piece: Paragraph = { ...p, runs };
  if (!first) {
    delete piece.bullet;
    delete piece.spaceBefore;
  }
  return piece;
}

function sameFormat(a: Run, b: Omit<Run, 'text'>): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link && a.characterSpacing === b.characterSpacing && a.field === b.field;
}

/**
 * Cuts `row` into pieces no taller than `budget` points, the first no taller than `firstBudget`
 * (the room left on a page). `widths`: the text width of each cell, points. Rows that fit come
 * back unchanged.
 */
export function cutTallRow(row: TableRow, widths: number[], budget: number, theme: Theme, m: FontMetrics, bold = false, cache?: LineCache, firstBudget = budget): CutRow[] {
  let tallest = 0;
  row.cells.forEach((c, i) => (tallest = Math.max(tallest, estimateCellHeight(c.blocks, widths[i] ?? 0, theme, m, bold || c.bold, cache))));
  if (tallest <= Math.min(budget, firstBudget)) return [{ row, continuation: false }];
  // Each cell's content as pieces of at most `budget` height (the first: `firstBudget`).
  const pieces = row.cells.map((cell, i) => {
    const out: Paragraph[][] = [[]];
    let used = 0;
    // The first piece may have less room (the rest of a page under the table's lead-in).
    const limit = () => (out.length === 1 ? firstBudget : budget);
    for (const p of cell.blocks) {
      const lh = lineHeightOf(p, theme, m);
      const lines = layoutLines(p, (widths[i] ?? 0) - (p.bullet ? mmToPt(theme.indent.bullet) : 0), theme, m, bold || cell.bold === true, cache);
      let start = 0;
      while (start < lines.length) {
        const room = Math.max(1, Math.floor((limit() - used) / lh));
        if (limit() - used < lh && ((out.at(-1)?.length ?? 0) > 0 || (out.length === 1 && firstBudget < budget))) {
          out.push([]);
          used = 0;
          continue;
        }
        const take = Math.min(room, lines.length - start);
        out.at(-1)?.push(paragraphFromLines(p, lines.slice(start, start + take), start === 0));
        used += take * lh;
        start += take;
      }
    }
    return out;
  });
  const count = Math.max(...pieces.map((p) => p.length));
  return Array.from({ length: count }, (_, k) => ({
    continuation: k > 0,
    row: {
      ...row,
      cells: row.cells.map((cell, i) => ({ ...cell, blocks: pieces[i]?.[k] ?? [] })),
    },
  }));
}
