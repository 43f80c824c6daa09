/**
 * The years a plan covers as officials write them: «2022», «2022 год», «2023-2024»,
 * «2023–2024 гг.», «на 2023 – 2024 годы», «с 2023 по 2024 год», «2023/2024 учебный год».
 * Read with the deadline tokenizer (any dash, any spacing, «г.»/«гг.»/«год»/«годы»).
 */
import { foldWhitespace, tokenizeDeadline, type DeadlineToken } from './deadline-tokens.js';

export const PERIOD_YEAR_MIN = 1900;
export const PERIOD_YEAR_MAX = 2200;

export type PlanPeriodParse =
  | { ok: true; from: number; to: number }
  /** `unrecognised`: not years; `reversed`: the first year after the second; `range`: a year outside 1900–2200. */
  | { ok: false; reason: 'unrecognised' | 'reversed' | 'range' };

const LEADING = new Set(['с', 'на', 'в']);
const TRAILING = new Set(['г', 'гг', 'год', 'года', 'годы', 'годов', 'году', 'годах', 'учебный', 'учебного', 'уч']);

export function parsePlanPeriod(text: string): PlanPeriodParse {
  let toks = tokenizeDeadline(foldWhitespace(text));
  while (toks[0]?.t === 'word' && LEADING.has(toks[0].w)) toks = toks.slice(1);
  const isYear = (t: DeadlineToken | undefined): t is Extract<DeadlineToken, { t: 'num' }> => t?.t === 'num' && t.digits === 4;
  const trailing = (from: number): boolean => toks.slice(from).every((t) => (t.t === 'word' && TRAILING.has(t.w)) || t.t === 'dot');
  const first = toks[0];
  if (!isYear(first)) return { ok: false, reason: 'unrecognised' };
  let to = first.value;
  let rest = 1;
  // «2022 г. – 2023 г.»: a year word may follow the first year too (when more follows).
  let i = 1;
  while (!trailing(i) && ((toks[i]?.t === 'word' && TRAILING.has((toks[i] as { w: string }).w)) || toks[i]?.t === 'dot')) i++;
  const sep = toks[i];
  const isSeparator = sep !== undefined && (sep.t === 'dash' || (sep.t === 'other' && sep.ch === '/') || (sep.t === 'word' && sep.w === 'по'));
  if (isSeparator && isYear(toks[i + 1])) {
    to = (toks[i + 1] as { value: number }).value;
    rest = i + 2;
  }
  if (!trailing(rest)) return { ok: false, reason: 'unrecognised' };
  const from = first.value;
  if (from < PERIOD_YEAR_MIN || to > PERIOD_YEAR_MAX || to < PERIOD_YEAR_MIN || from > PERIOD_YEAR_MAX) return { ok: false, reason: 'range' };
  if (to < from) return { ok: false, reason: 'reversed' };
  return { ok: true, from, to };
}
