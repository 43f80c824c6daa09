/** «14.02.2022 … № 50»: left runs, a tab, right runs flush with a right tab stop at the text width. */
import { Paragraph as DocxParagraph, TabStopType, TextRun } from 'docx';
import { styleId } from './styles.js';
import type { SplitLine } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { docxRuns } from './runs.js';

export function splitLineToDocx(node: SplitLine, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  return new DocxParagraph({
    style: styleId(node.style),
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.width }],
    indent: { firstLine: 0 },
    keepNext: flags.keepNext || undefined,
    pageBreakBefore: flags.breakBefore || undefined,
    children: [...docxRuns(node.left), new TextRun({ text: '\t' }), ...docxRuns(node.right)],
  });
}
