/**
 * From a path in the plain value (`['plan', 'items', 3, 'deadline']`) back to the YAML node and
 * its place in the file: the value itself, its key, or (for a missing key) the object that
 * lacks it. Aliases are followed; a key that came through a merge (`<<`) points at the merge.
 *
 * The nodes come from one of two readers (`NodeSource`): the fast one's flat arrays
 * (fast-yaml.ts) or a `yaml` Document (for the files the fast reader leaves to `yaml`). Positions
 * are computed only when asked for.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type ParsedNode } from 'yaml';
import type { SourceLocation } from '../model/source.js';
import type { Position } from '../diagnostics/create.js';
import { linePosition, type FastTree } from './fast-yaml.js';

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
  /** The node at `path` (stopping at the deepest node found), undefined when there is none at all. */
  find(path: readonly PathSegment[]): Found | undefined;
  /** Line and column (1-based) of an offset. */
  linePos(offset: number): { line: number; col: number };
}

export class Locator {
  constructor(
    private readonly nodes: NodeSource,
    readonly file: string,
  ) {}

  /** Where the value at `path` is written (or its key, or the object holding it). */
  position(path: readonly PathSegment[], target: Target = 'value'): Position {
    const found = this.nodes.find(target === 'parent' ? path.slice(0, -1) : path);
    if (!found) return { line: 1, column: 1 };
    const useKey = target !== 'value' && found.keyStart >= 0;
    if ((useKey ? found.keyStart : found.start) < 0) return { line: 1, column: 1 };
    const start = this.nodes.linePos(useKey ? found.keyStart : found.start);
    const end = this.nodes.linePos(useKey ? found.keyEnd : found.end);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** A `SourceLocation` for the model. */
  loc(path: readonly PathSegment[], target: Target = 'value'): SourceLocation {
    const p = this.position(path, target);
    const loc: SourceLocation = { file: this.file, line: p.line, column: p.column };
    if (p.endLine !== undefined) loc.endLine = p.endLine;
    if (p.endColumn !== undefined) loc.endColumn = p.endColumn;
    return loc;
  }
}

/** The nodes of the fast reader. */
export class FastNodes implements NodeSource {
  constructor(private readonly tree: FastTree) {}

  find(path: readonly PathSegment[]): Found | undefined {
    const { tree } = this;
    let node = tree.root;
    if (node < 0) return undefined;
    let keyOf = -1;
    for (const seg of path) {
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
    }
    return {
      start: tree.start[node]!,
      end: tree.end[node]!,
      keyStart: keyOf < 0 ? -1 : tree.keyStart[keyOf]!,
      keyEnd: keyOf < 0 ? -1 : tree.keyEnd[keyOf]!,
    };
  }

  linePos(offset: number): { line: number; col: number } {
    return linePosition(this.tree.lineStarts, offset);
  }
}

/** The nodes of a `yaml` Document. */
export class DocumentNodes implements NodeSource {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  find(path: readonly PathSegment[]): Found | undefined {
    let node = this.resolve(this.doc.contents as Node | null);
    let keyNode: ParsedNode | undefined;
    for (const seg of path) {
      if (!node) break;
      if (isMap(node)) {
        const pair = findPair(node, String(seg), (n) => this.resolve(n));
        if (!pair) break;
        keyNode = pair.key as ParsedNode;
        node = this.resolve(pair.value as Node | null) ?? (pair.key as ParsedNode);
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        keyNode = undefined;
        node = this.resolve(item);
      } else break;
    }
    const r = (node as ParsedNode | undefined)?.range;
    const k = keyNode?.range;
    return { start: r ? r[0] : -1, end: r ? r[1] : -1, keyStart: k ? k[0] : -1, keyEnd: k ? k[1] : -1 };
  }

  linePos(offset: number): { line: number; col: number } {
    return this.lineCounter.linePos(offset);
  }

  private resolve(n: Node | null | undefined): Node | undefined {
    if (!n) return undefined;
    if (isAlias(n)) return (n.resolve(this.doc) as Node | undefined) ?? n;
    return n;
  }
}

/** The pair with this key, directly or through merge keys (then the `<<` pair itself). */
function findPair(map: { items: { key: unknown; value: unknown }[] }, key: string, resolve: (n: Node) => Node | undefined): { key: unknown; value: unknown } | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i]!;
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === '<<') {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const s of sources) {
        const m = resolve(s as Node);
        if (m && isMap(m) && findPair(m, key, resolve)) return { key: pair.key, value: findPair(m, key, resolve)!.value };
      }
    }
  }
  return undefined;
}
