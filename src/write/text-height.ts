/**
 * Text height estimates from the font's metrics (Tinos is metric-compatible with Times New Roman,
 * so they serve the DOCX writer too): greedy line breaking at spaces, per-character advances.
 */
import type { Paragraph, Run } from '../model/document.js';
import type { Theme } from '../model/theme.js';
import type { FontMetrics } from './measure.js';
import { lineHeightPt } from './line-height.js';
import { mmToPt } from './units.js';
import { HYPHEN } from './hyphenation.js';
import { cutToFit, isUrlWord, fittingBreak, wordBreaks, type WordBreak } from './word-breaks.js';

/**
 * Share of the page a row may be estimated at before it counts as taller than a page: the
 * estimate ignores kerning and each writer's rounding, so it keeps a margin.
 */
export const ESTIMATE_SAFETY = 0.85;

/**
 * Whether a table's repeated head rows (estimated `height` points) repeat on every page of a
 * text area `pageHeight` points high: a head taking more than half of a page (with the safety
 * margin) is printed once, at the top of the table, in both writers. Repeated, it would leave
 * little room for rows on each page, and pdfmake could not place one taller than a page at all.
 */
export function headRepeats(height: number, pageHeight: number): boolean {
  return height <= (pageHeight * ESTIMATE_SAFETY) / 2;
}

export interface Token {
  text: string;
  run: Run;
}

/**
 * Lines already computed, for one table: a paragraph is broken for its row's height, again for
 * the too-tall-row guard and again for printing; the lines depend only on the paragraph, the
 * width and which runs are bold. (Short-lived: a `Map`, not a `WeakMap`, whose entries cost
 * the garbage collector more.)
 */
export class LineCache {
  private readonly byParagraph = new Map<Paragraph, { key: string; lines: Token[][] } | Map<string, Token[][]>>();

  get(p: Paragraph, key: string): Token[][] | undefined {
    const entry = this.byParagraph.get(p);
    if (entry === undefined) return undefined;
    if (entry instanceof Map) return entry.get(key);
    return entry.key === key ? entry.lines : undefined;
  }

  set(p: Paragraph, key: string, lines: Token[][]): void {
    const entry = this.byParagraph.get(p);
    if (entry === undefined) this.byParagraph.set(p, { key, lines });
    else if (entry instanceof Map) entry.set(key, lines);
    else this.byParagraph.set(p, new Map([[entry.key, entry.lines], [key, lines]]));
  }
}

/**
 * A paragraph as lines of tokens: the text of each run on the line (words with their trailing
 * spaces; the words of a run are joined, the breaking is word by word). `paragraphBold` stands for
 * the paragraph's own `bold` (a cell's or group row's boldness passed down); `cache` keeps the
 * lines for the next caller with the same width and bold runs. The lines are shared: read only.
 */
export function layoutLines(p: Paragraph, width: number, theme: Theme, m: FontMetrics, boldCell: boolean, cache?: LineCache, paragraphBold: boolean | undefined = p.bold): Token[][] {
  const style = theme.styles[p.style];
  const bold = (run: Run) => run.bold ?? paragraphBold ?? (boldCell || (style.bold ?? false));
  // Only table cells are broken here: the theme says whether all their words are hyphenated.
  const hyphenateAll = theme.typography.hyphenation === 'tables';
  if (!cache) return breakLines(p, width, style, m, bold, hyphenateAll);
  let key = String(width);
  for (const run of p.runs) key += bold(run) ? '1' : '0';
  let lines = cache.get(p, key);
  if (!lines) cache.set(p, key, (lines = breakLines(p, width, style, m, bold, hyphenateAll)));
  return lines;
}

