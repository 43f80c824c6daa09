/**
 * How alike two texts are, for matching rows that have no ids: the Dice coefficient of their
 * words (lower case, «ё» read as «е», punctuation and markup ignored, and words of one or two
 * letters — «в», «и», «по», «на» — left out, as any two Russian sentences share them; numbers are
 * kept whatever their length), 1 for the same words, 0 for none in common.
 *
 *   «Участие в семинаре для ОО» ~ «Участие ОО в семинаре» → 1 (the same words)
 *   «Сбор контекстных данных о школах» ~ «Сбор контекстных данных о школах-участницах» → 0,83
 */

/** The words of a text as a multiset: word → count. */
export type WordBag = Map<string, number>;

export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const m of text.toLocaleLowerCase('ru-RU').replaceAll('ё', 'е').matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    if (word.length < 3 && !/\p{N}/u.test(word)) continue;
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

export function bagSize(bag: WordBag): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** Dice coefficient of two word bags: 2·|A∩B| / (|A| + |B|); two empty texts are alike (1). */
export function similarity(a: WordBag, b: WordBag, sizeA = bagSize(a), sizeB = bagSize(b)): number {
  if (sizeA + sizeB === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [word, count] of small) common += Math.min(count, large.get(word) ?? 0);
  return (2 * common) / (sizeA + sizeB);
}

/** A text with its whitespace folded, for exact comparison («the same text»). */
export function foldedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
