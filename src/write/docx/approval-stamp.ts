/** «УТВЕРЖДЕН / распоряжением … / от … № …» in the upper right; a label («ПРИЛОЖЕНИЕ») above it. */
import type { Paragraph as DocxParagraph } from 'docx';
import type { ApprovalStamp } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { rightBlockToDocx } from './right-block.js';

export function approvalStampToDocx(node: ApprovalStamp, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  const lines = [[{ text: node.word }], ...node.lines];
  // «ПРИЛОЖЕНИЕ» above the word, the theme's gap under it.
  if (node.label !== undefined) return rightBlockToDocx([[{ text: node.label }], ...lines], ctx, flags, ctx.theme.stampLabelGap);
  return rightBlockToDocx(lines, ctx, flags);
}
