/**
 * pdfmake on the server without its process-wide state: we drive pdfmake's own pieces (the
 * pdfkit document, the layout builder, the renderer) as its `Printer` does, with a private
 * in-memory file system holding only the fonts and a local access policy that refuses every file
 * (no network, no disk; fonts are never fetched, so no URL resolver is needed). The singleton
 * `pdfmake` object is not used: its fonts and virtual file system are shared by every caller in
 * the process.
 *
 * Between layout and rendering, adjacent words of a line that touch and share every text
 * property are merged into one piece (pdfmake's own "TODO: line.optimizeInlines()"): pdfmake
 * writes each word with its own text operation, which made rendering the slowest step of a
 * 5000-row plan. Justified lines keep their words apart (there is a gap between them).
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './lazy-dependencies.js';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type { FontSet } from './fonts.js';
import { FastStyleStack } from './style-stack.js';
import { PIECES, PRINTED, PieceMeasurer, measuredKey, newContext } from './measure-pieces.js';
import type { MeasureTools, StackOf, StyleContext } from './measure-pieces.js';
import { UnbreakableGuard } from './unbreakable-guard.js';
import type { UnbreakableWriter } from './unbreakable-guard.js';
import type { NotePage, PageFootnotes } from './footnotes.js';
import { PDFA_DOCUMENT_OPTIONS, prepareArchive, type ArchivablePdf } from '../../archive/pdfa-document.js';
import type { PdfArchiveOptions } from '../../archive/pdfa-options.js';

const require = createRequire(import.meta.url);

/** pdfmake content: plain objects (pdfmake ships no types for its Node API). */
export type PdfNode = Record<string, unknown>;

export interface PageInfo {
  id?: string;
  pageNumbers: number[];
  /** Where the node starts; `verticalRatio` 0 is the top of the text area. */
  startPosition?: { pageNumber: number; verticalRatio?: number; pageInnerHeight?: number };
}
export interface PageBreakContext {
  getFollowingNodesOnPage(): PageInfo[];
  getNodesOnNextPage(): PageInfo[];
  getPreviousNodesOnPage(): PageInfo[];
}

export interface DocDefinition {
  content: PdfNode[];
  pageSize: { width: number; height: number };
  pageMargins: number[];
  pageOrientation: 'portrait' | 'landscape';
  defaultStyle: PdfNode;
  styles: Record<string, PdfNode>;
  info: Record<string, unknown>;
  language?: string;
  header?: (page: number, pages: number, size: { width: number; height: number; orientation: string }) => PdfNode | null;
  footer?: (page: number, pages: number, size: { width: number; height: number; orientation: string }) => PdfNode | null;
  pageBreakBefore?: (node: PageInfo, ctx: PageBreakContext) => boolean;
  /** The document's footnotes, printed at the foot of the pages of their references (footnotes.ts). */
  footnotes?: PageFootnotes;
  /** Write PDF/A-3b, with the roadmap's source embedded when given (src/archive/). */
  pdfa?: PdfArchiveOptions;
}

/**
 * A node placed at the bottom of the text area (`absolutePosition` computed from the page's
 * geometry: the executor mark, the QR code): it moves up by the room the page's footnotes take.
 */
export const BOTTOM_ANCHORED = '_plangrafBottomAnchored';

interface PdfKitDocument {
  output(): Uint8Array;
  on(event: 'data', cb: (chunk: Buffer) => void): void;
  on(event: 'end', cb: () => void): void;
  on(event: 'error', cb: (e: Error) => void): void;
  end(): void;
}
/** A laid-out text piece (pdfmake's inline) as far as merging needs to know it. */
interface Inline {
  text: string;
  x: number;
  width: number;
  [key: string]: unknown;
}
interface LaidOutPage {
  items: Array<{ type: string; item: { inlines?: Inline[]; [key: string]: unknown } }>;
}
type PdfKitClass = new (fonts: unknown, images: unknown, patterns: unknown, attachments: unknown, options: Record<string, unknown>, vfs: unknown, localAccessPolicy: (path: string) => boolean) => PdfKitDocument;
interface LayoutBuilder {
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(content: unknown, doc: PdfKitDocument, styles: unknown, defaultStyle: unknown, background: unknown, header: unknown, footer: unknown, watermark: unknown, pageBreakBefore: unknown): LaidOutPage[];
  /** One layout attempt (again after a `pageBreakBefore` rule moved a node). */
  tryLayoutDocument(...args: unknown[]): unknown;
  processNode(node: PdfNode, isVerticalAlignmentAllowed?: boolean): void;
  /** The attempt's page writer (new for every attempt). */
  writer: UnbreakableWriter;
  docPreprocessor: unknown;
  /** Created by `layoutDocument` before the first attempt. */
  docMeasure: unknown;
  addBackground(background: unknown): void;
  addHeadersAndFooters(header: unknown, footer: unknown): void;
  svgMeasure: unknown;
  tableLayouts: unknown;
}
type LayoutBuilderClass = new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => LayoutBuilder;
type RendererClass = new (doc: PdfKitDocument) => { renderPages(pages: LaidOutPage[]): void };

