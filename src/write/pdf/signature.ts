/**
 * Signature block: the position at the left, the name flush right on the line of the position's
 * last line; with an e-signature stamp, three columns: position | framed stamp | name. Side by
 * side: one column per entry. The block is unbreakable, and a keep rule (keep.ts) moves the
 * block before it along when the signature would start a page alone.
 */
import type { SignatureBlock, SignatureEntry } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { mmToPt } from '../units.js';

/** `spaceBefore`: the gap above the block, points (theme.signature.spaceBefore unless a spacer made one). */
export function signatureToPdf(node: SignatureBlock, ctx: PdfContext, spaceBefore = 0): PdfNode {
  const entries =
    node.layout === 'side-by-side' && node.entries.length > 1
      ? [{ columns: node.entries.map((e) => ({ width: '*', stack: entryInColumn(e, ctx, ctx.width / node.entries.length) })), columnGap: 0 }]
      : node.entries.flatMap((e, i) => [...(i > 0 ? [blankLine()] : []), e.esignature ? entryWithStamp(e, ctx) : plainEntry(e)]);
  return { stack: entries, unbreakable: true, ...(spaceBefore > 0 ? { marginTop: spaceBefore } : {}) };
}

const blankLine = (): PdfNode => ({ text: ' ', style: 'signature', leadingIndent: 0 });

const line = (text: string): PdfNode => ({ text, style: 'signature', alignment: 'left', leadingIndent: 0 });

/** Position lines; the last one shares its line with the name, flush right. */
function plainEntry(entry: SignatureEntry): PdfNode {
  const position = entry.position.length > 0 ? entry.position : [''];
  return {
    stack: [
      ...position.slice(0, -1).map(line),
      {
        columns: [
          { width: '*', ...line(position.at(-1) ?? '') },
          { width: 'auto', text: entry.name, style: 'signature', alignment: 'right', leadingIndent: 0 },
        ],
        columnGap: 0,
      },
    ],
  };
}

function entryWithStamp(entry: SignatureEntry, ctx: PdfContext): PdfNode {
  const { signature } = ctx.theme;
  const nameLine = [...entry.position.slice(1).map(() => line(' ')), { text: entry.name, style: 'signature', alignment: 'right', leadingIndent: 0 }];
  return {
    columns: [
      { width: ctx.width * signature.positionWidth, stack: entry.position.map(line) },
      { width: ctx.width * signature.esignatureWidth, stack: [stampBox(entry, ctx, ctx.width * signature.esignatureWidth)] },
      { width: '*', stack: nameLine },
    ],
    columnGap: 0,
  };
}

function entryInColumn(entry: SignatureEntry, ctx: PdfContext, columnWidth: number): PdfNode[] {
  if (!entry.esignature) return [plainEntry(entry)];
  return [
    ...entry.position.map(line),
    stampBox(entry, ctx, columnWidth),
    { text: entry.name, style: 'signature', alignment: 'right', leadingIndent: 0 },
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
  return {
    table: {
      widths: [Math.max(1, outerWidth - 2 * pad - 2 * border)],
      body: [[{
        stack: (entry.esignature?.lines ?? []).map((text, i) => ({
          text,
          style: 'small',
          leadingIndent: 0,
          alignment: i === 0 ? 'center' : 'left',
          bold: i === 0,
        })),
      }]],
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
