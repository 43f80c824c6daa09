/**
 * pdfmake on the server without its process-wide state: we build a `Printer` ourselves with a
 * private in-memory file system holding only the fonts, a URL resolver that refuses every URL and
 * a local access policy that refuses every file (no network, no disk; so pdfmake also has nothing
 * to warn about). The singleton `pdfmake` object is not used: its fonts and virtual file system
 * are shared by every caller in the process.
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
interface Printer {
  createPdfKitDocument(def: DocDefinition, options?: Record<string, unknown>): Promise<PdfKitDocument>;
}
type PrinterClass = new (fonts: unknown, vfs: unknown, urlResolver: unknown, localAccessPolicy: (path: string) => boolean) => Printer;
type UrlResolverClass = new (vfs: unknown) => { setUrlAccessPolicy(cb: (url: string) => boolean): void };

const Printer = (require('pdfmake/js/Printer.js') as { default: PrinterClass }).default;
const URLResolver = (require('pdfmake/js/URLResolver.js') as { default: UrlResolverClass }).default;

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
  const urlResolver = new URLResolver(files);
  urlResolver.setUrlAccessPolicy(() => false);
  // pdfmake rewrites the descriptors in place, so each document gets fresh ones.
  const descriptors = {
    [FAMILY]: {
      normal: `${FAMILY}-normal.ttf`,
      bold: `${FAMILY}-bold.ttf`,
      italics: `${FAMILY}-italics.ttf`,
      bolditalics: `${FAMILY}-bolditalics.ttf`,
    },
  };
  const printer = new Printer(descriptors, files, urlResolver, () => false);
  const doc = await printer.createPdfKitDocument(def);
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