const LayoutBuilderBase = (require('pdfmake/js/LayoutBuilder.js') as { default: LayoutBuilderClass }).default;
interface DocMeasure {
  styleStack: { styleDictionary: unknown; defaultStyle: unknown; clone(): MeasureTools['stack'] & { push(item: unknown): void } };
  pdfDocument: { provideFont: MeasureTools['provideFont'] };
  textInlines: { widthOfText: MeasureTools['widthOfText'] };
  measureLeaf(node: PdfNode): PdfNode;
}
type DocMeasureClass = new (pdfDocument: unknown, styles: unknown, defaultStyle: unknown, svgMeasure: unknown, tableLayouts: unknown) => DocMeasure;
const DocMeasureBase = (require('pdfmake/js/DocMeasure.js') as { default: DocMeasureClass }).default;

/** pdfmake's measurer, with our style stack (style-stack.ts) and pre-broken pieces (measure-pieces.ts). */
class PlangrafDocMeasure extends DocMeasureBase {
  private readonly pieces = new PieceMeasurer(
    (family, bold, italics) => this.pdfDocument.provideFont(family, bold, italics),
    (text, inline) => this.textInlines.widthOfText(text, inline),
  );
  /** Style contexts of text nodes (measure-pieces.ts `StyleContext`). */
  private readonly contexts = new Map<string, StyleContext>();

  constructor(...args: ConstructorParameters<DocMeasureClass>) {
    super(...args);
    this.styleStack = new FastStyleStack(this.styleStack.styleDictionary, this.styleStack.defaultStyle) as unknown as DocMeasure['styleStack'];
  }

  override measureLeaf(node: PdfNode): PdfNode {
    const pieces = node[PIECES];
    if (Array.isArray(pieces) && !Array.isArray(node.text)) {
      const own = measuredKey(node);
      let context: StyleContext | undefined;
      if (own !== undefined) {
        const key = `${(this.styleStack as unknown as FastStyleStack).contextOf(node)}\u0001${own}`;
        context = this.contexts.get(key);
        if (!context) this.contexts.set(key, (context = newContext()));
      }
      // pdfmake's measuring stack for a text node (made only if the context does not know the answers).
      let stack: ReturnType<StackOf> | undefined;
      const stackOf = () => {
        if (!stack) {
          const clone = this.styleStack.clone();
          clone.push(node);
          stack = clone;
        }
        return stack;
      };
      const measured = this.pieces.measure(pieces, stackOf, context);
      if (measured) {
        node._inlines = measured.inlines;
        node._minWidth = measured.minWidth;
        node._maxWidth = measured.maxWidth;
        return node;
      }
      node.text = pieces;
    }
    return super.measureLeaf(node);
  }
}

/**
 * pdfmake's layout builder with our measurer, and the guard against dropped blocks
 * (unbreakable-guard.ts): an attempt in which an unbreakable block ran over a page is laid out
 * again with that block made breakable.
 */
