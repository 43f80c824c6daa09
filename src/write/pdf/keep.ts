/**
 * Page-break rules pdfmake cannot express declaratively, applied through its `pageBreakBefore`
 * hook (called after layout; returning true lays the document out again):
 * - the header-rows table of a 'numbers' table moves to the next page when the number row and
 *   the first row (estimated) do not fit under it;
 * - the block before a signature moves with the signature when the signature would start a page
 *   alone (for a table: its last row, by a page break before each of its cells).
 * Node ids are numbered per document, so output stays deterministic.
 */
import type { PageBreakContext, PageInfo, PdfNode } from './pdfmake.js';
import { PageBreaks, type BlockAddress, type RowAddress } from '../page-breaks.js';

interface HeadRule {
  kind: 'head';
  /** Estimated height of the header table, the number row and the first row, points. */
  height: number;
  /** The table (`section/block`) when only its lead-in stands above it on its page. */
  leadIn?: string;
  /** The block it moves, named for the DOCX, which then breaks before it (page-breaks.ts). */
  block?: BlockAddress;
}
interface SignatureRule {
  kind: 'signature';
  signatureId: string;
  /** The signature's estimated height, points, when known. */
  height?: number;
  /** All nodes to break before (a table row's cells), the first of which carries the id. */
  nodes: PdfNode[];
  /** The table row those nodes print (a table's last rows), or the block they are (a whole table). */
  moved?: RowAddress | BlockAddress;
}

export class KeepRules {
  private counter = 0;
  private readonly rules = new Map<string, HeadRule | SignatureRule>();
  /** The table rows a signature rule moved to the next page: the DOCX breaks before them too. */
  readonly pageBreaks = new PageBreaks();
  /**
   * By table (`section/block`): the room, points, under a head this layout moved to the next page
   * although only the table's lead-in stood above it. The writer lays the document out again
   * with the first row cut to that room (index.ts), so that the lead-in keeps its table.
   */
  readonly leadInAlone = new Map<string, number>();

  nextId(prefix: string): string {
    return `plangraf-${prefix}-${++this.counter}`;
  }

  /** Move the node with id `headId` to the next page unless `height` points fit under its start. */
  keepHead(headId: string, height: number, leadIn?: string, block?: BlockAddress): void {
    this.rules.set(headId, { kind: 'head', height, ...(leadIn !== undefined ? { leadIn } : {}), ...(block ? { block } : {}) });
  }

  private nextCounter = 0;

  /**
   * The id of a block kept with the next one (a heading), moved to the next page unless `height`
   * points (it and the next block's start) fit under its start. Numbered apart from the other
   * rules' ids, which name destinations in the PDF and so stay as they were.
   */
  keepWithNext(height: number, block?: BlockAddress): string {
    const id = `plangraf-next-${++this.nextCounter}`;
    this.rules.set(id, { kind: 'head', height, ...(block ? { block } : {}) });
    return id;
  }

  /** Move `nodes` (the first carries `id`) to the signature's page when the signature starts a page. */
  keepBeforeSignature(id: string, nodes: PdfNode[], signatureId: string, height?: number, moved?: RowAddress | BlockAddress): void {
    this.rules.set(id, { kind: 'signature', signatureId, nodes, ...(height !== undefined ? { height } : {}), ...(moved ? { moved } : {}) });
  }

  /** The page-break hook for pdfmake. It only looks at nodes with an id (`idsOnly`: pdfmake.ts asks it about no others). */
  readonly pageBreakBefore = Object.assign((node: PageInfo, ctx: PageBreakContext): boolean => this.check(node, ctx), {
    idsOnly: true as const,
    // A signature rule is asked after every layout: one laid out later (a footnote's room, a
    // block made breakable) may have moved the signature to a page of its own.
    recheck: (id: string): boolean => this.rules.get(id)?.kind === 'signature',
  });

  private check(node: PageInfo, ctx: PageBreakContext): boolean {
    const rule = node.id ? this.rules.get(node.id) : undefined;
    if (!rule) return false;
    const page = node.pageNumbers[0];
    if (rule.kind === 'head') {
      // Decided from the head's own start (reliable) and the estimated height of the head, the
      // number row and the first row: the cells' positions are not (pdfmake keeps stale ones
      // from its first try of rows it then moves with `keepWithHeaderRows`).
      const start = node.startPosition;
      if (!start?.pageInnerHeight || start.verticalRatio === undefined || start.verticalRatio < 0.01) return false;
      const room = start.pageInnerHeight * (1 - start.verticalRatio);
      if (room >= rule.height) return false;
      if (rule.leadIn !== undefined) this.leadInAlone.set(rule.leadIn, room);
      if (rule.block) this.pageBreaks.addBlock(rule.block);
      return true;
    }
    if (node.pageNumbers.length !== 1) return false;
    const signature = ctx.getNodesOnNextPage().find((n) => n.id === rule.signatureId) ?? ctx.getFollowingNodesOnPage().find((n) => n.id === rule.signatureId);
    if (!signature) return false;
    if (signature.pageNumbers[0] === page) {
      // Placed on this page as far as pdfmake's positions tell; but an unbreakable block that
      // does not fit under its start goes to the next page and keeps the positions of its first
      // try there: told by its estimated height against the room under its start.
      const start = signature.startPosition;
      if (rule.height === undefined || !start?.pageInnerHeight || start.verticalRatio === undefined) return false;
      if (start.pageInnerHeight * (1 - start.verticalRatio) >= rule.height) return false;
    }
    for (const n of rule.nodes) n.pageBreak = 'before';
    if (rule.moved) {
      if ('row' in rule.moved) this.pageBreaks.addRow(rule.moved);
      else this.pageBreaks.addBlock(rule.moved);
    }
    return true;
  }
}