function breakLines(p: Paragraph, width: number, style: Theme['styles'][Paragraph['style']], m: FontMetrics, bold: (run: Run) => boolean, hyphenateAll: boolean): Token[][] {
  let x = p.bullet ? 0 : (style.firstLineIndent ? mmToPt(style.firstLineIndent) : 0);
  let line: Token[] = [];
  const lines: Token[][] = [line];
  const newLine = () => {
    lines.push((line = []));
    x = 0;
  };
  for (const run of p.runs) {
    const isBold = bold(run);
    const measure = (t: string) => m.width(t, isBold) * style.size;
    let first = true;
    const push = (part: string, w: number) => {
      const last = line[line.length - 1];
      if (last !== undefined && last.run === run) last.text += part;
      else line.push({ text: part, run });
      x += w;
    };
    // One part (a word with the spaces or line break after it): `trimmedWidth` is its width
    // without trailing white space, already measured.
    const place = (part: string, trimmedWidth: number | undefined) => {
      const bare = part.trimEnd();
      const trimmed = trimmedWidth ?? measure(bare);
      const w = bare.length === part.length ? trimmed : measure(part);
      // Trailing spaces may hang past the line end (pdfmake cuts them, Word lets them hang).
      const fit = part.endsWith(' ') ? trimmed : w;
      if (x + fit > width && line.length > 0) newLine();
      push(part, w);
      if (part.endsWith('\n')) newLine();
    };
    const word = (part: string) => {
      if (first && run.breakBefore && line.length > 0) newLine();
      first = false;
      const bare = part.trimEnd();
      const trimmed = measure(bare);
      // Fits where it stands (or nothing may break it): placed whole.
      if (width <= 0 || x + trimmed <= width) return place(part, trimmed);
      const long = trimmed > width;
      // Broken only when wider than a line, or when the theme hyphenates cells (not a URL).
      const url = isUrlWord(bare, run.link);
      if (!long && (!hyphenateAll || url)) return place(part, trimmed);
      const breaks = wordBreaks(bare, long, long || hyphenateAll, url);
      if (!long && breaks.length === 0) return place(part, trimmed);
      breakWord(part, bare, breaks, url);
    };
    // A part that does not fit where it stands, broken where `breaks` allow (word-breaks.ts):
    // as much as fits on this line, the rest on the next lines.
    const breakWord = (part: string, bare: string, breaks: WordBreak[], url: boolean) => {
      let start = 0;
      // The width of the rest of the word, kept as pieces go (widths add up: no kerning).
      let restWidth = measure(bare);
      for (;;) {
        if (x + restWidth <= width) return place(part.slice(start), restWidth);
        const b = fittingBreak(bare, start, breaks, width - x, measure);
        if (b) {
          const piece = bare.slice(start, b.at);
          const text = b.hyphen ? piece + HYPHEN : piece;
          push(text, measure(text));
          newLine();
          restWidth -= measure(piece);
          start = b.at;
        } else if (line.length > 0) {
          newLine();
        } else if (restWidth <= width) {
          return place(part.slice(start), restWidth);
        } else {
          const cut = cutToFit(bare, start, width, measure, !url);
          const text = bare.slice(start, cut.at) + (cut.hyphen ? HYPHEN : '');
          push(text, measure(text));
          newLine();
          restWidth -= measure(bare.slice(start, cut.at));
          start = cut.at;
        }
      }
    };
    // The words: each part ends after a space or a line break (as split(/(?<=[ \n])/)), or after
    // the hyphen of a compound word («планы-программы»), where Word and LibreOffice break too.
    const text = run.text;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || (c === 0x2d && compoundHyphen(text, i))) {
        word(text.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length || text.length === 0) word(text.slice(start));
  }
  return lines;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the hyphen-minus at `i` joins two words of letters or digits («планы-программы»,
 * «Улан-Удэ», «2021-2022», «10.01.2022-01.02.2022»): a line may break after it, as Word and
 * LibreOffice break it (LibreOffice breaks «2021-|2022» too). A minus («-5», after a space) is
 * no such hyphen, nor one inside an address.
 */
function compoundHyphen(text: string, i: number): boolean {
  return i > 0 && WORD_CHAR.test(text[i - 1]!) && i + 1 < text.length && WORD_CHAR.test(text[i + 1]!) && !inAddress(text, i);
}

/** Whether the hyphen at `i` is inside an address («https://obr-khv.ru/…», «a-b@mail.ru»): those break as links do. */
function inAddress(text: string, i: number): boolean {
  let from = text.lastIndexOf(' ', i) + 1;
  let to = text.indexOf(' ', i);
  if (to < 0) to = text.length;
  const nl = text.lastIndexOf('\n', i);
  if (nl >= from) from = nl + 1;
  return /[/@]|www\./.test(text.slice(from, to));
}

/** The height of one line of `p`, points (line-height.ts). */
export const lineHeightOf = (p: Paragraph, theme: Theme, m: FontMetrics) =>
  lineHeightPt(theme.styles[p.style].size, theme.styles[p.style].lineSpacing, m);

/** A table cell's padding above and below its text, points. */
export const cellPaddingY = (theme: Theme): number => mmToPt(theme.table.cellPaddingTop + theme.table.cellPaddingBottom);

/** Estimated height of a cell's paragraphs at `width` points. */
export function estimateCellHeight(blocks: Paragraph[], width: number, theme: Theme, m: FontMetrics, bold = false, cache?: LineCache): number {
  return blocks.reduce((h, p) => {
    const s = theme.styles[p.style];
    const lines = layoutLines(p, width - (p.bullet ? mmToPt(theme.indent.bullet) : 0), theme, m, bold, cache).length;
    return h + lines * lineHeightOf(p, theme, m) + (s.spaceBefore ?? 0) + (s.spaceAfter ?? 0);
  }, 0);
}

