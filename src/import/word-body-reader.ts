/**
 * `word/document.xml` → `WordBody` (word-body.ts), as a stream of XML events: nothing but the
 * paragraphs and tables is kept. What a plan-graph cannot hold is left out and noted on its
 * paragraph (`dropped`): pictures and shapes, text boxes, formulas, footnote marks; a table
 * nested in a cell gives its text to that cell as paragraphs. Deleted text of tracked changes
 * (`w:delText`), field instructions and the alternative content Word keeps for old readers
 * (`mc:Fallback`) are not text.
 *
 * Limits (limits.ts) are counted as the XML goes: rows, cells per row, paragraphs, characters of
 * a cell, depth of nested tables. Over one, `ImportLimitExceeded` stops the reading.
 */
import type { ImportLimits } from './limits.js';
import type { ImportLocation } from './location.js';
import { ListCounter, type NumberingDefinitions } from './package-parts.js';
import type { BodyBlock, DroppedKind, WordBody, WordCell, WordInline, WordParagraph, WordRow, WordTable } from './word-body.js';
import { attr, MC_NS, R_NS, W_NS, type XmlHandlers, type XmlTag } from './xml-stream.js';

export type LimitKind = 'rows' | 'cells' | 'paragraphs' | 'chars' | 'depth';

export class ImportLimitExceeded extends Error {
  constructor(
    readonly what: LimitKind,
    readonly limit: number,
    readonly at: ImportLocation,
  ) {
    super(`import limit: ${what} over ${limit}`);
    this.name = 'ImportLimitExceeded';
  }
}

/** Elements whose whole content is left out, and what the reader is told was there. */
const DROPPED = new Map<string, DroppedKind | null>([
  ['drawing', 'image'],
  ['pict', 'image'],
  ['object', 'image'],
  ['footnoteReference', 'footnote'],
  ['endnoteReference', 'footnote'],
  // Not text: deleted text of tracked changes (field instructions are read for HYPERLINK).
  ['delText', null],
  ['delInstrText', null],
]);
/** Parents whose children are the properties the reader keeps (`property`). */
const PROPERTY_PARENTS = new Set(['trPr', 'tcPr', 'pPr', 'numPr']);

const OFF = new Set(['0', 'false', 'off', 'none']);

interface Field {
  phase: 'instruction' | 'result';
  instruction: string;
  link?: string;
}

interface CellBuilder {
  cell: WordCell;
  chars: number;
}

/** The XML handlers that build the body; `body()` once the part is read. */
export class WordBodyReader implements XmlHandlers {
  private readonly blocks: BodyBlock[] = [];
  private readonly lists: ListCounter;
  private paragraphs = 0;
  private topParagraphs = 0;
  private rowsSeen = 0;
  private tableCount = 0;

  /** Open tables, outermost first; only the outermost builds rows and cells. */
  private readonly tables: WordTable[] = [];
  private row: WordRow | undefined;
  private cell: CellBuilder | undefined;
  private tcInRow = 0;

  private para: WordParagraph | undefined;
  private paraChars = 0;
  private inRun = false;
  private runBold = false;
  private runItalic = false;
  /** Inside `w:rPr` of a run (not of a paragraph mark). */
  private inRunProps = false;
  private inText = false;
  /** Element depth inside a left-out subtree (0: not in one), and what it was. */
  private skip = 0;
  private skipKind: DroppedKind | null = null;
  private readonly hyperlinks: (string | undefined)[] = [];
  private readonly fields: Field[] = [];
  private simpleFieldLinks: (string | undefined)[] = [];
  /** Open elements' local names in the W namespace ('' for others). */
  private readonly stack: string[] = [];

  constructor(
    private readonly limits: ImportLimits,
    numbering: NumberingDefinitions,
    private readonly links: Map<string, string>,
  ) {
    this.lists = new ListCounter(numbering);
  }

  body(): WordBody {
    return { blocks: this.blocks };
  }

