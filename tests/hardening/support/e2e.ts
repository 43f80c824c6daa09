/**
 * One hostile case end to end: bytes → load → (diagnostic, or) render DOCX and PDF → read back.
 *
 *   const r = await endToEnd(bytes, { file: 'x.yaml' });
 *   r.diagnostics                  // loader + composer diagnostics
 *   r.docx, r.pdf, r.model         // when there was no error
 *   r.rows                         // the cell texts of every body row of every table, in order
 *   documentProblems(r)            // [] when every cell's words are found, in order, in the DOCX
 *                                  // XML and in the PDF text, and every other word of the document
 *                                  // (head rows, paragraphs, stamps, signatures…) in both; the DOCX
 *                                  // package is well-formed and consistent; the PDF has pages
 */
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { loadRoadmapBytes, type LoadOptions } from '../../../src/load/index.js';
import type { Block, DocumentModel, Run, TableCell } from '../../../src/model/document.js';
import { render } from '../../../src/render.js';
import { elements, paragraphText, readDocx } from '../../support/docx-read.js';
import { readPdf, type PdfRead } from '../../support/pdf-read.js';
import { docxProblems, pdfProblems } from './package-check.js';
import { substituteMissingGlyphs } from '../../../src/text/font-coverage.js';

export const NOW = '2022-02-14T00:00:00Z';

export interface EndToEnd {
  diagnostics: Diagnostic[];
  model?: DocumentModel;
  docx?: Uint8Array;
  pdf?: Uint8Array;
  /** Cell texts of every body row of every table, by row. */
  rows: string[][];
}

export async function endToEnd(bytes: Uint8Array, options: LoadOptions & { file: string }): Promise<EndToEnd> {
  const loaded = await loadRoadmapBytes(bytes, options);
  if (!loaded.roadmap) return { diagnostics: loaded.diagnostics, rows: [] };
  const out = await render(loaded.roadmap, { formats: ['docx', 'pdf'], now: NOW });
  const r: EndToEnd = { diagnostics: [...loaded.diagnostics, ...out.diagnostics], model: out.model, rows: modelRows(out.model) };
  if (out.docx) r.docx = out.docx;
  if (out.pdf) r.pdf = out.pdf;
  return r;
}

export function cellText(cell: TableCell): string {
  return cell.blocks.map((b) => b.runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('')).join('\n');
}

/** Texts of every cell of every body row (groups and items) of every table in the model, by row. */
export function modelRows(model: DocumentModel): string[][] {
  const out: string[][] = [];
  for (const s of model.sections) for (const b of s.blocks) if (b.type === 'table') for (const row of b.rows) out.push(row.cells.map(cellText));
  return out;
}

/**
 * Every text of the model outside the tables' body rows (which `modelRows` checks in order): head
 * rows, paragraphs, split lines, stamps and marks, signatures, executor marks. Page-number fields
 * are left out (the DOCX holds a field, the PDF its value).
 */
export function modelTexts(model: DocumentModel): string[] {
  const out: string[] = [];
  const runs = (list: Run[]) => out.push(list.filter((r) => !r.field).map((r) => r.text).join(' '));
  const block = (b: Block): void => {
    switch (b.type) {
      case 'paragraph':
        return void runs(b.runs);
      case 'split-line':
        return void (runs(b.left), runs(b.right));
      case 'table':
        for (const row of b.head) for (const c of row.cells) out.push(cellText(c));
        return;
      case 'approval-stamp':
        out.push(b.word);
        return b.lines.forEach(runs);
      case 'appendix-mark':
        return b.lines.forEach(runs);
      case 'signature':
        for (const e of b.entries) out.push(...e.position, e.name, ...(e.esignature?.lines ?? []));
        return;
      case 'executor-mark':
        return void out.push(...b.lines);
      default:
        return;
    }
  };
  for (const s of model.sections) for (const b of s.blocks) block(b);
  return out;
}

/** The first word of `texts` not found in `haystack` (any order), or undefined. Case is ignored (styles may print capitals). */
export function firstMissingWord(texts: readonly string[], haystack: string): { text: string; word: string } | undefined {
  const hay = squash(haystack).toLowerCase();
  for (const text of texts) {
    for (const word of text.split(/[\s\u00A0]+/u).map((w) => squash(w).toLowerCase()).filter(Boolean)) {
      if (findWord(hay, word, 0) < 0) return { text, word };
    }
  }
  return undefined;
}

export function bodyRowCount(model: DocumentModel): number {
  let n = 0;
  for (const s of model.sections) for (const b of s.blocks) if (b.type === 'table') n += b.rows.length;
  return n;
}

