/**
 * IR table → a real Word table (`w:tbl`): fixed layout, column widths scaled from the relative
 * widths to the available width, group rows spanning all columns in bold, rows that do not split
 * (`cantSplit`), header rows marked `tblHeader` so that Word repeats them.
 *
 * Word repeats only rows contiguous from the top of a table, so `repeatHead: 'numbers'` is written
 * as two tables with nothing between them: the header rows alone, then a body table whose first
 * row is the number row (marked `tblHeader`). The grids match, so the two read as one table.
 *
 * The XML is written directly (xml.ts), a row at a time, as docx wrote it for the same table: a
 * plan of thousands of rows would otherwise be hundreds of thousands of docx objects.
 */
import type { FileChild } from 'docx';
import { styleId } from './styles.js';
import type { Align, Table, TableCell, TableRow } from '../../model/document.js';
import type { BlockFlags, DocxContext } from './context.js';
import { paragraphParts } from './paragraph.js';
import { tallerThanPage } from './row-height.js';
import { ESTIMATE_SAFETY, cellPaddingY, estimateCellHeight, headRepeats } from '../text-height.js';
import { cutTallRuns, rowRuns, type CellHeight } from '../merged-rows.js';
import { columnWidths, mmToTwip } from '../units.js';
import { placeRows, placedWidths } from '../grid.js';
import type { PlacedRow } from '../grid.js';
import { Utf8Sink, dxa, paragraphXml, pPrXml, rPrXml, textXml, val } from './xml.js';

export function tableToDocx(node: Table, ctx: DocxContext, flags: BlockFlags = {}): FileChild[] {
  const widths = columnWidths(node.columns.map((c) => c.width), ctx.width, mmToTwip(ctx.theme.table.minColumnWidth));
  const numberRows = node.head.filter((r) => r.kind === 'numbers');
  const split = node.repeatHead === 'numbers' && numberRows.length > 0;
  const wantRepeat = split ? numberRows : node.repeatHead === 'all' ? node.head : [];
  // A head too tall to repeat on every page is printed once (the PDF writer's rule, text-height.ts).
  const pageHeight = ctx.bodyHeight / 20;
  const repeatedHeight = wantRepeat.length > 0 ? headHeight(wantRepeat, widths, ctx) : 0;
  const repeats = wantRepeat.length > 0 && headRepeats(repeatedHeight, pageHeight);
  // Rows tied by merged cells taller than a page are cut as in the PDF (merged-rows.ts); a cell's
  // height counts its row's padding, as `headHeight` does.
  const pad = mmToTwip(ctx.theme.table.cellPadding);
  const spanHeight: CellHeight = (cell, at, row) =>
    cellPaddingY(ctx.theme) + estimateCellHeight(cell.blocks, (widths.slice(at.from, at.from + at.span).reduce((a, b) => a + b, 0) - 2 * pad) / 20, ctx.theme, ctx.metrics, cell.bold || row.kind === 'group');
  const body = cutTallRuns(node.rows, widths.length, (pageHeight - (repeats ? repeatedHeight : 0)) * ESTIMATE_SAFETY, spanHeight);
  const parts: Array<{ rows: TableRow[]; repeat: number }> = split
    ? [
        { rows: node.head.filter((r) => r.kind !== 'numbers'), repeat: 0 },
        { rows: [...numberRows, ...body], repeat: repeats ? numberRows.length : 0 },
      ]
    : [{ rows: [...node.head, ...body], repeat: repeats ? wantRepeat.length : 0 }];
  const nonEmpty = parts.filter((p) => p.rows.length > 0);
  // Rows the PDF's layout started a page with by a keep rule (page-breaks.ts): written as breaks.
  const rowsAt = (indices: ReadonlySet<number> = new Set()) => new Set([...indices].map((i) => node.rows[i]).filter((r): r is TableRow => r !== undefined));
  const breakRows = rowsAt(flags.breakBeforeRows);
  // Rows the PDF cut where a page ends although rows are kept whole (page-breaks.ts): they may split.
  const splitRows = rowsAt(flags.splitRows);
  // Nothing at all for a table without rows: an empty block would still count as the section's
  // last block (docx then ends the section with an empty paragraph of its own).
  if (nonEmpty.length === 0) return [];
  const out = new Utf8Sink();
  nonEmpty.forEach((part, p) => {
    // Word and LibreOffice join adjacent tables into one (and then the number row is no longer at
    // the top, so it does not repeat): a hairline paragraph keeps them apart without a visible gap.
    if (p > 0) out.write(hairline());
    tableXml(node, part.rows, part.repeat, widths, ctx, out, {
      breakBefore: p === 0 && flags.breakBefore,
      keepNext: p === nonEmpty.length - 1 && flags.keepNext,
    }, breakRows, splitRows);
  });
  return [ctx.raw.block(out.end())];
}

