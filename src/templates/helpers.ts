/**
 * The fixed list of helpers a template may call. Nothing else is callable: the Handlebars
 * built-ins `lookup`, `log`, `blockHelperMissing` and `helperMissing` are not offered, so a
 * template can only read the data it is given, test it (`if`, `unless`, `eq`), iterate over it
 * (`each`, `with`) and print it through these functions. Each helper is a pure function of its
 * arguments (and, for `appendixNo`, of the composition's appendix numbering).
 *
 *   {{date date "numeric"}}            14.02.2022      ("words": 14 февраля 2022 г.,
 *                                                      "quoted": «14» февраля 2022 г.)
 *   {{date date "words" "года"}}       14 февраля 2022 года
 *   {{blankDate}} / {{blankDate 2022}} «__» ________ 20__ г. / «__» ________ 2022 г.
 *   {{deadline d "numeric"}}           до 22.02.2022   (a deadline object; or a string, printed as is)
 *   {{initials "Иванова Анна Петровна"}}  А.П. Иванова;  {{initials "А.П. Иванова" "after"}}  Иванова А.П.
 *   {{number 12500}}                   12 500 (non-breaking space between groups, decimal comma)
 *   {{plural n "лист" "листа" "листов"}}   the word agreeing with n (1 лист, 3 листа, 12 листов)
 *   {{approved gender}}                УТВЕРЖДЕН / УТВЕРЖДЕНА / УТВЕРЖДЕНО / УТВЕРЖДЕНЫ (m / f / n / pl)
 *   {{accusative title gender}}        «дорожная карта» → «дорожную карту» (feminine only)
 *   {{upper s}} {{lower s}} {{capitalize s}} {{lowerFirst s}}
 *   {{join list ", "}}                 items joined (default separator ", ")
 *   {{appendixNo "main"}}              number of the appendix holding plan `main` (no id: first plan)
 *   {{#if (eq kind "order")}}…{{/if}}  equality
 *   {{nbsp}}                           a non-breaking space (visible in the template source)
 *   {{numberSign number}}              «№ 50» with a non-breaking space
 *
 * Block helpers `if`, `unless`, `each`, `with` are Handlebars' own.
 *
 * A data field named like a helper (`date`, `number`) is read as a helper's argument
 * (`{{date date "numeric"}}`, `{{numberSign number}}`) or as `{{this.number}}`: a bare
 * `{{number}}` calls the helper.
 */
import type { HelperOptions } from 'handlebars';
import type { Deadline, DeadlineStyle } from '../model/deadline.js';
import { formatDeadline } from '../text/deadline-format.js';
import { NBSP, blankDate, formatDate, type DateStyle } from '../text/russian-date.js';
import { parseWrittenDate } from '../text/written-date.js';
import type { TemplateRuntime } from './types.js';

/** Thrown by a helper for a wrong argument; reported as `template-helper-error` at the call. */
export class HelperError extends Error {
  constructor(
    readonly helper: string,
    readonly ru: string,
    readonly en: string,
  ) {
    super(en);
  }
}

type Helper = (...args: unknown[]) => unknown;

