/** «Did you mean …?»: the nearest candidate by edit distance, when it is near enough. */

/** Damerau–Levenshtein distance (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `word`, if within a third of its length (at least 1, at most 3 edits). */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const dist = editDistance(word, c);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Latin letters and digits that look like Cyrillic letters, as those letters: «KO», «К0» and
 * «КО» look the same on the page but are different keys.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у', '0': 'О', '3': 'З',
};

/** `s` as it looks: look-alikes as Cyrillic letters, «ё» as «е», lower case. */
export function lookalikeForm(s: string): string {
  let out = '';
  for (const ch of s) out += LOOKALIKES[ch] ?? ch;
  return out.toLowerCase().replace(/ё/g, 'е');
}

/**
 * The candidate that looks like `word` but is written otherwise: another letter case, Latin
 * letters or digits for Cyrillic ones, or the other way round («омсу», «KO», «К0» for «ОМСУ»,
 * «КО»). Undefined when none does (or `word` itself is a candidate).
 */
export function lookalikeOf(word: string, candidates: Iterable<string>): string | undefined {
  const form = lookalikeForm(word);
  let found: string | undefined;
  for (const c of candidates) {
    if (c === word) return undefined;
    if (found === undefined && c.length === word.length && lookalikeForm(c) === form) found = c;
  }
  return found;
}

/** The kind of a character, for saying how a look-alike differs. */
export function characterScript(ch: string): 'latin' | 'cyrillic' | 'digit' | 'other' {
  if (/^[A-Za-z]$/.test(ch)) return 'latin';
  if (/^\p{Script=Cyrillic}$/u.test(ch)) return 'cyrillic';
  if (/^[0-9]$/.test(ch)) return 'digit';
  return 'other';
}
