/**
 * The upper-right blocks (approval stamp, appendix mark): paragraphs indented from the left so
 * that they stand in the right part of the page, `theme.stampWidth` of the text width wide,
 * left-aligned inside — how Russian documents set them.
 */
import type { Paragraph as DocxParagraph } from 'docx';
import { styleId } from './styles.js';
import type { Run } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { runsXml } from './runs.js';
import { pPrXml } from './xml.js';
import { ptToTwip } from '../units.js';

/** `gapAfterFirst`: space under the first line, points (a stamp's label). */
export function rightBlockToDocx(lines: Run[][], ctx: DocxContext, flags: BlockFlags = {}, gapAfterFirst?: number): DocxParagraph[] {
  const left = Math.round(ctx.width * (1 - ctx.theme.stampWidth));
  return lines.map((runs, i) => {
    const pPr = pPrXml({
      style: styleId('stamp'),
      keepNext: i < lines.length - 1 || flags.keepNext,
      pageBreakBefore: i === 0 && flags.breakBefore,
      spacing: i === 0 && gapAfterFirst !== undefined ? { after: ptToTwip(gapAfterFirst) } : undefined,
      indent: { left, firstLine: 0 },
      align: 'left',
    });
    return ctx.raw.paragraph(pPr, runsXml(runs, ctx.raw));
  });
}
