/** IR paragraph → one Word paragraph naming its style; bullets get a hanging indent and the marker. */
import type { Paragraph as DocxParagraph } from 'docx';
import { styleId } from './styles.js';
import type { ListMarker, Paragraph } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { runsXml, type RunFit } from './runs.js';
import { mmToTwip, ptToTwip } from '../units.js';
import { pPrXml, rPrXml, textXml, wrapIfAny } from './xml.js';
import type { ParagraphProps } from './xml.js';

export interface ParagraphOverrides {
  bold?: boolean;
  align?: Paragraph['align'];
}

/** A body paragraph. */
export function paragraphToDocx(node: Paragraph, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  const { pPr, content } = paragraphParts(node, ctx, flags);
  return ctx.raw.paragraph(pPr, content);
}

/**
 * The paragraph's XML in two parts, the inside of `w:pPr` and the runs (a table cell writes them
 * as one `w:p`; a body paragraph may get its section's properties between them).
 */
export function paragraphParts(node: Paragraph, ctx: DocxContext, flags: BlockFlags = {}, over: ParagraphOverrides = {}): { pPr: string; content: string } {
  const { theme } = ctx;
  const bold = node.bold ?? over.bold;
  const align = node.align ?? over.align;
  const levelIndent = node.level ? mmToTwip(node.level * theme.indent.level) : 0;
  const bulletIndent = mmToTwip(theme.indent.bullet);
  if (node.list) return listParagraphParts(node, node.list, ctx, flags, { bold, align });
  const props: ParagraphProps = {
    style: styleId(node.style),
    keepNext: node.keepWithNext || flags.keepNext,
    pageBreakBefore: flags.breakBefore,
    spacing: node.spaceBefore !== undefined ? { before: ptToTwip(node.spaceBefore) } : undefined,
    indent: node.bullet
      ? { left: levelIndent + bulletIndent, hanging: bulletIndent }
      : node.level
        ? { left: levelIndent }
        : undefined,
    align,
  };
  const marker = node.bullet ? `<w:r>${wrapIfAny('w:rPr', rPrXml({ bold }))}${textXml(`${theme.bullet}\t`)}</w:r>` : '';
  const left = node.bullet ? levelIndent + bulletIndent : levelIndent;
  return { pPr: pPrXml(props), content: marker + runsXml(node.runs, ctx.raw, { bold }, runFit(node, ctx, ctx.width - left)) };
}

/**
 * An item of a list block: the text indented past the marker column (a step per nesting depth),
 * the marker hanging in the column; a further paragraph of an item (marker '') starts at the text.
 */
function listParagraphParts(node: Paragraph, list: ListMarker, ctx: DocxContext, flags: BlockFlags, over: ParagraphOverrides): { pPr: string; content: string } {
  const { theme } = ctx;
  const width = mmToTwip(list.numbered ? theme.list.numberWidth : theme.list.bulletWidth);
  const left = mmToTwip(list.depth * theme.list.indent) + width;
  const props: ParagraphProps = {
    style: styleId(node.style),
    keepNext: node.keepWithNext || flags.keepNext,
    pageBreakBefore: flags.breakBefore,
    spacing: node.spaceBefore !== undefined ? { before: ptToTwip(node.spaceBefore) } : undefined,
    indent: list.marker ? { left, hanging: width } : { left, firstLine: 0 },
    align: over.align,
  };
  const marker = list.marker ? `<w:r>${wrapIfAny('w:rPr', rPrXml({ bold: over.bold }))}${textXml(`${list.marker}\t`)}</w:r>` : '';
  return { pPr: pPrXml(props), content: marker + runsXml(node.runs, ctx.raw, { bold: over.bold }, runFit(node, ctx, ctx.width - left)) };
}

/** What the runs need to break words as the PDF does: the line width (`width` twips) and the text's size. */
export function runFit(node: Paragraph, ctx: DocxContext, width: number): RunFit {
  const style = ctx.theme.styles[node.style];
  return {
    width: width / 20,
    size: style.size,
    bold: style.bold === true,
    metrics: ctx.metrics,
    hyphenateAll: ctx.cell === true && ctx.theme.typography.hyphenation === 'tables',
  };
}
