/**
 * «Исп. …, тел. …»: small print anchored to the bottom of the text area of the page it falls on
 * (a frame aligned to the bottom margin), so it stands bottom left of the last page.
 */
import {
  FrameAnchorType,
  HorizontalPositionAlign,
  Paragraph as DocxParagraph,
  TextRun,
  VerticalPositionAlign,
} from 'docx';
import { styleId } from './styles.js';
import type { ExecutorMark } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';

export function executorMarkToDocx(node: ExecutorMark, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  return node.lines.map(
    (line, i) =>
      new DocxParagraph({
        style: styleId('small'),
        frame: {
          type: 'alignment',
          width: ctx.width,
          height: 0,
          anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
          alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
        },
        pageBreakBefore: (i === 0 && flags.breakBefore) || undefined,
        children: [new TextRun({ text: line })],
      }),
  );
}
