/**
 * Signature block: the position at the left, the name flush right on the line of the position's
 * last line (or below it when they do not fit side by side: signature-line.ts); with an
 * e-signature stamp, three columns: position | framed stamp | name. Side by side: one column per
 * entry. Every text is broken into lines here at its column's width (a word wider than its column
 * is cut as Word cuts it). The block is unbreakable (a block taller than a page is broken by the
 * layout guard rather than dropped), and a keep rule (keep.ts) moves the block before it along
 * when the signature would start a page alone.
 */
import type { ParagraphStyleName, SignatureBlock, SignatureEntry } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { paragraphToPdf } from './paragraph.js';
import { nameFitsBeside } from '../signature-line.js';
import { mmToPt } from '../units.js';
import { lineHeightPt } from '../line-height.js';
import { layoutLines } from '../text-height.js';

/** `spaceBefore`: the gap above the block, points (theme.signature.spaceBefore unless a spacer made one). */
export function signatureToPdf(node: SignatureBlock, ctx: PdfContext, spaceBefore = 0): PdfNode {
  const entries =
    node.layout === 'side-by-side' && node.entries.length > 1
      ? [sideBySide(node.entries, ctx)]
      : node.entries.flatMap((e, i) => [...(i > 0 ? [blankLine()] : []), e.esignature ? entryWithStamp(e, ctx) : plainEntry(e, ctx, ctx.width)]);
  return { stack: entries, unbreakable: true, ...(spaceBefore > 0 ? { marginTop: spaceBefore } : {}) };
}

const blankLine = (): PdfNode => ({ text: ' ', style: 'signature', leadingIndent: 0 });

/**
 * The height of a signature block without e-signature stamps, points (`undefined` with one: its
 * frame is not estimated): position lines, the name's own line when it does not fit beside the
 * last, a blank line between entries, and `spaceBefore`.
 */
export function signatureHeight(node: SignatureBlock, ctx: PdfContext, spaceBefore: number): number | undefined {
  if (node.entries.some((e) => e.esignature)) return undefined;
  const line = lineHeightPt(ctx.theme.styles.signature.size, ctx.theme.styles.signature.lineSpacing, ctx.metrics);
  const sideBySide = node.layout === 'side-by-side' && node.entries.length > 1;
  const width = sideBySide ? (ctx.width - mmToPt(ctx.theme.signature.gutter) * (node.entries.length - 1)) / node.entries.length : ctx.width;
  const lines = node.entries.map((e) => {
    const position = e.position.length > 0 ? e.position : [''];
    const own = nameFitsBeside(position.at(-1) ?? '', e.name, width, ctx.theme, ctx.metrics) ? 0 : 1;
    return position.reduce((n, text) => n + layoutLines({ type: 'paragraph', style: 'signature', runs: [{ text }] }, width, ctx.theme, ctx.metrics, false).length, 0) + own;
  });
  const total = sideBySide ? Math.max(...lines) : lines.reduce((a, b) => a + b, 0) + (node.entries.length - 1);
  return spaceBefore + total * line;
}

/** Signatures side by side: columns of equal width with the theme's gutter between them. */
function sideBySide(entries: SignatureEntry[], ctx: PdfContext): PdfNode {
  const gutter = mmToPt(ctx.theme.signature.gutter);
  const width = (ctx.width - gutter * (entries.length - 1)) / entries.length;
  return { columns: entries.map((e) => ({ width, stack: entryInColumn(e, ctx, width) })), columnGap: gutter };
}

/** `text` as a paragraph broken into lines `width` points wide. */
function textIn(text: string, width: number, ctx: PdfContext, align: 'left' | 'right' | 'center' = 'left', style: ParagraphStyleName = 'signature', bold?: boolean): PdfNode {
  const paragraph = paragraphToPdf({ type: 'paragraph', style, runs: [{ text }], align, ...(bold !== undefined ? { bold } : {}) }, { ...ctx, width, prebreak: true });
  return { ...paragraph, leadingIndent: 0 };
}

/** Position lines; the last one shares its line with the name, flush right, when both fit on it. */
function plainEntry(entry: SignatureEntry, ctx: PdfContext, width: number): PdfNode {
  const position = entry.position.length > 0 ? entry.position : [''];
  const last = position.at(-1) ?? '';
  const before = position.slice(0, -1).map((text) => textIn(text, width, ctx));
  if (!nameFitsBeside(last, entry.name, width, ctx.theme, ctx.metrics)) {
    return { stack: [...before, textIn(last, width, ctx), textIn(entry.name, width, ctx, 'right')] };
  }
  return {
    stack: [
      ...before,
      {
        columns: [
          { width: '*', ...textIn(last, width, ctx) },
          { width: 'auto', text: entry.name, style: 'signature', alignment: 'right', leadingIndent: 0 },
        ],
        columnGap: 0,
      },
    ],
  };
}

function entryWithStamp(entry: SignatureEntry, ctx: PdfContext): PdfNode {
  const { signature } = ctx.theme;
  const positionWidth = ctx.width * signature.positionWidth;
  const stampWidth = ctx.width * signature.esignatureWidth;
  const nameWidth = ctx.width - positionWidth - stampWidth;
  const nameLine = [...entry.position.slice(1).map(() => textIn(' ', nameWidth, ctx)), textIn(entry.name, nameWidth, ctx, 'right')];
  return {
    columns: [
      { width: positionWidth, stack: entry.position.map((text) => textIn(text, positionWidth, ctx)) },
      { width: stampWidth, stack: [stampBox(entry, ctx, stampWidth)] },
      { width: '*', stack: nameLine },
    ],
    columnGap: 0,
  };
}

function entryInColumn(entry: SignatureEntry, ctx: PdfContext, columnWidth: number): PdfNode[] {
  if (!entry.esignature) return [plainEntry(entry, ctx, columnWidth)];
  return [
    ...entry.position.map((text) => textIn(text, columnWidth, ctx)),
    stampBox(entry, ctx, columnWidth),
    textIn(entry.name, columnWidth, ctx, 'right'),
  ];
}

/**
 * The framed e-signature stamp: a one-cell table of the column's width. The width is given in
 * points, not '*': pdfmake widens a '*' table to its longest unbreakable word (a certificate
 * number), which pushed the frame over the name; with a fixed width such a word is cut instead.
 */
function stampBox(entry: SignatureEntry, ctx: PdfContext, outerWidth: number): PdfNode {
  const border = ctx.theme.signature.esignatureBorder;
  const pad = mmToPt(ctx.theme.table.cellPadding);
  const inner = Math.max(1, outerWidth - 2 * pad - 2 * border);
  return {
    table: {
      widths: [inner],
      body: [[{ stack: (entry.esignature?.lines ?? []).map((text, i) => textIn(text, inner, ctx, i === 0 ? 'center' : 'left', 'small', i === 0)) }]],
    },
    layout: {
      hLineWidth: () => border,
      vLineWidth: () => border,
      paddingLeft: () => pad,
      paddingRight: () => pad,
      paddingTop: () => pad,
      paddingBottom: () => pad,
    },
  };
}
