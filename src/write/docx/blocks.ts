/**
 * The dispatcher: one handler per IR node type, chosen by an exhaustive switch on `type`.
 * It also carries the neighbour rules: a page break sets `breakBefore` on the next block, and the
 * block before a signature (with any spacers between) keeps with the next.
 */
import type { FileChild } from 'docx';
import type { Block } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { appendixMarkToDocx } from './appendix-mark.js';
import { approvalStampToDocx } from './approval-stamp.js';
import { executorMarkToDocx } from './executor-mark.js';
import { formulaToDocx } from './formula.js';
import { pageBreakToDocx } from './page-break.js';
import { paragraphToDocx } from './paragraph.js';
import { qrCodeToDocx } from './qr-code.js';
import { signatureToDocx } from './signature.js';
import { spacerToDocx } from './spacer.js';
import { splitLineToDocx } from './split-line.js';
import { tableToDocx } from './table.js';

export function blockToDocx(block: Block, ctx: DocxContext, flags: BlockFlags = {}): FileChild[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraphToDocx(block, ctx, flags)];
    case 'split-line':
      return [splitLineToDocx(block, ctx, flags)];
    case 'table':
      return tableToDocx(block, ctx, flags);
    case 'approval-stamp':
      return approvalStampToDocx(block, ctx, flags);
    case 'appendix-mark':
      return appendixMarkToDocx(block, ctx, flags);
    case 'signature':
      return signatureToDocx(block, ctx, flags);
    case 'executor-mark':
      return executorMarkToDocx(block, ctx, flags);
    case 'qr-code':
      return qrCodeToDocx(block, flags);
    case 'page-break':
      return pageBreakToDocx(block);
    case 'spacer':
      return [spacerToDocx(block, ctx, flags)];
    case 'formula':
      return [formulaToDocx(block, ctx, flags)];
    default:
      return assertNever(block);
  }
}

/** What writes one block. */
export type BlockHandler = (block: Block, ctx: DocxContext, flags: BlockFlags) => FileChild[];

/**
 * The blocks in order, each with its neighbour flags. `toDocx` is the handler of one block
 * (tests/write/support/docx-reference.ts passes the docx-object handlers of before).
 */
export function blocksToDocx(blocks: Block[], ctx: DocxContext, toDocx: BlockHandler = blockToDocx): FileChild[] {
  const keep = keepFlags(blocks);
  const out: FileChild[] = [];
  let breakBefore = false;
  blocks.forEach((block, i) => {
    if (block.type === 'page-break') {
      breakBefore = out.length > 0 || breakBefore;
      return;
    }
    // A block the PDF's layout moved to a new page by a keep rule starts one here too (page-breaks.ts).
    if (ctx.section !== undefined && ctx.pageBreaks?.startsPage(ctx.section, i)) breakBefore = true;
    const breakBeforeRows = ctx.section !== undefined ? ctx.pageBreaks?.rowsOf(ctx.section, i) : undefined;
    const splitRows = ctx.section !== undefined && block.type === 'table' && ctx.pageBreaks?.splitAllowed(ctx.section, i, 0) ? new Set([0]) : undefined;
    out.push(...toDocx(block, ctx, { keepNext: keep[i], breakBefore, afterSpacer: blocks[i - 1]?.type === 'spacer', ...(breakBeforeRows ? { breakBeforeRows } : {}), ...(splitRows ? { splitRows } : {}) }));
    breakBefore = false;
  });
  return out;
}

/** True for the blocks that must keep with the next one: the block before a signature, and spacers between. */
function keepFlags(blocks: Block[]): boolean[] {
  const keep = blocks.map(() => false);
  blocks.forEach((block, i) => {
    if (block.type !== 'signature') return;
    for (let j = i - 1; j >= 0; j--) {
      const prev = blocks[j];
      if (!prev || prev.type === 'page-break') break;
      keep[j] = true;
      if (prev.type !== 'spacer') break;
    }
  });
  return keep;
}

export function assertNever(x: never): never {
  throw new Error(`Unknown block type: ${JSON.stringify(x)}`);
}
