/**
 * A page break writes nothing itself: the dispatcher sets `pageBreak: 'before'` on the next
 * block's node (an empty node with a break after it could spill onto a page of its own).
 */
import type { PageBreak } from '../../model/document.js';
import type { PdfNode } from './pdfmake.js';

export function pageBreakToPdf(_node: PageBreak): PdfNode[] {
  return [];
}
