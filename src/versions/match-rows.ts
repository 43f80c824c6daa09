/**
 * Which row of the new version is which row of the old one.
 *
 * 1. By `id`: rows carrying the same id are the same row, wherever they stand.
 * 2. By content, for rows that have no id on one side at least (two different ids are two
 *    different rows): first the same task text (whitespace aside), in document order; then the
 *    most alike task texts (text-similarity.ts), best pairs first, while they are at least
 *    `CONTENT_THRESHOLD` alike. Pairs found so are reported as matched by content, with how alike.
 *
 * Candidates for the second step come from an index of words, skipping words that a great many
 * rows share, so that matching stays near linear in the rows.
 */
import { plainText } from '../compose/rich-text.js';
import type { PlanRows, RowEntry } from './plan-rows.js';
import { bagSize, foldedText, similarity, wordBag, type WordBag } from './text-similarity.js';

/** The least similarity (Dice over words) at which two id-less rows are taken for one. */
export const CONTENT_THRESHOLD = 0.5;

/** Words shared by more rows than this do not propose candidates (they still count in the score). */
const COMMON_WORD_ROWS = 64;

export interface RowPair {
  old: RowEntry;
  new: RowEntry;
  by: 'id' | 'content';
  /** 1 for an id or the same text; below 1 for alike texts. */
  similarity: number;
}

export interface RowMatching {
  pairs: RowPair[];
  /** Rows of the new version with no partner, in document order. */
  added: RowEntry[];
  /** Rows of the old version with no partner, in document order. */
  removed: RowEntry[];
}

export function matchRows(oldRows: PlanRows, newRows: PlanRows): RowMatching {
  const pairs: RowPair[] = [];
  const oldFree = new Set(oldRows.rows);
  const newFree = new Set(newRows.rows);
  const take = (o: RowEntry, n: RowEntry, by: RowPair['by'], sim: number) => {
    pairs.push({ old: o, new: n, by, similarity: sim });
    oldFree.delete(o);
    newFree.delete(n);
  };

  // 1. Ids.
  const byId = new Map<string, RowEntry>();
  for (const n of newRows.rows) if (n.item.id !== undefined) byId.set(n.item.id, n);
  for (const o of oldRows.rows) {
    const n = o.item.id === undefined ? undefined : byId.get(o.item.id);
    if (n) take(o, n, 'id', 1);
  }
  const mayPair = (o: RowEntry, n: RowEntry) => o.item.id === undefined || n.item.id === undefined;

  // 2a. The same task text.
  const texts = new Map<RowEntry, string>();
  const textOf = (r: RowEntry) => {
    let t = texts.get(r);
    if (t === undefined) texts.set(r, (t = foldedText(plainText(r.item.task))));
    return t;
  };
  const sameText = new Map<string, RowEntry[]>();
  for (const n of newFree) {
    const list = sameText.get(textOf(n));
    if (list) list.push(n);
    else sameText.set(textOf(n), [n]);
  }
  for (const o of [...oldFree]) {
    const list = sameText.get(textOf(o));
    const i = list?.findIndex((n) => newFree.has(n) && mayPair(o, n)) ?? -1;
    if (i >= 0) take(o, list!.splice(i, 1)[0]!, 'content', 1);
  }

  // 2b. Alike task texts.
  if (oldFree.size > 0 && newFree.size > 0) {
    const bags = new Map<RowEntry, { bag: WordBag; size: number }>();
    const bagOf = (r: RowEntry) => {
      let b = bags.get(r);
      if (!b) {
        const bag = wordBag(textOf(r));
        bags.set(r, (b = { bag, size: bagSize(bag) }));
      }
      return b;
    };
    const index = new Map<string, RowEntry[]>();
    for (const n of newFree) {
      for (const word of bagOf(n).bag.keys()) {
        const list = index.get(word);
        if (list) list.push(n);
        else index.set(word, [n]);
      }
    }
    const scored: RowPair[] = [];
    for (const o of oldFree) {
      const a = bagOf(o);
      const seen = new Set<RowEntry>();
      for (const word of a.bag.keys()) {
        const list = index.get(word);
        if (!list || list.length > COMMON_WORD_ROWS) continue;
        for (const n of list) {
          if (seen.has(n) || !mayPair(o, n)) continue;
          seen.add(n);
          const b = bagOf(n);
          const s = similarity(a.bag, b.bag, a.size, b.size);
          if (s >= CONTENT_THRESHOLD) scored.push({ old: o, new: n, by: 'content', similarity: s });
        }
      }
    }
    scored.sort(
      (x, y) =>
        y.similarity - x.similarity ||
        Math.abs(x.old.position - x.new.position) - Math.abs(y.old.position - y.new.position) ||
        x.old.position - y.old.position ||
        x.new.position - y.new.position,
    );
    for (const p of scored) if (oldFree.has(p.old) && newFree.has(p.new)) take(p.old, p.new, 'content', p.similarity);
  }

  pairs.sort((a, b) => a.old.position - b.old.position);
  return { pairs, added: newRows.rows.filter((r) => newFree.has(r)), removed: oldRows.rows.filter((r) => oldFree.has(r)) };
}
