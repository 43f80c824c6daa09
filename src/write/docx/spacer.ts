/** Vertical space: an empty paragraph whose exact line height is the spacer's height. */
import type { Paragraph as DocxParagraph } from 'docx';
import { styleId } from './styles.js';
import type { Spacer } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { ptToTwip } from '../units.js';
import { pPrXml } from './xml.js';

export function spacerToDocx(node: Spacer, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  const pPr = pPrXml({
    style: styleId('body-plain'),
    keepNext: flags.keepNext,
    pageBreakBefore: flags.breakBefore,
    spacing: { before: 0, after: 0, line: Math.max(1, ptToTwip(node.height)), lineRule: 'exact' },
  });
  return ctx.raw.paragraph(pPr, '');
}
