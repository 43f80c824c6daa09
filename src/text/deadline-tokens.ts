/**
 * Tokens of a deadline as people type it. The tokenizer is deliberately forgiving: any dash,
 * any run of whitespace (line breaks, non-breaking spaces), «2022г.» glued, any letter case.
 */

export type DeadlineToken =
  | { t: 'iso'; year: number; month: number; day: number; start: number; end: number }
  /** «14.02.2022», «21.03», «1.3.22» */
  | { t: 'ndate'; day: number; month: number; year?: number; start: number; end: number }
  | { t: 'num'; value: number; digits: number; start: number; end: number }
  | { t: 'dash'; start: number; end: number }
  /** «,» or «;» */
  | { t: 'comma'; start: number; end: number }
  /** A word, lower case, «ё» → «е», trailing dot removed (`dot` tells it was there). */
  | { t: 'word'; w: string; dot: boolean; start: number; end: number }
  | { t: 'lparen'; start: number; end: number }
  | { t: 'rparen'; start: number; end: number }
  | { t: 'dot'; start: number; end: number }
  | { t: 'other'; ch: string; start: number; end: number };

/** Folds every whitespace run (including line breaks and U+00A0) into one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/gu, ' ').trim();
}

const RULES: { re: RegExp; make: (m: RegExpExecArray, start: number, end: number) => DeadlineToken }[] = [
  {
    re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y,
    make: (m, start, end) => ({ t: 'iso', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start, end }),
  },
  {
    re: /(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})(?!\d))?(?!\d)/y,
    make: (m, start, end) => {
      const y = m[3];
      const tok: DeadlineToken = { t: 'ndate', day: Number(m[1]), month: Number(m[2]), start, end };
      if (y !== undefined) tok.year = y.length === 2 ? 2000 + Number(y) : Number(y);
      return tok;
    },
  },
  { re: /\d+/y, make: (m, start, end) => ({ t: 'num', value: Number(m[0]), digits: m[0].length, start, end }) },
  { re: /[-‐‑‒–—―−]/y, make: (_m, start, end) => ({ t: 'dash', start, end }) },
  { re: /[,;]/y, make: (_m, start, end) => ({ t: 'comma', start, end }) },
  {
    re: /([a-zа-яё]+)(\.)?/iy,
    make: (m, start, end) => ({
      t: 'word',
      w: (m[1] ?? '').toLowerCase().replace(/ё/g, 'е'),
      dot: m[2] !== undefined,
      start,
      end,
    }),
  },
  { re: /\(/y, make: (_m, start, end) => ({ t: 'lparen', start, end }) },
  { re: /\)/y, make: (_m, start, end) => ({ t: 'rparen', start, end }) },
  { re: /\./y, make: (_m, start, end) => ({ t: 'dot', start, end }) },
];

/** Splits folded deadline text into tokens (positions refer to the folded text). */
export function tokenizeDeadline(text: string): DeadlineToken[] {
  const out: DeadlineToken[] = [];
  let pos = 0;
  outer: while (pos < text.length) {
    if (text[pos] === ' ') {
      pos++;
      continue;
    }
    for (const rule of RULES) {
      rule.re.lastIndex = pos;
      const m = rule.re.exec(text);
      if (m && m[0].length > 0) {
        out.push(rule.make(m, pos, pos + m[0].length));
        pos += m[0].length;
        continue outer;
      }
    }
    const ch = String.fromCodePoint(text.codePointAt(pos) ?? 0);
    out.push({ t: 'other', ch, start: pos, end: pos + ch.length });
    pos += ch.length;
  }
  return out;
}
