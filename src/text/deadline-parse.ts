/**
 * Parses a deadline as people write it in a roadmap into a structured `Deadline`.
 *
 * Accepted (any letter case, any dash, any whitespace, «г.»/«г»/«года»/none, «2022г.» glued):
 * - dates: «17.12.2021», «30 сентября 2022 г.», «2022-02-22»;
 * - before: «до 22.02.2022», «До 20 декабря 2021 г.», «не позднее 30.09.2022»;
 * - ranges: «17.01.2022 – 04.02.2022», «21.03–27.03.2022», «10 – 24 марта 2022 г.»,
 *   «30 мая – 13 июня 2022 г.», «с 14.02.2022 по 30.03.2022»;
 * - months: «май 2022 года», «Февраль – март 2022 г.», «Январь-декабрь 2022»;
 * - lists of the above separated by commas, semicolons or «и», the year given once at the end:
 *   «10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.»;
 * - weekly: «14.02.2022-30.03.2022 (среда)», «еженедельно по средам с 14.02.2022 по 30.03.2022»;
 * - periods: «1 и 3 квартал», «3-4 квартал 2020», «II полугодие 2022 г.», «2022 год»;
 * - recurrences and spans: «ежемесячно», «В течение 2022 года ежемесячно», «в течение года»,
 *   «Регулярно, в течение года», «В течение 2022 г. по мере необходимости», «постоянно»,
 *   «по мере необходимости»; «регулярно» alone reads as «Регулярно, в течение года»;
 * - any of these followed by a free note: «Февраль – декабрь 2022 г. по графику».
 *
 * Impossible dates are kept as written («30.02.2022» → '2022-02-30'); `deadlineProblems`
 * reports them. Anything else is `{ kind: 'text' }` with the text trimmed and whitespace folded,
 * and the reason (`unread`): not a customary form, a date without a year, or a reading that would
 * need a guess — dates or ranges with nothing between them («13.01.2020 28.02.2020»: a period
 * with its dash lost, or two dates?) are never read as either.
 */
import type {
  BeforeDeadline,
  DateDeadline,
  Deadline,
  DuringDeadline,
  ListElement,
  MonthDeadline,
  PeriodDeadline,
  RangeDeadline,
  RecurringDeadline,
  TextDeadline,
  Weekday,
  WeeklyDeadline,
} from '../model/deadline.js';
import type { DeadlineUnread } from '../model/roadmap.js';
import { monthFromWord, weekdayFromWord } from './russian-calendar-words.js';
import { toIsoDate, toYearMonth } from './russian-date.js';
import { foldWhitespace, tokenizeDeadline, type DeadlineToken } from './deadline-tokens.js';

export type DeadlineParse =
  | { ok: true; deadline: Deadline }
  | { ok: false; deadline: TextDeadline; reason: string; unread: DeadlineUnread | 'empty' };

export interface ParseDeadlineOptions {
  /** Year for dates written without one when the text gives none («10 – 24 марта»). */
  defaultYear?: number;
}

// ───────────────────────────── cursor ─────────────────────────────

class Cursor {
  constructor(
    readonly toks: DeadlineToken[],
    public i = 0,
  ) {}
  peek(k = 0): DeadlineToken | undefined {
    return this.toks[this.i + k];
  }
  done(): boolean {
    return this.i >= this.toks.length;
  }
  /** Consumes a word among `words`; returns it. */
  word(...words: string[]): string | undefined {
    const t = this.peek();
    if (t?.t === 'word' && (words.length === 0 || words.includes(t.w))) {
      this.i++;
      return t.w;
    }
    return undefined;
  }
  /** Consumes a sequence of words exactly; all or nothing. */
  phrase(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const t = this.peek(k);
      if (t?.t !== 'word' || t.w !== words[k]) return false;
    }
    this.i += words.length;
    return true;
  }
  kind(t: DeadlineToken['t']): boolean {
    if (this.peek()?.t === t) {
      this.i++;
      return true;
    }
    return false;
  }
  /** Runs `f`; on undefined restores the position. */
  attempt<T>(f: () => T | undefined): T | undefined {
    const save = this.i;
    const r = f();
    if (r === undefined) this.i = save;
    return r;
  }
}

// ───────────────────────────── partial dates ─────────────────────────────

