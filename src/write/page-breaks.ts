/**
 * One pagination for both writers (issue 12): the page breaks the PDF's layout made by a keep rule
 * that an office suite cannot be trusted to follow in the DOCX, so that the DOCX writer writes
 * them out.
 *
 * The PDF is laid out first (pdfmake, with plangraf's keep rules: src/write/pdf/keep.ts). Word
 * keeps what these rules keep by `w:keepNext` alone, LibreOffice does not across the end of a
 * table. So where a rule started a page, the DOCX starts one too:
 * - table rows moved to keep them with the signature below the table: the table ends before the
 *   first moved row and goes on, after a page break, as a table that repeats the header rows —
 *   one break where the layout put it, not a table per page: every other row still flows, and
 *   the official can edit the table as before;
 * - a block moved with what follows it (a title or caption with its table, a plan's header table
 *   with its first row): a page break before that block (`w:pageBreakBefore`);
 * - a table's first row split under its lead-in (an appendix mark and title opening the page),
 *   too tall for the room left: that row may split (no `w:cantSplit`).
 *
 * Rows are named by position (section, block, row of `Table.rows`) in the document model both
 * writers print: each writer prints its own copy of the model (src/write/model-text.ts), so
 * object identity does not carry over.
 */
import type { DocumentModel } from '../model/document.js';

/** A block of the model: `sections[section].blocks[block]`. */
export interface BlockAddress {
  section: number;
  block: number;
}

/** A body row of a table of the model: `sections[section].blocks[block].rows[row]`. */
export interface RowAddress {
  section: number;
  block: number;
  row: number;
}

export class PageBreaks {
  private readonly rows = new Map<string, Set<number>>();
  private readonly splits = new Set<string>();
  private readonly blocks = new Set<string>();

  /**
   * A page starts at this block: a keep rule moved it (a title or caption with the table below
   * it, a plan's header table with its first rows) to the next page. Word and LibreOffice keep a
   * paragraph with the next one, but not a table with the table after it.
   */
  addBlock({ section, block }: BlockAddress): void {
    this.blocks.add(`${section}/${block}`);
  }

  startsPage(section: number, block: number): boolean {
    return this.blocks.has(`${section}/${block}`);
  }

  /** A page starts at this row (the PDF moved it and the rows below it to the next page). */
  addRow({ section, block, row }: RowAddress): void {
    const key = `${section}/${block}`;
    const set = this.rows.get(key) ?? new Set<number>();
    set.add(row);
    this.rows.set(key, set);
  }

  /** The rows of table `block` of `section` that start a page, if any. */
  rowsOf(section: number, block: number): ReadonlySet<number> | undefined {
    return this.rows.get(`${section}/${block}`);
  }

  /**
   * The row is split across two pages: the first row of a table whose lead-in (appendix mark,
   * title) opens a page, too tall for the room under it; kept whole, it would leave the lead-in
   * alone on its page. The DOCX lets it split (no `w:cantSplit`) where the PDF cut it.
   */
  allowSplit({ section, block, row }: RowAddress): void {
    this.splits.add(`${section}/${block}/${row}`);
  }

  splitAllowed(section: number, block: number, row: number): boolean {
    return this.splits.has(`${section}/${block}/${row}`);
  }
}

/**
 * The model has a table: the one kind of block around which the PDF's keep rules may start a page
 * that the DOCX must then break at (a title kept with it, its header table, its last rows kept
 * with a signature). A document without tables needs no layout pass for its DOCX.
 */
export function needsLayoutPass(model: DocumentModel): boolean {
  return model.sections.some((s) => s.blocks.some((b) => b.type === 'table'));
}