const LayoutBuilderImpl = class extends LayoutBuilderBase {
  private readonly guard = new UnbreakableGuard();
  /** The document's footnotes: they reserve room at the foot of pages (`DocDefinition.footnotes`). */
  footnotes: PageFootnotes | undefined;
  /** The page contexts whose pages start with the footnotes' room reserved. */
  private readonly reserving = new WeakSet<object>();
  /** The page writers whose justified lines stretch between words only. */
  private readonly justifying = new WeakSet<object>();

  override tryLayoutDocument(...args: unknown[]): unknown {
    if (!(this.docMeasure instanceof PlangrafDocMeasure)) {
      const [, pdfDocument, styles, defaultStyle] = args;
      this.docMeasure = new PlangrafDocMeasure(pdfDocument, styles, defaultStyle, this.svgMeasure, this.tableLayouts);
    }
    this.guard.takeRelaxed();
    for (;;) {
      const result = super.tryLayoutDocument(...args) as LayoutResult;
      if (this.guard.takeRelaxed() === 0) return result;
      for (const node of result.linearNodeList) node.resetXY();
    }
  }

  override processNode(node: PdfNode, isVerticalAlignmentAllowed?: boolean): void {
    if (this.footnotes && node[BOTTOM_ANCHORED] === true) this.aboveNotes(node);
    this.guard.enter(node, this.writer);
    try {
      super.processNode(node, isVerticalAlignmentAllowed);
    } finally {
      this.guard.leave();
    }
  }

  /**
   * Every page of an attempt starts with the room its footnotes take reserved (footnotes.ts): the
   * page context (made anew for each attempt, its first page added before anything is laid out)
   * has its available height reduced whenever it starts a page. pdfmake tells of the first page
   * by calling this.
   */
  override addBackground(background: unknown): void {
    const notes = this.footnotes;
    const writer = this.writer as unknown as { contextStack?: PageContext[]; context(): PageContext; alignLine(line: AlignedLine): void };
    if (!this.justifying.has(writer)) {
      this.justifying.add(writer);
      writer.alignLine = justifiedBetweenWords(writer.alignLine);
    }
    const context = writer.contextStack?.[0] ?? writer.context();
    if (notes && !this.reserving.has(context)) {
      this.reserving.add(context);
      const initializePage = context.initializePage;
      context.initializePage = function (this: PageContext) {
        initializePage.call(this);
        this.availableHeight -= notes.reserveOf(this.page);
      };
      context.availableHeight -= notes.reserveOf(context.page);
    }
    super.addBackground(background);
  }

  /** The pages of notes only that run past the document's end come before the page numbers. */
  override addHeadersAndFooters(header: unknown, footer: unknown): void {
    const extra = this.footnotes?.extraPages ?? 0;
    const context = this.writer.context() as unknown as PageContext;
    for (let i = 0; i < extra; i++) {
      const last = context.pages[context.pages.length - 1]!;
      context.addPage({ ...last.pageSize }, { ...last.pageMargins }, last.customProperties);
    }
    super.addHeadersAndFooters(header, footer);
  }

  /** A node at the bottom of the text area moves above the page's footnotes. */
  private aboveNotes(node: PdfNode): void {
    const at = node.absolutePosition as { x: number; y: number } | undefined;
    if (!at) return;
    const base = (node[BOTTOM_Y] as number | undefined) ?? at.y;
    node[BOTTOM_Y] = base;
    const page = (this.writer.context() as unknown as PageContext).page;
    node.absolutePosition = { x: at.x, y: base - this.footnotes!.reserveOf(page) };
  }

  /** The notes drawn at the foot of their pages, once the layout is final (as pdfmake draws headers). */
  private drawFootnotes(pages: LaidOutPage[]): void {
    const notes = this.footnotes;
    if (!notes) return;
    const writer = this.writer as unknown as Omit<UnbreakableWriter, 'context'> & { context(): PageContext };
    const builder = this as unknown as { docPreprocessor: { preprocessBlock(n: PdfNode): PdfNode }; docMeasure: { measureBlock(n: PdfNode): PdfNode } };
    for (const d of notes.drawings(pages as unknown as NotePage[])) {
      writer.context().page = d.page;
      // A box as tall as it may need: the block must not break (only its first page would be placed).
      writer.beginUnbreakableBlock(d.width, NOTE_BOX_HEIGHT);
      this.processNode(builder.docMeasure.measureBlock(builder.docPreprocessor.preprocessBlock(d.node)));
      writer.commitUnbreakableBlock(d.x, d.y);
    }
  }

  /**
   * pdfmake's `layoutDocument`. With a `pageBreakBefore` that only looks at nodes with an id
   * (`idsOnly`, as our keep rules), the nodes without one are not asked about: pdfmake made a
   * summary of every node of the document (some 40 000 for a 5000-row plan) for each check, at
   * the end of layout, when memory is fullest. Otherwise the same: the nodes are asked in order
   * (each once), the first that wants a page break gets one and the document is laid out again.
   */
  override layoutDocument(docStructure: unknown, pdfDocument: PdfKitDocument, styles: unknown, defaultStyle: unknown, background: unknown, header: unknown, footer: unknown, watermark: unknown, pageBreakBefore: unknown): LaidOutPage[] {
    if (typeof pageBreakBefore !== 'function' || (pageBreakBefore as { idsOnly?: boolean }).idsOnly !== true) {
      return super.layoutDocument(docStructure, pdfDocument, styles, defaultStyle, background, header, footer, watermark, pageBreakBefore);
    }
    this.docPreprocessor = new DocPreprocessor();
    this.docMeasure = new PlangrafDocMeasure(pdfDocument, styles, defaultStyle, this.svgMeasure, this.tableLayouts);
    const attempt = () => this.tryLayoutDocument(docStructure, pdfDocument, styles, defaultStyle, background, header, footer, watermark) as LayoutResult;
    let result = attempt();
    for (;;) {
      while (pageBreaksAdded(result, pageBreakBefore as PageBreakBefore, this.footnotes)) {
        for (const node of result.linearNodeList) node.resetXY();
        result = attempt();
      }
      // Footnotes: again with the room each page's notes need reserved, until that is settled (footnotes.ts).
      if (!this.footnotes?.settle(result.pages as unknown as NotePage[])) break;
      for (const node of result.linearNodeList) node.resetXY();
      result = attempt();
    }
    this.drawFootnotes(result.pages);
    return result.pages;
  }
};

/** A laid-out line, as far as aligning it needs to know it. */
interface AlignedLine {
  inlines: Array<{ text: string; x: number; alignment?: string; justifyShift?: number }>;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}

/**
 * pdfmake's `alignLine`, except that a justified line gets its extra space between words only
 * (after a piece ending in a space), not between every two pieces: a footnote's raised mark, or
 * a bold part of a word, stays on its word (««500+»³.», not «500+» ³ .»). A line whose pieces all
 * end words is aligned by pdfmake itself, exactly as before.
 */
function justifiedBetweenWords(alignLine: (this: unknown, line: AlignedLine) => void) {
  return function (this: { context(): { availableWidth: number } }, line: AlignedLine): void {
    const inlines = line.inlines;
    if (!inlines || inlines.length < 2 || inlines[0]!.alignment !== 'justify' || line.newLineForced || line.lastLineInParagraph) return alignLine.call(this, line);
    const endsWord = (i: number) => /\s$/.test(inlines[i - 1]!.text);
    let gaps = 0;
    for (let i = 1; i < inlines.length; i++) if (endsWord(i)) gaps++;
    if (gaps === inlines.length - 1) return alignLine.call(this, line);
    if (gaps === 0) return;
    const extra = (this.context().availableWidth - line.getWidth()) / gaps;
    let shift = 0;
    for (let i = 1; i < inlines.length; i++) {
      if (endsWord(i)) {
        shift += extra;
        inlines[i]!.justifyShift = extra;
      }
      inlines[i]!.x += shift;
    }
  };
}

