/**
 * The dispatcher: one handler per IR node type, chosen by an exhaustive switch on `type`. It also
 * carries the neighbour rules: a page break sets `pageBreak: 'before'` on the next block, the
 * block before a signature (spacers skipped) is registered to move with it, and a paragraph kept
 * with the next block moves to the next page with it (keep.ts), as `w:keepNext` does in Word.
 */
import type { Block, Table } from '../../model/document.js';
import { placeRows, placedWidths } from '../grid.js';
import { columnWidths, mmToPt } from '../units.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { appendixMarkToPdf } from './appendix-mark.js';
import { approvalStampToPdf } from './approval-stamp.js';
import { executorMarkToPdf } from './executor-mark.js';
import { formulaToPdf } from './formula.js';
import { pageBreakToPdf } from './page-break.js';
import { paragraphToPdf } from './paragraph.js';
import { qrCodeToPdf } from './qr-code.js';
import { signatureHeight, signatureToPdf } from './signature.js';
import { spacerToPdf } from './spacer.js';
import { splitLineToPdf } from './split-line.js';
import { tableToPdf } from './table.js';
import { ESTIMATE_SAFETY, cellPaddingY, estimateCellHeight, lineHeightOf } from '../text-height.js';

interface Written {
  nodes: PdfNode[];
  /** The nodes to break before to move this block's end to the next page. */
  tail: PdfNode[];
  /** A table's: the index in `Table.rows` of the row the tail starts with. */
  tailRow?: number;
  /** A table's: the tail is the whole table. */
  tailIsBlock?: boolean;
}

/** What the dispatcher tells a handler about the block's neighbours. */
export interface PdfBlockFlags {
  /** The block follows a spacer (a signature then takes no space of its own before it). */
  afterSpacer?: boolean;
}

export function blockToPdf(block: Block, ctx: PdfContext, flags: PdfBlockFlags = {}): Written {
  const one = (node: PdfNode): Written => ({ nodes: [node], tail: [node] });
  switch (block.type) {
    case 'paragraph':
      return one(paragraphToPdf(block, ctx));
    case 'split-line':
      return one(splitLineToPdf(block, ctx));
    case 'table': {
      const t = tableToPdf(block, ctx);
      return { nodes: t.nodes, tail: t.lastRowCells, ...(t.lastRow !== undefined ? { tailRow: t.lastRow } : {}), ...(t.wholeTable ? { tailIsBlock: true } : {}) };
    }
    case 'approval-stamp':
      return one(approvalStampToPdf(block, ctx));
    case 'appendix-mark':
      return one(appendixMarkToPdf(block, ctx));
    case 'signature':
      return one(signatureToPdf(block, ctx, flags.afterSpacer ? 0 : ctx.theme.signature.spaceBefore));
    case 'executor-mark':
      return one(executorMarkToPdf(block, ctx));
    case 'qr-code':
      // Out of the flow: nothing of it moves with a signature.
      return { nodes: [qrCodeToPdf(block, ctx)], tail: [] };
    case 'page-break':
      return { nodes: pageBreakToPdf(block), tail: [] };
    case 'spacer':
      return one(spacerToPdf(block));
    case 'formula':
      return one(formulaToPdf(block, ctx));
    default:
      return assertNever(block);
  }
}

export function blocksToPdf(blocks: Block[], ctx: PdfContext): PdfNode[] {
  const out: PdfNode[] = [];
  let breakBefore = false;
  let previous: Written | undefined;
  let previousIndex = -1;
  let leadInSeen = false;
  let leadInOnly = true;
  let last: Block | undefined;
  const keep = keepWithNextHeights(blocks, ctx);
  blocks.forEach((block, i) => {
    if (block.type === 'page-break') {
      breakBefore = out.length > 0 || breakBefore;
      // What follows opens a page: a mark and title there are a lead-in again.
      leadInSeen = false;
      leadInOnly = true;
      return;
    }
    // Whether only a lead-in (appendix mark, approval stamp, kept titles) stands before the block
    // in its section, which opens a page: moving the block would leave the lead-in alone there.
    const leadIn = leadInSeen && leadInOnly;
    // The first block of a page-opening run: moving it would only leave a page empty.
    const opens = !leadInSeen;
    if (block.type !== 'spacer') {
      leadInSeen = true;
      leadInOnly &&= block.type === 'appendix-mark' || block.type === 'approval-stamp' || (block.type === 'paragraph' && block.keepWithNext === true);
    }
    let written = blockToPdf(block, ctx.section !== undefined ? { ...ctx, block: { index: i, leadIn } } : ctx, { afterSpacer: last?.type === 'spacer' });
    const height = keep[i];
    if (height !== undefined && written.nodes.length === 1 && !leadIn && !opens) {
      // A paragraph kept with the next block (a heading, a caption): in a stack of its own (an id
      // on a text node would make a named destination), moved to the next page when it and the
      // next block's first line do not fit under its start. The DOCX breaks before it too then.
      const at = ctx.section !== undefined ? { section: ctx.section, block: i } : undefined;
      const wrapper: PdfNode = { stack: [written.nodes[0]], id: ctx.keep.keepWithNext(height, at) };
      written = { nodes: [wrapper], tail: [wrapper] };
    }
    last = block;
    if (breakBefore && written.nodes[0]) written.nodes[0].pageBreak = 'before';
    breakBefore = false;
    if (block.type === 'signature' && previous && previous.tail.length > 0) {
      const signature = written.nodes[0] as PdfNode;
      signature.id = ctx.keep.nextId('signature');
      const first = previous.tail[0] as PdfNode;
      first.id ??= ctx.keep.nextId('keep');
      // The rows it moves are named for the DOCX writer, which breaks before them (page-breaks.ts).
      const moved =
        ctx.section === undefined ? undefined
        : previous.tailRow !== undefined ? { section: ctx.section, block: previousIndex, row: previous.tailRow }
        : previous.tailIsBlock ? { section: ctx.section, block: previousIndex }
        : undefined;
      ctx.keep.keepBeforeSignature(first.id as string, previous.tail, signature.id as string, signatureHeight(block, ctx, last?.type === 'spacer' ? 0 : ctx.theme.signature.spaceBefore), moved);
    }
    out.push(...written.nodes);
    if (block.type !== 'spacer') {
      previous = written;
      previousIndex = i;
    }
  });
  return out;
}

