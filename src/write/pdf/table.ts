/**
 * IR table → pdfmake table: column widths scaled from the relative widths to the available width,
 * group rows spanning all columns in bold, unbreakable rows (with the too-tall-row guard), header
 * rows repeated per `repeatHead`.
 *
 * 'numbers': pdfmake repeats the first `headerRows` rows, so, as in DOCX, the header rows go in a
 * table of their own directly above the body table, whose first row is the number row (its only
 * header row). The widths match, so the lines join; a keep rule moves the header table to the
 * next page with the body table if they would be parted. Group rows are joined with the row below
 * them (group-rows.ts); rows taller than a page are cut (tall-rows.ts).
 */
import type { Table, TableRow } from '../../model/document.js';
import type { PdfContext } from './context.js';
import type { PdfNode } from './pdfmake.js';
import { joinedRow, unitsOf, withGroupsJoined } from './group-rows.js';
import { cutTallRuns, runHeight, type CellHeight } from '../merged-rows.js';
import type { OuterRow } from './group-rows.js';
import { pdfRow } from './table-rows.js';
import { placeRows, placedWidths } from '../grid.js';
import type { PlacedRow } from '../grid.js';
import { cutTallRow } from './tall-rows.js';
import type { CutRow } from './tall-rows.js';
import { ESTIMATE_SAFETY, LineCache, cellPaddingY, estimateCellHeight, headRepeats, lineHeightOf } from '../text-height.js';
import { columnWidths, mmToPt } from '../units.js';

export interface PdfTable {
  nodes: PdfNode[];
  /** The cells of the last row (to move it with a following signature). */
  lastRowCells: PdfNode[];
  /** The index in `Table.rows` of the first row those cells print, when it is one of them. */
  lastRow?: number;
  /** The table's end is its first row (or it has no body rows): `nodes` is one stack, moved whole. */
  wholeTable?: boolean;
}