/** Handlebars passes an options object last; strip it. */
function args(raw: unknown[]): { params: unknown[]; options: HelperOptions } {
  const options = raw.at(-1) as HelperOptions;
  return { params: raw.slice(0, -1), options };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

const DATE_STYLES: readonly DateStyle[] = ['numeric', 'words', 'quoted'];

/**
 * «14.02.2022», «14 февраля 2022 г.», ««14» февраля 2022 г.»; an empty value prints nothing. The
 * date is `YYYY-MM-DD` (as templates receive dates) or written as in a roadmap («14.02.2022»);
 * anything else, or a date that does not exist, is an error at the call.
 */
export function dateHelper(iso: unknown, style?: unknown, yearWord?: unknown): string {
  if (iso === undefined || iso === null || iso === '') return '';
  const s = style === undefined ? 'numeric' : String(style);
  if (!DATE_STYLES.includes(s as DateStyle)) {
    throw new HelperError('date', `стиль даты «${s}»: допустимы "numeric", "words", "quoted"`, `date style '${s}': use "numeric", "words" or "quoted"`);
  }
  if (yearWord !== undefined && yearWord !== 'г.' && yearWord !== 'года') {
    throw new HelperError('date', `слово после года «${str(yearWord)}»: допустимы "г." и "года"`, `year word '${str(yearWord)}': use "г." or "года"`);
  }
  const text = str(iso);
  const parsed = parseWrittenDate(text);
  if (!parsed.ok) {
    throw parsed.reason === 'impossible'
      ? new HelperError('date', `такой даты нет: «${text}»`, `no such date: '${text}'`)
      : new HelperError('date', `«${text}» — не дата (нужно 2022-02-14)`, `'${text}' is not a date (expected 2022-02-14)`);
  }
  return formatDate(parsed.iso, s as DateStyle, { year: yearWord === 'года' ? 'года' : 'г.' });
}

/** «__» ________ 20__ г., or with the year (four digits; an empty year is the blank «20__»). */
export function blankDateHelper(year?: unknown): string {
  if (year === undefined || year === null || year === '') return blankDate();
  if (!/^\d{4}$/.test(str(year))) throw new HelperError('blankDate', `«${str(year)}» — не год`, `'${str(year)}' is not a year`);
  return blankDate(Number(year));
}

/** A deadline object in the given date style ("numeric" | "words"); a string is printed as is. */
export function deadlineHelper(d: unknown, style?: unknown): string {
  if (style !== undefined && style !== 'numeric' && style !== 'words') {
    throw new HelperError('deadline', `стиль «${str(style)}»: допустимы "numeric", "words"`, `style '${str(style)}': use "numeric" or "words"`);
  }
  if (d === undefined || d === null) return '';
  if (typeof d === 'string') return d;
  if (typeof d !== 'object' || typeof (d as { kind?: unknown }).kind !== 'string') {
    throw new HelperError('deadline', 'аргумент — не срок', 'the argument is not a deadline');
  }
  const s: Partial<DeadlineStyle> = {};
  if (style === 'numeric' || style === 'words') s.dates = style;
  return formatDeadline(d as Deadline, s);
}

const INITIAL = /^\p{Lu}\.$/u;

/**
 * «Иванова Анна Петровна» or «Иванова А.П.» → «А.П. Иванова» (default, as under a signature);
 * with "after": «А.П. Иванова» or «Иванова Анна Петровна» → «Иванова А.П.» (as in lists).
 * A name of another shape is returned unchanged.
 */
export function initialsHelper(name: unknown, place?: unknown): string {
  if (place !== undefined && place !== 'after' && place !== 'before') {
    throw new HelperError('initials', `место инициалов «${str(place)}»: допустимы "before", "after"`, `initials place '${str(place)}': use "before" or "after"`);
  }
  const text = str(name).replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const parsed = parseName(text);
  if (!parsed) return text;
  const initials = parsed.given.join('');
  return place === 'after' ? `${parsed.surname}${NBSP}${initials}` : `${initials}${NBSP}${parsed.surname}`;
}

/** Surname and initials («А.», «П.») of a name written in one of the three usual shapes. */
function parseName(text: string): { surname: string; given: string[] } | undefined {
  // «А.П. Иванова» / «А. П. Иванова»
  let m = /^((?:\p{Lu}\.\s?){1,2})\s*(\p{Lu}[\p{L}-]+)$/u.exec(text);
  if (m) return { surname: m[2]!, given: m[1]!.replace(/\s/g, '').match(/\p{Lu}\./gu) ?? [] };
  // «Иванова А.П.» / «Иванова А. П.»
  m = /^(\p{Lu}[\p{L}-]+)\s+((?:\p{Lu}\.\s?){1,2})$/u.exec(text);
  if (m) return { surname: m[1]!, given: m[2]!.replace(/\s/g, '').match(/\p{Lu}\./gu) ?? [] };
  // «Иванова Анна Петровна» / «Иванова Анна»
  const words = text.split(' ');
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}-]+$/u.test(w))) {
    return { surname: words[0]!, given: words.slice(1).map((w) => `${w[0]}.`) };
  }
  return undefined;
}

/** A number given as a number or as its digits («3,5»), or an error at the call. */
function numeric(helper: string, n: unknown): number {
  const text = str(n).trim();
  const v = typeof n === 'number' ? n : /^[-−]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace('−', '-').replace(',', '.')) : NaN;
  if (!Number.isFinite(v)) throw new HelperError(helper, `«${str(n)}» — не число`, `'${str(n)}' is not a number`);
  return v;
}

