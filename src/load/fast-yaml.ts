/**
 * A fast reader for the plain YAML that roadmaps are written in: block mappings and lists,
 * one-line flow collections (`[a, b]`, `{by: act, year: 2022}`, also as list items:
 * `- {role: task, header: Задача}`), plain scalars (also folded over
 * several lines), one-line quoted scalars without escapes, and `|` / `>` block scalars. It gives
 * the same plain value as `yaml` (YAML 1.2, core schema) and the same node ranges, at a fraction
 * of the time and memory: no Document, no CST, no per-node objects — the positions live in a few
 * flat arrays (`FastTree`).
 *
 * It reads only what it is sure of. Anything else — anchors, aliases, tags, merge keys, escapes,
 * tabs, multi-line quoted or flow text, duplicate keys, keys that are not plain text, anything
 * over a limit, any syntax mistake, comments where `yaml` would stretch a node's range over them —
 * makes it give up (`undefined`), and the full `yaml` parser reads the file instead, with all its
 * diagnostics. tests/load/fast-yaml.test.ts checks it against `yaml` value by value and range by
 * range.
 */
import type { LoadLimits } from './limits.js';

const KIND_SCALAR = 0;
const KIND_MAP = 1;
const KIND_SEQ = 2;

/**
 * The nodes of a document as parallel arrays, indexed by node number. A collection's children
 * are `kids[first[n] .. first[n] + count[n])`; a child of a mapping has its key's text and range.
 */
export class FastTree {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly kind: number[] = [];
  readonly first: number[] = [];
  readonly count: number[] = [];
  readonly keyStart: number[] = [];
  readonly keyEnd: number[] = [];
  readonly keyName: (string | undefined)[] = [];
  readonly kids: number[] = [];
  root = -1;
  /** Offsets where lines start (as `yaml`'s LineCounter has them). */
  lineStarts: number[] = [];
  /** The text read (a scalar's source is `text.slice(start, end)`). */
  text = '';

  add(kind: number, start: number, end: number): number {
    const n = this.start.length;
    this.start.push(start);
    this.end.push(end);
    this.kind.push(kind);
    this.first.push(0);
    this.count.push(0);
    this.keyStart.push(-1);
    this.keyEnd.push(-1);
    this.keyName.push(undefined);
    return n;
  }

  /** Children by key of the large mappings asked so far (a directory of thousands of organisations). */
  private readonly byKey = new Map<number, Map<string, number>>();

  /** The child of mapping `n` with this key, or -1. */
  child(n: number, key: string): number {
    if (this.kind[n] !== KIND_MAP) return -1;
    const from = this.first[n]!;
    const count = this.count[n]!;
    if (count > 16) {
      let index = this.byKey.get(n);
      if (!index) {
        index = new Map();
        for (let i = from; i < from + count; i++) index.set(this.keyName[this.kids[i]!]!, this.kids[i]!);
        this.byKey.set(n, index);
      }
      return index.get(key) ?? -1;
    }
    for (let i = from + count - 1; i >= from; i--) {
      const k = this.kids[i]!;
      if (this.keyName[k] === key) return k;
    }
    return -1;
  }

  /** Item `i` of list `n`, or -1. */
  item(n: number, i: number): number {
    if (this.kind[n] !== KIND_SEQ || i < 0 || i >= this.count[n]! || !Number.isInteger(i)) return -1;
    return this.kids[this.first[n]! + i]!;
  }

  isMap(n: number): boolean {
    return this.kind[n] === KIND_MAP;
  }

  isSeq(n: number): boolean {
    return this.kind[n] === KIND_SEQ;
  }

  /** The source of scalar `n` when it is plain and on one line (not quoted, not a block scalar), else undefined. */
  plainSource(n: number): string | undefined {
    if (this.kind[n] !== KIND_SCALAR) return undefined;
    const start = this.start[n]!;
    const end = this.end[n]!;
    if (end <= start) return ''; // an empty value (null)
    const c = this.text.charCodeAt(start);
    if (c === DQUOTE || c === SQUOTE || c === 124 || c === 62) return undefined;
    const source = this.text.slice(start, end);
    return source.includes('\n') ? undefined : source;
  }
}

