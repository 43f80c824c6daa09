/** IR paragraph → one Word paragraph naming its style; bullets get a hanging indent and the marker. */
import { Paragraph as DocxParagraph, TextRun } from 'docx';
import { styleId } from './styles.js';
import type { Paragraph } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { docxAlign } from './alignment.js';
import { docxRuns } from './runs.js';
import { mmToTwip, ptToTwip } from '../units.js';

export interface ParagraphOverrides {
  bold?: boolean;
  align?: Paragraph['align'];
}

export function paragraphToDocx(node: Paragraph, ctx: DocxContext, flags: BlockFlags = {}, over: ParagraphOverrides = {}): DocxParagraph {
  const { theme } = ctx;
  const bold = node.bold ?? over.bold;
  const align = node.align ?? over.align;
  const levelIndent = node.level ? mmToTwip(node.level * theme.indent.level) : 0;
  const bulletIndent = mmToTwip(theme.indent.bullet);
  const indent = node.bullet
    ? { left: levelIndent + bulletIndent, hanging: bulletIndent }
    : node.level
      ? { left: levelIndent }
      : undefined;
  const marker = node.bullet ? [new TextRun({ text: `${theme.bullet}\t`, bold })] : [];
  return new DocxParagraph({
    style: styleId(node.style),
    alignment: align ? docxAlign(align) : undefined,
    indent,
    keepNext: node.keepWithNext || flags.keepNext || undefined,
    pageBreakBefore: flags.breakBefore || undefined,
    spacing: node.spaceBefore !== undefined ? { before: ptToTwip(node.spaceBefore) } : undefined,
    children: [...marker, ...docxRuns(node.runs, { bold })],
  });
}