  open(tag: XmlTag): void {
    const w = W_NS.has(tag.uri);
    const name = w ? tag.local : '';
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (this.skip > 0) {
      this.skip++;
      if (name === 'txbxContent') this.skipKind = 'text-box';
      return;
    }
    if (tag.uri === MC_NS && tag.local === 'Fallback') {
      this.skip = 1;
      this.skipKind = null;
      return;
    }
    if (tag.uri === 'http://schemas.openxmlformats.org/officeDocument/2006/math' && (tag.local === 'oMath' || tag.local === 'oMathPara')) {
      this.startSkip('formula');
      return;
    }
    if (!w) return;
    const dropped = DROPPED.get(name);
    if (dropped !== undefined) {
      this.startSkip(dropped);
      return;
    }
    switch (name) {
      case 'tbl':
        this.openTable();
        return;
      case 'gridCol':
        if (this.tables.length === 1 && parent === 'tblGrid') this.tables[0]!.grid.push(Number(attr(tag, 'w', W_NS) ?? 0) || 0);
        return;
      case 'tr':
        this.openRow();
        return;
      case 'tc':
        this.openCell();
        return;
      case 'p':
        this.openParagraph();
        return;
      case 'r':
        this.inRun = true;
        this.runBold = false;
        this.runItalic = false;
        return;
      case 'rPr':
        this.inRunProps = parent === 'r';
        return;
      case 'b':
        if (this.inRunProps) this.runBold = on(tag);
        return;
      case 'i':
        if (this.inRunProps) this.runItalic = on(tag);
        return;
      case 't':
        this.inText = parent === 'r';
        return;
      case 'tab':
      case 'ptab':
        if (this.inRun && this.para) this.para.inlines.push({ type: 'tab' });
        return;
      case 'br':
      case 'cr':
        this.lineBreak(attr(tag, 'type', W_NS));
        return;
      case 'noBreakHyphen':
        this.addText('-');
        return;
      case 'sym':
        this.symbol(attr(tag, 'char', W_NS));
        return;
      case 'hyperlink': {
        const id = attr(tag, 'id', R_NS);
        this.hyperlinks.push(id !== undefined ? this.links.get(id) : undefined);
        return;
      }
      case 'fldSimple':
        this.simpleFieldLinks.push(hyperlinkOfInstruction(attr(tag, 'instr', W_NS) ?? ''));
        return;
      case 'fldChar':
        this.fieldChar(attr(tag, 'fldCharType', W_NS));
        return;
      default:
        if (parent !== undefined && PROPERTY_PARENTS.has(parent)) this.property(tag, name, parent);
    }
  }

  close(tag: XmlTag): void {
    const name = this.stack.pop() ?? '';
    if (this.skip > 0) {
      this.skip--;
      if (this.skip === 0 && this.skipKind && this.para && !this.para.dropped.includes(this.skipKind)) this.para.dropped.push(this.skipKind);
      return;
    }
    if (!W_NS.has(tag.uri)) return;
    switch (name) {
      case 'tbl':
        this.closeTable();
        return;
      case 'tr':
        if (this.tables.length === 1) this.row = undefined;
        return;
      case 'tc':
        if (this.tables.length === 1) this.cell = undefined;
        return;
      case 'p':
        this.closeParagraph();
        return;
      case 'r':
        this.inRun = false;
        return;
      case 'rPr':
        this.inRunProps = false;
        return;
      case 't':
        this.inText = false;
        return;
      case 'hyperlink':
        this.hyperlinks.pop();
        return;
      case 'fldSimple':
        this.simpleFieldLinks.pop();
        return;
    }
  }

  text(text: string): void {
    if (this.skip > 0) return;
    if (this.inText) this.addText(text);
    else if (this.fields.length > 0 && this.stack[this.stack.length - 1] === 'instrText') this.fields[this.fields.length - 1]!.instruction += text;
  }

  // ───── tables ─────

