/**
 * From a path in the plain value (`['plan', 'items', 3, 'deadline']`) back to the YAML node and
 * its place in the file: the value itself, its key, or (for a missing key) the object that
 * lacks it. Aliases are followed; a key that came through a merge (`<<`) points at the merge.
 *
 * The nodes come from one of two readers (`NodeSource`): the fast one's flat arrays
 * (`FastNodes`, fast-yaml.ts) or a `yaml` Document (`DocumentNodes`, yaml-full.ts, for the files
 * the fast reader leaves to `yaml`). Positions are computed only when asked for.
 */
import type { SourceLocation } from '../model/source.js';
import type { Position } from '../diagnostics/create.js';
import type { FastTree } from './fast-yaml.js';

export type PathSegment = string | number;
export type Target = 'value' | 'key' | 'parent';

/** A found node: its range and, when it sits in a mapping, its key's range (-1 when absent or unknown). */
export interface Found {
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

/** The nodes of one parsed file. */
export interface NodeSource {
  /**
   * The node at `path` (stopping at the deepest node found) into `out`; false when there is no
   * node at all.
   */
  find(path: readonly PathSegment[], out: Found): boolean;
  /** Offsets where lines start (the first is 0), as `yaml`'s `LineCounter` has them. */
  readonly lineStarts: readonly number[];
  /** The text the nodes were read from (for placing positions inside a string value). */
  readonly text?: string;
  /**
   * The source text of the plain scalar written on one line at exactly `path` («007» for the
   * value 7), or undefined when there is no node there or it is not such a scalar (quoted, a
   * block scalar, folded over lines, a collection).
   */
  plainScalar(path: readonly PathSegment[]): string | undefined;
  /** True for a value that has no text (a roadmap loaded as data): places are JSON Pointers. */
  readonly pointers?: boolean;
}

/** Data without text (`loadRoadmapObject`): every place is a JSON Pointer to the value. */
export const POINTER_NODES: NodeSource = {
  find: () => false,
  plainScalar: () => undefined,
  lineStarts: [0],
  pointers: true,
};

/** A path as a JSON Pointer (RFC 6901): `['plan', 'items', 3]` → `/plan/items/3`. */
export function jsonPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export class Locator {
  /** Scratch space for `find` (positions are computed one at a time). */
  private readonly found: Found = { start: -1, end: -1, keyStart: -1, keyEnd: -1 };

  constructor(
    private readonly nodes: NodeSource,
    readonly file: string,
  ) {}

  /** Where the value at `path` is written (or its key, or the object holding it). */
  position(path: readonly PathSegment[], target: Target = 'value'): Position {
    const l = this.loc(path, target);
    if (l.pointer !== undefined) return { line: 0, column: 0, pointer: l.pointer };
    return l.endLine === undefined ? { line: l.line, column: l.column } : { line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn! };
  }

  /**
   * The text a plain scalar at `path` was written as: «007», «0x1F», «1e3» for the numbers YAML
   * reads them as (see text-scalars.ts). Undefined when the value there was not a plain scalar.
   */
  scalarText(path: readonly PathSegment[]): string | undefined {
    return this.nodes.plainScalar(path);
  }

  /** A `SourceLocation` for the model. */
  loc(path: readonly PathSegment[], target: Target = 'value'): SourceLocation {
    if (this.nodes.pointers) return { file: this.file, line: 0, column: 0, pointer: jsonPointer(target === 'parent' ? path.slice(0, -1) : path) };
    const found = this.found;
    if (!this.nodes.find(target === 'parent' ? path.slice(0, -1) : path, found)) return { file: this.file, line: 1, column: 1 };
    const useKey = target !== 'value' && found.keyStart >= 0;
    const start = useKey ? found.keyStart : found.start;
    const end = useKey ? found.keyEnd : found.end;
    if (start < 0) return { file: this.file, line: 1, column: 1 };
    const starts = this.nodes.lineStarts;
    const line = lineOf(starts, start);
    const endLine = lineOf(starts, end);
    return { file: this.file, line, column: columnOf(starts, line, start), endLine, endColumn: columnOf(starts, endLine, end) };
  }

  /**
   * Where each line of the string `value` written at `path` starts (`scalarLineStarts`), for
   * locating a place inside the value (a template written in YAML); undefined when unknown.
   */
  valueLines(path: readonly PathSegment[], value: string): LineStart[] | undefined {
    const found = this.found;
    if (!this.nodes.find(path, found)) return undefined;
    return scalarLineStarts(this.nodes, found, value);
  }

  /**
   * Where the `occurrence`-th (from 0) `needle` is written inside the value at `path` (a footnote
   * marker «[^key]» in a text), whatever the scalar's style; undefined when the text is not at
   * hand or the needle is not written as it reads there (escapes).
   */
  textPosition(path: readonly PathSegment[], needle: string, occurrence: number): SourceLocation | undefined {
    const text = this.nodes.text;
    const found = this.found;
    if (text === undefined || needle === '' || !this.nodes.find(path, found) || found.start < 0) return undefined;
    let at = found.start - 1;
    for (let i = 0; i <= occurrence; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0 || at + needle.length > found.end) return undefined;
    }
    const starts = this.nodes.lineStarts;
    const line = lineOf(starts, at);
    const column = columnOf(starts, line, at);
    return { file: this.file, line, column, endLine: line, endColumn: column + needle.length };
  }
}

export interface LineStart {
  line: number;
  column: number;
}