/** «12 500», «3,5»: groups of three separated by a non-breaking space, decimal comma; empty prints nothing. */
export function numberHelper(n: unknown): string {
  if (n === undefined || n === null || n === '') return '';
  const v = numeric('number', n);
  const [int, frac] = String(Math.abs(v)).split('.');
  const grouped = int!.length > 4 ? int!.replace(/\B(?=(\d{3})+$)/g, NBSP) : int!;
  return `${v < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** The form agreeing with n: 1, 21 лист; 2–4, 22 листа; 0, 5–20, 11–14 листов; fractions: листа. */
export function pluralHelper(n: unknown, one: unknown, few: unknown, many: unknown): string {
  const v = numeric('plural', n);
  if (!Number.isInteger(v)) return str(few);
  const a = Math.abs(v) % 100;
  const last = a % 10;
  if (a >= 11 && a <= 14) return str(many);
  if (last === 1) return str(one);
  if (last >= 2 && last <= 4) return str(few);
  return str(many);
}

/** The approval word agreeing with what is approved. */
export const APPROVED_WORD: Record<'m' | 'f' | 'n' | 'pl', string> = {
  m: 'УТВЕРЖДЕН', // план-график
  f: 'УТВЕРЖДЕНА', // программа, дорожная карта
  n: 'УТВЕРЖДЕНО', // положение
  pl: 'УТВЕРЖДЕНЫ', // правила, мероприятия
};

export function approvedHelper(gender: unknown): string {
  const g = str(gender || 'm');
  if (!(g in APPROVED_WORD) || !Object.hasOwn(APPROVED_WORD, g)) {
    throw new HelperError('approved', `род «${g}»: допустимы "m", "f", "n", "pl"`, `gender '${g}': use "m", "f", "n" or "pl"`);
  }
  return APPROVED_WORD[g as keyof typeof APPROVED_WORD];
}

export function capitalizeHelper(s: unknown): string {
  const t = str(s);
  return t.charAt(0).toLocaleUpperCase('ru-RU') + t.slice(1);
}

export function lowerFirstHelper(s: unknown): string {
  const t = str(s);
  return t.charAt(0).toLocaleLowerCase('ru-RU') + t.slice(1);
}

/**
 * The accusative of a noun phrase in the nominative, for «Утвердить прилагаемую …». Only the
 * feminine singular differs for inanimate nouns: leading adjectives «-ая/-яя» become «-ую/-юю»
 * and the first noun «-а/-я» becomes «-у/-ю» («дорожная карта мероприятий» → «дорожную карту
 * мероприятий»); the rest of the phrase is left as is. Other genders are returned unchanged.
 */
export function accusativeHelper(text: unknown, gender: unknown): string {
  const g = str(gender);
  if (g !== '' && !Object.hasOwn(APPROVED_WORD, g)) {
    throw new HelperError('accusative', `род «${g}»: допустимы "m", "f", "n", "pl"`, `gender '${g}': use "m", "f", "n" or "pl"`);
  }
  const t = str(text);
  if (gender !== 'f') return t;
  const words = t.split(/(\s+)/);
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i]!;
    if (/(ая|яя)$/u.test(w)) {
      words[i] = w.replace(/ая$/u, 'ую').replace(/яя$/u, 'юю');
      continue;
    }
    if (/[ая]$/u.test(w)) words[i] = w.replace(/а$/u, 'у').replace(/я$/u, 'ю');
    break;
  }
  return words.join('');
}

export function joinHelper(list: unknown, sep?: unknown): string {
  if (list === undefined || list === null) return '';
  if (!Array.isArray(list)) return str(list);
  return list.map(str).filter((s) => s.length > 0).join(sep === undefined ? ', ' : str(sep));
}

/**
 * The helpers, by name. The runtime (appendix numbering) reaches `appendixNo` through the
 * render call's private data (`@plangraf`), never through a global.
 */
export const HELPERS: Readonly<Record<string, Helper>> = Object.freeze({
  date: (...raw: unknown[]) => {
    const { params } = args(raw);
    return dateHelper(params[0], params[1], params[2]);
  },
  blankDate: (...raw: unknown[]) => blankDateHelper(args(raw).params[0]),
  deadline: (...raw: unknown[]) => {
    const { params } = args(raw);
    return deadlineHelper(params[0], params[1]);
  },
  initials: (...raw: unknown[]) => {
    const { params } = args(raw);
    return initialsHelper(params[0], params[1]);
  },
  number: (...raw: unknown[]) => numberHelper(args(raw).params[0]),
  plural: (...raw: unknown[]) => {
    const { params } = args(raw);
    return pluralHelper(params[0], params[1], params[2], params[3]);
  },
  approved: (...raw: unknown[]) => approvedHelper(args(raw).params[0]),
  accusative: (...raw: unknown[]) => {
    const { params } = args(raw);
    return accusativeHelper(params[0], params[1]);
  },
  upper: (...raw: unknown[]) => str(args(raw).params[0]).toLocaleUpperCase('ru-RU'),
  lower: (...raw: unknown[]) => str(args(raw).params[0]).toLocaleLowerCase('ru-RU'),
  capitalize: (...raw: unknown[]) => capitalizeHelper(args(raw).params[0]),
  lowerFirst: (...raw: unknown[]) => lowerFirstHelper(args(raw).params[0]),
  join: (...raw: unknown[]) => {
    const { params } = args(raw);
    return joinHelper(params[0], params[1]);
  },
  appendixNo: (...raw: unknown[]) => {
    const { params, options } = args(raw);
    const runtime = (options.data as { plangraf?: TemplateRuntime } | undefined)?.plangraf;
    const id = params[0] === undefined || params[0] === null || params[0] === '' ? undefined : str(params[0]);
    const no = runtime?.appendixNo?.(id);
    if (no === undefined) {
      throw new HelperError(
        'appendixNo',
        id === undefined ? 'в документе нет ни одного плана' : `плана с id «${id}» нет`,
        id === undefined ? 'the document has no plan' : `there is no plan with id '${id}'`,
      );
    }
    return String(no);
  },
  eq: (...raw: unknown[]) => {
    const { params } = args(raw);
    return params[0] === params[1];
  },
  nbsp: () => NBSP,
  numberSign: (...raw: unknown[]) => `№${NBSP}${str(args(raw).params[0])}`,
});

/** Handlebars' own block helpers that templates may use. */
export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** Every name a template may call. */
export const HELPER_NAMES: readonly string[] = [...BLOCK_HELPERS, ...Object.keys(HELPERS)];

/** Helpers that make sense without arguments (a bare `{{name}}` of any other helper is a mistake). */
export const NULLARY_HELPERS: ReadonlySet<string> = new Set(['nbsp', 'blankDate', 'appendixNo']);