/** Where a bottom-anchored node's own `absolutePosition.y` is kept while it is moved above notes. */
const BOTTOM_Y = '_plangrafBottomY';
/** Height of the scratch box footnotes are laid out in (points; they are placed by their own height). */
const NOTE_BOX_HEIGHT = 1e6;

/** pdfmake's DocumentContext, as far as footnotes need to know it. */
interface PageContext {
  page: number;
  pages: Array<{ pageSize: Record<string, unknown>; pageMargins: Record<string, unknown>; customProperties: unknown }>;
  availableHeight: number;
  initializePage(): void;
  addPage(pageSize: unknown, pageMargin: unknown, customProperties?: unknown): unknown;
}

/**
 * The page-break hook. `recheck(id)`: the node's rule is asked again after every new layout (not
 * once, as pdfmake asks): a later layout may move what it depends on (a signature to the next page).
 */
type PageBreakBefore = ((node: PageInfo, ctx: PageBreakContext) => boolean) & { recheck?: (id: string) => boolean };
interface LaidOutNode {
  positions: Array<{ pageNumber: number }>;
  pageBreak?: string;
  pageBreakCalculated?: boolean;
  id?: unknown;
  text?: unknown;
  listMarker?: unknown;
  stack?: unknown;
  resetXY(): void;
  [key: string]: unknown;
}
interface LayoutResult {
  pages: LaidOutPage[];
  linearNodeList: LaidOutNode[];
}
const DocPreprocessor = (require('pdfmake/js/DocPreprocessor.js') as { default: new () => unknown }).default;
/** The node properties pdfmake passes to `pageBreakBefore`. */
const NODE_INFO_KEYS = ['id', 'text', 'ul', 'ol', 'table', 'image', 'qr', 'canvas', 'svg', 'columns', 'headlineLevel', 'style', 'pageBreak', 'pageOrientation', 'width', 'height'];

/**
 * pdfmake's `addPageBreaksIfNecessary`, asking only about nodes with an id. A node's start is
 * told against its page's text area less the room reserved for the page's footnotes.
 */
function pageBreaksAdded(result: LayoutResult, pageBreakBefore: PageBreakBefore, notes?: PageFootnotes): boolean {
  const pages = result.pages.length;
  const nodes = result.linearNodeList.filter((node) => node && node.positions.length > 0 && !(node.text === '' && !node.listMarker));
  const infos = new Map<LaidOutNode, PageInfo>();
  const info = (node: LaidOutNode): PageInfo => {
    let nodeInfo = infos.get(node);
    if (!nodeInfo) {
      const made: Record<string, unknown> = {};
      for (const key of NODE_INFO_KEYS) if (node[key] !== undefined) made[key] = node[key];
      made.startPosition = notes ? withoutNotes(node.positions[0] as unknown as StartPosition, notes) : node.positions[0];
      made.pageNumbers = Array.from(new Set(node.positions.map((p) => p.pageNumber)));
      made.pages = pages;
      made.stack = Array.isArray(node.stack);
      nodeInfo = made as unknown as PageInfo;
      infos.set(node, nodeInfo);
    }
    return nodeInfo;
  };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as LaidOutNode;
    if (node.pageBreak === 'before' || (node.pageBreakCalculated && !(typeof node.id === 'string' && pageBreakBefore.recheck?.(node.id)))) continue;
    node.pageBreakCalculated = true;
    if (!node.id) continue;
    const nodeInfo = info(node);
    const pageNumber = nodeInfo.pageNumbers[0] as number;
    const onPage = (from: number, to: number, page: number) => {
      const out: PageInfo[] = [];
      for (let i = from; i < to; i++) {
        const other = info(nodes[i] as LaidOutNode);
        if (other.pageNumbers.indexOf(page) > -1) out.push(other);
      }
      return out;
    };
    const wantsBreak = pageBreakBefore(nodeInfo, {
      getFollowingNodesOnPage: () => onPage(index + 1, nodes.length, pageNumber),
      getNodesOnNextPage: () => onPage(index + 1, nodes.length, pageNumber + 1),
      getPreviousNodesOnPage: () => onPage(0, index, pageNumber),
    });
    if (wantsBreak) {
      node.pageBreak = 'before';
      return true;
    }
  }
  return false;
}
interface StartPosition {
  pageNumber: number;
  verticalRatio?: number;
  pageInnerHeight?: number;
}

/** A start position with the page's text area less its footnotes' room (the ratio measured against it). */
function withoutNotes(start: StartPosition, notes: PageFootnotes): StartPosition {
  const reserved = notes.reserveOf(start.pageNumber - 1);
  if (!reserved || start.pageInnerHeight === undefined || start.verticalRatio === undefined) return start;
  const inner = start.pageInnerHeight - reserved;
  if (inner <= 0) return start;
  return { ...start, pageInnerHeight: inner, verticalRatio: (start.verticalRatio * start.pageInnerHeight) / inner };
}
const SvgMeasure = (require('pdfmake/js/SVGMeasure.js') as { default: new () => unknown }).default;
const Renderer = (require('pdfmake/js/Renderer.js') as { default: RendererClass }).default;
const { tableLayouts } = require('pdfmake/js/tableLayouts.js') as { tableLayouts: unknown };
const { normalizePageSize, normalizePageMargin } = require('pdfmake/js/PageSize.js') as {
  normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
  normalizePageMargin(margin: unknown): unknown;
};

