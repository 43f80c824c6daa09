/**
 * Deadlines are data. A deadline written in a roadmap («До 20 декабря 2021 г.», «17.01.2022 –
 * 04.02.2022», «1 и 3 квартал», «ежемесячно» …) is parsed into one of these shapes; the formatter
 * prints it back in the customary Russian forms, and `deadlineInterval` gives the span of days it
 * covers so that lint rules can check it against the plan period.
 *
 * In YAML a deadline is either a string in a customary form (parsed on load) or one of these
 * objects written out (`{kind: before, date: 2022-02-22}`).
 *
 * Dates are ISO calendar dates `YYYY-MM-DD`; months are `YYYY-MM`. Weekdays are ISO numbers,
 * Monday = 1 … Sunday = 7.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;
/** ISO weekday: 1 = понедельник … 7 = воскресенье. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A free-form qualifier kept with a structured deadline and printed after it:
 * «по графику», «не реже одного раза в квартал», «по мере необходимости».
 */
export interface DeadlineNote {
  note?: string;
}

/** «17.12.2021», «30 сентября 2022 г.» */
export interface DateDeadline extends DeadlineNote {
  kind: 'date';
  date: IsoDate;
}

/** «до 22.02.2022», «До 20 декабря 2021 г.» */
export interface BeforeDeadline extends DeadlineNote {
  kind: 'before';
  date: IsoDate;
}

/** «17.01.2022 – 04.02.2022», «21.03–27.03.2022», «10 – 24 марта 2022 г.», «1 – 11 ноября 2022 г.» */
export interface RangeDeadline extends DeadlineNote {
  kind: 'range';
  from: IsoDate;
  to: IsoDate;
}

/** «май 2022 года», «Август 2022 г.» (no `to`), «Февраль – март 2022 г.», «Январь-декабрь 2022» */
export interface MonthDeadline extends DeadlineNote {
  kind: 'month';
  from: YearMonth;
  to?: YearMonth;
}

/**
 * Quarters, half-years, whole years: «1 и 3 квартал» (parts [1, 3]), «3-4 квартал 2020»
 * (parts [3, 4], span true), «II полугодие 2022 г.», «2022 год» (unit 'year', parts []).
 * `year` is omitted when the source omits it; the plan period supplies it then.
 */
export interface PeriodDeadline extends DeadlineNote {
  kind: 'period';
  unit: 'quarter' | 'half' | 'year';
  parts: number[];
  /** true when written as a span «3-4 квартал», false/absent for an enumeration «1 и 3 квартал». */
  span?: boolean;
  year?: number;
}

/** Elements a list deadline can hold. */
export type ListElement = DateDeadline | BeforeDeadline | RangeDeadline | MonthDeadline;

/**
 * Several dates or ranges: «17 июня, 16 сентября 2022 г.», «10 – 24 марта, 30 мая – 13 июня,
 * 3 – 14 октября 2022 г.», «До 29 апреля, до 30 июня, до 17 октября 2022 г.»,
 * «Февраль – июль, сентябрь – декабрь 2022 г.», «07.02.2022 14.02.2022».
 */
export interface ListDeadline extends DeadlineNote {
  kind: 'list';
  items: ListElement[];
}

/** «14.02.2022-30.03.2022 (среда)»: every given weekday within a range. */
export interface WeeklyDeadline extends DeadlineNote {
  kind: 'weekly';
  weekday: Weekday;
  from: IsoDate;
  to: IsoDate;
}

/**
 * «ежемесячно», «ежеквартально», «еженедельно», «ежегодно»; «В течение 2022 года ежемесячно»
 * (year 2022).
 */
export interface RecurringDeadline extends DeadlineNote {
  kind: 'recurring';
  every: 'week' | 'month' | 'quarter' | 'year';
  year?: number;
}

/**
 * «в течение года», «В течение 2022 г.», «Регулярно, в течение года» (regularly true),
 * «В течение 2022 г. по мере необходимости» (asNeeded true).
 */
export interface DuringDeadline extends DeadlineNote {
  kind: 'during';
  year?: number;
  regularly?: boolean;
  asNeeded?: boolean;
}

/** «по мере необходимости» */
export interface AsNeededDeadline extends DeadlineNote {
  kind: 'as-needed';
}

/** «постоянно» */
export interface ConstantlyDeadline extends DeadlineNote {
  kind: 'constantly';
}

/** The last resort: «В соответствии с утвержденными сроками.» Printed as written. */
export interface TextDeadline {
  kind: 'text';
  text: string;
}

export type Deadline =
  | DateDeadline
  | BeforeDeadline
  | RangeDeadline
  | MonthDeadline
  | PeriodDeadline
  | ListDeadline
  | WeeklyDeadline
  | RecurringDeadline
  | DuringDeadline
  | AsNeededDeadline
  | ConstantlyDeadline
  | TextDeadline;

export type DeadlineKind = Deadline['kind'];

/** How deadlines are printed. Set per plan (`deadlines:` in YAML) or per call. */
export interface DeadlineStyle {
  /** numeric «до 22.02.2022» or words «до 22 февраля 2022 г.». Default 'words'. */
  dates: 'numeric' | 'words';
  /** «г.» or «года» after a year written in words. Default 'г.'. */
  year: 'г.' | 'года';
  /** Capitalise the first letter («До 20 декабря …», «Февраль – март …»). Default true. */
  capitalize: boolean;
}

export const DEFAULT_DEADLINE_STYLE: DeadlineStyle = { dates: 'words', year: 'г.', capitalize: true };

/** The days a deadline covers, inclusive, ISO dates. `null` where it has no calendar meaning. */
export interface DateInterval {
  from: IsoDate;
  to: IsoDate;
}
