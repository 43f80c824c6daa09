/**
 * Prints a structured deadline in the customary Russian forms.
 *
 * numeric style: «до 22.02.2022», «17.01.2022 – 04.02.2022», «07.02.2022, 14.02.2022»,
 *   «еженедельно по средам с 14.02.2022 по 30.03.2022»;
 * words style: «до 20 декабря 2021 г.», «10 – 24 марта, 30 мая – 13 июня, 3 – 14 октября 2022 г.»
 *   (a year shared by every item is printed once, at the end; a range within one month prints
 *   the month once), «еженедельно по средам с 14 февраля по 30 марта 2022 г.».
 * Both styles: months «Февраль – март 2022 г.» (months are always words), periods
 * «I квартал 2022 г.», «I и III кварталы 2022 г.», «III – IV кварталы 2020 г.», «II полугодие»,
 * «2022 год»; «Ежемесячно», «В течение 2022 г. ежемесячно», «В течение года»,
 * «Регулярно, в течение года», «В течение 2022 г. по мере необходимости», «По мере
 * необходимости», «Постоянно». A note follows after a space.
 *
 * Quarters and half-years use Roman numerals with the noun in the plural after an enumeration
 * or a span («I и III кварталы»): the colloquial «1 и 3 квартал» reads as a single quarter.
 *
 * Spaces inside a date (day, month, year, «г.») are non-breaking, and so is the space before a
 * dash and after «до», so that neither a date nor a range start is torn across lines.
 * The text of a `text` deadline is printed as written (no capitalisation).
 */
import {
  DEFAULT_DEADLINE_STYLE,
  type Deadline,
  type DeadlineStyle,
  type IsoDate,
  type ListElement,
  type MonthDeadline,
  type PeriodDeadline,
  type RangeDeadline,
  type YearMonth,
} from '../model/deadline.js';
import { monthName, weekdayName } from './russian-calendar-words.js';
import { formatDate, formatDayMonth, formatYear, isoDateParts, MONTH_YEAR_SPACE, NBSP, yearMonthParts } from './russian-date.js';

/** « – » with the space before the dash non-breaking. */
const DASH = `${NBSP}– `;

const EVERY_WORD = {
  week: 'еженедельно',
  month: 'ежемесячно',
  quarter: 'ежеквартально',
  year: 'ежегодно',
} as const;

/** Upper-cases the first character when it is a letter; digits and quotes stay as they are. */
export function capitalizeFirst(s: string): string {
  const first = s.charAt(0);
  return first.toLowerCase() !== first.toUpperCase() ? first.toUpperCase() + s.slice(1) : s;
}

/** Roman numerals for quarter and half-year numbers (1 → «I»). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 40) return String(n);
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The year of a date whose month has a name (an impossible month prints numerically, in full). */
function yearOfDate(iso: IsoDate): number | undefined {
  const p = isoDateParts(iso);
  return p && monthName(p.month) !== undefined ? p.year : undefined;
}

function yearOfMonth(ym: YearMonth): number | undefined {
  return yearMonthParts(ym)?.year;
}

/** The single year every date of an item lies in, or undefined. */
function itemYear(e: ListElement): number | undefined {
  const years =
    e.kind === 'range'
      ? [yearOfDate(e.from), yearOfDate(e.to)]
      : e.kind === 'month'
        ? [yearOfMonth(e.from), yearOfMonth(e.to ?? e.from)]
        : [yearOfDate(e.date)];
  const [first] = years;
  return first !== undefined && years.every((y) => y === first) ? first : undefined;
}

class Printer {
  constructor(readonly style: DeadlineStyle) {}

  year(y: number): string {
    return formatYear(y, this.style.year);
  }

  /** A date in full: «14.02.2022» or «14 февраля 2022 г.». */
  date(iso: IsoDate): string {
    return formatDate(iso, this.style.dates, { year: this.style.year });
  }

  /** A date as part of a list or range whose year is printed elsewhere (words style only). */
  dateNoYear(iso: IsoDate): string {
    return formatDayMonth(iso);
  }

  monthWord(ym: YearMonth): string {
    const p = yearMonthParts(ym);
    return (p && monthName(p.month)) ?? ym;
  }

  /** «февраль 2022 г.» or «февраль» */
  month(ym: YearMonth, withYear: boolean): string {
    const y = yearOfMonth(ym);
    return withYear && y !== undefined ? `${this.monthWord(ym)}${MONTH_YEAR_SPACE}${this.year(y)}` : this.monthWord(ym);
  }

