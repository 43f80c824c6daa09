/** «УТВЕРЖДЕН / распоряжением … / от … № …» in the upper right. */
import type { Paragraph as DocxParagraph } from 'docx';
import type { ApprovalStamp } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { rightBlockToDocx } from './right-block.js';

export function approvalStampToDocx(node: ApprovalStamp, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  return rightBlockToDocx([[{ text: node.word }], ...node.lines], ctx, flags);
}