  private openTable(): void {
    if (this.tables.length >= this.limits.tableDepth) throw new ImportLimitExceeded('depth', this.limits.tableDepth, this.where());
    const table: WordTable = { number: 0, grid: [], rows: [] };
    if (this.tables.length === 0) {
      table.number = ++this.tableCount;
      this.blocks.push({ type: 'table', table });
    }
    this.tables.push(table);
  }

  private closeTable(): void {
    this.tables.pop();
  }

  private openRow(): void {
    if (++this.rowsSeen > this.limits.rows) throw new ImportLimitExceeded('rows', this.limits.rows, this.where({ newRow: true }));
    if (this.tables.length !== 1) return;
    const table = this.tables[0]!;
    this.row = { number: table.rows.length + 1, cells: [], header: false, gridBefore: 0, gridAfter: 0 };
    table.rows.push(this.row);
    this.tcInRow = 0;
  }

  private openCell(): void {
    if (this.tables.length !== 1 || !this.row) return;
    if (++this.tcInRow > this.limits.cellsPerRow) throw new ImportLimitExceeded('cells', this.limits.cellsPerRow, this.where({ newCell: this.tcInRow }));
    const cell: WordCell = { number: this.tcInRow, paragraphs: [], gridSpan: 1 };
    this.row.cells.push(cell);
    this.cell = { cell, chars: 0 };
  }

  /** Properties of tables, rows, cells and paragraphs (the outermost table's only). */
  private property(tag: XmlTag, name: string, parent: string | undefined): void {
    const val = attr(tag, 'val', W_NS);
    if (parent === 'trPr' && this.tables.length === 1 && this.row) {
      if (name === 'tblHeader') this.row.header = on(tag);
      else if (name === 'gridBefore') this.row.gridBefore = Math.max(0, Number(val) || 0);
      else if (name === 'gridAfter') this.row.gridAfter = Math.max(0, Number(val) || 0);
    } else if (parent === 'tcPr' && this.tables.length === 1 && this.cell) {
      if (name === 'gridSpan') this.cell.cell.gridSpan = Math.min(Math.max(1, Number(val) || 1), this.limits.cellsPerRow);
      else if (name === 'vMerge') this.cell.cell.vMerge = val === 'restart' ? 'restart' : 'continue';
      else if (name === 'hMerge') this.cell.cell.hMerge = val === 'restart' ? 'restart' : 'continue';
    } else if (parent === 'pPr' && this.para) {
      if (name === 'pStyle' && val !== undefined) this.para.style = val;
      else if (name === 'jc') this.para.align = alignOf(val);
      else if (name === 'pageBreakBefore') this.para.pageBreak ||= on(tag);
      else if (name === 'sectPr') this.para.sectionEnd = true;
    } else if (parent === 'numPr' && this.para) {
      if (name === 'numId') this.pendingNumId = val;
      else if (name === 'ilvl') this.pendingLevel = Number(val) || 0;
    }
  }

  // ───── paragraphs ─────

  private pendingNumId: string | undefined;
  private pendingLevel = 0;

  private openParagraph(): void {
    if (++this.paragraphs > this.limits.paragraphs) throw new ImportLimitExceeded('paragraphs', this.limits.paragraphs, this.where());
    this.para = { inlines: [], pageBreak: false, sectionEnd: false, dropped: [] };
    this.paraChars = 0;
    this.pendingNumId = undefined;
    this.pendingLevel = 0;
  }

  private closeParagraph(): void {
    const p = this.para;
    if (!p) return;
    this.para = undefined;
    if (this.pendingNumId !== undefined) {
      const mark = this.lists.mark(this.pendingNumId, this.pendingLevel);
      if (mark) p.list = mark;
    }
    if (this.tables.length === 0) {
      this.blocks.push({ type: 'paragraph', paragraph: p, number: ++this.topParagraphs });
    } else if (this.cell) {
      // A table in a cell gives its text to the cell, paragraph by paragraph: said on each.
      if (this.tables.length > 1 && !p.dropped.includes('nested-table')) p.dropped.push('nested-table');
      this.cell.cell.paragraphs.push(p);
    }
    // A paragraph of a table cell outside the outermost table's cells (malformed) is dropped.
  }