/** Whitespace (including NBSP, zero-width, soft hyphen and bidi controls) removed: how text is compared. */
export const squash = (s: string): string => s.replace(/[\s\u00A0\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+/gu, '');

/**
 * Finds `word` in `hay` from `from` and returns the end of the match, or -1. A word longer than
 * 12 characters is matched character by character, and where the text stops matching, up to 200
 * characters of something else may come between (a word broken across pages has the page number
 * and the repeated table head drawn inside it).
 */
function findWord(hay: string, word: string, from: number): number {
  const prefix = word.slice(0, 12);
  for (let first = hay.indexOf(prefix, from); first >= 0; first = hay.indexOf(prefix, first + 1)) {
    if (word.length <= 12) return first + word.length;
    const end = matchBroken(hay, word, first);
    if (end >= 0) return end;
  }
  return -1;
}

function matchBroken(hay: string, word: string, start: number): number {
  let at = start;
  for (let k = 0; k < word.length; ) {
    if (hay[at] === word[k]) {
      at++;
      k++;
      continue;
    }
    const next = hay.indexOf(word.slice(k, k + 12), at);
    if (next < 0 || next - at > 200) return -1;
    at = next;
  }
  return at;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * A cell's words: they end at white space and after a hyphen between letters or digits outside an
 * address, where the writers break lines too (src/write/text-height.ts): a row cut at a page may
 * part such a word's halves.
 */
function wordsOf(text: string): string[] {
  return text
    .split(/[\s\u00A0]+/u)
    .flatMap((w) => (/[/@]|www\./.test(w) ? [w] : w.split(/(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u)))
    .map(squash)
    .filter(Boolean);
}

/**
 * The first cell whose words are not found in `haystack` (squashed), or undefined. Rows must come
 * in order; inside a row, each cell's words must come in order after the row's start (a row
 * taller than a page is drawn in pieces, so its cells interleave across pages).
 */
export function firstMissingInOrder(
  rows: readonly (readonly string[])[],
  haystack: string,
  /** Applied to each word once the words are told apart (`unhyphenated` for a PDF). */
  norm: (word: string) => string = (w) => w,
): { text: string; word: string } | undefined {
  const hay = squash(haystack);
  let rowStart = 0;
  for (const row of rows) {
    let firstEnd = -1;
    for (const text of row) {
      // Right-to-left words are drawn in visual order: inside such a cell any word order is fine.
      const rtl = RTL.test(text);
      let at = rowStart;
      for (const word of wordsOf(text).map(norm).filter(Boolean)) {
        const end = findWord(hay, word, rtl ? rowStart : at);
        if (end < 0) return { text, word };
        at = rtl ? Math.max(at, end) : end;
      }
      if (firstEnd < 0) firstEnd = at;
    }
    if (firstEnd >= 0) rowStart = firstEnd;
  }
  return undefined;
}

/** All paragraph texts of a DOCX (body, tables included), in document order. */
export function docxText(docx: Uint8Array): string {
  const d = readDocx(docx);
  return elements(d.documentXml, 'w:p').map(paragraphText).join('\n');
}

/** Text without hyphens (the PDF hyphenates words too wide for their line). */
export const unhyphenated = (s: string): string => s.replace(/-/g, '');

/** The PDF's text in content-stream order (cells are drawn one after another). */
export function pdfStreamText(pdf: PdfRead): string {
  return pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join('\n');
}

export interface DocumentCheckResult {
  problems: string[];
  pdf?: PdfRead;
  docxText?: string;
}

export async function documentProblems(r: EndToEnd): Promise<DocumentCheckResult> {
  const problems: string[] = [];
  if (!r.docx || !r.pdf) return { problems: ['no DOCX or PDF'] };
  problems.push(...docxProblems(r.docx).map((p) => `DOCX: ${p}`));
  problems.push(...pdfProblems(r.pdf).map((p) => `PDF: ${p}`));
  const text = docxText(r.docx);
  const missingDocx = firstMissingInOrder(r.rows, text);
  if (missingDocx) problems.push(`DOCX: cell text not found in order: word «${missingDocx.word.slice(0, 80)}» of «${missingDocx.text.slice(0, 80)}»`);
  const pdf = await readPdf(r.pdf);
  if (pdf.pages.length === 0) problems.push('PDF: no pages');
  // The PDF prints «�» for what the embedded font cannot draw (src/write/pdf/glyph-substitute.ts).
  // Hyphens left out on both sides: a word too wide for its column is printed hyphenated
  // («зна-» / «чение»), and a compound word may break after its own hyphen.
  // Words are told apart before their hyphens go: a row cut at a page may part a compound's halves.
  const pdfRows = r.rows.map((row) => row.map(substituteMissingGlyphs));
  const pdfText = unhyphenated(pdfStreamText(pdf));
  const missingPdf = firstMissingInOrder(pdfRows, pdfText, unhyphenated);
  if (missingPdf) problems.push(`PDF: cell text not found in order: word «${missingPdf.word.slice(0, 80)}» of «${missingPdf.text.slice(0, 80)}»`);
  if (r.model) {
    const texts = modelTexts(r.model);
    const otherDocx = firstMissingWord(texts, text);
    if (otherDocx) problems.push(`DOCX: text not found: word «${otherDocx.word.slice(0, 80)}» of «${otherDocx.text.slice(0, 80)}»`);
    const otherPdf = firstMissingWord(texts.map((t) => unhyphenated(substituteMissingGlyphs(t))), pdfText);
    if (otherPdf) problems.push(`PDF: text not found: word «${otherPdf.word.slice(0, 80)}» of «${otherPdf.text.slice(0, 80)}»`);
  }
  return { problems, pdf, docxText: text };
}

/** Pieces of PDF text that reach beyond the page's edges (overflow), as descriptions. */
export function offPage(pdf: PdfRead): string[] {
  const out: string[] = [];
  for (const p of pdf.pages) {
    for (const it of p.items) {
      if (it.x < -0.5 || it.x + it.width > p.width + 0.5 || it.y < -0.5 || it.y > p.height + 0.5) {
        out.push(`page ${p.number}: «${it.str.slice(0, 30)}» at x=${it.x.toFixed(1)}..${(it.x + it.width).toFixed(1)} (page width ${p.width.toFixed(1)})`);
      }
    }
  }
  return out.slice(0, 5);
}
