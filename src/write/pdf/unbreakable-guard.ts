/**
 * The last line of defence against pdfmake dropping content. pdfmake lays an unbreakable block
 * (a node with `unbreakable`, a table row with `dontBreakRows`, a table's `headerRows` with its
 * `keepWithHeaderRows`) out on a scratch page, then places the result as one piece: where it
 * fits, else on a fresh page. A piece taller than a page fits nowhere and is silently not placed
 * at all (PageElementWriter's `_fitOnPage` gives up after the fresh page): a header taller than a
 * page, a stamp with a 10 000-character word, forty section rows joined to the row below them,
 * each vanished and left a blank page behind (pdfmake issues 961, 1159, 2560).
 *
 * The writers keep blocks below a page where they can (tall rows are cut, long words broken,
 * joined rows and repeated headers limited: table.ts, group-rows.ts, tall-rows.ts), from
 * estimates. This guard catches what gets through: it watches every unbreakable block of a
 * layout attempt, and when one ran over a page it makes the node that asked for it breakable (an
 * `unbreakable` node loses the flag; a table first stops repeating its header rows, then lets its
 * rows break across pages) and has the document laid out again. A block is then split across
 * pages instead of lost: nothing printed is ever dropped.
 */
import type { PdfNode } from './pdfmake.js';

/** pdfmake's PageElementWriter, as far as the guard needs to know it. */
export interface UnbreakableWriter {
  transactionLevel: number;
  context(): { pages: unknown[] };
  beginUnbreakableBlock(width?: number, height?: number): void;
  commitUnbreakableBlock(forcedX?: number, forcedY?: number): void;
  /** Places a laid-out block; falsy when it does not fit even a fresh page (and nothing was placed). */
  addFragment(fragment: unknown, ...rest: unknown[]): unknown;
}

/**
 * Runs `commit` (the outermost commit of an unbreakable block) and tells whether all of the block
 * was placed. pdfmake 0.3 lays the block out on a scratch page of unknown (NaN) height, so it
 * never runs over there: the block comes back as one fragment as tall as its content, and
 * placing it fails, on the current page and again on a fresh one, when it is taller than a page.
 * Were the scratch page a real one, the content past it would be lost instead: both count.
 */
function placedWhole(writer: UnbreakableWriter, commit: () => void): boolean {
  const scratchPages = writer.context().pages.length;
  const add = writer.addFragment;
  let depth = 0;
  let placed = true;
  writer.addFragment = (...args: [unknown, ...unknown[]]) => {
    depth++;
    try {
      const position = add.apply(writer, args);
      // Only the block's own fragment (a repeated header placed on a new page meanwhile is not it).
      if (depth === 1 && !position) placed = false;
      return position;
    } finally {
      depth--;
    }
  };
  try {
    commit();
  } finally {
    // The prototype's method again.
    delete (writer as Partial<UnbreakableWriter>).addFragment;
  }
  return placed && scratchPages <= 1;
}

interface TableSpec {
  headerRows?: number;
  keepWithHeaderRows?: number;
  dontBreakRows?: boolean;
}

/** Whether pdfmake makes an unbreakable block for this node (directly, or for its table's rows). */
function asksUnbreakable(node: PdfNode): boolean {
  if (node.unbreakable === true) return true;
  const table = node.table as TableSpec | undefined;
  return table !== undefined && (table.dontBreakRows === true || (table.headerRows ?? 0) > 0 || (table.keepWithHeaderRows ?? 0) > 0);
}

/**
 * What ran over: a node's own block, a table's header rows (with the rows kept with them: the
 * table's first block when it has any), or one of its rows.
 */
type Block = 'node' | 'head' | 'row';

/**
 * Makes the block breakable: an `unbreakable` node loses the flag; a table stops repeating its
 * header rows and keeping them with the first row, or lets its rows break across pages.
 */
export function relax(node: PdfNode, block: Block): void {
  const table = node.table as TableSpec | undefined;
  if (block === 'node') node.unbreakable = false;
  else if (table && block === 'head') {
    table.headerRows = 0;
    table.keepWithHeaderRows = 0;
  } else if (table) table.dontBreakRows = false;
}

export class UnbreakableGuard {
  /** The nodes being laid out, outermost first. */
  private readonly path: PdfNode[] = [];
  private watched: UnbreakableWriter | undefined;
  /** The node whose unbreakable block is open at the outermost level, and which block it is. */
  private owner: { node: PdfNode; block: Block } | undefined;
  /** Tables whose first block was opened in this attempt. */
  private started = new WeakSet<PdfNode>();
  /** Nodes made breakable since the last `takeRelaxed()`. */
  private relaxed = 0;

  /** Call around pdfmake's `processNode(node)`: `writer` is the attempt's page writer. */
  enter(node: PdfNode, writer: UnbreakableWriter): void {
    if (writer !== this.watched) this.watch(writer);
    this.path.push(node);
  }

  leave(): void {
    this.path.pop();
  }

  /** How many nodes were made breakable since the last call (then the attempt must be laid out again). */
  takeRelaxed(): number {
    const n = this.relaxed;
    this.relaxed = 0;
    this.path.length = 0;
    this.owner = undefined;
    this.started = new WeakSet();
    return n;
  }

  /**
   * Wraps the writer's transaction calls (this writer only: pdfmake makes a new one per attempt).
   * Blocks placed at a forced position (page headers, footers, backgrounds) are not the flow's
   * and are left alone.
   */
  private watch(writer: UnbreakableWriter): void {
    this.watched = writer;
    const begin = writer.beginUnbreakableBlock.bind(writer);
    const commit = writer.commitUnbreakableBlock.bind(writer);
    writer.beginUnbreakableBlock = (width?: number, height?: number) => {
      if (writer.transactionLevel === 0) this.owner = width === undefined && height === undefined ? this.ownerOf(this.path.findLast(asksUnbreakable)) : undefined;
      begin(width, height);
    };
    writer.commitUnbreakableBlock = (forcedX?: number, forcedY?: number) => {
      const owner = writer.transactionLevel === 1 && forcedX === undefined && forcedY === undefined ? this.owner : undefined;
      if (writer.transactionLevel === 1) this.owner = undefined;
      if (!owner) return commit(forcedX, forcedY);
      if (!placedWhole(writer, () => commit(forcedX, forcedY))) {
        relax(owner.node, owner.block);
        this.relaxed++;
      }
    };
  }

  private ownerOf(node: PdfNode | undefined): UnbreakableGuard['owner'] {
    if (!node) return undefined;
    const table = node.table as TableSpec | undefined;
    if (!table || node.unbreakable === true) return { node, block: 'node' };
    const first = !this.started.has(node);
    this.started.add(node);
    return { node, block: first && ((table.headerRows ?? 0) > 0 || (table.keepWithHeaderRows ?? 0) > 0) ? 'head' : 'row' };
  }
}
