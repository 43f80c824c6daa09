/** «Приложение № 1 / к приказу … / от … № …» in the upper right. */
import type { Paragraph as DocxParagraph } from 'docx';
import type { AppendixMark } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { rightBlockToDocx } from './right-block.js';

export function appendixMarkToDocx(node: AppendixMark, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  return rightBlockToDocx(node.lines, ctx, flags);
}