  /** `omitYear`: the year is printed once after the whole list (words style). */
  element(e: ListElement, omitYear: boolean): string {
    switch (e.kind) {
      case 'date':
        return this.pointDate(e.date, omitYear);
      case 'before':
        return `до${NBSP}${this.pointDate(e.date, omitYear)}`;
      case 'range':
        return this.range(e, omitYear);
      case 'month':
        return this.months(e, omitYear);
    }
  }

  pointDate(iso: IsoDate, omitYear: boolean): string {
    return omitYear && this.style.dates === 'words' ? this.dateNoYear(iso) : this.date(iso);
  }

  range(r: Pick<RangeDeadline, 'from' | 'to'>, omitYear: boolean, dash = DASH): string {
    if (this.style.dates === 'numeric') return `${this.date(r.from)}${dash}${this.date(r.to)}`;
    const from = isoDateParts(r.from);
    const to = isoDateParts(r.to);
    if (!from || !to || from.year !== to.year || monthName(from.month) === undefined || monthName(to.month) === undefined) {
      return `${this.date(r.from)}${dash}${this.date(r.to)}`;
    }
    const start = from.month === to.month && dash === DASH ? String(from.day) : this.dateNoYear(r.from);
    const tail = omitYear ? '' : `${MONTH_YEAR_SPACE}${this.year(to.year)}`;
    return `${start}${dash}${this.dateNoYear(r.to)}${tail}`;
  }

  months(m: MonthDeadline, omitYear: boolean): string {
    if (m.to === undefined) return this.month(m.from, !omitYear);
    const fy = yearOfMonth(m.from);
    const ty = yearOfMonth(m.to);
    if (fy !== ty) return `${this.month(m.from, true)}${DASH}${this.month(m.to, true)}`;
    return `${this.monthWord(m.from)}${DASH}${this.month(m.to, !omitYear)}`;
  }

  list(items: ListElement[]): string {
    const years = items.map(itemYear);
    const [first] = years;
    // Numeric dates carry their own year; months are words in both styles and can share one.
    const canShare = this.style.dates === 'words' || items.every((e) => e.kind === 'month');
    const shared = canShare && first !== undefined && years.every((y) => y === first);
    const body = items.map((e) => this.withNote(this.element(e, shared), e.note)).join(', ');
    return shared ? `${body}${MONTH_YEAR_SPACE}${this.year(first)}` : body;
  }

  period(p: PeriodDeadline): string {
    const tail = p.year === undefined ? '' : `${NBSP}${this.year(p.year)}`;
    if (p.unit === 'year') {
      return p.year === undefined ? 'год' : `${p.year}${NBSP}год`;
    }
    const one = p.unit === 'quarter' ? 'квартал' : 'полугодие';
    const many = p.unit === 'quarter' ? 'кварталы' : 'полугодия';
    const romans = p.parts.map(toRoman);
    if (romans.length <= 1) return `${romans.join('')}${NBSP}${one}${tail}`.replace(/^\u00a0/, '');
    const joined = p.span
      ? romans.join(DASH)
      : `${romans.slice(0, -1).join(', ')} и ${romans[romans.length - 1] ?? ''}`;
    return `${joined}${NBSP}${many}${tail}`;
  }

  withNote(s: string, note: string | undefined): string {
    return note ? `${s} ${note}` : s;
  }

  during(y: number | undefined): string {
    return `в течение ${y === undefined ? 'года' : this.year(y)}`;
  }

  body(d: Deadline): string {
    switch (d.kind) {
      case 'date':
      case 'before':
      case 'range':
      case 'month':
        return this.element(d, false);
      case 'list':
        return this.list(d.items);
      case 'period':
        return this.period(d);
      case 'weekly': {
        const name = weekdayName(d.weekday, 'dative-plural');
        const range = this.range(d, false, ' по ');
        return `еженедельно${name ? ` по ${name}` : ''} с ${range}`;
      }
      case 'recurring':
        return d.year === undefined ? EVERY_WORD[d.every] : `${this.during(d.year)} ${EVERY_WORD[d.every]}`;
      case 'during':
        return `${d.regularly ? 'регулярно, ' : ''}${this.during(d.year)}${d.asNeeded ? ' по мере необходимости' : ''}`;
      case 'as-needed':
        return 'по мере необходимости';
      case 'constantly':
        return 'постоянно';
      case 'text':
        return d.text;
    }
  }
}

/**
 * Prints a deadline in the customary Russian form of the given style (defaults:
 * words, «г.», capitalised). See the module comment for the forms.
 */
export function formatDeadline(d: Deadline, style?: Partial<DeadlineStyle>): string {
  const s: DeadlineStyle = { ...DEFAULT_DEADLINE_STYLE, ...style };
  if (d.kind === 'text') return d.text;
  const p = new Printer(s);
  const text = p.withNote(p.body(d), d.note);
  return s.capitalize ? capitalizeFirst(text) : text;
}
