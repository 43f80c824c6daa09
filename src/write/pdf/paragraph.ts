/** IR paragraph → a pdfmake text node naming its style; bullets get a hanging marker column. */
import type { Paragraph } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { PIECES } from './measure-pieces.js';
import { pdfLines, pdfRuns } from './runs.js';
import { layoutLines } from '../text-height.js';
import { mmToPt } from '../units.js';

export interface ParagraphOverrides {
  bold?: boolean;
  align?: Paragraph['align'];
}

/**
 * A text node of pre-broken pieces, measured by measure-pieces.ts: `text` is only the plain text
 * (never empty, as a node of pieces never was for pdfmake).
 */
function piecesNode(pieces: PdfNode[]): PdfNode {
  return { text: pieces.map((p) => p.text).join('') || ' ', [PIECES]: pieces };
}

export function paragraphToPdf(node: Paragraph, ctx: PdfContext, over: ParagraphOverrides = {}): PdfNode {
  const { theme } = ctx;
  const bold = node.bold ?? over.bold;
  const align = node.align ?? over.align;
  const style = theme.styles[node.style];
  const left = node.level ? mmToPt(node.level * theme.indent.level) : 0;
  const lineWidth = ctx.width - left - (node.bullet ? mmToPt(theme.indent.bullet) : 0);
  const fit = { width: lineWidth, size: style.size, metrics: ctx.metrics };
  const prebreak = ctx.prebreak && (align ?? style.align) !== 'justify' && !style.allCaps && !node.runs.some((r) => r.characterSpacing || r.field);
  const text: PdfNode = prebreak
    ? piecesNode(pdfLines(layoutLines(node, lineWidth, theme, ctx.metrics, false, ctx.lines, bold), { bold }))
    : { text: pdfRuns(node.runs, { bold, allCaps: style.allCaps }, fit) };
  text.style = node.style;
  if (align) text.alignment = align;
  if (bold !== undefined) text.bold = bold;
  const wrap: PdfNode = node.bullet
    ? {
        style: node.style,
        columns: [
          { width: mmToPt(theme.indent.bullet), text: theme.bullet, ...(bold !== undefined ? { bold } : {}) },
          { width: '*', ...text, leadingIndent: 0, marginTop: 0, marginBottom: 0 },
        ],
        columnGap: 0,
      }
    : text;
  if (left) wrap.marginLeft = left;
  if (node.spaceBefore !== undefined) wrap.marginTop = node.spaceBefore;
  return wrap;
}
