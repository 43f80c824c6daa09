/**
 * A `Locator` over a merged tree (a file with `extends` on top of its bases): every path is
 * first traced back to the file where that value was written (see origins.ts), then located in
 * that file by the file's own locator. Schema errors, the normaliser (`loc` of every node) and
 * lint rules all go through `loc`, so each diagnostic names the right file and line, in the
 * base or in the child.
 */
import type { Position } from '../../diagnostics/create.js';
import type { SourceLocation } from '../../model/source.js';
import { Locator, type LineStart, type NodeSource, type PathSegment, type Target } from '../locate.js';
import { originOf, type Origin, type Origins } from './origins.js';

export class MergedLocator extends Locator {
  /** `nodes`, `file`: the top-level input's (also this locator's `file`). */
  constructor(
    nodes: NodeSource,
    file: string,
    private readonly value: unknown,
    private readonly origins: Origins,
    private readonly rootOrigin: Origin,
  ) {
    super(nodes, file);
  }

  override position(path: readonly PathSegment[], target: Target = 'value'): Position {
    const { locator, path: p, target: t } = this.trace(path, target);
    return locator.position(p, t);
  }

  override loc(path: readonly PathSegment[], target: Target = 'value'): SourceLocation {
    const { locator, path: p, target: t } = this.trace(path, target);
    return locator.loc(p, t);
  }

  override valueLines(path: readonly PathSegment[], value: string): LineStart[] | undefined {
    const { locator, path: p } = this.trace(path, 'value');
    return locator.valueLines(p, value);
  }

  override textPosition(path: readonly PathSegment[], needle: string, occurrence: number): SourceLocation | undefined {
    const { locator, path: p } = this.trace(path, 'value');
    return locator.textPosition(p, needle, occurrence);
  }

  override scalarText(path: readonly PathSegment[]): string | undefined {
    const { locator, path: p } = this.trace(path, 'value');
    return locator.scalarText(p);
  }

  /** The file's locator, the path in that file, and the target there. */
  private trace(path: readonly PathSegment[], target: Target): { locator: Locator; path: PathSegment[]; target: Target } {
    // «The object that lacks a key» is the object's own key in its file.
    if (target === 'parent') {
      const o = originOf(this.origins, this.value, this.rootOrigin, path.slice(0, -1));
      return { locator: o.locator, path: o.path, target: o.path.length === 0 ? 'value' : 'key' };
    }
    const o = originOf(this.origins, this.value, this.rootOrigin, path);
    return { locator: o.locator, path: o.path, target };
  }
}
