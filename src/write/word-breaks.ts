/**
 * Where a word (a space-delimited part of a run, trailing spaces left out) may be broken when it
 * does not fit its line, the same for both writers:
 * - a URL or e-mail address written out: after «/» (not between the two of «//»), and in the
 *   path after «.», «-», «_», «?», «&», «=», «#»; never inside the host name, never with a hyphen
 *   added (the printed address copies as written);
 * - a group joined by no-break spaces wider than its line: at those spaces first;
 * - a word wider than its line: after a hyphen it has («план-/график»);
 * - a word to be hyphenated: at its Russian hyphenation points, a hyphen added (hyphenation.ts).
 * Which words are hyphenated is the theme's `typography.hyphenation`: 'long-words' (only words
 * wider than their line, which would otherwise be cut), 'tables' (every word in a table cell).
 * Only when a part offers no break that fits an empty line is it cut at the last character that
 * fits, with a hyphen between two letters.
 */
import { HYPHEN, hyphenationPoints } from './hyphenation.js';

export const NBSP = '\u00a0';

/** A URL or e-mail address written out. */
export const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Whether a word is a URL: it looks like one, or it is (part of) its run's link target written out. */
export function isUrlWord(word: string, link: string | undefined): boolean {
  return URL_LIKE.test(word) || (link !== undefined && word.length > 0 && link.includes(word));
}

export interface WordBreak {
  /** Offset in the word: the break comes before this character. */
  at: number;
  /** A hyphen is printed at the end of the line (a break inside a word). */
  hyphen: boolean;
  /** A no-break space: preferred to any other break of the word. */
  space?: boolean;
}

/** Where the path of a URL starts (the first «/» after its host), or the URL's length. */
function pathStart(url: string): number {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  const host = scheme ? scheme[0].length : 0;
  const slash = url.indexOf('/', host);
  return slash < 0 ? url.length : slash;
}

/** The breaks of a URL: after «/», and in its path after «.», «-», «_», «?», «&», «=», «#». */
export function urlBreaks(url: string): WordBreak[] {
  const out: WordBreak[] = [];
  const path = pathStart(url);
  for (let i = 0; i < url.length - 1; i++) {
    const c = url[i] as string;
    const next = url[i + 1] as string;
    if (next === NBSP) continue;
    if (c === '/' ? next !== '/' : i > path && '.-_?&=#'.includes(c) && !'.-_?&=#/'.includes(next)) out.push({ at: i + 1, hyphen: false });
  }
  return out;
}

/**
 * The breaks of a word that does not fit where it stands. `long`: it is wider than a whole line;
 * `hyphenate`: its hyphenation points count (the theme's mode says so, or it is long).
 */
export function wordBreaks(word: string, long: boolean, hyphenate: boolean, url: boolean): WordBreak[] {
  if (url) return urlBreaks(word);
  const out: WordBreak[] = [];
  if (long) {
    for (let i = 0; i < word.length - 1; i++) {
      const c = word[i] as string;
      if (c === NBSP) out.push({ at: i + 1, hyphen: false, space: true });
      else if (c === '-' && i > 0 && /[\p{L}\p{N}]/u.test(word[i - 1] as string) && /[\p{L}\p{N}]/u.test(word[i + 1] as string)) out.push({ at: i + 1, hyphen: false });
    }
  }
  if (hyphenate) for (const at of hyphenationPoints(word)) out.push({ at, hyphen: true });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The piece of `word` from `start` to put on a line with `room` points left: the break to use
 * (a no-break space if one fits, else the last break that fits), or undefined when none fits.
 */
export function fittingBreak(word: string, start: number, breaks: WordBreak[], room: number, measure: (t: string) => number): WordBreak | undefined {
  let best: WordBreak | undefined;
  let bestSpace: WordBreak | undefined;
  // The first break after `start` (binary search: a long word has thousands).
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as WordBreak).at <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < breaks.length; i++) {
    const b = breaks[i] as WordBreak;
    const piece = word.slice(start, b.at).trimEnd();
    // Breaks come in order: once the piece alone is too wide, every later one is too.
    if (measure(piece) > room) break;
    if (b.hyphen && measure(piece + HYPHEN) > room) continue;
    best = b;
    if (b.space) bestSpace = b;
  }
  return bestSpace ?? best;
}

const LETTER = /\p{L}/u;

/**
 * The last resort for a word that no break lets fit an empty line (a column narrower than a
 * syllable): the longest prefix from `start` that fits `width` (at least one character), with a
 * hyphen when it ends between two letters and `hyphenate` (not in a URL).
 */
export function cutToFit(word: string, start: number, width: number, measure: (t: string) => number, hyphenate = true): WordBreak {
  let end = start;
  let used = 0;
  for (const ch of word.slice(start)) {
    const w = measure(ch);
    if (end > start && used + w > width) break;
    used += w;
    end += ch.length;
  }
  const inside = (at: number) => hyphenate && at < word.length && LETTER.test(word[at - 1] as string) && LETTER.test(word[at] as string);
  // Between two letters: a hyphen, the prefix shortened until prefix and hyphen fit.
  while (end > start + 1 && inside(end) && measure(word.slice(start, end) + HYPHEN) > width) end--;
  return { at: end, hyphen: inside(end) };
}
