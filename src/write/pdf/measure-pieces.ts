/**
 * Measuring the text of table cells without pdfmake's per-piece machinery.
 *
 * The cells of a table come already broken into lines (runs.ts `pdfLines`): a list of unbreakable
 * pieces, lines ended by `{ text: '\n' }`. pdfmake measured each piece by copying it (its text
 * breaker), then asking its style stack for some twenty properties one by one (each question
 * walking the stack and allocating), and it preprocessed every piece as a node of its own. On a
 * 5000-row plan that was the largest part of the layout and of its garbage.
 *
 * Such a text node carries its pieces in `PIECES` (its `text` is a string standing for them, so
 * pdfmake's preprocessor and its node-id search pass it by), and the measurer below makes the
 * inlines pdfmake's `TextInlines.buildInlines` makes from them (same property values, same
 * order of font requests, same widths from the same font calls, the same line-break test
 * between pieces), with the style resolved once per style context instead of once per piece,
 * the style properties shared through a prototype (`InlineStyles`), and the empty inlines of
 * line breaks left out where the piece before can end the line itself (`dropLineBreaks`).
 * A node this measurer does not handle (a piece with a named style, a word-break rule, a string
 * piece…) is given its pieces back as `text` and measured by pdfmake. tests/write/pdf-pieces
 * renders documents both ways and compares the bytes.
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './lazy-dependencies.js';
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

/**
 * pdfmake's words of a text (UAX 14): the pieces between which it may break a line, each with
 * what follows it up to the next break (spaces, a hyphen).
 */
