/**
 * The upper-right blocks (approval stamp, appendix mark): paragraphs indented from the left so
 * that they stand in the right part of the page, `theme.stampWidth` of the text width wide,
 * left-aligned inside — how Russian documents set them.
 */
import { Paragraph as DocxParagraph, AlignmentType } from 'docx';
import { styleId } from './styles.js';
import type { Run } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { docxRuns } from './runs.js';

export function rightBlockToDocx(lines: Run[][], ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
  const left = Math.round(ctx.width * (1 - ctx.theme.stampWidth));
  return lines.map(
    (runs, i) =>
      new DocxParagraph({
        style: styleId('stamp'),
        alignment: AlignmentType.LEFT,
        indent: { left, firstLine: 0 },
        keepNext: i < lines.length - 1 || flags.keepNext || undefined,
        pageBreakBefore: (i === 0 && flags.breakBefore) || undefined,
        children: docxRuns(runs),
      }),
  );
}
