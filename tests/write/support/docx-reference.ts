/**
 * The DOCX handlers as they were before paragraphs and tables were written as XML directly: the
 * same blocks built of docx objects and compiled by docx. tests/write/docx-xml.test.ts writes
 * random documents both ways and expects the same bytes. Only the handlers that write XML now are
 * here (copied unchanged); the others (signature, executor mark, QR code, sections) and the
 * dispatcher's neighbour rules (blocksToDocx) are shared.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  TabStopType,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  NoBreakHyphen,
  SoftHyphen,
} from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { Block, DocumentModel, Paragraph, Run, SplitLine, Spacer, Table, TableCell, TableRow } from '../../../src/model/document.js';
import { GOST_THEME } from '../../../src/model/theme.js';
import type { Theme } from '../../../src/model/theme.js';
import { docxAlign } from '../../../src/write/docx/alignment.js';
import { blockToDocx, blocksToDocx } from '../../../src/write/docx/blocks.js';
import type { BlockFlags, DocxContext } from '../../../src/write/docx/context.js';
import { normalizeDocx } from '../../../src/write/docx/determinism.js';
import { withFootnotes } from '../../../src/write/docx/footnotes.js';
import type { PackageParts } from '../../../src/write/docx/determinism.js';
import { RawXml } from '../../../src/write/docx/raw.js';
import { sectionToDocx } from '../../../src/write/docx/section.js';
import { docxStyles, styleId } from '../../../src/write/docx/styles.js';
import { placeRows, placedWidths } from '../../../src/write/grid.js';
import { cutTallRuns, rowRuns } from '../../../src/write/merged-rows.js';
import type { PlacedRow } from '../../../src/write/grid.js';
import { metricsOf } from '../../../src/write/measure.js';
import { tinosFonts } from '../../../src/write/pdf/fonts.js';
import { printedModel } from '../../../src/write/model-text.js';
import { runFit } from '../../../src/write/docx/paragraph.js';
import { NO_BREAK_HYPHEN, SOFT_HYPHEN, runText, type RunFit } from '../../../src/write/docx/runs.js';
import { ESTIMATE_SAFETY, cellPaddingY, estimateCellHeight, headRepeats } from '../../../src/write/text-height.js';
import { columnWidths, marginsOf, mmToTwip, pageSizeOf, proportionalWidths, ptToTwip, textWidthMm } from '../../../src/write/units.js';

const compiler = (Packer as unknown as { compiler: { compile(doc: Document): PackageParts } }).compiler;

/** `writeDocx` with the handlers built of docx objects. */
export async function referenceDocx(input: DocumentModel, theme: Theme = GOST_THEME): Promise<Uint8Array> {
  // The text as both writers print it (bidi controls out, Russian no-break spaces in).
  const model = printedModel(input, theme);
  const author = model.meta.author ?? '';
  const raw = new RawXml();
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: docxStyles(theme),
    features: { updateFields: false },
    sections: model.sections.map((section, i) => {
      const m = marginsOf(theme, section.orientation);
      const ctx: DocxContext = {
        theme,
        raw,
        metrics: metricsOf(tinosFonts()),
        width: mmToTwip(textWidthMm(theme, section.orientation)),
        bodyHeight: mmToTwip(pageSizeOf(theme, section.orientation).height - m.top - m.bottom),
      };
      return { ...sectionToDocx(section, i, theme, raw), children: blocksToDocx(section.blocks, ctx, referenceBlock) };
    }),
  });
  // The footnotes part is written alike by both (src/write/docx/footnotes.ts).
  const parts = compiler.compile(doc);
  withFootnotes(parts, model.footnotes ?? [], theme);
  return normalizeDocx(parts, model.meta.created, raw);
}

/** blocks.ts's handler of one block, with the old handlers for the blocks that are written as XML now. */
function referenceBlock(block: Block, ctx: DocxContext, flags: BlockFlags): FileChild[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraphToDocx(block, ctx, flags)];
    case 'split-line':
      return [splitLineToDocx(block, ctx, flags)];
    case 'table':
      return tableToDocx(block, ctx, flags);
    case 'approval-stamp':
      return rightBlockToDocx([[{ text: block.word }], ...block.lines], ctx, flags);
    case 'appendix-mark':
      return rightBlockToDocx(block.lines, ctx, flags);
    case 'spacer':
      return [spacerToDocx(block, flags)];
    default:
      return blockToDocx(block, ctx, flags);
  }
}

// -------------------- runs.ts
interface RunOverrides {
  bold?: boolean;
}

function docxRuns(runs: Run[], over: RunOverrides = {}, fit?: RunFit): ParagraphChild[] {
  return runs.map((run) => docxRun(run, over, fit));
}

