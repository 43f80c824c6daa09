/**
 * From a path in the plain value (`['plan', 'items', 3, 'deadline']`) back to the YAML node and
 * its place in the file: the value itself, its key, or (for a missing key) the object that
 * lacks it. Aliases are followed; a key that came through a merge (`<<`) points at the merge.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type ParsedNode } from 'yaml';
import type { SourceLocation } from '../model/source.js';
import type { Position } from '../diagnostics/create.js';

export type PathSegment = string | number;
export type Target = 'value' | 'key' | 'parent';

export class Locator {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
    readonly file: string,
  ) {}

  /** Where the value at `path` is written (or its key, or the object holding it). */
  position(path: readonly PathSegment[], target: Target = 'value'): Position {
    const found = this.find(target === 'parent' ? path.slice(0, -1) : path);
    const node = target === 'value' ? found.node : found.keyNode ?? found.node;
    const r = node?.range;
    if (!r) return { line: 1, column: 1 };
    const start = this.lineCounter.linePos(r[0]);
    const end = this.lineCounter.linePos(r[1]);
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

  /** The node at `path` and the key node it sits under (when in a mapping). Stops at the deepest node found. */
  private find(path: readonly PathSegment[]): { node?: ParsedNode; keyNode?: ParsedNode } {
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
    return { node: node as ParsedNode | undefined, keyNode };
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
