/**
 * «Исп. …, тел. …»: small print anchored to the bottom of the text area of the page it falls on
 * (a frame aligned to the bottom margin), so it stands bottom left of the last page.
 */
import {
  FrameAnchorType,
  HorizontalPositionAlign,
  LineRuleType,
  Paragraph as DocxParagraph,
  TextRun,
  VerticalPositionAlign,
} from 'docx';
import { styleId } from './styles.js';
import type { ExecutorMark } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';

/**
 * One paragraph, lines separated by line breaks: Word joins consecutive framed paragraphs with
 * equal frame properties into one frame, but LibreOffice gives each its own frame and stacks them
 * all at the bottom edge, so the lines of a mark in several paragraphs landed on top of each other.
 * A tiny empty paragraph follows: the mark is usually the last block of a section, and the section
 * break must not ride on the framed paragraph (LibreOffice then moves the mark to the next page).
 */
export function executorMarkToDocx(node: ExecutorMark, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  return [
    new DocxParagraph({
      style: styleId('small'),
      frame: {
        type: 'alignment',
        width: ctx.width,
        height: 0,
        anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
        alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
      },
      pageBreakBefore: flags.breakBefore || undefined,
      children: node.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
    }),
    new DocxParagraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] }),
  ];
}