/** The estimated height of head rows, points: each row as tall as its tallest cell. */
function headHeight(rows: TableRow[], widths: number[], ctx: DocxContext): number {
  const pad = mmToTwip(ctx.theme.table.cellPadding);
  const placed = placeRows(rows, widths.length);
  return rows.reduce((h, row, r) => {
    const cells = gridCells(row, placed[r] as PlacedRow, widths);
    return h + cellPaddingY(ctx.theme) + Math.max(0, ...row.cells.map((cell, i) => estimateCellHeight(cell.blocks, ((cells[i]?.width ?? 0) - 2 * pad) / 20, ctx.theme, ctx.metrics, cell.bold || row.kind === 'group')));
  }, 0);
}

/** A paragraph one twip high, kept with the table below; `breakBefore`: that table starts a page. */
function hairline(breakBefore = false): string {
  const pPr = pPrXml({
    style: styleId('table'),
    keepNext: true,
    pageBreakBefore: breakBefore,
    spacing: { before: 0, after: 0, line: HAIRLINE_TWIPS, lineRule: 'exact' },
  });
  return paragraphXml(pPr, `<w:r><w:rPr>${rPrXml({ size: 2 })}</w:rPr>${textXml('')}</w:r>`);
}

/** The smallest exact line height (twips): a technical minimum, not a layout value. */
const HAIRLINE_TWIPS = 2;

/** The table borders, in the order docx writes them. */
const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;

/**
 * One `w:tbl`, written to `out` a row at a time. Before a row of `breakRows` (not a head row, and
 * no merged cell running into it from above) the table ends and goes on, after a hairline
 * paragraph with a page break before it, as a table with the same grid that repeats the head
 * rows: the page break the PDF's layout made there (page-breaks.ts), which an office suite then
 * keeps whether or not it follows the keep rules.
 */
function tableXml(node: Table, rows: TableRow[], repeat: number, widths: number[], ctx: DocxContext, out: Utf8Sink, flags: BlockFlags, breakRows: ReadonlySet<TableRow> = new Set(), splitRows: ReadonlySet<TableRow> = new Set()): void {
  const { theme } = ctx;
  const line = node.borders === 'all'
    ? `w:val="single" w:color="000000" w:sz="${Math.max(2, Math.round(theme.table.borderWidth * 8))}"`
    : 'w:val="none" w:color="auto" w:sz="0"';
  const pad = mmToTwip(theme.table.cellPadding);
  const placed = placeRows(rows, widths.length);
  // Rows of a run tied by merged cells are each kept with the next (the run fits a page: cutTallRuns).
  const keptWithNext = new Set<number>();
  for (const run of rowRuns(rows, widths.length)) for (let r = run.start; r < run.end - 1; r++) keptWithNext.add(r);
  const open =
    '<w:tbl><w:tblPr>' +
    dxa('w:tblW', widths.reduce((a, b) => a + b, 0)) +
    `<w:tblBorders>${SIDES.map((side) => `<w:${side} ${line}/>`).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar>${dxa('w:top', mmToTwip(theme.table.cellPaddingTop))}${dxa('w:left', pad)}${dxa('w:bottom', mmToTwip(theme.table.cellPaddingBottom))}${dxa('w:right', pad)}</w:tblCellMar>` +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  out.write(open);
  // The repeated head rows as written, to start the table again after a page break.
  const head: string[] = [];
  // The continuation cells of row-spanning cells above, by row: they are inserted as each row is
  // written, so that only the next row's cells are ever held.
  let cells = rows.length > 0 ? gridCells(rows[0] as TableRow, placed[0] as PlacedRow, widths) : [];
  rows.forEach((row, r) => {
    const next = r + 1 < rows.length ? gridCells(rows[r + 1] as TableRow, placed[r + 1] as PlacedRow, widths) : [];
    const rowFlags = {
      breakBefore: r === 0 && flags.breakBefore,
      // Header and group rows stay with the row below them; the last row with a signature.
      keepNext: (r === rows.length - 1 && flags.keepNext) || row.kind === 'header' || row.kind === 'group' || keptWithNext.has(r),
    };
    const own = cells.filter((cell) => cell.index !== undefined);
    // A break here leaves no merged cell cut: none runs into this row from above.
    const breakable = r > repeat && breakRows.has(row) && own.length === cells.length;
    let xml = '';
    let column = 0;
    for (const cell of cells) {
      xml += cellXml(cell, row, pad, ctx, rowFlags);
      if (cell.rowSpan > 1 && r + 1 < rows.length) insertAtColumn(next, continuation(cell), column);
      column += cell.span;
    }
    cells = next;
    // docx leaves out a row without cells.
    if (!xml) return;
    // Word cuts off a row that may not split and is taller than a page: let those split.
    const textWidths = own.map((cell) => (cell.width - 2 * pad) / 20);
    const cantSplit = row.cantSplit !== false && !splitRows.has(row) && !tallerThanPage(row, textWidths, ctx.bodyHeight / 20, theme, ctx.metrics);
    const trPr = (cantSplit ? '<w:cantSplit/>' : '') + (r < repeat ? '<w:tblHeader/>' : '');
    const tr = `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${xml}</w:tr>`;
    if (r < repeat) head.push(tr);
    else if (breakable) out.write(`</w:tbl>${hairline(true)}${open}${head.join('')}`);
    out.write(tr);
  });
  out.write('</w:tbl>');
}