/**
 * Fonts parsed once per process, not once per document. pdfmake opens each font a document uses
 * with pdfkit's `font(buffer)`, which parses the file with `fontkit.create` and then decodes its
 * tables again (character map, metrics, layout tables): in a batch of small plans that was a
 * large part of each document's time and garbage. Here each font file is parsed once, and each
 * document gets its own view of it (`Object.create`): the decoded tables are shared (they depend
 * on the bytes alone), while the glyph objects, the layout engine and fontkit's other cached
 * getters are the view's own, as with a freshly parsed font. (They must be: a glyph remembers
 * the character it was first asked for, and that character goes into the PDF's text map, so a
 * shared glyph cache would make one document's bytes depend on the documents before it.) The
 * view is wrapped in pdfkit's `EmbeddedFont` and registered exactly as pdfkit's `font()`
 * registers a font it has opened. Only the Buffers of our in-memory font files are cached, keyed
 * by the Buffer object: the bytes of a `FontSet` must not change while it is in use.
 */
interface PdfKitFont {
  id: string;
  name?: string;
  font: { _tables?: { head?: { checkSumAdjustment?: number }; name?: { records?: unknown } } };
}
interface PdfKitFonts {
  _font: PdfKitFont | null;
  _fontCount: number;
  _fontFamilies: Record<string, PdfKitFont>;
  _fontSource: unknown;
  _fontFamily: unknown;
  font(src: unknown, family?: unknown, size?: unknown): PdfKitFonts;
  page: { write(chunk: Uint8Array): void; content?: PdfKitStream } | null;
  addPage(options?: unknown): PdfKitFonts;
  addContent(data: string): PdfKitFonts;
  flushPages(): void;
  switchToPage(n: number): unknown;
  continueOnNewPage(options?: unknown): PdfKitFonts;
  endPageMarkings(page: unknown): unknown;
  end(): void;
  x: number;
  y: number;
  _line(text: string, options?: Record<string, unknown>, wrapper?: unknown): void;
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
}
/** pdfkit's `PDFReference` (a stream) as far as compressing it needs to know it. */
interface PdfKitStream {
  buffer: Uint8Array[] | Uint8Array;
  compress: boolean;
  finalize(): void;
}
/** The size of the blocks holding the PDF's bytes (`_write`). */
const OUTPUT_BLOCK = 1 << 20;
/** The size of the blocks holding the pages' content (`contentBytes`). */
const CONTENT_BLOCK = 1 << 20;
type EmbeddedFontClass = new (document: unknown, font: PdfKitFont['font'], id: string) => PdfKitFont;
/**
 * pdfkit's own fontkit (the one `PDFFontFactory.open` calls). pdfkit is pdfmake's dependency, not
 * ours: it is found from pdfmake's folder (an install need not hoist it beside plangraf).
 */
