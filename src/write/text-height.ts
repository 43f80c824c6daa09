/**
 * Text height estimates from the font's metrics (Tinos is metric-compatible with Times New Roman,
 * so they serve the DOCX writer too): greedy line breaking at spaces, per-character advances.
 */
import type { Paragraph, Run } from '../model/document.js';
import type { Theme } from '../model/theme.js';
import type { FontMetrics } from './measure.js';
import { mmToPt } from './units.js';

/**
 * Share of the page a row may be estimated at before it counts as taller than a page: the
 * estimate ignores kerning and each writer's rounding, so it keeps a margin.
 */
export const ESTIMATE_SAFETY = 0.85;

export interface Token {
  text: string;
  run: Run;
}

/** A paragraph as lines of tokens (words with their trailing spaces). */
export function layoutLines(p: Paragraph, width: number, theme: Theme, m: FontMetrics, boldCell: boolean): Token[][] {
  const style = theme.styles[p.style];
  const bold = (run: Run) => run.bold ?? p.bold ?? (boldCell || (style.bold ?? false));
  const lines: Token[][] = [[]];
  let x = p.bullet ? 0 : (style.firstLineIndent ? mmToPt(style.firstLineIndent) : 0);
  for (const run of p.runs) {
    const parts = run.text.split(/(?<=[ \n])/).flatMap((part) => splitWide(part, width, (t) => m.width(t, bold(run)) * style.size));
    parts.forEach((part, i) => {
      if (i === 0 && run.breakBefore && (lines.at(-1)?.length ?? 0) > 0) {
        lines.push([]);
        x = 0;
      }
      const w = m.width(part, bold(run)) * style.size;
      // Trailing spaces may hang past the line end (pdfmake cuts them, Word lets them hang).
      const fit = part.endsWith(' ') ? m.width(part.trimEnd(), bold(run)) * style.size : w;
      if (x + fit > width && (lines.at(-1)?.length ?? 0) > 0) {
        lines.push([]);
        x = 0;
      }
      lines.at(-1)?.push({ text: part, run });
      x += w;
      if (part.endsWith('\n')) {
        lines.push([]);
        x = 0;
      }
    });
  }
  return lines;
}

/**
 * A word wider than the line, as the writers break it: at its no-break spaces first, then after
 * «/», «-» or «.» (URLs, long compounds), then at the last character that fits (pdfmake cuts such
 * words; Word and LibreOffice do the same).
 */
function splitWide(part: string, width: number, measure: (t: string) => number): string[] {
  if (width <= 0 || measure(part.trimEnd()) <= width) return [part];
  const groups = part.includes('\u00a0') ? part.split(/(?<=\u00a0)/) : part.split(/(?<=[/.\-](?![/.\-]))(?=.)/);
  if (groups.length > 1) return groups.flatMap((g) => splitWide(g, width, measure));
  const out: string[] = [];
  for (const g of groups) {
    if (measure(g.trimEnd()) <= width) {
      out.push(g);
      continue;
    }
    let piece = '';
    let w = 0;
    for (const ch of g) {
      const cw = measure(ch);
      if (piece && w + cw > width) {
        out.push(piece);
        piece = '';
        w = 0;
      }
      piece += ch;
      w += cw;
    }
    if (piece) out.push(piece);
  }
  return out;
}

export const lineHeightOf = (p: Paragraph, theme: Theme, m: FontMetrics) =>
  theme.styles[p.style].size * theme.styles[p.style].lineSpacing * m.lineHeight;

/** Estimated height of a cell's paragraphs at `width` points. */
export function estimateCellHeight(blocks: Paragraph[], width: number, theme: Theme, m: FontMetrics, bold = false): number {
  return blocks.reduce((h, p) => {
    const s = theme.styles[p.style];
    const lines = layoutLines(p, width - (p.bullet ? mmToPt(theme.indent.bullet) : 0), theme, m, bold).length;
    return h + lines * lineHeightOf(p, theme, m) + (s.spaceBefore ?? 0) + (s.spaceAfter ?? 0);
  }, 0);
}