/**
 * Where each line of the string `value` (the decoded scalar at `path`) starts in the file, or
 * undefined when the text is not at hand. The scalar as written (plain, quoted, or a block `|` /
 * `>` with its indentation) is walked alongside its value: exact for single-line values and
 * literal blocks, the nearest place for folded text and escapes.
 */
export function scalarLineStarts(nodes: NodeSource, found: Found, value: string): LineStart[] | undefined {
  const text = nodes.text;
  if (text === undefined || found.start < 0) return undefined;
  const starts = nodes.lineStarts;
  let r = found.start;
  const end = Math.max(found.end, r);
  const place = (offset: number): LineStart => {
    const line = lineOf(starts, offset);
    return { line, column: columnOf(starts, line, offset) };
  };
  // A literal block («|», «|-»): each line of the value is a line of the file after the header,
  // less the block's indentation (that of its first line with text).
  if (text[r] === '|') {
    const lines = text.slice(r, end).split('\n').slice(1);
    const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length), Infinity);
    const first = lineOf(starts, r) + 1;
    return value.split('\n').map((l, i) => {
      const lineStart = starts[first + i - 1];
      if (lineStart === undefined) return place(end);
      return { line: first + i, column: Math.min(indent === Infinity ? 0 : indent, (lines[i] ?? '').length) + 1 };
    });
  }
  // A folded block's header («>-») ends its line; a quote opens a quoted scalar.
  if (text[r] === '>') {
    const nl = text.indexOf('\n', r);
    r = nl < 0 || nl >= end ? end : nl + 1;
  } else if (text[r] === '"' || text[r] === "'") {
    r++;
  }
  const out: LineStart[] = [];
  let lineStart = true;
  for (let v = 0; v < value.length; v++) {
    const ch = value[v]!;
    if (ch === '\n') {
      lineStart = true;
      // An escaped line break («\\n» in double quotes), or the line break and the next line's indentation.
      if (text[r] === '\\' && text[r + 1] === 'n') r += 2;
      else {
        while (r < end && text[r] !== '\n') r++;
        if (r < end) r++;
      }
      continue;
    }
    if (lineStart) {
      // Indentation of a block line (and the spaces a value line starts with).
      while (r < end && (text[r] === ' ' || text[r] === '\t') && ch !== ' ' && ch !== '\t') r++;
      out.push(place(Math.min(r, end)));
      lineStart = false;
    }
    // The value's character among the next few written ones (quotes doubled, escapes, folds).
    for (let k = 0; k < 8 && r + k < end; k++) {
      if (text[r + k] === ch) {
        r += k;
        break;
      }
    }
    r++;
  }
  if (lineStart) out.push(place(Math.min(r, end)));
  return out;
}

/** The line (1-based) of an offset, as `LineCounter.linePos` gives it (0 before the first line). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < starts[mid]!) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The column (1-based) of an offset on its line, as `LineCounter.linePos` gives it. */
function columnOf(starts: readonly number[], line: number, offset: number): number {
  if (line === 0) return offset;
  return offset - starts[line - 1]! + 1;
}

/** The nodes of the fast reader. */
export class FastNodes implements NodeSource {
  constructor(
    private readonly tree: FastTree,
    readonly text?: string,
  ) {}

  get lineStarts(): readonly number[] {
    return this.tree.lineStarts;
  }

  /**
   * The path of the last search, as far as it was found, with the node (and the node whose key
   * applies) after each step: paths are asked for in the order of the file, and the next one
   * mostly shares all but its last steps with the last.
   */
  private readonly lastSegs: PathSegment[] = [];
  private readonly lastNodes: number[] = [];
  private readonly lastKeyOf: number[] = [];

  find(path: readonly PathSegment[], out: Found): boolean {
    const { tree, lastSegs, lastNodes, lastKeyOf } = this;
    let node = tree.root;
    if (node < 0) return false;
    let keyOf = -1;
    let i = 0;
    const shared = Math.min(path.length, lastSegs.length);
    while (i < shared && lastSegs[i] === path[i]) i++;
    if (i > 0) {
      node = lastNodes[i - 1]!;
      keyOf = lastKeyOf[i - 1]!;
    }
    lastSegs.length = i;
    lastNodes.length = i;
    lastKeyOf.length = i;
    for (; i < path.length; i++) {
      const seg = path[i]!;
      if (tree.isMap(node)) {
        const k = tree.child(node, String(seg));
        if (k < 0) break;
        keyOf = k;
        node = k;
      } else if (tree.isSeq(node) && typeof seg === 'number') {
        const k = tree.item(node, seg);
        if (k < 0) break;
        keyOf = -1;
        node = k;
      } else break;
      lastSegs.push(seg);
      lastNodes.push(node);
      lastKeyOf.push(keyOf);
    }
    out.start = tree.start[node]!;
    out.end = tree.end[node]!;
    out.keyStart = keyOf < 0 ? -1 : tree.keyStart[keyOf]!;
    out.keyEnd = keyOf < 0 ? -1 : tree.keyEnd[keyOf]!;
    return true;
  }

  private readonly scratch: Found = { start: -1, end: -1, keyStart: -1, keyEnd: -1 };

  plainScalar(path: readonly PathSegment[]): string | undefined {
    if (!this.find(path, this.scratch)) return undefined;
    // `find` keeps the part of the path it found: all of it, or the node is another one.
    if (this.lastSegs.length !== path.length) return undefined;
    const node = path.length === 0 ? this.tree.root : this.lastNodes[path.length - 1]!;
    return this.tree.plainSource(node);
  }
}