/**
 * A cell as placed on the grid: one of the row's own (`index` into `row.cells`) or the
 * continuation (`w:vMerge continue`) of a row-spanning cell above.
 */
interface GridCell {
  index?: number;
  /** Grid columns spanned. */
  span: number;
  /** Rows spanned from this row down. */
  rowSpan: number;
  /** Twips. */
  width: number;
  vAlign: 'center' | 'top';
  /** The alignment of the cell's last paragraph: a continuation's empty paragraph has it. */
  lastAlign?: Align;
}

/** The row's own cells. */
function gridCells(row: TableRow, placed: PlacedRow, widths: number[]): GridCell[] {
  const cellWidths = placedWidths(placed, widths);
  return row.cells.map((cell, c) => {
    const { span, rowSpan } = placed.cells[c] as PlacedRow['cells'][number];
    const blocks = cell.blocks;
    const last = blocks[blocks.length - 1];
    return {
      index: c,
      span,
      rowSpan,
      width: cellWidths[c] ?? 0,
      vAlign: row.kind === 'header' ? 'center' : 'top',
      lastAlign: (last ? last.align : undefined) ?? cell.align,
    };
  });
}

/** The cell a row-spanning cell continues in the row below (as docx makes it). */
const continuation = (cell: GridCell): GridCell => ({
  span: cell.span,
  rowSpan: cell.rowSpan - 1,
  width: cell.width,
  vAlign: cell.vAlign,
  lastAlign: cell.lastAlign,
});

/**
 * Inserts a continuation cell where docx inserts it: before the cell of the row that covers grid
 * column `column` (counting the row's cells' spans), or at the end.
 */
function insertAtColumn(cells: GridCell[], cell: GridCell, column: number): void {
  let col = 0;
  let i = 0;
  while (col <= column) {
    const at = cells[i];
    if (!at) {
      cells.push(cell);
      return;
    }
    col += at.span;
    i++;
  }
  cells.splice(i - 1, 0, cell);
}

function cellXml(cell: GridCell, row: TableRow, pad: number, ctx: DocxContext, flags: BlockFlags): string {
  const own = cell.index !== undefined ? row.cells[cell.index] : undefined;
  const tcPr =
    dxa('w:tcW', cell.width) +
    (cell.span > 1 ? val('w:gridSpan', cell.span) : '') +
    (own ? (cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '') : '<w:vMerge w:val="continue"/>') +
    val('w:vAlign', cell.vAlign);
  const content = own
    ? cellParagraphs(own, row.kind === 'group', { ...ctx, width: cell.width - 2 * pad, cell: true }, {
        breakBefore: cell.index === 0 && flags.breakBefore,
        keepNext: flags.keepNext,
      })
    : paragraphXml(pPrXml({ align: cell.lastAlign }), '');
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
}

function cellParagraphs(cell: TableCell, group: boolean, ctx: DocxContext, flags: BlockFlags): string {
  const over = { bold: cell.bold ?? (group || undefined), align: cell.align };
  const blocks = cell.blocks.length > 0 ? cell.blocks : [{ type: 'paragraph' as const, style: 'table' as const, runs: [] }];
  let xml = '';
  blocks.forEach((p, i) => {
    const { pPr, content } = paragraphParts(p, ctx, { breakBefore: i === 0 && flags.breakBefore, keepNext: flags.keepNext }, over);
    xml += paragraphXml(pPr, content);
  });
  return xml;
}