interface PDate {
  day: number;
  month?: number;
  year?: number;
}
interface PMonth {
  month: number;
  year?: number;
}
type PElement =
  | { t: 'date'; d: PDate }
  | { t: 'before'; d: PDate }
  | { t: 'range'; from: PDate; to: PDate }
  | { t: 'month'; from: PMonth; to?: PMonth };

/** Words after a year in a date or a month («год»/«году» belong to a whole-year period only). */
const YEAR_WORDS = ['г', 'года', 'гг'];

/** A four-digit year, optionally followed by «г.»/«года». */
function year(c: Cursor): number | undefined {
  return c.attempt(() => {
    const t = c.peek();
    if (t?.t !== 'num' || t.digits !== 4) return undefined;
    c.i++;
    c.word(...YEAR_WORDS);
    return t.value;
  });
}

/** «14.02.2022», «21.03», «2022-02-22», «14 февраля [2022 г.]». */
function dateAtom(c: Cursor): PDate | undefined {
  const t = c.peek();
  if (t?.t === 'iso') {
    c.i++;
    c.word(...YEAR_WORDS);
    return { day: t.day, month: t.month, year: t.year };
  }
  if (t?.t === 'ndate') {
    c.i++;
    if (t.year !== undefined) {
      c.word(...YEAR_WORDS);
      return { day: t.day, month: t.month, year: t.year };
    }
    return { day: t.day, month: t.month };
  }
  return c.attempt(() => {
    const n = c.peek();
    const m = c.peek(1);
    if (n?.t !== 'num' || n.digits > 2 || m?.t !== 'word') return undefined;
    const month = monthFromWord(m.w);
    if (!month) return undefined;
    c.i += 2;
    const y = year(c);
    return y === undefined ? { day: n.value, month: month.month } : { day: n.value, month: month.month, year: y };
  });
}

/** A bare day number that starts a range: «10» in «10 – 24 марта». */
function dayOnly(c: Cursor): PDate | undefined {
  const n = c.peek();
  if (n?.t !== 'num' || n.digits > 2) return undefined;
  c.i++;
  return { day: n.value };
}

/** «февраль [2022 г.]», «в марте 2022 г.». */
function monthAtom(c: Cursor): PMonth | undefined {
  return c.attempt(() => {
    const prep = c.word('в', 'во') !== undefined;
    const t = c.peek();
    if (t?.t !== 'word') return undefined;
    const m = monthFromWord(t.w);
    if (!m || (m.case === 'prepositional') !== prep || m.case === 'genitive') return undefined;
    c.i++;
    const y = year(c);
    return y === undefined ? { month: m.month } : { month: m.month, year: y };
  });
}

/** A range «X – Y» or «с X по Y» whose start may be a bare day. */
function rangeElement(c: Cursor): PElement | undefined {
  return c.attempt(() => {
    if (c.word('с', 'со')) {
      const from = dateAtom(c) ?? dayOnly(c);
      if (!from || !c.word('по')) return undefined;
      const to = dateAtom(c);
      if (!to || to.month === undefined) return undefined;
      return { t: 'range', from, to };
    }
    const from = dateAtom(c) ?? dayOnly(c);
    if (!from || !c.kind('dash')) return undefined;
    c.word('по'); // «с 10 – по 24 марта» is rare but harmless
    const to = dateAtom(c);
    if (!to) return undefined;
    return { t: 'range', from, to };
  });
}

function element(c: Cursor): PElement | undefined {
  return c.attempt((): PElement | undefined => {
    if (c.word('до') || c.phrase('не', 'позднее') || c.phrase('не', 'позже')) {
      const d = dateAtom(c);
      return d ? { t: 'before', d } : undefined;
    }
    const range = rangeElement(c);
    if (range) return range;
    const d = dateAtom(c);
    if (d) return { t: 'date', d };
    const from = monthAtom(c);
    if (!from) return undefined;
    const to = c.attempt(() => (c.kind('dash') ? monthAtom(c) : undefined));
    return to ? { t: 'month', from, to } : { t: 'month', from };
  });
}

/** Two elements with nothing between them: the text cannot be read without a guess. */
class Ambiguous extends Error {}