export function lineBreakWords(text: string): string[] {
  return splitWords(text, false).map((w) => w.text);
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
/**
 * Whether a UTF-16 unit may start a match of `\s` (the regular expressions below decide): the
 * white space and line terminators of ECMAScript, and any surrogate.
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff);
}
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

type InlineClass = new (text: string, lineEnd: true | undefined, noNewLine: true | undefined, leadingIndent: number | undefined, leadingCut: number) => Record<string, unknown>;

/** What the inlines of one style share: their prototype (through `Inline`), and what measuring them needs. */
interface Shared {
  Inline: InlineClass;
  lineHeight: number;
  preserveLeadingSpaces: boolean;
  preserveTrailingSpaces: boolean;
}

/** A constructor of inlines with `proto` as their prototype (a constructor: V8 lays its objects out best). */
function inlineClass(proto: Record<string, unknown>): InlineClass {
  const Inline = function (this: Record<string, unknown>, text: string, lineEnd: true | undefined, noNewLine: true | undefined, leadingIndent: number | undefined, leadingCut: number) {
    this.text = text;
    this.lineEnd = lineEnd;
    this.noNewLine = noNewLine;
    this.leadingIndent = leadingIndent;
    this.width = 0;
    this.leadingCut = leadingCut;
    this.trailingCut = 0;
    this.x = undefined;
  };
  Inline.prototype = proto;
  return Inline as unknown as InlineClass;
}

/**
 * The style properties pdfmake gives every inline, shared between the inlines of a document
 * that have the same values: the inlines are made with them as their prototype (pdfmake only
 * reads these properties; assigning one, as its line breaker does with `text`, `width` and `x`,
 * makes it the inline's own). A 5000-row plan has some 180 000 inlines: with twenty-odd
 * properties each they were the largest part of the laid-out pages in memory.
 */
export class InlineStyles {
  private readonly byValues = new Map<string, Shared>();
  private readonly fontIds = new Map<unknown, number>();

  share(values: Record<string, unknown>, lineHeight: number, preserveLeadingSpaces: boolean, preserveTrailingSpaces: boolean): Shared {
    let key = `${lineHeight}\u0000${preserveLeadingSpaces}\u0000${preserveTrailingSpaces}`;
    for (const k in values) {
      const v = values[k];
      if (k === 'font') {
        let fontId = this.fontIds.get(v);
        if (fontId === undefined) this.fontIds.set(v, (fontId = this.fontIds.size));
        key += `\u0000font\u0000${fontId}`;
      } else if (v !== null && typeof v === 'object') {
        // Not a plain value (font features): not shared.
        return { Inline: inlineClass(values), lineHeight, preserveLeadingSpaces, preserveTrailingSpaces };
      } else key += `\u0000${k}\u0000${typeof v}\u0000${String(v)}`;
    }
    let shared = this.byValues.get(key);
    if (!shared) this.byValues.set(key, (shared = { Inline: inlineClass(values), lineHeight, preserveLeadingSpaces, preserveTrailingSpaces }));
    return shared;
  }
}

/**
 * What the text nodes of one style context share: the style properties the stack gives them, and
 * the style of each kind of piece. Text nodes whose stacks answer alike (the same stack below the
 * node, the same named styles and the same own style properties; measure-pieces.ts's caller
 * decides) share one, so a table's cells resolve their style once.
 */
export interface StyleContext {
  resolved: Map<string, unknown>;
  ofPiece: Map<string, Shared>;
}

export const newContext = (): StyleContext => ({ resolved: new Map(), ofPiece: new Map() });

/** Every property the measuring asks the style stack for. */
export const MEASURED_PROPERTIES = new Set([
  'font', 'bold', 'italics', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration', 'decorationColor',
  'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'noWrap', 'opacity', 'sup', 'sub',
  'lineHeight', 'preserveLeadingSpaces', 'preserveTrailingSpaces', 'leadingIndent', 'wordBreak',
]);

/**
 * A node's own values of the measured properties as a key, or undefined if one is not a plain
 * value.
 */
export function measuredKey(node: PdfNode): string | undefined {
  let key = '';
  for (const k in node) {
    if (!MEASURED_PROPERTIES.has(k) || !Object.prototype.hasOwnProperty.call(node, k)) continue;
    const v = node[k];
    if (v !== null && typeof v === 'object') return undefined;
    key += `${k}\u0000${typeof v}\u0000${String(v)}\u0000`;
  }
  return key;
}

/** A piece's own properties (but `text`) as a key, or undefined if one is not a plain value. */
function ownKey(piece: PdfNode): string | undefined {
  let key = '';
  for (const k in piece) {
    if (k === 'text' || !Object.prototype.hasOwnProperty.call(piece, k)) continue;
    const v = piece[k];
    if (v !== null && typeof v === 'object') return undefined;
    key += `${k}\u0000${typeof v}\u0000${String(v)}\u0000`;
  }
  return key;
}

/** Properties of an inline that change how it prints (pieces that agree on all may be merged). */
export const PRINTED = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'sup', 'sub', 'fontFeatures'] as const;

/**
 * The empty inline of a line break (`{ text: '\n' }`: no text, no width, ends the line) after a
 * piece that prints exactly like it is only there to end the line: the piece ends it instead.
 * Nothing else changes: the break was glued to the piece (`noNewLine`, which only made the
 * layout take the break along and which now must go, or the next line's piece would be taken
 * along), the line keeps its height (same font, size and height), width (the piece has no
 * trailing space to cut) and alignment, and the renderer merged the two anyway (pdfmake.ts
 * `mergeInlines`). Half of the inlines of a large plan are such breaks.
 */
function dropLineBreaks(inlines: Array<Record<string, unknown>>): void {
  let out = 0;
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i] as Record<string, unknown>;
    const piece = out > 0 ? (inlines[out - 1] as Record<string, unknown>) : undefined;
    if (
      piece !== undefined &&
      inline.text === '' && inline.lineEnd === true && inline.width === 0 && inline.leadingCut === 0 && inline.trailingCut === 0 && !inline.noNewLine &&
      piece.noNewLine === true && piece.noWrap && !piece.lineEnd && piece.trailingCut === 0 && piece.height === inline.height &&
      PRINTED.every((k) => piece[k] === inline[k])
    ) {
      piece.lineEnd = true;
      piece.noNewLine = undefined;
      continue;
    }
    inlines[out++] = inline;
  }
  inlines.length = out;
}