const pdfkitFile = createRequire(require.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit');
const fontkit = createRequire(pdfkitFile)('fontkit') as { create(buffer: Uint8Array): PdfKitFont['font'] };
const fontFileBuffers = new WeakSet<Uint8Array>();
/** Parsed fonts by file; never used by a document directly, only through views. */
const parsedFonts = new WeakMap<Uint8Array, PdfKitFont['font']>();
/** pdfkit's `EmbeddedFont`, known once pdfkit has opened one font. */
let EmbeddedFont: EmbeddedFontClass | undefined;

function fontView(buffer: Uint8Array): PdfKitFont['font'] {
  let parsed = parsedFonts.get(buffer);
  if (parsed === undefined) {
    parsed = fontkit.create(buffer);
    parsedFonts.set(buffer, parsed);
  }
  const view = Object.create(parsed) as PdfKitFont['font'] & { _glyphs: Record<number, unknown> };
  view._glyphs = {};
  return view;
}

/** pdfkit's test for «this font is already in the document» (`isEqualFont`). */
function sameFont(a: PdfKitFont, b: PdfKitFont): boolean {
  if (a.font._tables?.head?.checkSumAdjustment !== b.font._tables?.head?.checkSumAdjustment) return false;
  return JSON.stringify(a.font._tables?.name?.records) === JSON.stringify(b.font._tables?.name?.records);
}

const PdfKitDocumentBase = (require('pdfmake/js/PDFDocument.js') as { default: PdfKitClass }).default;
const PdfKitDocument = class extends (PdfKitDocumentBase as unknown as new (...args: ConstructorParameters<PdfKitClass>) => PdfKitFonts) {
  /**
   * The current page's content not yet written. pdfkit turns every operator (`BT`, `Tm`, `TJ`…)
   * into a Buffer of its own as it is added: some two million small Buffers for a 5000-row plan.
   * Here the operators are kept as text and written to the page as one Buffer, the same bytes
   * (each operator followed by a line feed), before anything else writes to the page or ends it.
   */
  private pendingContent = '';

  /**
   * The PDF's bytes so far. pdfkit pushes every piece of output (some 70 000 for a 5000-row
   * plan) into its readable stream, which holds them all until the render, synchronous from
   * start to end, lets go of the event loop; a compressed page is a slice of zlib's output
   * buffer, and so kept that whole buffer alive: some 45 MB of buffers for 5 MB of PDF. Here the
   * bytes are copied as they come (pdfkit's `_write`, the same bytes) into blocks of 1 MB, filled
   * one after the other (a buffer grown by copying would leave its smaller copies behind), and
   * joined by `output()` once the document has ended. (`declare`d: pdfkit writes the header
   * from its constructor, before a field initialiser of ours would run.)
   */
  private declare outBlocks: Buffer[] | undefined;
  /** The bytes used in the last block. */
  private declare outUsed: number;

  _write(data: string | Buffer): void {
    // pdfkit writes a string as 'binary' (latin1): one byte per character, and a line feed.
    const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
    const blocks = (this.outBlocks ??= []);
    let from = 0;
    while (from < bytes.length) {
      let block = blocks.at(-1);
      if (block === undefined || this.outUsed === block.length) {
        block = Buffer.allocUnsafe(OUTPUT_BLOCK);
        blocks.push(block);
        this.outUsed = 0;
      }
      const copied = bytes.copy(block, this.outUsed, from);
      this.outUsed += copied;
      from += copied;
    }
    (this as unknown as { _offset: number })._offset += bytes.length;
  }

  /** The PDF written so far (all of it once the document has ended), as a buffer of its own. */
  output(): Uint8Array {
    const blocks = this.outBlocks ?? [];
    const length = blocks.length === 0 ? 0 : (blocks.length - 1) * OUTPUT_BLOCK + this.outUsed;
    const bytes = new Uint8Array(length);
    blocks.forEach((block, i) => bytes.set(i === blocks.length - 1 ? block.subarray(0, this.outUsed) : block, i * OUTPUT_BLOCK));
    return bytes;
  }

  override addContent(data: string): PdfKitFonts {
    this.pendingContent += `${data}\n`;
    return this;
  }

  private writeContent(): void {
    if (this.pendingContent === '') return;
    this.page?.write(this.contentBytes(this.pendingContent));
    this.pendingContent = '';
  }

  /**
   * Where the pages' content goes as bytes: slices of a block used again and again rather than a
   * buffer per page. A page's content (some 30 KB) lived from the end of the page to its
   * compression, long enough in a large heap to be kept until a full collection: 25–30 MB of
   * dead page content by the end of a 5000-row plan. A slice is read (compressed) once, when its
   * page ends; the block is written from its start again once every page holding a slice of it
   * has ended (`contentSlices` counts them), and a new block is made only when a page's content
   * does not fit in what is left.
   */
  private contentBlock: Buffer | undefined;
  private contentBlockUsed = 0;
  private contentSlices = 0;

  private contentBytes(text: string): Buffer {
    const size = text.length; // latin1: one byte per character
    if (this.contentSlices === 0) this.contentBlockUsed = 0;
    if (this.contentBlock === undefined || this.contentBlockUsed + size > this.contentBlock.length) {
      this.contentSlices = 0;
      this.contentBlock = Buffer.allocUnsafe(Math.max(CONTENT_BLOCK, size));
      this.contentBlockUsed = 0;
    }
    const bytes = this.contentBlock.subarray(this.contentBlockUsed, this.contentBlockUsed + size);
    bytes.write(text, 0, size, 'latin1');
    this.contentBlockUsed += size;
    this.contentSlices++;
    return bytes;
  }

  /**
   * A new page whose content is compressed without pdfkit's copy of it first (`Buffer.concat`
   * of a single piece): the same compressed bytes, written by pdfkit as before.
   */
  override addPage(options?: unknown): PdfKitFonts {
    // What the page before still has waiting is its own (pdfkit flushes it only without bufferPages).
    this.writeContent();
    super.addPage(options);
    const content = this.page?.content;
    if (content) {
      const finalize = content.finalize;
      const block = () => this.contentBlock;
      const released = (slices: number) => {
        this.contentSlices -= slices;
      };
      content.finalize = function (this: NonNullable<typeof content>) {
        // The slices of the current block this page holds: the block's own buffer is theirs.
        const slices = Array.isArray(this.buffer) ? this.buffer.filter((b) => b.buffer === block()?.buffer).length : 0;
        if (this.compress && Array.isArray(this.buffer) && this.buffer.length > 0) {
          const data = this.buffer.length === 1 ? (this.buffer[0] as Uint8Array) : Buffer.concat(this.buffer);
          this.buffer = [deflateSync(data)];
          this.compress = false;
        }
        finalize.call(this);
        released(slices);
      };
    }
    return this;
  }

  override flushPages(): void {
    this.writeContent();
    super.flushPages();
  }

  override switchToPage(n: number): unknown {
    this.writeContent();
    return super.switchToPage(n);
  }

  override continueOnNewPage(options?: unknown): PdfKitFonts {
    this.writeContent();
    return super.continueOnNewPage(options);
  }

  override endPageMarkings(page: unknown): unknown {
    if (page === this.page) this.writeContent();
    return super.endPageMarkings(page);
  }

  override end(): void {
    this.writeContent();
    super.end();
  }

  /**
   * pdfkit prints a piece of text and then measures it again (a second layout of every word) to
   * move its cursor past it. pdfmake places every piece itself (it always passes x and y), so
   * the cursor is left where the piece starts.
   */
  override _line(text: string, options: Record<string, unknown> = {}, wrapper?: unknown): void {
    if (wrapper) return super._line(text, options, wrapper);
    this._fragment(text, this.x, this.y, options);
  }

  override font(src: unknown, family?: unknown, size?: unknown): PdfKitFonts {
    const ours = src instanceof Uint8Array && family == null && size == null && fontFileBuffers.has(src);
    if (!ours || EmbeddedFont === undefined) {
      const before = this._font;
      super.font(src, family, size);
      const opened = this._font;
      if (ours && opened && opened.id === `F${this._fontCount}` && opened.constructor.name === 'EmbeddedFont') {
        EmbeddedFont = opened.constructor as EmbeddedFontClass;
        if (opened !== before) withFastText(opened);
      }
      return this;
    }
    // pdfkit's `font(src)` for a Buffer (no family, no size), with the parsed font in place of `fontkit.create(src)`.
    this._fontSource = src;
    this._fontFamily = family;
    const id = `F${++this._fontCount}`;
    this._font = withFastText(new EmbeddedFont(this, fontView(src), id));
    const name = this._font.name;
    const known = name ? this._fontFamilies[name] : undefined;
    if (known && sameFont(this._font, known)) {
      this._font = known;
      return this;
    }
    if (name && !this._fontFamilies[name]) this._fontFamilies[name] = this._font;
    if (!name || this._fontFamilies[name] !== this._font) this._fontFamilies[this._font.id] = this._font;
    return this;
  }
} as unknown as PdfKitClass;

/**
 * pdfkit's `layout` and `encode` of an embedded font, with the same results and less garbage:
 * pdfkit finds the words of a text with `charAt` (a new string per Cyrillic letter) and joins
 * their glyphs with `concat` (a new array per word), and formats every glyph id anew. The font's
 * own (pdfkit's) methods are replaced on the font object: each word laid out by `layoutCached`
 * as before, in the same order, glyphs registered with the subset in the same order.
 */
interface LayoutRun {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: unknown[];
  advanceWidth: number;
}
interface FastTextFont {
  layoutRun(text: string, features: unknown): LayoutRun;
  layoutCached(text: string): LayoutRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: LayoutRun['glyphs'] | null; positions: unknown[] | null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: unknown[];
  scale: number;
}

function fastLayout(this: FastTextFont, text: string, features?: unknown, onlyWidth?: boolean) {
  if (features) return this.layoutRun(text, features);
  const glyphs: LayoutRun['glyphs'] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  const add = (end: number) => {
    const run = this.layoutCached(text.slice(last, end));
    if (glyphs && positions) {
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    }
    advanceWidth += run.advanceWidth;
    last = end;
  };
  // Words end after a space or a tab (their trailing space is part of them), and at the end.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) add(i + 1);
  }
  if (last < text.length) add(text.length);
  return { glyphs, positions, advanceWidth };
}

