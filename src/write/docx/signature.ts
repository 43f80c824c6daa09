/**
 * Signature block: the position at the left margin, the name flush right on the line of the
 * position's last line (a right tab stop at the available width). With an e-signature stamp the
 * entry becomes a borderless three-column table: position | framed stamp | name. Side by side:
 * a borderless table with one column per entry. Every paragraph but the last keeps with the next,
 * so the block never breaks (and the dispatcher keeps the block before it on the same page).
 */
import {
  BorderStyle,
  AlignmentType,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { styleId } from './styles.js';
import type { FileChild } from 'docx';
import type { SignatureBlock, SignatureEntry } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { mmToTwip, proportionalWidths } from '../units.js';
import { spacerToDocx } from './spacer.js';
import { nameFitsBeside } from '../signature-line.js';

export function signatureToDocx(node: SignatureBlock, ctx: DocxContext, flags: BlockFlags = {}): FileChild[] {
  // The gap above the signature (theme.signature.spaceBefore), unless a spacer already made one:
  // an exact-height empty paragraph kept with the signature (the first piece may be a table).
  const gap = flags.afterSpacer ? 0 : ctx.theme.signature.spaceBefore;
  const block = signatureBody(node, ctx, gap > 0 ? { ...flags, breakBefore: false } : flags);
  return gap > 0 ? [spacerToDocx({ type: 'spacer', height: gap }, ctx, { keepNext: true, breakBefore: flags.breakBefore }), ...block] : block;
}

function signatureBody(node: SignatureBlock, ctx: DocxContext, flags: BlockFlags): FileChild[] {
  if (node.layout === 'side-by-side' && node.entries.length > 1) {
    // Columns of equal width with the theme's gutter between them (empty cells).
    const gutter = mmToTwip(ctx.theme.signature.gutter);
    const n = node.entries.length;
    const columns = proportionalWidths(node.entries.map(() => 1), ctx.width - gutter * (n - 1));
    const widths = columns.flatMap((w, i) => (i > 0 ? [gutter, w] : [w]));
    const gap = () => new DocxTableCell({ width: { size: gutter, type: WidthType.DXA }, children: [new DocxParagraph({ style: styleId('signature') })] });
    return [
      borderless(widths, [
        node.entries.flatMap((entry, i) => {
          const width = columns[i] ?? 0;
          const cell = new DocxTableCell({ width: { size: width, type: WidthType.DXA }, children: entryInColumn(entry, { ...ctx, width }) });
          return i > 0 ? [gap(), cell] : [cell];
        }),
      ]),
    ];
  }
  const out: FileChild[] = [];
  node.entries.forEach((entry, i) => {
    if (i > 0) out.push(line([], ctx, true));
    out.push(...(entry.esignature ? [entryWithStamp(entry, ctx)] : plainEntry(entry, ctx, i === node.entries.length - 1)));
  });
  if (flags.breakBefore && out[0] instanceof DocxParagraph) out.unshift(new DocxParagraph({ pageBreakBefore: true, style: styleId('signature') }));
  return out;
}

/**
 * Position lines; the last one carries a tab and the name at the right tab stop, or, when the two
 * do not fit on one line (signature-line.ts, the PDF's rule too), the name follows in a paragraph
 * of its own, flush right.
 */
function plainEntry(entry: SignatureEntry, ctx: DocxContext, last: boolean): DocxParagraph[] {
  const position = entry.position.length > 0 ? entry.position : [''];
  const beside = nameFitsBeside(position.at(-1) ?? '', entry.name, ctx.width / 20, ctx.theme, ctx.metrics);
  const lines = position.map((text, i) => {
    const isLast = i === position.length - 1;
    const runs = isLast && beside ? [new TextRun({ text }), new TextRun({ text: `\t${entry.name}` })] : [new TextRun({ text })];
    return line(runs, ctx, !(isLast && beside && last));
  });
  if (!beside) lines.push(new DocxParagraph({ style: styleId('signature'), alignment: AlignmentType.RIGHT, keepNext: !last || undefined, children: [new TextRun({ text: entry.name })] }));
  return lines;
}

function line(children: TextRun[], ctx: DocxContext, keepNext: boolean): DocxParagraph {
  return new DocxParagraph({
    style: styleId('signature'),
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.width }],
    keepNext: keepNext || undefined,
    children,
  });
}

/** Position | framed e-signature stamp | name (on the line of the position's last line). */
function entryWithStamp(entry: SignatureEntry, ctx: DocxContext): DocxTable {
  const { theme } = ctx;
  const widths = proportionalWidths(
    [theme.signature.positionWidth, theme.signature.esignatureWidth, 1 - theme.signature.positionWidth - theme.signature.esignatureWidth],
    ctx.width,
  );
  const cell = (i: number, children: Array<DocxParagraph | DocxTable>) =>
    new DocxTableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children });
  const blanks = entry.position.slice(1).map(() => new DocxParagraph({ style: styleId('signature'), keepNext: true }));
  return borderless(widths, [
    [
      cell(0, entry.position.map((text) => new DocxParagraph({ style: styleId('signature'), keepNext: true, children: [new TextRun({ text })] }))),
      cell(1, [stampTable(entry, { ...ctx, width: widths[1] ?? 0 }), new DocxParagraph({ style: styleId('small') })]),
      cell(2, [...blanks, new DocxParagraph({ style: styleId('signature'), alignment: AlignmentType.RIGHT, children: [new TextRun({ text: entry.name })] })]),
    ],
  ]);
}

/** Stacked inside one column of a side-by-side block: position, stamp, name flush right. */
function entryInColumn(entry: SignatureEntry, ctx: DocxContext): Array<DocxParagraph | DocxTable> {
  if (!entry.esignature) return plainEntry(entry, ctx, true);
  return [
    ...entry.position.map((text) => line([new TextRun({ text })], ctx, true)),
    stampTable(entry, ctx),
    new DocxParagraph({ style: styleId('signature'), alignment: AlignmentType.RIGHT, children: [new TextRun({ text: entry.name })] }),
  ];
}

/** The framed e-signature stamp: a one-cell table with a border, as wide as its column. */
function stampTable(entry: SignatureEntry, ctx: DocxContext): DocxTable {
  const side = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(ctx.theme.signature.esignatureBorder * 8)), color: '000000' };
  const pad = mmToTwip(ctx.theme.table.cellPadding);
  return new DocxTable({
    width: { size: ctx.width, type: WidthType.DXA },
    columnWidths: [ctx.width],
    layout: TableLayoutType.FIXED,
    borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side },
    margins: { top: pad, bottom: pad, left: pad, right: pad, marginUnitType: WidthType.DXA },
    rows: [
      new DocxTableRow({
        cantSplit: true,
        children: [
          new DocxTableCell({
            width: { size: ctx.width, type: WidthType.DXA },
            children: (entry.esignature?.lines ?? []).map(
              (text, i) =>
                new DocxParagraph({
                  style: styleId('small'),
                  alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                  keepNext: true,
                  children: [new TextRun({ text, bold: i === 0 || undefined })],
                }),
            ),
          }),
        ],
      }),
    ],
  });
}

function borderless(widths: number[], rows: DocxTableCell[][]): DocxTable {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new DocxTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0, marginUnitType: WidthType.DXA },
    rows: rows.map((children) => new DocxTableRow({ cantSplit: true, children })),
  });
}

