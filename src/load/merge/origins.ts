/**
 * Where each value of a merged tree was written. Merging builds new objects and lists out of
 * the base's and the child's; the side map records, for each container the merge built, where
 * each of its children came from: the file's `Locator` and the path of that value in its file.
 * Containers taken whole from one file have no entry: their children are found by extending
 * the path of the nearest recorded ancestor.
 */
import type { Locator, PathSegment } from '../locate.js';

/** A value's place of writing: the file (through its locator) and its path in that file. */
export interface Origin {
  locator: Locator;
  path: PathSegment[];
}

export type Origins = WeakMap<object, Map<PathSegment, Origin>>;

export function child(origin: Origin, key: PathSegment): Origin {
  return { locator: origin.locator, path: [...origin.path, key] };
}

/** Record that `container[key]` was written at `origin`. */
export function record(origins: Origins, container: object, key: PathSegment, origin: Origin): void {
  let map = origins.get(container);
  if (!map) origins.set(container, (map = new Map()));
  map.set(key, origin);
}

/** Follow `path` through the merged value: the origin of the deepest value reached, plus the rest of the path. */
export function originOf(origins: Origins, root: unknown, rootOrigin: Origin, path: readonly PathSegment[]): Origin {
  let value = root;
  let origin = rootOrigin;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const recorded = value !== null && typeof value === 'object' ? origins.get(value)?.get(seg) : undefined;
    origin = recorded ?? child(origin, seg);
    value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[seg] : undefined;
  }
  return origin;
}