/** The run's text with its soft and non-breaking hyphens as docx's elements. */
function textChildren(text: string): Array<string | SoftHyphen | NoBreakHyphen> | undefined {
  if (!text.includes(SOFT_HYPHEN) && !text.includes(NO_BREAK_HYPHEN)) return undefined;
  return text.split(/(?=[\u00ad\u2011])|(?<=[\u00ad\u2011])/).map((piece) => (piece === SOFT_HYPHEN ? new SoftHyphen() : piece === NO_BREAK_HYPHEN ? new NoBreakHyphen() : piece));
}

function docxRun(run: Run, over: RunOverrides, fit: RunFit | undefined): ParagraphChild {
  const text = run.field === 'page' ? [PageNumber.CURRENT] : run.field === 'pages' ? [PageNumber.TOTAL_PAGES] : undefined;
  const printed = runText(run, (run.bold ?? over.bold ?? fit?.bold) === true, fit);
  const pieces = textChildren(printed);
  const textRun = new TextRun({
    ...(text ? { children: text } : pieces ? { children: pieces } : { text: printed }),
    bold: run.bold ?? over.bold,
    italics: run.italic,
    underline: run.underline ? {} : undefined,
    superScript: run.superscript || undefined,
    characterSpacing: run.characterSpacing ? ptToTwip(run.characterSpacing) : undefined,
    break: run.breakBefore ? 1 : undefined,
    style: run.link ? 'Hyperlink' : undefined,
  });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [textRun] }) : textRun;
}

// -------------------- paragraph.ts
interface ParagraphOverrides {
  bold?: boolean;
  align?: Paragraph['align'];
}

function paragraphToDocx(node: Paragraph, ctx: DocxContext, flags: BlockFlags = {}, over: ParagraphOverrides = {}): DocxParagraph {
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
    children: [...marker, ...docxRuns(node.runs, { bold }, runFit(node, ctx, ctx.width - (indent?.left ?? 0)))],
  });
}

// -------------------- split-line.ts
function splitLineToDocx(node: SplitLine, ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph {
  return new DocxParagraph({
    style: styleId(node.style),
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.width }],
    indent: { firstLine: 0 },
    keepNext: flags.keepNext || undefined,
    pageBreakBefore: flags.breakBefore || undefined,
    children: [...docxRuns(node.left), new TextRun({ text: '\t' }), ...docxRuns(node.right)],
  });
}

