/** «14.02.2022 … № 50»: left runs, a tab, right runs flush with a right tab stop at the text width. */
import type { Paragraph as DocxParagraph } from 'docx';
import { styleId } from './styles.js';
import type { SplitLine } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { runsXml } from './runs.js';
import { pPrXml, textXml } from './xml.js';

export function splitLineToDocx(node: SplitLine, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  const pPr = pPrXml({
    style: styleId(node.style),
    keepNext: flags.keepNext,
    pageBreakBefore: flags.breakBefore,
    tabs: [{ type: 'right', position: ctx.width }],
    indent: { firstLine: 0 },
  });
  return ctx.raw.paragraph(pPr, `${runsXml(node.left, ctx.raw)}<w:r>${textXml('\t')}</w:r>${runsXml(node.right, ctx.raw)}`);
}
