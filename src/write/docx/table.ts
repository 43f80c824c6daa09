/**
 * IR table → a real Word table (`w:tbl`): fixed layout, column widths scaled from the relative
 * widths to the available width, group rows spanning all columns in bold, rows that do not split
 * (`cantSplit`), header rows marked `tblHeader` so that Word repeats them.
 *
 * Word repeats only rows contiguous from the top of a table, so `repeatHead: 'numbers'` is written
 * as two tables with nothing between them: the header rows alone, then a body table whose first
 * row is the number row (marked `tblHeader`). The grids match, so the two read as one table.
 */
import {
  BorderStyle,
  LineRuleType,
  Paragraph as DocxParagraph,
  TextRun,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { styleId } from './styles.js';
import type { Table, TableCell, TableRow } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { paragraphToDocx } from './paragraph.js';
import { ESTIMATE_SAFETY, estimateCellHeight } from '../text-height.js';
import { mmToTwip, proportionalWidths } from '../units.js';
import { placeRows, placedWidths } from '../grid.js';
import type { PlacedRow } from '../grid.js';

export function tableToDocx(node: Table, ctx: DocxContext, flags: BlockFlags = {}): Array<DocxTable | DocxParagraph> {
  const widths = proportionalWidths(node.columns.map((c) => c.width), ctx.width);
  const numberRows = node.head.filter((r) => r.kind === 'numbers');
  const parts: Array<{ rows: TableRow[]; repeat: number }> =
    node.repeatHead === 'numbers' && numberRows.length > 0
      ? [
          { rows: node.head.filter((r) => r.kind !== 'numbers'), repeat: 0 },
          { rows: [...numberRows, ...node.rows], repeat: numberRows.length },
        ]
      : [{ rows: [...node.head, ...node.rows], repeat: node.repeatHead === 'all' ? node.head.length : 0 }];
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
  return new DocxTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { top: 0, bottom: 0, left: pad, right: pad, marginUnitType: WidthType.DXA },
    rows: rows.map(
      (row, r) =>
        new DocxTableRow({
          tableHeader: r < repeat || undefined,
          // Word cuts off a row that may not split and is taller than a page: let those split.
          cantSplit: (row.cantSplit !== false && !tallerThanPage(row, placed[r] as PlacedRow, widths, pad, ctx)) || undefined,
          children: rowCells(row, placed[r] as PlacedRow, widths, pad, ctx, {
            breakBefore: r === 0 && flags.breakBefore,
            // Header and group rows stay with the row below them; the last row with a signature.
            keepNext: (r === rows.length - 1 && flags.keepNext) || row.kind === 'header' || row.kind === 'group',
          }),
        }),
    ),
  });
}

/** Whether a row's estimated height exceeds the page's text area (with a safety margin). */
function tallerThanPage(row: TableRow, placed: PlacedRow, widths: number[], pad: number, ctx: DocxContext): boolean {
  const limit = (ctx.bodyHeight / 20) * ESTIMATE_SAFETY;
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
      children: cellParagraphs(cell, group, { ...ctx, width: width - 2 * pad }, {
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