/**
 * For each paragraph with `keepWithNext` followed by a block: the height that must fit under its
 * start — itself, the paragraphs kept with it after it, and the first line of the block they
 * precede (a table: its first two rows, roughly). Points; estimated as table rows are.
 */
function keepWithNextHeights(blocks: Block[], ctx: PdfContext): (number | undefined)[] {
  const { theme, metrics } = ctx;
  const out: (number | undefined)[] = blocks.map(() => undefined);
  const firstLine = (b: Block | undefined): number | undefined => {
    if (!b || b.type === 'page-break') return undefined;
    if (b.type === 'paragraph') return lineHeightOf(b, theme, metrics) + (b.spaceBefore ?? theme.styles[b.style].spaceBefore ?? 0);
    const size = theme.styles[b.type === 'table' ? (b.style ?? 'table') : 'body'].size;
    // A table starts with its head and first row (whole when it cannot be split: it moves as one).
    if (b.type === 'table') return Math.max(size * 3, tableStartHeight(b, ctx));
    return size * 1.2;
  };
  for (let i = blocks.length - 2; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph' || !b.keepWithNext) continue;
    const next = out[i + 1] ?? firstLine(blocks[i + 1]);
    if (next === undefined) continue;
    out[i] = estimateCellHeight([b], ctx.width, theme, metrics) + (b.spaceBefore ?? 0) + next;
  }
  return out;
}

/**
 * The estimated height of a table's start, points: what a paragraph kept with the table needs
 * under it, as Word's keep-with-next does, or it is left alone at the foot of the page — the head
 * rows (all of them: a plan's header table moves with its number row and first row, keep.ts) and
 * the first body row, whole when it may not be split, else its first line. When that is more than
 * a page holds, moving the paragraph would not help: then the head and a first line.
 */
function tableStartHeight(t: Table, ctx: PdfContext): number {
  const { theme } = ctx;
  const pad = mmToPt(theme.table.cellPadding);
  const line = t.borders === 'all' ? theme.table.borderWidth : 0;
  const n = t.columns.length;
  // As tableToPdf widens the columns (table.ts).
  const outer = columnWidths(t.columns.map((c) => c.width), Math.floor(ctx.width * 100), Math.round(mmToPt(theme.table.minColumnWidth) * 100)).map((w) => w / 100);
  const widths = outer.map((w) => Math.max(1, w - 2 * pad - line - line / n));
  const first = t.rows[0];
  const rows = [...t.head, ...(first ? [first] : [])];
  const placed = placeRows(rows, n);
  // Each row as tall as its tallest cell that spans no rows below it.
  const heights = rows.map((row, r) => {
    const cellWidths = placedWidths(placed[r]!, widths, 2 * pad + line);
    const own = row.cells.map((c, i) => (placed[r]!.cells[i]?.rowSpan === 1 ? estimateCellHeight(c.blocks, cellWidths[i] ?? 0, theme, ctx.metrics, c.bold || row.kind === 'group') : 0));
    return Math.max(0, ...own) + cellPaddingY(theme) + line;
  });
  const head = heights.slice(0, t.head.length).reduce((a, b) => a + b, line);
  const firstLine = first?.cells[0]?.blocks[0] ? lineHeightOf(first.cells[0].blocks[0], theme, ctx.metrics) + cellPaddingY(theme) + line : theme.styles[t.style ?? 'table'].size * 1.2;
  if (!first || first.cantSplit === false) return head + firstLine;
  const whole = head + (heights.at(-1) ?? 0);
  const page = ctx.page.height - ctx.page.margins.top - ctx.page.margins.bottom;
  return whole <= page * ESTIMATE_SAFETY ? whole : head + firstLine;
}

function assertNever(x: never): never {
  throw new Error(`Unknown block type: ${JSON.stringify(x)}`);
}
