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
import { createRequire } from 'node:module';
import type { FontSet } from './fonts.js';

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
}

interface PdfKitDocument {
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
  items: Array<{ type: string; item: { inlines?: Inline[] } }>;
}
type PdfKitClass = new (fonts: unknown, images: unknown, patterns: unknown, attachments: unknown, options: Record<string, unknown>, vfs: unknown, localAccessPolicy: (path: string) => boolean) => PdfKitDocument;
interface LayoutBuilder {
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(content: unknown, doc: PdfKitDocument, styles: unknown, defaultStyle: unknown, background: unknown, header: unknown, footer: unknown, watermark: unknown, pageBreakBefore: unknown): LaidOutPage[];
}
type LayoutBuilderClass = new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => LayoutBuilder;
type RendererClass = new (doc: PdfKitDocument) => { renderPages(pages: LaidOutPage[]): void };

const PdfKitDocument = (require('pdfmake/js/PDFDocument.js') as { default: PdfKitClass }).default;
const LayoutBuilderImpl = (require('pdfmake/js/LayoutBuilder.js') as { default: LayoutBuilderClass }).default;
const SvgMeasure = (require('pdfmake/js/SVGMeasure.js') as { default: new () => unknown }).default;
const Renderer = (require('pdfmake/js/Renderer.js') as { default: RendererClass }).default;
const { tableLayouts } = require('pdfmake/js/tableLayouts.js') as { tableLayouts: unknown };
const { normalizePageSize, normalizePageMargin } = require('pdfmake/js/PageSize.js') as {
  normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
  normalizePageMargin(margin: unknown): unknown;
};

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
    const buf = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));
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
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => {
      const out = Buffer.concat(chunks);
      resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    });
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
  const builder = new LayoutBuilderImpl(pageSize, normalizePageMargin(def.pageMargins), new SvgMeasure());
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument(def.content, doc, def.styles, def.defaultStyle, undefined, def.header, def.footer, undefined, def.pageBreakBefore);
  for (const page of pages) for (const it of page.items) if (it.type === 'line' && it.item.inlines) it.item.inlines = mergeInlines(it.item.inlines);
  new Renderer(doc).renderPages(pages);
  return doc;
}

/** The PDF info dictionary: pdfmake's lower-case keys capitalised (title → Title). */
function pdfInfo(info: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info)) if (value) out[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  return out;
}

/** Properties of a piece that change how it prints: merged pieces must agree on all of them. */
const PRINTED = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'sup', 'sub', 'fontFeatures'] as const;
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