// -------------------- right-block.ts
function rightBlockToDocx(lines: Run[][], ctx: DocxContext, flags: BlockFlags = {}): DocxParagraph[] {
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

// -------------------- spacer.ts
function spacerToDocx(node: Spacer, flags: BlockFlags = {}): DocxParagraph {
  return new DocxParagraph({
    style: styleId('body-plain'),
    spacing: { before: 0, after: 0, line: Math.max(1, ptToTwip(node.height)), lineRule: LineRuleType.EXACT },
    keepNext: flags.keepNext || undefined,
    pageBreakBefore: flags.breakBefore || undefined,
  });
}

// -------------------- table.ts
function tableToDocx(node: Table, ctx: DocxContext, flags: BlockFlags = {}): Array<DocxTable | DocxParagraph> {
  const widths = columnWidths(node.columns.map((c) => c.width), ctx.width, mmToTwip(ctx.theme.table.minColumnWidth));
  const numberRows = node.head.filter((r) => r.kind === 'numbers');
  const pad = mmToTwip(ctx.theme.table.cellPadding);
  const headHeight = (head: TableRow[]) => {
    const placed = placeRows(head, widths.length);
    return head.reduce((h, row, r) => {
      const cellWidths = placedWidths(placed[r] as PlacedRow, widths);
      return h + cellPaddingY(ctx.theme) + Math.max(0, ...row.cells.map((cell, i) => estimateCellHeight(cell.blocks, ((cellWidths[i] ?? 0) - 2 * pad) / 20, ctx.theme, ctx.metrics, cell.bold || row.kind === 'group')));
    }, 0);
  };
  const split = node.repeatHead === 'numbers' && numberRows.length > 0;
  const repeated = split ? numberRows : node.repeatHead === 'all' ? node.head : [];
  // A head too tall to repeat on every page is printed once.
  const repeats = repeated.length > 0 && headRepeats(headHeight(repeated), ctx.bodyHeight / 20);
  // Runs of rows tied by merged cells taller than a page are cut into pieces (src/write/merged-rows.ts).
  const budget = (ctx.bodyHeight / 20 - (repeats ? headHeight(repeated) : 0)) * ESTIMATE_SAFETY;
  const body = cutTallRuns(node.rows, widths.length, budget, (cell, at, row) =>
    cellPaddingY(ctx.theme) + estimateCellHeight(cell.blocks, (widths.slice(at.from, at.from + at.span).reduce((a, b) => a + b, 0) - 2 * pad) / 20, ctx.theme, ctx.metrics, cell.bold || row.kind === 'group'));
  const parts: Array<{ rows: TableRow[]; repeat: number }> = split
    ? [
        { rows: node.head.filter((r) => r.kind !== 'numbers'), repeat: 0 },
        { rows: [...numberRows, ...body], repeat: repeats ? numberRows.length : 0 },
      ]
    : [{ rows: [...node.head, ...body], repeat: repeats ? repeated.length : 0 }];
  const nonEmpty = parts.filter((p) => p.rows.length > 0);
  const tables = nonEmpty.map((part, p) =>
    makeTable(node, part.rows, part.repeat, widths, ctx, {
      breakBefore: p === 0 && flags.breakBefore,
      keepNext: p === nonEmpty.length - 1 && flags.keepNext,
    }),
  );
  // Word and LibreOffice join adjacent tables into one (and then the number row is no longer at
  // the top, so it does not repeat): a hairline paragraph keeps them apart without a visible gap.
  return tables.flatMap((t, i) => (i === 0 ? [t] : [hairline(), t]));
}

/** A paragraph one twip high, kept with the table below. */
function hairline(): DocxParagraph {
  return new DocxParagraph({
    style: styleId('table'),
    keepNext: true,
    spacing: { before: 0, after: 0, line: HAIRLINE_TWIPS, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** The smallest exact line height (twips): a technical minimum, not a layout value. */
const HAIRLINE_TWIPS = 2;

function makeTable(node: Table, rows: TableRow[], repeat: number, widths: number[], ctx: DocxContext, flags: BlockFlags): DocxTable {
  const { theme } = ctx;
  const line = node.borders === 'all'
    ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(theme.table.borderWidth * 8)), color: '000000' }
    : { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const pad = mmToTwip(theme.table.cellPadding);
  const placed = placeRows(rows, widths.length);
  const runs = rowRuns(rows, widths.length);
  const keptWithNext = (r: number) => runs.some((run) => r >= run.start && r < run.end - 1);
  return new DocxTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { top: mmToTwip(theme.table.cellPaddingTop), bottom: mmToTwip(theme.table.cellPaddingBottom), left: pad, right: pad, marginUnitType: WidthType.DXA },
    rows: rows.map(
      (row, r) =>
        new DocxTableRow({
          tableHeader: r < repeat || undefined,
          // Word cuts off a row that may not split and is taller than a page: let those split.
          cantSplit: (row.cantSplit !== false && !tallerThanPage(row, placed[r] as PlacedRow, widths, pad, ctx)) || undefined,
          children: rowCells(row, placed[r] as PlacedRow, widths, pad, ctx, {
            breakBefore: r === 0 && flags.breakBefore,
            // Header and group rows stay with the row below them; the last row with a signature.
            // Rows of a run tied by merged cells are each kept with the next.
            keepNext: (r === rows.length - 1 && flags.keepNext) || row.kind === 'header' || row.kind === 'group' || keptWithNext(r),
          }),
        }),
    ),
  });
}

/** Whether a row's estimated height exceeds the page's text area (with a safety margin). */
function tallerThanPage(row: TableRow, placed: PlacedRow, widths: number[], pad: number, ctx: DocxContext): boolean {
  const limit = (ctx.bodyHeight / 20) * ESTIMATE_SAFETY - cellPaddingY(ctx.theme);
  const cellWidths = placedWidths(placed, widths);
  return row.cells.some((cell, i) =>
    estimateCellHeight(cell.blocks, ((cellWidths[i] ?? 0) - 2 * pad) / 20, ctx.theme, ctx.metrics, cell.bold || row.kind === 'group') > limit,
  );
}

/**
 * The row's cells. A cell with `rowSpan` is written `w:vMerge restart`; docx adds the
 * `w:vMerge continue` cells to the rows below at the covered columns.
 */
function rowCells(row: TableRow, placed: PlacedRow, widths: number[], pad: number, ctx: DocxContext, flags: BlockFlags): DocxTableCell[] {
  const group = row.kind === 'group';
  const cellWidths = placedWidths(placed, widths);
  return row.cells.map((cell, c) => {
    const { span, rowSpan } = placed.cells[c] as PlacedRow['cells'][number];
    const width = cellWidths[c] ?? 0;
    return new DocxTableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      rowSpan: rowSpan > 1 ? rowSpan : undefined,
      verticalAlign: row.kind === 'header' ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children: cellParagraphs(cell, group, { ...ctx, width: width - 2 * pad, cell: true }, {
        breakBefore: c === 0 && flags.breakBefore,
        keepNext: flags.keepNext,
      }),
    });
  });
}

function cellParagraphs(cell: TableCell, group: boolean, ctx: DocxContext, flags: BlockFlags) {
  const over = { bold: cell.bold ?? (group || undefined), align: cell.align };
  const blocks = cell.blocks.length > 0 ? cell.blocks : [{ type: 'paragraph' as const, style: 'table' as const, runs: [] }];
  return blocks.map((p, i) =>
    paragraphToDocx(p, ctx, { breakBefore: i === 0 && flags.breakBefore, keepNext: flags.keepNext }, over),
  );
}