/** Giving up: the full parser takes over. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('unsupported');
function bail(): never {
  throw UNSUPPORTED;
}

/**
 * Characters that make the fast reader give up at once: tabs (indentation rules), characters
 * XML cannot carry (reported elsewhere; `yaml` may complain too), other line breaks, a BOM
 * inside the text, a lone CR.
 */
const AVOID = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u0085\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The same and more (any CR, any surrogate) in one character class, several times faster: most texts have none. */
const MAYBE_AVOID = /[\u0000-\u0009\u000B-\u001F\u0085\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** What can end a plain scalar in a flow collection. */
const FLOW_STOP = /[,[\]{}:#]/g;

const SP = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;

/** Characters a plain scalar (or key) may not start with. */
function isIndicator(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 45 || c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35
    || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as `yaml` resolves it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start anything but a string (or the empty null).
  if (s.length > 0 && !(c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return c === 116 || c === 84;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

export interface FastParse {
  value: Record<string, unknown>;
  tree: FastTree;
}

/**
 * The value and node ranges of `text`, or undefined when the text uses anything the fast reader
 * does not handle (the full parser is then needed). Only a block mapping at the top is read.
 */
export function fastParseYaml(text: string, limits: Pick<LoadLimits, 'depth' | 'stringLength'>): FastParse | undefined {
  if (MAYBE_AVOID.test(text) && AVOID.test(text)) return undefined;
  try {
    return new Reader(text, limits).document();
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

class Reader {
  private readonly tree = new FastTree();
  private readonly n: number;
  /** Plain keys already found to be plain words (a plan repeats a dozen keys thousands of times). */
  private readonly plainKeys = new Set<string>();
  /** The deepest indentation of a comment line skipped by the last `nextContent`, -1 for none. */
  private commentIndent = -1;
  /**
   * What the last node read gave besides its number (kept in fields, not returned in objects:
   * a plan has tens of thousands of nodes): its value, its outer end (after what follows it on
   * its line), and the offset of the next content after it.
   */
  private rValue: unknown = undefined;
  private rEnd = 0;
  private rNext = 0;
  /** The last key read: its text, range and colon. */
  private kName = '';
  private kStart = 0;
  private kEnd = 0;
  private kColon = 0;

  constructor(private readonly text: string, private readonly limits: Pick<LoadLimits, 'depth' | 'stringLength'>) {
    this.n = text.length;
  }

  document(): FastParse {
    const { text } = this;
    // Directives and document markers.
    if (/^(?:---|\.\.\.)(?:[ \r\n]|$)|^%/.test(text) || /\n(?:---|\.\.\.)(?:[ \r\n]|$)|\n%/.test(text)) bail();
    const first = this.nextContent(0);
    if (first >= this.n) bail();
    if (this.indentOf(first) !== 0) bail();
    const node = this.blockMap(first, 0, 1);
    const value = this.rValue;
    const next = this.rNext;
    // Nothing may follow but blank lines (a trailing comment would stretch the last node's range).
    if (next < this.n || this.commentIndent >= 0) bail();
    this.tree.root = node;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.tree.lineStarts = starts;
    this.tree.text = text;
    return { value: value as Record<string, unknown>, tree: this.tree };
  }

  // ── lines ────────────────────────────────────────────────────────────────────────────────

  /** The offset of the '\n' ending the line at `p` (or the text's end). */
  private lineEnd(p: number): number {
    const i = this.text.indexOf('\n', p);
    return i === -1 ? this.n : i;
  }

  /** The end of a line's content (before a CR of CRLF). */
  private contentEnd(lineEnd: number): number {
    return lineEnd > 0 && this.text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
  }

  /** After the line break at `lineEnd`. */
  private afterBreak(lineEnd: number): number {
    return lineEnd < this.n ? lineEnd + 1 : this.n;
  }

  /** Columns of indentation of the line containing the content offset `p`. */
  private indentOf(p: number): number {
    return p - (this.text.lastIndexOf('\n', p - 1) + 1);
  }

  /**
   * From the start of a line, skip blank and comment lines: the offset of the next content
   * character (or the text's end). Sets `commentIndent`.
   */
  private nextContent(lineStart: number): number {
    const { text } = this;
    this.commentIndent = -1;
    let p = lineStart;
    while (p < this.n) {
      let q = p;
      while (q < this.n && text.charCodeAt(q) === SP) q++;
      if (q >= this.n) return this.n;
      const c = text.charCodeAt(q);
      if (c === LF || (c === CR && text.charCodeAt(q + 1) === LF)) {
        p = this.afterBreak(this.lineEnd(q));
        continue;
      }
      if (c === HASH) {
        if (q - p > this.commentIndent) this.commentIndent = q - p;
        p = this.afterBreak(this.lineEnd(q));
        continue;
      }
      return q;
    }
    return this.n;
  }

  /**
   * After a value that ends at `p` on its line: spaces, an optional comment (after a space), the
   * line break. Sets the node's outer end (after the break) and the next content.
   */
  private afterValue(p: number): void {
    const { text } = this;
    let q = p;
    while (q < this.n && text.charCodeAt(q) === SP) q++;
    const le = this.lineEnd(q);
    if (q !== this.contentEnd(le) && !(text.charCodeAt(q) === HASH && q > p)) bail();
    this.rEnd = this.afterBreak(le);
    this.rNext = this.nextContent(this.rEnd);
  }

  private checkLength(s: string): void {
    if (s.length > this.limits.stringLength) bail();
  }

  // ── block collections ────────────────────────────────────────────────────────────────────

  /**
   * A block mapping whose first key is at `p`, in column `indent`. `depth`: its nesting depth
   * (the top is 1). Returns the node; `rValue` is the object, `rNext` the next content after
   * it (a line at a lower indentation, or the end; `commentIndent` tells of comments before it).
   */
  private blockMap(p: number, indent: number, depth: number): number {
    if (depth > this.limits.depth) bail();
    const { text, tree } = this;
    const obj: Record<string, unknown> = {};
    const kids: number[] = [];
    const start = p;
    let end = p;
    for (;;) {
      // The key (`in`: a second one of a name; keys of Object.prototype are refused in key()).
      this.key(p);
      const name = this.kName;
      if (name in obj) bail();
      const keyStart = this.kStart;
      const keyEnd = this.kEnd;
      let q = this.kColon + 1;
      while (q < this.n && text.charCodeAt(q) === SP) q++;
      const node = this.value(q, this.kColon + 1, indent, depth, true);
      tree.keyStart[node] = keyStart;
      tree.keyEnd[node] = keyEnd;
      tree.keyName[node] = name;
      obj[name] = this.rValue;
      kids.push(node);
      end = this.rEnd;
      const next = this.rNext;
      if (this.commentsStretch(next)) bail();
      if (next >= this.n || this.indentOf(next) < indent
        // A list at the mapping's own indentation cannot follow a key with a value.
        || (this.indentOf(next) === indent && text.charCodeAt(next) === DASH && this.isDashItem(next))) {
        this.rValue = obj;
        this.rNext = next;
        const map = this.finish(KIND_MAP, start, end, kids);
        this.rEnd = end;
        return map;
      }
      if (this.indentOf(next) > indent) bail();
      p = next;
    }
  }

  /** A block list whose first `-` is at `p`, in column `indent`. */
  private blockSeq(p: number, indent: number, depth: number): number {
    if (depth > this.limits.depth) bail();
    const { text } = this;
    const arr: unknown[] = [];
    const kids: number[] = [];
    const start = p;
    let end = p;
    for (;;) {
      if (!this.isDashItem(p) || text.charCodeAt(p + 1) !== SP) bail();
      let q = p + 1;
      while (q < this.n && text.charCodeAt(q) === SP) q++;
      const le = this.contentEnd(this.lineEnd(q));
      if (q >= le || text.charCodeAt(q) === HASH) bail(); // «-» alone on its line: a nested block below
      let node: number;
      const c = text.charCodeAt(q);
      if (c === 91 || c === 123) {
        // «- {role: task, header: Задача}», «- [a, b]»: a flow collection is the item (a colon
        // inside it is not a key of a block mapping; one after it is, and `value` gives up there).
        node = this.value(q, q, indent, depth, false);
      } else if (this.keyColon(q, le) >= 0) {
        // «- key: value»: a mapping in the column of its first key.
        node = this.blockMap(q, q - (text.lastIndexOf('\n', q - 1) + 1), depth + 1);
      } else {
        if (text.charCodeAt(q) === DASH && this.isDashItem(q)) bail(); // «- - x»
        node = this.value(q, q, indent, depth, false);
      }
      arr.push(this.rValue);
      kids.push(node);
      end = this.rEnd;
      const next = this.rNext;
      if (this.commentsStretch(next)) bail();
      const ind = next >= this.n ? -1 : this.indentOf(next);
      if (ind < indent || (ind === indent && !this.isDashItem(next))) {
        this.rValue = arr;
        this.rNext = next;
        const seq = this.finish(KIND_SEQ, start, end, kids);
        this.rEnd = end;
        return seq;
      }
      if (ind > indent) bail();
      p = next;
    }
  }

  /**
   * Whether the comment lines skipped before `next` may belong to the node before them (`yaml`
   * stretches a node's range over a comment indented deeper than what follows, or at the end).
   * Comments no deeper than the next line are safe.
   */
  private commentsStretch(next: number): boolean {
    if (this.commentIndent < 0) return false;
    return next >= this.n || this.commentIndent > this.indentOf(next);
  }

  private isDashItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const c = this.text.charCodeAt(p + 1);
    return p + 1 >= this.n || c === SP || c === LF || c === CR;
  }

  private finish(kind: number, start: number, end: number, kids: number[]): number {
    const { tree } = this;
    const node = tree.add(kind, start, end);
    tree.first[node] = tree.kids.length;
    tree.count[node] = kids.length;
    for (const k of kids) tree.kids.push(k);
    return node;
  }

  /**
   * The offset of the `:` of a block key starting at `p` (a plain key, or a quoted one followed
   * by `:`), or -1 when the line at `p` is not a `key: …` line.
   */
  private keyColon(p: number, le: number): number {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(p, le);
      if (close < 0) return -1;
      return text.charCodeAt(close) === COLON ? close : -1;
    }
    const comment = this.commentAt(p + 1, le);
    for (let i = this.colonFrom(p); i !== -1 && i < comment; i = this.colonFrom(i + 1)) {
      if (i + 1 >= le || text.charCodeAt(i + 1) === SP) return i;
    }
    return -1;
  }

  /**
   * The first «:» at or after `from`, or -1. Remembered like `spaceHash`: a long run of lines
   * without a colon (a list of plain words) is searched once, not once per line.
   */
  private colonSearchFrom = -1;
  private colonSearchAt = -1;
  private colonFrom(from: number): number {
    if (!(this.colonSearchFrom >= 0 && this.colonSearchFrom <= from && (this.colonSearchAt === -1 || from <= this.colonSearchAt))) {
      this.colonSearchFrom = from;
      this.colonSearchAt = this.text.indexOf(':', from);
    }
    return this.colonSearchAt;
  }

  /** The first « #» at or after `from` (searched once for many calls), or -1. */
  private hashFrom = -1;
  private hashAt = -1;
  private spaceHash(from: number): number {
    if (!(this.hashFrom >= 0 && this.hashFrom <= from && (this.hashAt === -1 || from <= this.hashAt))) {
      this.hashFrom = from;
      this.hashAt = this.text.indexOf(' #', from);
    }
    return this.hashAt;
  }

  /** Where a comment starts on the line: the « » before its «#» at or after `from - 1`, else `le`. */
  private commentAt(from: number, le: number): number {
    const h = this.spaceHash(from - 1);
    return h !== -1 && h < le ? h : le;
  }

  /** The offset after the closing quote of a quoted scalar opened at `p` on this line, or -1. */
  private quoteEnd(p: number, le: number): number {
    const { text } = this;
    const q = text.charCodeAt(p);
    for (let i = p + 1; i < le; i++) {
      const ch = text.charCodeAt(i);
      if (q === DQUOTE && ch === 92) return -1; // backslash escapes: the full parser
      if (ch === q) {
        if (q === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return -1;
  }

  /** A key at `p`: its text and range, and its colon. */
  private key(p: number): void {
    const { text } = this;
    const le = this.contentEnd(this.lineEnd(p));
    const c = text.charCodeAt(p);
    let name: string;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quoteEnd(p, le);
      if (end < 0 || text.charCodeAt(end) !== COLON) bail();
      name = this.quotedValue(p, end);
    } else {
      if (isIndicator(c)) bail();
      const colon = this.keyColon(p, le);
      if (colon < 0) bail();
      end = colon;
      name = text.slice(p, end);
      const last = text.charCodeAt(end - 1);
      if (last === SP) bail();
      // Keep to keys that are plain words: no flow indicators, no comment, no number or null.
      if (!this.plainKeys.has(name)) {
        if (/[[\]{},#]/.test(name) || typeof resolvePlain(name) !== 'string') bail();
        this.plainKeys.add(name);
      }
    }
    const colon = end;
    const after = colon + 1 < le ? text.charCodeAt(colon + 1) : SP;
    if (after !== SP) bail();
    if (name === '<<' || name.length > 1000 || name in Object.prototype) bail();
    this.checkLength(name);
    this.kName = name;
    this.kStart = p;
    this.kEnd = end;
    this.kColon = colon;
  }

  private quotedValue(p: number, end: number): string {
    const s = this.text.slice(p + 1, end - 1);
    return this.text.charCodeAt(p) === SQUOTE && s.includes("''") ? s.replaceAll("''", "'") : s;
  }

  // ── values ──────────────────────────────────────────────────────────────────────────────

  /**
   * The value at `p` (after the spaces following `key:` or `- `; an empty value is placed at
   * `p`). `afterIndicator`: the offset just after the `:` (`p` in a list): a `#` at `p` is a
   * comment only past a space. `indent`: the column of the key or `-` owning the value. In a
   * mapping (`inMap`), a list may follow on the next lines at the key's own indentation.
   * Returns the node, with `rValue`, `rEnd`, `rNext` set (as every reading method does).
   */
  private value(p: number, afterIndicator: number, indent: number, depth: number, inMap: boolean): number {
    const { text, tree } = this;
    const le = this.lineEnd(p);
    const ce = this.contentEnd(le);
    const c = p < ce ? text.charCodeAt(p) : -1;
    if (c === -1 || (c === HASH && p > afterIndicator)) {
      // Nothing on this line: a nested block, or an empty value.
      const next = this.nextContent(this.afterBreak(le));
      const comment = this.commentIndent >= 0;
      if (next < this.n) {
        const ind = this.indentOf(next);
        const dash = this.isDashItem(next);
        if (ind > indent || (inMap && ind === indent && dash)) {
          return dash
            ? this.blockSeq(next, ind, depth + 1)
            : this.keyColon(next, this.contentEnd(this.lineEnd(next))) >= 0 ? this.blockMap(next, ind, depth + 1) : bail();
        }
      }
      // An empty value: null, placed after the spaces following the indicator.
      // (`yaml` stretches an empty value over the comments and blank lines after it.)
      if (comment || c === HASH) bail();
      this.rValue = null;
      this.rEnd = p;
      this.rNext = next;
      return tree.add(KIND_SCALAR, p, p);
    }
    if (c === 124 || c === 62) return this.blockScalar(p, indent);
    if (c === 91 || c === 123) {
      const node = this.flow(p, ce, depth + 1);
      this.afterValue(this.rEnd);
      return node;
    }
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(p, ce);
      if (close < 0) bail();
      const s = this.quotedValue(p, close);
      this.checkLength(s);
      this.rValue = s;
      this.afterValue(close);
      return tree.add(KIND_SCALAR, p, close);
    }
    if (isIndicator(c) && !((c === DASH || c === 63 || c === COLON) && p + 1 < ce && text.charCodeAt(p + 1) !== SP)) bail();
    return this.plain(p, indent);
  }

  /** A plain scalar in block context starting at `p`, maybe continued on lines indented past `indent`. */
  private plain(p: number, indent: number): number {
    const { text, tree } = this;
    let le = this.lineEnd(p);
    let ce = this.contentEnd(le);
    let value = this.plainLine(p, ce);
    let last = this.lineLast;
    let comment = this.lineComment;
    let outer = this.afterBreak(le);
    let next = this.nextContent(outer);
    // Continuation lines.
    while (next < this.n && this.indentOf(next) > indent) {
      if (comment || this.commentIndent >= 0) bail();
      // Blank lines between fold into line breaks; none: one space.
      let breaks = -1;
      for (let i = outer; i < next; i = this.afterBreak(this.lineEnd(i))) breaks++;
      const firstChar = text.charCodeAt(next);
      if (isIndicator(firstChar)) bail();
      le = this.lineEnd(next);
      ce = this.contentEnd(le);
      const more = this.plainLine(next, ce);
      value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
      value += more;
      last = this.lineLast;
      comment = this.lineComment;
      outer = this.afterBreak(le);
      next = this.nextContent(outer);
    }
    this.checkLength(value);
    // `next` was found by nextContent: commentIndent is still the state after the scalar.
    this.rValue = resolvePlain(value);
    this.rEnd = outer;
    this.rNext = next;
    return tree.add(KIND_SCALAR, p, last);
  }

  /**
   * One line of a plain scalar from `p`: its text (trailing spaces off); where it ends and
   * whether a comment follows in `lineLast`, `lineComment`.
   */
  private lineLast = 0;
  private lineComment = false;
  private plainLine(p: number, ce: number): string {
    const { text } = this;
    const stop = this.commentAt(p + 1, ce);
    // «: » inside a value is a nested mapping — not a plain value: the full parser explains.
    for (let i = this.colonFrom(p); i !== -1 && i < stop; i = this.colonFrom(i + 1)) {
      if (i + 1 >= ce || text.charCodeAt(i + 1) === SP) bail();
    }
    let end = stop;
    while (end > p && text.charCodeAt(end - 1) === SP) end--;
    this.lineLast = end;
    this.lineComment = stop < ce;
    return text.slice(p, end);
  }

  /** A `|` or `>` block scalar with its header at `p`; its lines are indented past `indent`. */
  private blockScalar(p: number, indent: number): number {
    const { text, tree } = this;
    const folded = text.charCodeAt(p) === 62;
    let q = p + 1;
    let strip = false;
    if (text.charCodeAt(q) === DASH) {
      strip = true;
      q++;
    }
    const le0 = this.lineEnd(p);
    const ce0 = this.contentEnd(le0);
    while (q < ce0 && text.charCodeAt(q) === SP) q++;
    if (q !== ce0) bail(); // «+», an indentation digit, a comment: the full parser
    // The lines: the first one sets the indentation.
    let lineStart = this.afterBreak(le0);
    const lines: string[] = [];
    let blockIndent = -1;
    let pendingEmpty = 0;
    let end = -1;
    while (lineStart < this.n) {
      let i = lineStart;
      while (i < this.n && text.charCodeAt(i) === SP) i++;
      const le = this.lineEnd(i);
      const ce = this.contentEnd(le);
      if (i === ce) {
        // An empty line (or one of spaces only).
        if (blockIndent < 0 || i - lineStart > blockIndent) bail();
        pendingEmpty++;
        lineStart = this.afterBreak(le);
        continue;
      }
      const ind = i - lineStart;
      if (blockIndent < 0) {
        if (ind <= indent) bail(); // an empty block scalar
        blockIndent = ind;
      }
      if (ind < blockIndent) break;
      if (folded && ind > blockIndent) bail(); // more-indented lines keep their breaks
      for (; pendingEmpty > 0; pendingEmpty--) lines.push('');
      lines.push(text.slice(lineStart + blockIndent, ce));
      end = this.afterBreak(le);
      lineStart = end;
    }
    if (blockIndent < 0) bail();
    let value: string;
    if (folded) {
      value = '';
      let breaks = -1;
      for (const line of lines) {
        if (line === '') {
          breaks++;
          continue;
        }
        if (breaks >= 0) value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        value += line;
        breaks = 0;
      }
    } else {
      value = lines.join('\n');
    }
    if (!strip) value += '\n';
    if (end === this.n && text.charCodeAt(this.n - 1) !== LF && !strip) {
      // No line break after the last line: nothing to clip to.
      bail();
    }
    this.checkLength(value);
    this.rValue = value;
    this.rEnd = end;
    this.rNext = this.nextContent(end);
    return tree.add(KIND_SCALAR, p, end);
  }

  // ── flow collections (on one line) ───────────────────────────────────────────────────────

  /** A flow collection at `p`; sets its value and (in `rEnd`) the offset after its closing bracket. */
  private flow(p: number, ce: number, depth: number): number {
    if (depth > this.limits.depth) bail();
    const { text } = this;
    const isSeq = text.charCodeAt(p) === 91;
    const close = isSeq ? 93 : 125;
    const kids: number[] = [];
    const arr: unknown[] = [];
    const obj: Record<string, unknown> = {};
    let q = this.skipSpaces(p + 1, ce);
    if (text.charCodeAt(q) === close) {
      this.rValue = isSeq ? arr : obj;
      this.rEnd = q + 1;
      return this.finish(isSeq ? KIND_SEQ : KIND_MAP, p, q + 1, kids);
    }
    for (;;) {
      if (isSeq) {
        kids.push(this.flowItem(q, ce, depth));
        arr.push(this.rValue);
        q = this.rEnd;
      } else {
        let keyEnd: number;
        let name: string;
        const c = text.charCodeAt(q);
        if (c === DQUOTE || c === SQUOTE) {
          keyEnd = this.quoteEnd(q, ce);
          if (keyEnd < 0) bail();
          name = this.quotedValue(q, keyEnd);
        } else {
          if (isIndicator(c)) bail();
          keyEnd = q;
          while (keyEnd < ce) {
            const ch = text.charCodeAt(keyEnd);
            if (ch === COLON || ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === HASH || ch === SP) break;
            keyEnd++;
          }
          name = text.slice(q, keyEnd);
          if (typeof resolvePlain(name) !== 'string') bail();
        }
        if (text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== SP) bail();
        if (name === '<<' || name === '' || name in obj || name in Object.prototype) bail();
        this.checkLength(name);
        const node = this.flowItem(this.skipSpaces(keyEnd + 1, ce), ce, depth);
        this.tree.keyStart[node] = q;
        this.tree.keyEnd[node] = keyEnd;
        this.tree.keyName[node] = name;
        obj[name] = this.rValue;
        kids.push(node);
        q = this.rEnd;
      }
      q = this.skipSpaces(q, ce);
      const c = text.charCodeAt(q);
      if (c === close) {
        this.rValue = isSeq ? arr : obj;
        this.rEnd = q + 1;
        return this.finish(isSeq ? KIND_SEQ : KIND_MAP, p, q + 1, kids);
      }
      if (c !== 44) bail();
      q = this.skipSpaces(q + 1, ce);
      if (text.charCodeAt(q) === close) bail(); // a trailing comma
    }
  }

  private skipSpaces(q: number, ce: number): number {
    while (q < ce && this.text.charCodeAt(q) === SP) q++;
    return q;
  }

  /** One value inside a flow collection: a nested one, a quoted or a plain scalar. */
  private flowItem(q: number, ce: number, depth: number): number {
    const { text, tree } = this;
    const c = q < ce ? text.charCodeAt(q) : -1;
    if (c === 91 || c === 123) return this.flow(q, ce, depth + 1);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(q, ce);
      if (close < 0) bail();
      const s = this.quotedValue(q, close);
      this.checkLength(s);
      // «"a": b» inside a list is a one-pair mapping: the full parser.
      if (text.charCodeAt(close) === COLON) bail();
      this.rValue = s;
      this.rEnd = close;
      return tree.add(KIND_SCALAR, q, close);
    }
    if (c === -1 || isIndicator(c)) bail();
    // To the next flow indicator; a «:» or «#» on the way may be part of the text.
    let end = q;
    for (;;) {
      FLOW_STOP.lastIndex = end;
      end = FLOW_STOP.exec(text)?.index ?? ce;
      if (end >= ce) {
        end = ce;
        break;
      }
      const ch = text.charCodeAt(end);
      if (ch === COLON) {
        const nx = end + 1 < ce ? text.charCodeAt(end + 1) : SP;
        if (nx === SP || nx === 44 || nx === 91 || nx === 93 || nx === 123 || nx === 125) bail();
      } else if (ch === HASH) {
        if (text.charCodeAt(end - 1) === SP) bail();
      } else break;
      end++;
    }
    let last = end;
    while (last > q && text.charCodeAt(last - 1) === SP) last--;
    const s = text.slice(q, last);
    this.checkLength(s);
    this.rValue = resolvePlain(s);
    this.rEnd = last;
    return tree.add(KIND_SCALAR, q, last);
  }
}
