/**
 * «14.02.2022 … № 50»: left runs at the left margin, right runs flush right, on one line. The
 * right part takes its own width but at most half the line (a hostile «number» of a thousand
 * characters took the whole line and ran off the page); words wider than their part are cut.
 */
import type { Run, SplitLine } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { pdfRuns } from './runs.js';

export function splitLineToPdf(node: SplitLine, ctx: PdfContext): PdfNode {
  const { size } = ctx.theme.styles[node.style];
  const natural = textWidth(node.right, ctx, size);
  const right = natural <= ctx.width / 2 ? undefined : ctx.width / 2;
  const fit = (width: number) => ({ width, size, metrics: ctx.metrics });
  return {
    style: node.style,
    columns: [
      { width: '*', text: pdfRuns(node.left, { links: ctx.theme.typography.links }, fit(ctx.width - (right ?? natural))), alignment: 'left', leadingIndent: 0 },
      { width: right ?? 'auto', text: pdfRuns(node.right, { links: ctx.theme.typography.links }, fit(right ?? ctx.width / 2)), alignment: 'right', leadingIndent: 0 },
    ],
  };
}

/** The width of runs on one line, points. */
function textWidth(runs: Run[], ctx: PdfContext, size: number): number {
  return runs.reduce((w, r) => w + ctx.metrics.width(r.text, r.bold === true) * size + (r.characterSpacing ?? 0) * r.text.length, 0);
}
