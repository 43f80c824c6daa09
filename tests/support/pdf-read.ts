/**
 * Reading a PDF back in tests, in-process: text per page through pdfjs-dist (legacy build, runs on
 * Node 20 without a worker or canvas).
 *
 *   const pdf = await readPdf(bytes);
 *   pdf.pages.length                 // page count
 *   pdf.pages[1]?.lines              // text lines of page 2, top to bottom
 *   pdf.pages[1]?.text               // the same joined with '\n'
 *   pdf.text                         // all pages joined with '\f'
 *   pdf.pages[0]?.items              // raw pieces: { str, x, y, width, height } (y from the bottom)
 *   countOccurrences(pdf.text, 'x')  // how many times a string occurs
 *
 * Lines: pieces whose baselines lie within 1 pt are one line, ordered left to right; a space is put
 * between pieces more than a quarter of the font size apart (pdfmake writes spaces as pieces of
 * their own; smaller gaps come from justification, e.g. after a hyphen). Text of table cells standing side by side therefore shares a
 * line; tests that check a whole cell should keep cell texts to one line or look at `items`.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  lines: string[];
  text: string;
}

export interface PdfRead {
  pages: PdfPage[];
  /** Every page's text, pages separated by '\f'. */
  text: string;
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  // pdfjs takes ownership of (detaches) the buffer it gets: give it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const view = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height });
    }
    const lines = toLines(items);
    pages.push({ number: n, width: view.width, height: view.height, items, lines, text: lines.join('\n') });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.map((p) => p.text).join('\f'), info: (meta.info ?? {}) as Record<string, unknown> };
}

function toLines(items: PdfItem[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs((g[0]?.y ?? 0) - it.y) <= 1) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const it of g) {
      const gap = Math.max(1, it.height) / 4;
      if (line && it.x > end + gap && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
      line += it.str;
      end = it.x + it.width;
    }
    return line;
  });
}

/** How many times `needle` occurs in `haystack` (non-overlapping). */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}
