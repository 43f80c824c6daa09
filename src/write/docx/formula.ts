/**
 * A formula line: the formula centred on the text width by a centre tab stop in the middle, the
 * number «(1)» flush right by a right tab stop at the margin (style `formula`, left-aligned so
 * that the tabs place the text). Without a number: the formula alone, centred.
 */
import type { Paragraph as DocxParagraph } from 'docx';
import type { Formula } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { runsXml } from './runs.js';
import { styleId } from './styles.js';
import { pPrXml, textXml } from './xml.js';

export function formulaToDocx(node: Formula, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  const numbered = node.number !== undefined;
  const pPr = pPrXml({
    style: styleId('formula'),
    keepNext: flags.keepNext,
    pageBreakBefore: flags.breakBefore,
    tabs: numbered ? [{ type: 'center', position: Math.round(ctx.width / 2) }, { type: 'right', position: ctx.width }] : undefined,
    indent: { firstLine: 0 },
    align: numbered ? 'left' : 'center',
  });
  const tab = `<w:r>${textXml('\t')}</w:r>`;
  const content = numbered ? `${tab}${runsXml(node.runs, ctx.raw)}${tab}<w:r>${textXml(node.number!)}</w:r>` : runsXml(node.runs, ctx.raw);
  return ctx.raw.paragraph(pPr, content);
}