/** Glyph ids as four hex digits, as pdfkit writes them. */
const HEX: string[] = [];

function fastEncode(this: FastTextFont, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features) as { glyphs: LayoutRun['glyphs']; positions: unknown[] };
  const res: string[] = new Array(glyphs.length);
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as LayoutRun['glyphs'][number];
    const gid = this.subset.includeGlyph(glyph.id);
    res[i] = HEX[gid] ??= `0000${gid.toString(16)}`.slice(-4);
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
  }
  return [res, positions];
}

function withFastText<T>(font: T): T {
  Object.assign(font as object, { layout: fastLayout, encode: fastEncode });
  return font;
}

/** A read-only in-memory file system with just the font files. */
class FontFiles {
  constructor(private readonly files: Map<string, Buffer>) {}
  existsSync(name: string): boolean {
    return this.files.has(name);
  }
  readFileSync(name: string): Buffer {
    const data = this.files.get(name);
    if (!data) throw new Error(`No such font file: ${name}`);
    return data;
  }
  writeFileSync(): void {
    throw new Error('pdfmake tried to store a downloaded resource: plangraf does not fetch URLs');
  }
}

const FAMILY = 'plangraf';
const filesCache = new WeakMap<FontSet, FontFiles>();

function filesOf(fonts: FontSet): FontFiles {
  let files = filesCache.get(fonts);
  if (!files) {
    const buf = (u: Uint8Array) => {
      const b = Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
      fontFileBuffers.add(b);
      return b;
    };
    files = new FontFiles(
      new Map([
        [`${FAMILY}-normal.ttf`, buf(fonts.normal)],
        [`${FAMILY}-bold.ttf`, buf(fonts.bold)],
        [`${FAMILY}-italics.ttf`, buf(fonts.italics)],
        [`${FAMILY}-bolditalics.ttf`, buf(fonts.bolditalics)],
      ]),
    );
    filesCache.set(fonts, files);
  }
  return files;
}

