/**
 * IR paragraph → a pdfmake text node naming its style; bullets get a hanging marker column. The
 * marker stands at the paragraph's left edge and the text `theme.indent.bullet` to its right, on
 * every line, as the DOCX's hanging indent puts them: neither takes the style's first-line indent.
 */
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
 * A text node of pre-broken pieces, measured by measure-pieces.ts. pdfmake only asks whether its
 * `text` is empty (a node of pieces never was for it): the first piece's text (not a copy of all
 * of it, which a large plan would keep to the end of layout) or a space stands for it.
 */
function piecesNode(pieces: PdfNode[]): PdfNode {
  return { text: (pieces[0]?.text as string | undefined) || ' ', [PIECES]: pieces };
}

export function paragraphToPdf(node: Paragraph, ctx: PdfContext, over: ParagraphOverrides = {}): PdfNode {
  const { theme } = ctx;
  const bold = node.bold ?? over.bold;
  const align = node.align ?? over.align;
  const style = theme.styles[node.style];
  const list = node.list;
  const markerWidth = list ? mmToPt(list.numbered ? theme.list.numberWidth : theme.list.bulletWidth) : node.bullet ? mmToPt(theme.indent.bullet) : 0;
  const left = list ? mmToPt(list.depth * theme.list.indent) : node.level ? mmToPt(node.level * theme.indent.level) : 0;
  const lineWidth = ctx.width - left - markerWidth;
  const fit = { width: lineWidth, size: style.size, metrics: ctx.metrics, indent: node.bullet || list || !style.firstLineIndent ? 0 : mmToPt(style.firstLineIndent) };
  const prebreak = ctx.prebreak && (align ?? style.align) !== 'justify' && !style.allCaps && !node.runs.some((r) => r.characterSpacing || r.field);
  const text: PdfNode = prebreak
    ? piecesNode(pdfLines(layoutLines(node, lineWidth, theme, ctx.metrics, false, ctx.lines, bold), { bold, links: theme.typography.links }))
    : { text: pdfRuns(node.runs, { bold, allCaps: style.allCaps, links: theme.typography.links }, fit) };
  text.style = node.style;
  if (align) text.alignment = align;
  if (bold !== undefined) text.bold = bold;
  // A list item's marker (or a bullet's) hangs in a column of its own left of the text.
  const marker = list ? list.marker : node.bullet ? theme.bullet : undefined;
  const wrap: PdfNode = marker !== undefined
    ? {
        style: node.style,
        columns: [
          // The wrapper names the style for the marker's font; its first-line indent and alignment are not the marker's.
          { width: markerWidth, text: marker, leadingIndent: 0, alignment: 'left', ...(bold !== undefined ? { bold } : {}) },
          { width: '*', ...text, leadingIndent: 0, marginTop: 0, marginBottom: 0 },
        ],
        columnGap: 0,
      }
    : text;
  if (left) wrap.marginLeft = left;
  if (node.spaceBefore !== undefined) wrap.marginTop = node.spaceBefore;
  return wrap;
}
