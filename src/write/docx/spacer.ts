/** Vertical space: an empty paragraph whose exact line height is the spacer's height. */
import { LineRuleType, Paragraph as DocxParagraph } from 'docx';
import { styleId } from './styles.js';
import type { Spacer } from '../../model/document.js';
import type { BlockFlags } from './context.js';
import { ptToTwip } from '../units.js';

export function spacerToDocx(node: Spacer, flags: BlockFlags = {}): DocxParagraph {
  return new DocxParagraph({
    style: styleId('body-plain'),
    spacing: { before: 0, after: 0, line: Math.max(1, ptToTwip(node.height)), lineRule: LineRuleType.EXACT },
    keepNext: flags.keepNext || undefined,
    pageBreakBefore: flags.breakBefore || undefined,
  });
}