/** The style stack of a text node, made when first needed (a node of a known context needs none). */
export type StackOf = () => MeasureTools['stack'];

/** Results of pdfmake's line breaker (UAX 14) on a text, kept while a document is measured. */
class BreakCache {
  private readonly lastWords = new Map<string, string | null>();
  private readonly glued = new Map<string, boolean>();

  /** pdfmake's `getLastWord` of an unbreakable piece. */
  lastWord(text: string): string | null {
    let last = this.lastWords.get(text);
    if (last === undefined) {
      if (this.lastWords.size >= 50_000) this.lastWords.clear();
      last = lastWord([{ text }], true);
      this.lastWords.set(text, last);
    }
    return last;
  }

  private readonly firstWords = new Map<string, string | null>();

  /** pdfmake's `getFirstWord` of an unbreakable piece. */
  firstWord(text: string): string | null {
    let first = this.firstWords.get(text);
    if (first === undefined) {
      if (this.firstWords.size >= 50_000) this.firstWords.clear();
      first = firstWord([{ text }], true);
      this.firstWords.set(text, first);
    }
    return first;
  }

  /** Whether pdfmake's breaker finds no break in `text` (two pieces joined there are glued). */
  unbroken(text: string): boolean {
    let one = this.glued.get(text);
    if (one === undefined) {
      if (this.glued.size >= 50_000) this.glued.clear();
      one = splitWords(text, false).length === 1;
      this.glued.set(text, one);
    }
    return one;
  }
}

/**
 * pdfmake's `buildInlines(pieces, stack)` for the text nodes of one document (`measure`), with
 * what its text nodes share: inline styles, style contexts, line-breaker results.
 */
export class PieceMeasurer {
  private readonly styles = new InlineStyles();
  private readonly breaks = new BreakCache();
  private resolved: Map<string, unknown> = new Map();
  private stackOf: StackOf = () => {
    throw new Error('no stack');
  };

  constructor(
    private readonly provideFont: MeasureTools['provideFont'],
    private readonly widthOfText: MeasureTools['widthOfText'],
  ) {}

  /** The stack's answer (once per context). */
  private base(property: string): unknown {
    let value = this.resolved.get(property);
    if (value === undefined && !this.resolved.has(property)) {
      value = this.stackOf().getProperty(property);
      this.resolved.set(property, value);
    }
    return value;
  }

  /** pdfmake's `getStyleProperty(item, stack, property, default)` for an item without a style. */
  private get(item: Record<string, unknown>, property: string, fallback: unknown): unknown {
    const own = item[property];
    if (isValue(own)) return own;
    const value = this.base(property);
    return isValue(value) ? value : fallback;
  }

