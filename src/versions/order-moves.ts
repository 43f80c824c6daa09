/**
 * Which of the items kept in both versions moved: the fewest items whose removal leaves the rest
 * in the same order in both (the complement of a longest increasing subsequence). Inserting or
 * removing items around the others moves nothing; swapping two neighbours moves one.
 *
 *   old order a b c d, new order a c d b → b moved
 */

/**
 * Indices (into `newPositions`, which lists each kept item's new position in old order) of the
 * items that moved. Deterministic: of equally long subsequences, the one ending earliest wins.
 */
export function movedIndices(newPositions: readonly number[]): Set<number> {
  const n = newPositions.length;
  // Patience sorting: tails[k] = index of the smallest tail of an increasing run of length k+1.
  const tails: number[] = [];
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = newPositions[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newPositions[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  const moved = new Set<number>();
  for (let i = 0; i < n; i++) if (!kept.has(i)) moved.add(i);
  return moved;
}
