/**
 * One pagination for both writers (issue 12): the page breaks the PDF's layout made by a keep rule
 * that an office suite cannot be trusted to follow in the DOCX, so that the DOCX writer writes
 * them out.
 *
 * The PDF is laid out first (pdfmake, with plangraf's keep rules: src/write/pdf/keep.ts). Where a
 * rule moved table rows to the next page to keep them with the signature below the table, Word
 * keeps them too (`w:keepNext` on the rows' paragraphs holds across the end of a table), but
 * LibreOffice does not: it leaves the signature alone on the last page. The DOCX writer then ends
 * the table before the first moved row and goes on with a table that starts on a new page and
 * repeats the header rows — one break where the layout put it, not a table per page: every other
 * row still flows, and the official can edit the table as before.
 *
 * Rows are named by position (section, block, row of `Table.rows`) in the document model both
 * writers print: each writer prints its own copy of the model (src/write/model-text.ts), so
 * object identity does not carry over.
 */
import type { Block, DocumentModel } from '../model/document.js';

/** A body row of a table of the model: `sections[section].blocks[block].rows[row]`. */
export interface RowAddress {
  section: number;
  block: number;
  row: number;
}

export class PageBreaks {
  private readonly rows = new Map<string, Set<number>>();
  private readonly splits = new Set<string>();

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

  /** How many rows start a page by a keep rule. */
  get size(): number {
    let n = 0;
    for (const set of this.rows.values()) n += set.size;
    return n;
  }
}

/**
 * The model has a signature right after a table (spacers between do not count): the one case in
 * which the PDF's layout may move table rows that the DOCX must then break before. Other documents
 * need no layout pass for their DOCX.
 */
export function signatureFollowsTable(model: DocumentModel): boolean {
  return model.sections.some((s) => {
    let previous: Block | undefined;
    for (const block of s.blocks) {
      if (block.type === 'signature' && previous?.type === 'table') return true;
      if (block.type !== 'spacer') previous = block;
    }
    return false;
  });
}