/** Elements separated by «,», «;» or «и»; elements with nothing between them throw `Ambiguous`. */
function elementList(c: Cursor): PElement[] {
  const first = element(c);
  if (!first) return [];
  const out = [first];
  for (;;) {
    let separated = false;
    const next = c.attempt(() => {
      separated = c.kind('comma') || c.word('и') !== undefined;
      return element(c);
    });
    if (!next) return out;
    if (!separated) throw new Ambiguous();
    out.push(next);
  }
}

// ───────────────────────────── year resolution ─────────────────────────────

class MissingYear extends Error {}

/**
 * Fills missing months and years: a range's start takes them from its end, and an element takes
 * the year of the element after it («10 – 24 марта, 3 – 14 октября 2022 г.»).
 */
function resolve(elements: PElement[], defaultYear: number | undefined): ListElement[] {
  const out: ListElement[] = [];
  let following: number | undefined;
  const need = (y: number | undefined): number => {
    const r = y ?? following ?? defaultYear;
    if (r === undefined) throw new MissingYear();
    return r;
  };
  for (let k = elements.length - 1; k >= 0; k--) {
    const e = elements[k];
    if (!e) continue;
    switch (e.t) {
      case 'date':
      case 'before': {
        const y = need(e.d.year);
        out.unshift({ kind: e.t, date: toIsoDate(y, e.d.month ?? 0, e.d.day) } as DateDeadline | BeforeDeadline);
        following = y;
        break;
      }
      case 'range': {
        const toYear = e.to.year ?? following ?? e.from.year ?? defaultYear;
        if (toYear === undefined) throw new MissingYear();
        const toMonth = e.to.month ?? 0;
        const fromYear = e.from.year ?? toYear;
        const r: RangeDeadline = {
          kind: 'range',
          from: toIsoDate(fromYear, e.from.month ?? toMonth, e.from.day),
          to: toIsoDate(toYear, toMonth, e.to.day),
        };
        out.unshift(r);
        following = fromYear;
        break;
      }
      case 'month': {
        const toYear = e.to ? (e.to.year ?? following ?? e.from.year ?? defaultYear) : undefined;
        const fromYear = e.from.year ?? toYear ?? following ?? defaultYear;
        if (fromYear === undefined) throw new MissingYear();
        const m: MonthDeadline = { kind: 'month', from: toYearMonth(fromYear, e.from.month) };
        if (e.to) m.to = toYearMonth(toYear ?? fromYear, e.to.month);
        out.unshift(m);
        following = fromYear;
        break;
      }
    }
  }
  return out;
}

// ───────────────────────────── weekly ─────────────────────────────

/** «среда», «по средам», «каждую среду», «еженедельно по средам» (optionally in parentheses). */
function weekdayPhrase(c: Cursor): Weekday | undefined {
  return c.attempt(() => {
    const paren = c.kind('lparen');
    c.word('еженедельно');
    c.word('по', 'каждый', 'каждую', 'каждое', 'в', 'во');
    const t = c.peek();
    if (t?.t !== 'word') return undefined;
    const wd = weekdayFromWord(t.w);
    if (wd === undefined) return undefined;
    c.i++;
    if (paren && !c.kind('rparen')) return undefined;
    if (!paren && !c.done() && c.peek()?.t !== 'comma' && c.peek()?.t !== 'word' && c.peek()?.t !== 'dot') {
      return undefined;
    }
    return wd;
  });
}

function weekly(weekday: Weekday, r: RangeDeadline): WeeklyDeadline {
  return { kind: 'weekly', weekday, from: r.from, to: r.to };
}

/** «еженедельно по средам с 14.02.2022 по 30.03.2022», «каждую среду 14.02.2022 – 30.03.2022». */
function weeklyPrefix(c: Cursor, defaultYear: number | undefined): Deadline | undefined {
  return c.attempt(() => {
    const every = c.word('еженедельно') !== undefined;
    const each = c.word('по', 'каждый', 'каждую', 'каждое');
    if (!every && each === undefined) return undefined;
    const t = c.peek();
    const wd = t?.t === 'word' ? weekdayFromWord(t.w) : undefined;
    if (wd === undefined) return undefined;
    c.i++;
    c.kind('comma');
    const range = rangeElement(c);
    if (!range) return undefined;
    const [r] = resolve([range], defaultYear);
    return r?.kind === 'range' ? weekly(wd, r) : undefined;
  });
}

// ───────────────────────────── recurring and during ─────────────────────────────

