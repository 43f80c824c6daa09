/**
 * Measuring the text of table cells without pdfmake's per-piece machinery.
 *
 * The cells of a table come already broken into lines (runs.ts `pdfLines`): a list of unbreakable
 * pieces, lines ended by `{ text: '\n' }`. pdfmake measured each piece by copying it (its text
 * breaker), then asking its style stack for some twenty properties one by one (each question
 * walking the stack and allocating), and it preprocessed every piece as a node of its own. On a
 * 5000-row plan that was the largest part of the layout and of its garbage.
 *
 * Such a text node carries its pieces in `PIECES` (its `text` is only the plain text, so
 * pdfmake's preprocessor and its node-id search pass it by), and the measurer below makes the
 * very inlines pdfmake's `TextInlines.buildInlines` makes from them (same properties, same
 * order of font requests, same widths from the same font calls, the same line-break test
 * between pieces), with each style property looked up once per node instead of once per piece.
 * A node this measurer does not handle (a piece with a named style, a word-break rule, a string
 * piece…) is given its pieces back as `text` and measured by pdfmake.
 */
import { createRequire } from 'node:module';
import type { PdfNode } from './pdfmake.js';

const require = createRequire(import.meta.url);

/** The pieces of a pre-broken text node (what pdfmake would get as its `text` array). */
export const PIECES = '_plangrafPieces';

interface LineBreak {
  position: number;
  required: boolean;
}
type LineBreakerClass = new (text: string) => { nextBreak(): LineBreak | null };
/** pdfmake's own line breaker (UAX 14), as its text breaker uses it. */
const LineBreaker = createRequire(require.resolve('pdfmake/js/TextBreaker.js'))('linebreak') as LineBreakerClass;

interface Word {
  text: string;
  lineEnd?: boolean;
}