  /** The style of a piece, resolved once per kind of piece and context (fonts requested then). */
  private styleOf(piece: PdfNode, ofPiece: Map<string, Shared>): Shared {
    const key = ownKey(piece);
    let shared = key === undefined ? undefined : ofPiece.get(key);
    if (shared) return shared;
    const get = (property: string, fallback: unknown) => this.get(piece, property, fallback);
    const values: Record<string, unknown> = {};
    for (const k in piece) if (k !== 'text' && Object.prototype.hasOwnProperty.call(piece, k)) values[k] = piece[k];
    values.font = this.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false));
    values.alignment = get('alignment', 'left');
    values.fontSize = get('fontSize', 12);
    values.fontFeatures = get('fontFeatures', null);
    values.characterSpacing = get('characterSpacing', 0);
    values.color = get('color', 'black');
    values.decoration = get('decoration', null);
    values.decorationColor = get('decorationColor', null);
    values.decorationStyle = get('decorationStyle', null);
    values.decorationThickness = get('decorationThickness', null);
    values.background = get('background', null);
    values.link = get('link', null);
    values.linkToPage = get('linkToPage', null);
    values.linkToDestination = get('linkToDestination', null);
    values.noWrap = get('noWrap', null);
    values.opacity = get('opacity', 1);
    values.sup = get('sup', false);
    values.sub = get('sub', false);
    if (values.sup || values.sub) (values.fontSize as number) *= 0.58;
    const lineHeight = get('lineHeight', 1) as number;
    values.height = (values.font as Font).lineHeight(values.fontSize as number) * lineHeight;
    shared = this.styles.share(values, lineHeight, Boolean(get('preserveLeadingSpaces', false)), Boolean(get('preserveTrailingSpaces', false)));
    if (key !== undefined) ofPiece.set(key, shared);
    return shared;
  }

  /**
   * The inlines of `pieces` as pdfmake's `buildInlines` makes them, or undefined when the pieces
   * are not ones this handles (the caller then lets pdfmake measure them). `stackOf`: the node's
   * style stack; `context`: what nodes of the same style context share.
   */
  measure(pieces: unknown[], stackOf: StackOf, context: StyleContext = newContext()): Measured | undefined {
    if (!handled(pieces)) return undefined;
    this.stackOf = stackOf;
    this.resolved = context.resolved;
    const first = pieces[0] as PdfNode | undefined;
    const leadingIndent = first ? (this.get(first, 'leadingIndent', 0) as number) : 0;
    const inlines: Array<Record<string, unknown>> = [];
    // In one pass, in pdfmake's order of font requests and measurements: the words of each piece
    // (its line breaker), whether a line may break between two pieces, each word measured.
    let last: string | null = null;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as PdfNode;
      if (this.get(piece, 'wordBreak', 'normal') === 'break-all') return undefined;
      const noWrap = Boolean(this.get(piece, 'noWrap', false));
      const text = piece.text as string;
      const words = noWrap ? undefined : splitWords(text, false);
      if (last) {
        const first = noWrap ? this.breaks.firstWord(text) : firstWord(words as Word[], false);
        if (this.breaks.unbroken(last + first)) (inlines[inlines.length - 1] as Record<string, unknown>).noNewLine = true;
      }
      const shared = this.styleOf(piece, context.ofPiece);
      if (words) for (const word of words) inlines.push(this.inline(shared, word.text, word.lineEnd === true, inlines.length === 0 ? leadingIndent : 0));
      else inlines.push(this.inline(shared, text, false, inlines.length === 0 ? leadingIndent : 0));
      last = i + 1 < pieces.length ? (noWrap ? this.breaks.lastWord(text) : lastWord(words as Word[], false)) : null;
    }
    dropLineBreaks(inlines);
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
    if (this.get({}, 'noWrap', false)) minWidth = maxWidth;
    return { inlines, minWidth, maxWidth };
  }

  /** One measured inline (TextInlines.measure): its width and the spaces to cut at its ends. */
  private inline(shared: Shared, text: string, lineEnd: boolean, leadingIndent: number): Record<string, unknown> {
    const inline = new shared.Inline(text, lineEnd || undefined, undefined, leadingIndent || undefined, leadingIndent ? -leadingIndent : 0);
    inline.width = this.widthOfText(text, inline);
    if (!shared.preserveLeadingSpaces && text.length > 0 && isSpace(text.charCodeAt(0))) {
      const leading = text.match(LEADING);
      if (leading) (inline.leadingCut as number) += this.widthOfText(leading[0] as string, inline);
    }
    if (!shared.preserveTrailingSpaces && text.length > 0 && isSpace(text.charCodeAt(text.length - 1))) {
      const trailing = text.match(TRAILING);
      if (trailing) inline.trailingCut = this.widthOfText(trailing[0] as string, inline);
    }
    return inline;
  }
}
