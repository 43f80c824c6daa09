/**
 * Where a word may be broken with a hyphen, by Liang's algorithm with the Russian TeX patterns of
 * the `hyphen` package (its `ru` patterns: Cyrillic letters). Both writers break at these points
 * only: the PDF's line breaker (text-height.ts, pdf/runs.ts) prints a hyphen there, the DOCX
 * carries a soft hyphen there (docx/runs.ts), so that Word and LibreOffice can break at the same
 * points without Russian dictionaries of their own.
 *
 * Russian rules on top of the patterns: at least two letters stay on each side of a break, and
 * only words of five letters or more are hyphenated (the package's default). The patterns
 * (136 KB) load the first time a word is hyphenated.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The visible hyphen printed at a break inside a word. */
export const HYPHEN = '-';
/** What the patterns mark a break with (a character no Russian word contains). */
const MARK = '\u0001';
/** Letters kept on each side of a break. */
const MIN_SIDE = 2;
/** A run of letters the Russian patterns hyphenate (Cyrillic, with «ё» and «Ё»). */
const CYRILLIC_WORD = /[\u0400-\u04ff]{5,}/g;

type HyphenateSync = (text: string, options: { hyphenChar: string; minWordLength: number }) => string;
let hyphenateRu: HyphenateSync | undefined;

const cache = new Map<string, readonly number[]>();
const NONE: readonly number[] = Object.freeze([]);

/** Letters hyphenated at once (longer runs of letters are taken in pieces). */
const MAX_RUN = 64;

/** The hyphenation points of one run of Cyrillic letters, at least two letters from either end. */
function runPoints(run: string): number[] {
  if (run.length < 5) return [];
  hyphenateRu ??= (require('hyphen/ru') as { hyphenateSync: HyphenateSync }).hyphenateSync;
  const marked = hyphenateRu(run, { hyphenChar: MARK, minWordLength: 5 });
  const found: number[] = [];
  let letters = 0;
  for (const ch of marked) {
    if (ch === MARK) {
      if (letters >= MIN_SIDE && run.length - letters >= MIN_SIDE) found.push(letters);
    } else letters += ch.length;
  }
  return found;
}

/**
 * The offsets in `word` (UTF-16 units) before which it may be broken with a hyphen added: inside
 * runs of five or more Cyrillic letters, never within two letters of the run's ends. Words
 * without Cyrillic letters have none.
 */
export function hyphenationPoints(word: string): readonly number[] {
  let points = cache.get(word);
  if (points !== undefined) return points;
  points = NONE;
  CYRILLIC_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CYRILLIC_WORD.exec(word))) {
    const found: number[] = [];
    // No word is longer than this: a longer run of letters (garbage, a hostile input) is
    // hyphenated in pieces of this length, which may also break between them (the patterns
    // take time that grows faster than the length).
    for (let from = 0; from < m[0].length; from += MAX_RUN) {
      const run = m[0].slice(from, from + MAX_RUN);
      if (from > 0 && run.length >= MIN_SIDE) found.push(m.index + from);
      for (const at of runPoints(run)) found.push(m.index + from + at);
    }
    if (found.length > 0) points = points === NONE ? found : [...points, ...found];
  }
  if (cache.size >= 50_000) cache.clear();
  cache.set(word, points);
  return points;
}