/** pdfmake's `splitWords` without `break-all`. */
function splitWords(text: string, noWrap: boolean): Word[] {
  if (noWrap) return [{ text }];
  if (text.length === 0) return [{ text: '' }];
  const words: Word[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  let bk: LineBreak | null;
  while ((bk = breaker.nextBreak())) {
    const word = text.slice(last, bk.position);
    if (bk.required || /\r?\n$|\r$/.test(word)) words.push({ text: word.replace(/\r?\n$|\r$/, ''), lineEnd: true });
    else words.push({ text: word });
    last = bk.position;
  }
  return words;
}

function firstWord(words: Word[], noWrap: boolean): string | null {
  let word = words[0];
  if (word === undefined) return null;
  if (noWrap) {
    word = splitWords(word.text, false)[0];
    if (word === undefined) return null;
  }
  return word.text;
}

function lastWord(words: Word[], noWrap: boolean): string | null {
  let word = words[words.length - 1];
  if (word === undefined || word.lineEnd) return null;
  if (noWrap) {
    const all = splitWords(word.text, false);
    word = all[all.length - 1];
    if (word === undefined) return null;
  }
  return word.text;
}

interface Font {
  lineHeight(size: number): number;
}
export interface MeasureTools {
  /** The node's style stack with the node pushed (pdfmake's `measureLeaf` stack). */
  stack: { getProperty(property: string): unknown };
  provideFont(family: unknown, bold: unknown, italics: unknown): Font;
  widthOfText(text: string, inline: Record<string, unknown>): number;
}
export interface Measured {
  inlines: Array<Record<string, unknown>>;
  minWidth: number;
  maxWidth: number;
}

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** Pieces this measurer handles: plain objects with a string `text` and no named style. */
function handled(pieces: unknown[]): pieces is PdfNode[] {
  for (const p of pieces) {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return false;
    const piece = p as PdfNode;
    if (typeof piece.text !== 'string' || piece.style !== undefined || piece._textRef !== undefined) return false;
  }
  return true;
}

/**
 * pdfmake's `buildInlines(pieces, stack)`, or undefined when the pieces are not ones it handles
 * (the caller then lets pdfmake measure them).
 */
export function measurePieces(pieces: unknown[], tools: MeasureTools): Measured | undefined {
  if (!handled(pieces)) return undefined;
  const resolved = new Map<string, unknown>();
  const base = (property: string): unknown => {
    if (!resolved.has(property)) resolved.set(property, tools.stack.getProperty(property));
    return resolved.get(property);
  };
  // pdfmake's `getStyleProperty(item, stack, property, default)` for an item without a style.
  const get = (item: Record<string, unknown>, property: string, fallback: unknown): unknown => {
    const own = item[property];
    if (isValue(own)) return own;
    const value = base(property);
    return isValue(value) ? value : fallback;
  };

  // The text breaker.
  const inlines: Array<Record<string, unknown>> = [];
  let last: string | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as PdfNode;
    if (get(piece, 'wordBreak', 'normal') === 'break-all') return undefined;
    const noWrap = Boolean(get(piece, 'noWrap', false));
    const words = splitWords(piece.text as string, noWrap);
    if (last && words.length) {
      const first = firstWord(words, noWrap);
      if (splitWords(last + first, false).length === 1) (inlines[inlines.length - 1] as Record<string, unknown>).noNewLine = true;
    }
    for (const word of words) {
      const inline: Record<string, unknown> = { text: word.text };
      if (word.lineEnd) inline.lineEnd = true;
      for (const key in piece) if (key !== 'text' && Object.prototype.hasOwnProperty.call(piece, key)) inline[key] = piece[key];
      inlines.push(inline);
    }
    last = i + 1 < pieces.length ? lastWord(words, noWrap) : null;
  }

  // The measurement (TextInlines.measure).
  const first = inlines[0];
  if (first) {
    const leadingIndent = get(first, 'leadingIndent', 0) as number;
    if (leadingIndent) {
      first.leadingCut = -leadingIndent;
      first.leadingIndent = leadingIndent;
    }
  }
  for (const item of inlines) {
    const family = get(item, 'font', 'Roboto');
    const bold = get(item, 'bold', false);
    const italics = get(item, 'italics', false);
    const font = tools.provideFont(family, bold, italics);
    item.font = font;
    item.alignment = get(item, 'alignment', 'left');
    item.fontSize = get(item, 'fontSize', 12);
    item.fontFeatures = get(item, 'fontFeatures', null);
    item.characterSpacing = get(item, 'characterSpacing', 0);
    item.color = get(item, 'color', 'black');
    item.decoration = get(item, 'decoration', null);
    item.decorationColor = get(item, 'decorationColor', null);
    item.decorationStyle = get(item, 'decorationStyle', null);
    item.decorationThickness = get(item, 'decorationThickness', null);
    item.background = get(item, 'background', null);
    item.link = get(item, 'link', null);
    item.linkToPage = get(item, 'linkToPage', null);
    item.linkToDestination = get(item, 'linkToDestination', null);
    item.noWrap = get(item, 'noWrap', null);
    item.opacity = get(item, 'opacity', 1);
    item.sup = get(item, 'sup', false);
    item.sub = get(item, 'sub', false);
    if (item.sup || item.sub) (item.fontSize as number) *= 0.58;
    const lineHeight = get(item, 'lineHeight', 1) as number;
    const text = item.text as string;
    item.width = tools.widthOfText(text, item);
    item.height = font.lineHeight(item.fontSize as number) * lineHeight;
    if (!item.leadingCut) item.leadingCut = 0;
    if (!get(item, 'preserveLeadingSpaces', false)) {
      const leading = text.match(LEADING);
      if (leading) (item.leadingCut as number) += tools.widthOfText(leading[0] as string, item);
    }
    item.trailingCut = 0;
    if (!get(item, 'preserveTrailingSpaces', false)) {
      const trailing = text.match(TRAILING);
      if (trailing) item.trailingCut = tools.widthOfText(trailing[0] as string, item);
    }
  }

  // Minimum and maximum widths (buildInlines).
  const trimmed = (x: { width: number; leadingCut: number; trailingCut: number }) => Math.max(0, x.width - x.leadingCut - x.trailingCut);
  let minWidth = 0;
  let maxWidth = 0;
  let line: { width: number; leadingCut: number; trailingCut: number } | null = null;
  for (const inline of inlines) {
    const m = inline as unknown as { width: number; leadingCut: number; trailingCut: number; lineEnd?: boolean };
    minWidth = Math.max(minWidth, trimmed(m));
    line ??= { width: 0, leadingCut: m.leadingCut, trailingCut: 0 };
    line.width += m.width;
    line.trailingCut = m.trailingCut;
    maxWidth = Math.max(maxWidth, trimmed(line));
    if (m.lineEnd) line = null;
  }
  if (get({}, 'noWrap', false)) minWidth = maxWidth;
  return { inlines, minWidth, maxWidth };
}