export function tableToPdf(node: Table, outerCtx: PdfContext): PdfTable {
  // Each cell paragraph is broken into lines once for all the estimates and for printing.
  const ctx: PdfContext = { ...outerCtx, lines: new LineCache() };
  const { theme } = ctx;
  // Word and LibreOffice set a cell's text in its width less the left and right margins, the
  // rules lying inside the margins: the text is as wide here, so lines break at the same words.
  // pdfmake puts its lines beside the padding, so its padding is the margin less a share of them.
  const margin = mmToPt(theme.table.cellPadding);
  const line = node.borders === 'all' ? theme.table.borderWidth : 0;
  const n = node.columns.length;
  // pdfmake widths exclude padding and lines: take them out so the table is exactly as wide as the text.
  const outer = columnWidths(node.columns.map((c) => c.width), Math.floor(ctx.width * 100), Math.round(mmToPt(theme.table.minColumnWidth) * 100)).map((w) => w / 100);
  const widths = outer.map((w) => Math.max(1, w - 2 * margin));
  const pad = n > 0 ? margin - (line * (n + 1)) / (2 * n) : margin;

  const numberRows = node.head.filter((r) => r.kind === 'numbers');
  const split = node.repeatHead === 'numbers' && numberRows.length > 0;
  const headTable = split ? node.head.filter((r) => r.kind !== 'numbers') : [];
  const bodyHead = split ? numberRows : node.head;
  const wantRepeat = split ? numberRows.length : node.repeatHead === 'all' ? node.head.length : 0;

  // The guard: room for one row = page body height minus what repeats above it.
  // Cell placement (spans, rows under a row-spanning cell) per pdfmake table; rows not placed
  // here (pieces of cut rows) stand alone.
  const placement = new Map<TableRow, PlacedRow>();
  const place = (rows: TableRow[]) => placeRows(rows, n).forEach((p, i) => placement.set(rows[i] as TableRow, p));
  const placedOf = (row: TableRow) => placement.get(row) ?? (placeRows([row], n)[0] as PlacedRow);
  const widthsOf = new Map<TableRow, number[]>();
  const cellWidths = (row: TableRow) => {
    let w = widthsOf.get(row);
    if (!w) widthsOf.set(row, (w = placedWidths(placedOf(row), widths, 2 * pad + line)));
    return w;
  };
  const heights = new Map<TableRow, number[]>();
  const cellHeights = (row: TableRow) => {
    let h = heights.get(row);
    if (!h) {
      const w = cellWidths(row);
      h = row.cells.map((c, i) => estimateCellHeight(c.blocks, w[i] ?? 0, theme, ctx.metrics, c.bold, ctx.lines));
      heights.set(row, h);
    }
    return h;
  };
  const padY = cellPaddingY(theme);
  const rowHeight = (row: TableRow) => padY + Math.max(0, ...cellHeights(row));
  // Header cells spanning rows are centred by a top margin: the estimated height of the rows
  // they span (from the cells that do not span) less their own, halved.
  const spanOffsets = (rows: TableRow[]) => (row: TableRow): number[] => {
    const r = rows.indexOf(row);
    if (row.kind !== 'header' || r < 0) return [];
    const own = (x: TableRow) => {
      const placed = placedOf(x);
      return Math.max(0, ...cellHeights(x).filter((_, i) => placed.cells[i]?.rowSpan === 1));
    };
    return placedOf(row).cells.map(({ rowSpan }, i) => {
      if (rowSpan <= 1) return 0;
      const spanned = rows.slice(r, r + rowSpan).reduce((h, x) => h + own(x), 0) + (rowSpan - 1) * line;
      return Math.max(0, (spanned - (cellHeights(row)[i] ?? 0)) / 2);
    });
  };
  place(headTable);
  place(bodyHead);
  // The head repeats unless it would take too much of each page (then, as in DOCX, it is printed once).
  const pageHeight = ctx.page.height - ctx.page.margins.top - ctx.page.margins.bottom;
  const headHeight = bodyHead.slice(0, wantRepeat).reduce((h, r) => h + rowHeight(r) + line, 0);
  const repeat = headRepeats(headHeight, pageHeight) ? wantRepeat : 0;
  const budget = (pageHeight - (repeat > 0 ? headHeight : 0)) * ESTIMATE_SAFETY;
  // Rows tied by row-spanning cells (merged cells) stay together; a run taller than a page is
  // cut into pieces that fit, the spanning cell repeated in each (merged-rows.ts). A cell's height
  // counts its row's padding, as `rowHeight` does.
  const spanHeight: CellHeight = (cell, at) =>
    padY + estimateCellHeight(cell.blocks, widths.slice(at.from, at.from + at.span).reduce((a, b) => a + b, 0) + (at.span - 1) * (2 * pad + line), theme, ctx.metrics, cell.bold, ctx.lines);
  const bodyRowsIn = cutTallRuns(node.rows, n, budget, spanHeight);
  place(bodyRowsIn);
  const cutRows = (rows: TableRow[]) => rows.flatMap((row) => cutTallRow(row, cellWidths(row), budget - padY, theme, ctx.metrics, row.kind === 'group', ctx.lines));
  // A table whose lead-in (appendix mark, title) alone stands above it on its page: in a second
  // layout (keep.ts), its first row, too tall for the room under the lead-in, is cut to that room
  // so that the lead-in keeps its table; the DOCX lets that row split there (page-breaks.ts).
  const leadInKey = ctx.block?.leadIn && ctx.section !== undefined ? `${ctx.section}/${ctx.block.index}` : undefined;
  const leadInRoom = leadInKey !== undefined ? ctx.leadInRooms?.get(leadInKey) : undefined;
  const first = node.rows[0];
  let cut: CutRow[];
  // The piece of that row that opens the next page: the rule under the piece before it is drawn
  // (it closes the page, as Word and LibreOffice close a row split at a page end).
  const opensPage = new Set<TableRow>();
  // Only a first row that is a row of its own: no cell of it spans rows (a merged run is kept whole).
  const cuttable = first !== undefined && bodyRowsIn[0] === first && first.kind !== 'group' && first.cells.every((c) => (c.rowSpan ?? 1) === 1);
  if (leadInRoom !== undefined && cuttable) {
    const above = [...headTable, ...bodyHead.slice(0, repeat)].reduce((h, r) => h + rowHeight(r) + line, 2 * line);
    const pieces = cutTallRow(first, cellWidths(first), budget - padY, theme, ctx.metrics, false, ctx.lines, Math.max(0, leadInRoom - above - padY - 1));
    // Cut only when some of the row fits there: else it goes whole to the next page, as before.
    const fits = pieces.length > 1 && pieces[0]!.row.cells.some((c) => c.blocks.length > 0);
    if (fits && pieces[1]) opensPage.add(pieces[1].row);
    if (fits) ctx.keep.pageBreaks.allowSplit({ section: ctx.section as number, block: (ctx.block as { index: number }).index, row: 0 });
    cut = [...(fits ? pieces : cutRows([first])), ...cutRows(bodyRowsIn.slice(1))];
  } else cut = cutRows(bodyRowsIn);
  // Head rows printed once are cut like body rows when taller than a page, unless a cell spans
  // rows (a piece of such a row would lose its place under the spanning cell).
  const spansRows = node.head.some((r) => r.cells.some((c) => (c.rowSpan ?? 1) > 1));
  const cutHead = (rows: TableRow[]): CutRow[] => (spansRows ? rows.map((row) => ({ row, continuation: false })) : cutRows(rows));
  const headPieces = cutHead(headTable);
  const bodyHeadPieces = [...bodyHead.slice(0, repeat).map((row) => ({ row, continuation: false })), ...cutHead(bodyHead.slice(repeat))];

  const padding = { top: mmToPt(theme.table.cellPaddingTop), bottom: mmToPt(theme.table.cellPaddingBottom) };
  const layout = (continuations: Set<number>): PdfNode => tableLayout(line, pad, padding, continuations);

  const nodes: PdfNode[] = [];
  const headId = split && headTable.length > 0 ? ctx.keep.nextId('head') : undefined;
  if (headId) {
    const headContinuations = new Set<number>();
    headPieces.forEach((r, i) => r.continuation && headContinuations.add(i));
    nodes.push({
      id: headId,
      table: { widths, body: headPieces.map(({ row: r }) => pdfRow(r, n, ctx, cellWidths(r), placedOf(r), spanOffsets(headTable)(r))), dontBreakRows: true },
      layout: layout(headContinuations),
    });
  }
  // Group rows travel with the row (or run of merged rows) below them: together they become
  // one unbreakable row, and so does a run of merged rows.
  const units = unitsOf(cut, n);
  const bodyRows: OuterRow[] = [...bodyHeadPieces.map(({ row, continuation }) => ({ rows: [row], continuation })), ...withGroupsJoined(units, (rows) => runHeight(rows, n, spanHeight), budget)];
  const continuations = new Set<number>();
  const ruled = new Set<number>();
  bodyRows.forEach((r, i) => {
    if (r.continuation) continuations.add(i);
    if (opensPage.has(r.rows[0] as TableRow)) ruled.add(i);
  });
  // The last row and its continuations move together with a following signature.
  const lastStart = bodyRows.length - 1 - [...bodyRows].reverse().findIndex((r) => !r.continuation);
  const splits = node.rows.some((r) => r.cantSplit === false);
  const body = bodyRows.map((r, i) => {
    if (r.rows.length === 1) return pdfRow(r.rows[0] as TableRow, n, ctx, cellWidths(r.rows[0] as TableRow), placedOf(r.rows[0] as TableRow), spanOffsets(bodyHead)(r.rows[0] as TableRow), i >= lastStart);
    const joined = joinedRow(r.rows, widths, layout(new Set()), pad, padding, n, ctx, cellWidths, placedOf);
    // Rows that may split make the table breakable (pdfmake breaks all rows or none): a run of
    // merged rows still goes whole to the next page when it does not fit under its start.
    if (splits && r.rows.some((row) => row.cells.some((c) => (c.rowSpan ?? 1) > 1))) (joined[0] as PdfNode).id = ctx.keep.keepWithNext(runHeight(r.rows, n, spanHeight) + line);
    return joined;
  });
  if (headId) {
    const repeatedHead = new Set(bodyHead);
    const together = [...headPieces.map((p) => p.row), ...bodyRows.slice(0, repeat + 1).flatMap((r) => r.rows)];
    // Each row with the line under it, and the top lines of the two tables; of a first row that
    // may split, only its first line need fit (as in Word, whose header rows keep with the next).
    const height = (r: TableRow) => (r.cantSplit === false && !repeatedHead.has(r) ? padY + Math.max(0, ...r.cells.map((c) => (c.blocks[0] ? lineHeightOf(c.blocks[0], theme, ctx.metrics) : 0))) : rowHeight(r));
    const at = ctx.block && ctx.section !== undefined ? { section: ctx.section, block: ctx.block.index } : undefined;
    ctx.keep.keepHead(headId, together.reduce((h, r) => h + height(r) + line, 2 * line), leadInRoom === undefined && cuttable ? leadInKey : undefined, at);
  }
  if (body.length > 0) {
    nodes.push({
      // Rows that may split (a plan's `splitRows`) run on to the next page line by line, as in
      // Word: then the first row need not fit whole under the repeated head, only begin there.
      table: { widths, body, headerRows: repeat, keepWithHeaderRows: repeat > 0 && !splits ? 1 : 0, dontBreakRows: !splits },
      layout: tableLayout(line, pad, padding, continuations, ruled),
    });
  }
  // When the end to move with a signature is the first body row (or there is none), the whole
  // table moves: in a stack of its own, so that its head never stays behind alone.
  if (lastStart <= bodyHeadPieces.length) {
    const whole: PdfNode = { stack: nodes };
    return { nodes: [whole], lastRowCells: [whole], wholeTable: true };
  }
  const lastRowCells = body.slice(Math.max(0, lastStart)).flat().filter((c) => Object.keys(c).length > 0);
  const lastRow = lastStart >= 0 ? node.rows.indexOf(bodyRows[lastStart]?.rows[0] as TableRow) : -1;
  return { nodes, lastRowCells, ...(lastRow >= 0 ? { lastRow } : {}) };
}

/**
 * The line and padding functions of a table. Made out here, not in `tableToPdf`: a closure keeps
 * its whole scope alive, and the table's scope holds every line of every cell (the line cache,
 * the cut rows) until the document is laid out.
 */
function tableLayout(line: number, pad: number, padding: { top: number; bottom: number }, continuations: Set<number>, ruled: ReadonlySet<number> = new Set()): PdfNode {
  return {
    hLineWidth: (i: number) => (continuations.has(i) && !ruled.has(i) ? 0 : line),
    vLineWidth: () => line,
    hLineColor: () => '#000000',
    vLineColor: () => '#000000',
    paddingLeft: () => pad,
    paddingRight: () => pad,
    // A continued row's piece runs on without a gap at the page break.
    paddingTop: (i: number) => (continuations.has(i) ? 0 : padding.top),
    paddingBottom: (i: number) => (continuations.has(i + 1) ? 0 : padding.bottom),
  };
}