const EVERY: Record<string, RecurringDeadline['every']> = {
  еженедельно: 'week',
  ежемесячно: 'month',
  ежеквартально: 'quarter',
  ежегодно: 'year',
};

/** «в течение года» → null (no year), «в течение 2022 г.» → 2022; undefined when absent. */
function duringPhrase(c: Cursor): number | null | undefined {
  return c.attempt(() => {
    if (!c.phrase('в', 'течение') && !c.phrase('в', 'течении') && !c.word('течение')) return undefined;
    if (c.phrase('всего', 'года') || c.word('года')) return null;
    c.word('всего');
    return year(c);
  });
}

function recurrence(c: Cursor): RecurringDeadline['every'] | undefined {
  const t = c.peek();
  if (t?.t !== 'word') return undefined;
  const every = EVERY[t.w];
  if (every) c.i++;
  return every;
}

function asNeededPhrase(c: Cursor): boolean {
  return c.phrase('по', 'мере', 'необходимости');
}

function recurringOrDuring(c: Cursor): Deadline | undefined {
  return c.attempt((): Deadline | undefined => {
    if (c.word('постоянно')) return { kind: 'constantly' };
    const regularly = c.word('регулярно') !== undefined;
    if (regularly) c.kind('comma');

    const every = recurrence(c);
    if (every) {
      const y = c.attempt(() => {
        c.kind('comma');
        return duringPhrase(c);
      });
      return typeof y === 'number' ? { kind: 'recurring', every, year: y } : { kind: 'recurring', every };
    }

    if (asNeededPhrase(c)) {
      const y = c.attempt(() => {
        c.kind('comma');
        return duringPhrase(c);
      });
      if (y === undefined && !regularly) return { kind: 'as-needed' };
      return during(typeof y === 'number' ? y : undefined, regularly, true);
    }

    const y = duringPhrase(c);
    if (y === undefined) return regularly ? during(undefined, true, false) : undefined;
    const yr = y === null ? undefined : y;
    const after = c.attempt(() => {
      c.kind('comma');
      const e = recurrence(c);
      if (e) return { every: e };
      return asNeededPhrase(c) ? { asNeeded: true } : undefined;
    });
    const afterEvery = after?.every;
    if (afterEvery !== undefined) {
      if (regularly) return undefined;
      return yr === undefined ? { kind: 'recurring', every: afterEvery } : { kind: 'recurring', every: afterEvery, year: yr };
    }
    return during(yr, regularly, after?.asNeeded === true);
  });
}

function during(y: number | undefined, regularly: boolean, asNeeded: boolean): DuringDeadline {
  const d: DuringDeadline = { kind: 'during' };
  if (y !== undefined) d.year = y;
  if (regularly) d.regularly = true;
  if (asNeeded) d.asNeeded = true;
  return d;
}

// ───────────────────────────── periods ─────────────────────────────

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };
const QUARTER_WORDS = ['квартал', 'квартала', 'кварталы', 'кварталов', 'квартале', 'кварталах', 'кв'];
const HALF_WORDS = ['полугодие', 'полугодия', 'полугодии', 'полугодий', 'полугодиях'];
const ORDINAL_ENDINGS = ['й', 'ый', 'ий', 'ой', 'го', 'м'];

/** «1», «1-й», «I». */
function partNumber(c: Cursor): number | undefined {
  return c.attempt(() => {
    const t = c.peek();
    if (t?.t === 'word' && ROMAN[t.w] !== undefined) {
      c.i++;
      return ROMAN[t.w];
    }
    if (t?.t !== 'num' || t.digits > 1) return undefined;
    c.i++;
    c.attempt(() => (c.kind('dash') && c.word(...ORDINAL_ENDINGS) ? true : undefined));
    return t.value;
  });
}