/** The font family name to use in `defaultStyle.font`. */
export const PDF_FONT_FAMILY = FAMILY;

export async function renderPdf(def: DocDefinition, fonts: FontSet): Promise<Uint8Array> {
  return renderOwnedPdf({ ...def }, fonts);
}

/**
 * `renderPdf` for a definition nobody else holds: its `content` is emptied once laid out, so that
 * the content tree (the biggest thing in memory after the laid-out pages) is garbage while the
 * pages are printed.
 */
export async function renderOwnedPdf(def: DocDefinition, fonts: FontSet): Promise<Uint8Array> {
  const files = filesOf(fonts);
  // pdfmake rewrites the descriptors in place, so each document gets fresh ones.
  const descriptors = {
    [FAMILY]: {
      normal: `${FAMILY}-normal.ttf`,
      bold: `${FAMILY}-bold.ttf`,
      italics: `${FAMILY}-italics.ttf`,
      bolditalics: `${FAMILY}-bolditalics.ttf`,
    },
  };
  const doc = createDocument(def, descriptors, files);
  return new Promise((resolve, reject) => {
    // The bytes are kept by the document (`_write`); the stream only says when it has ended.
    doc.on('data', () => {});
    doc.on('end', () => resolve(doc.output()));
    doc.on('error', reject);
    doc.end();
  });
}

/** pdfmake's `Printer.createPdfKitDocument` for our definitions, with the line optimisation. */
function createDocument(def: DocDefinition, descriptors: unknown, files: FontFiles): PdfKitDocument {
  const pageSize = normalizePageSize(def.pageSize, def.pageOrientation);
  const doc = new PdfKitDocument(descriptors, {}, {}, {}, {
    size: [pageSize.width, pageSize.height],
    pdfVersion: '1.3',
    ...(def.pdfa ? PDFA_DOCUMENT_OPTIONS : {}),
    tagged: false,
    displayTitle: false,
    compress: true,
    lang: def.language,
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    info: pdfInfo(def.info),
    font: null,
  }, files, () => false);
  const laidOut = layOut(def, doc, pageSize);
  def.content = [];
  settleVerticalAlignment(laidOut);
  const pages: (LaidOutPage | undefined)[] = laidOut;
  // Page by page (as pdfmake's loop does), each page let go once printed: a 5000-row plan's
  // laid-out pages are the biggest thing in memory, and a printed page is not needed again.
  const renderer = new Renderer(doc);
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    pages[i] = undefined;
    for (const it of page.items) if (it.type === 'line' && it.item.inlines) it.item.inlines = mergeInlines(it.item.inlines);
    renderer.renderPages([page]);
  }
  if (def.pdfa) prepareArchive(doc as unknown as ArchivablePdf, def.pdfa);
  return doc;
}

/**
 * A vertically aligned cell leaves an item whose height functions are closures over the layout
 * builder, which holds every node of the document: the pages would keep the whole content tree
 * alive until the last one is printed. Layout is over, so their values are final: they are
 * computed here and the closures (and the cell) let go.
 */
function settleVerticalAlignment(pages: LaidOutPage[]): void {
  for (const page of pages) {
    for (const it of page.items) {
      if (it.type !== 'beginVerticalAlignment') continue;
      const item = it.item as Record<string, unknown>;
      // The renderer asks for the heights only when the cell stays on one page.
      if (!item.isCellContentMultiPage && typeof item.getViewHeight === 'function' && typeof item.getNodeHeight === 'function') {
        const view = (item.getViewHeight as () => number)();
        const node = (item.getNodeHeight as () => number)();
        item.getViewHeight = () => view;
        item.getNodeHeight = () => node;
      } else {
        delete item.getViewHeight;
        delete item.getNodeHeight;
      }
      delete item.cell;
    }
  }
}

/** The laid-out pages; the layout builder (and its list of every node) is garbage on return. */
function layOut(def: DocDefinition, doc: PdfKitDocument, pageSize: { width: number; height: number }): LaidOutPage[] {
  const builder = new LayoutBuilderImpl(pageSize, normalizePageMargin(def.pageMargins), new SvgMeasure());
  builder.registerTableLayouts(tableLayouts);
  builder.footnotes = def.footnotes;
  return builder.layoutDocument(def.content, doc, def.styles, def.defaultStyle, undefined, def.header, def.footer, undefined, def.pageBreakBefore);
}

/** The PDF info dictionary: pdfmake's lower-case keys capitalised (title → Title). */
function pdfInfo(info: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info)) if (value) out[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  return out;
}

/** Pieces touching within this many points are adjacent (rounding of summed widths). */
const TOUCH = 0.01;

/** Joins runs of adjacent pieces with the same printed properties into one piece. */
export function mergeInlines(inlines: Inline[]): Inline[] {
  if (inlines.length < 2) return inlines;
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out.at(-1);
    if (
      last &&
      !last._pageNodeRef && !inline._pageNodeRef && !last._tocItemRef && !inline._tocItemRef &&
      Math.abs(last.x + last.width - inline.x) <= TOUCH &&
      PRINTED.every((k) => last[k] === inline[k])
    ) {
      last.text += inline.text;
      last.width += inline.width;
    } else out.push(inline);
  }
  return out;
}