  private addText(text: string): void {
    const p = this.para;
    if (!p || text === '') return;
    this.paraChars += text.length;
    if (this.cell) this.cell.chars += text.length;
    const chars = this.cell ? this.cell.chars : this.paraChars;
    if (chars > this.limits.cellChars) throw new ImportLimitExceeded('chars', this.limits.cellChars, this.where());
    const link = this.currentLink();
    const last = p.inlines[p.inlines.length - 1];
    if (last?.type === 'text' && !!last.bold === this.runBold && !!last.italic === this.runItalic && last.link === link) {
      last.text += text;
      return;
    }
    const inline: WordInline = { type: 'text', text };
    if (this.runBold) inline.bold = true;
    if (this.runItalic) inline.italic = true;
    if (link !== undefined) inline.link = link;
    p.inlines.push(inline);
  }

  private lineBreak(type: string | undefined): void {
    if (!this.para) return;
    if (type === 'page') this.para.pageBreak = true;
    else if (type !== 'column') this.para.inlines.push({ type: 'break' });
  }

  /** `w:sym`: the bullets of Symbol and Wingdings fonts as «•»; other symbols are left out. */
  private symbol(char: string | undefined): void {
    const code = parseInt(char ?? '', 16) & 0xff;
    if (code === 0xb7 || code === 0xa7 || code === 0x9f || code === 0x6c) this.addText('•');
    else if (code === 0x2d) this.addText('-');
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ phase: 'instruction', instruction: '' });
    else if (type === 'separate') {
      const f = this.fields[this.fields.length - 1];
      if (f) {
        f.phase = 'result';
        const link = hyperlinkOfInstruction(f.instruction);
        if (link !== undefined) f.link = link;
      }
    } else if (type === 'end') this.fields.pop();
  }

  private currentLink(): string | undefined {
    for (let i = this.fields.length - 1; i >= 0; i--) if (this.fields[i]!.link !== undefined) return this.fields[i]!.link;
    for (let i = this.simpleFieldLinks.length - 1; i >= 0; i--) if (this.simpleFieldLinks[i] !== undefined) return this.simpleFieldLinks[i];
    for (let i = this.hyperlinks.length - 1; i >= 0; i--) if (this.hyperlinks[i] !== undefined) return this.hyperlinks[i];
    return undefined;
  }

  private startSkip(kind: DroppedKind | null): void {
    this.skip = 1;
    this.skipKind = kind;
  }

  /**
   * Where the reader is: the table, row and cell, or the paragraph outside tables; `newRow`, a
   * row about to start (the next of the outermost table); `newCell`, a cell about to start.
   */
  private where(next: { newRow?: boolean; newCell?: number } = {}): ImportLocation {
    const table = this.tables[0];
    if (!table) return { paragraph: this.topParagraphs + 1 };
    const loc: ImportLocation = { table: table.number };
    if (next.newRow && this.tables.length === 1) loc.row = table.rows.length + 1;
    else if (this.row) loc.row = this.row.number;
    if (next.newCell !== undefined) loc.cell = next.newCell;
    else if (this.cell && !next.newRow) loc.cell = this.cell.cell.number;
    return loc;
  }
}

/** A toggle property: on unless `w:val` says off. */
function on(tag: XmlTag): boolean {
  const v = attr(tag, 'val', W_NS);
  return v === undefined || !OFF.has(v.toLowerCase());
}

function alignOf(v: string | undefined): WordParagraph['align'] {
  switch (v) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
      return 'both';
    default:
      return 'left';
  }
}

/** `HYPERLINK "https://…"` (a field's instruction) → the target; `\l` (a place in the document) → none. */
function hyperlinkOfInstruction(instruction: string): string | undefined {
  const m = /^\s*HYPERLINK\s+(?!\\l)"([^"]+)"/.exec(instruction);
  return m ? m[1] : undefined;
}