function period(c: Cursor): PeriodDeadline | undefined {
  return c.attempt((): PeriodDeadline | undefined => {
    c.word('в', 'во', 'за');
    const first = partNumber(c);
    if (first === undefined) {
      // «2022 год», «в 2022 году»
      const t = c.peek();
      if (t?.t !== 'num' || t.digits !== 4) return undefined;
      c.i++;
      if (!c.word('год', 'году', 'г')) return undefined;
      return { kind: 'period', unit: 'year', parts: [], year: t.value };
    }
    const parts = [first];
    let span = false;
    const second = c.attempt(() => (c.kind('dash') ? partNumber(c) : undefined));
    if (second !== undefined) {
      parts.push(second);
      span = true;
    } else {
      for (;;) {
        const next = c.attempt(() => {
          if (!c.kind('comma') && !c.word('и')) return undefined;
          return partNumber(c);
        });
        if (next === undefined) break;
        parts.push(next);
      }
    }
    const unitWord = c.word(...QUARTER_WORDS, ...HALF_WORDS);
    if (!unitWord) return undefined;
    const unit = QUARTER_WORDS.includes(unitWord) ? 'quarter' : 'half';
    const y = year(c);
    const p: PeriodDeadline = { kind: 'period', unit, parts };
    if (span) p.span = true;
    if (y !== undefined) p.year = y;
    return p;
  });
}

// ───────────────────────────── dates and lists ─────────────────────────────

function dateDeadline(c: Cursor, defaultYear: number | undefined): Deadline | undefined {
  return c.attempt((): Deadline | undefined => {
    const elements = elementList(c);
    if (elements.length === 0) return undefined;
    const items = resolve(elements, defaultYear);
    if (items.length === 1) {
      const only = items[0];
      if (!only) return undefined;
      if (only.kind === 'range') {
        const wd = weekdayPhrase(c);
        if (wd !== undefined) return weekly(wd, only);
      }
      return only;
    }
    return { kind: 'list', items };
  });
}

// ───────────────────────────── entry point ─────────────────────────────

type Attempt = (c: Cursor, defaultYear: number | undefined) => Deadline | undefined;

const ATTEMPTS: Attempt[] = [
  (c, y) => weeklyPrefix(c, y),
  (c) => recurringOrDuring(c),
  (c) => period(c),
  (c, y) => dateDeadline(c, y),
];

/** Words that cannot start a note: they mean the deadline text goes on. */
const NOT_A_NOTE = new Set(['до', 'и', 'с', 'со', 'г', 'года', 'год', 'году', 'гг']);

/**
 * What is left after the deadline proper: nothing (or a final period, comma or semicolon), or a note that starts
 * with a word («по графику») or a parenthesis. Returns undefined when the rest is not a note.
 */
function noteOf(c: Cursor, folded: string): { note?: string } | undefined {
  const rest = c.toks.slice(c.i);
  if (rest.every((t) => t.t === 'dot' || t.t === 'comma')) return {};
  let k = 0;
  if (rest[0]?.t === 'comma') k = 1;
  const first = rest[k];
  if (!first) return undefined;
  if (first.t === 'word') {
    if (NOT_A_NOTE.has(first.w) || monthFromWord(first.w)) return undefined;
  } else if (first.t !== 'lparen') {
    return undefined;
  }
  return { note: folded.slice(first.start).trim() };
}

/** Parses a deadline written in a customary Russian form; see the module comment. */
export function parseDeadline(text: string, opts?: ParseDeadlineOptions): DeadlineParse {
  const folded = foldWhitespace(text);
  const fallback: TextDeadline = { kind: 'text', text: folded };
  if (folded === '') return { ok: false, deadline: fallback, reason: 'empty deadline', unread: 'empty' };
  const toks = tokenizeDeadline(folded);
  let missingYear = false;
  let ambiguous = false;
  for (const attempt of ATTEMPTS) {
    const c = new Cursor(toks);
    let d: Deadline | undefined;
    try {
      d = attempt(c, opts?.defaultYear);
    } catch (e) {
      if (e instanceof Ambiguous) ambiguous = true;
      else if (e instanceof MissingYear) missingYear = true;
      else throw e;
      continue;
    }
    if (!d || d.kind === 'text') continue;
    const rest = noteOf(c, folded);
    if (!rest) continue;
    if (rest.note !== undefined) d.note = rest.note;
    return { ok: true, deadline: d };
  }
  if (ambiguous) return { ok: false, deadline: fallback, reason: 'dates with nothing between them (a range or a list?)', unread: 'ambiguous' };
  if (missingYear) return { ok: false, deadline: fallback, reason: 'date without a year (no default year given)', unread: 'no-year' };
  return { ok: false, deadline: fallback, reason: 'unrecognised deadline', unread: 'unrecognised' };
}
