/**
 * Non-breaking spaces where Russian typesetting requires them: the writers print the spaces below
 * as no-break spaces (U+00A0), so that no line parts what belongs together. Only spaces change
 * (a no-break space is a space to anyone reading the text), and only the spaces between:
 * - initials and the surname: «Н.А. Петрова», «Н. А. Петрова», «Петрова Н.А.»;
 * - «№», «§» and their number: «№ 50», «§ 3»;
 * - a number and the unit or word abbreviated after it: «2022 г.», «2021–2022 гг.», «25 %»,
 *   «100 тыс. руб.», «5 чел.», «12 км», «2022 год»;
 * - an abbreviation and the number or name after it: «ст. 5», «п. 3», «рис. 2», «г. Хабаровск»,
 *   «ул. Ленина», «им. Пушкина»;
 * - the parts of «т. е.», «т. д.», «т. п.», «т. к.», «т. н.», and «и» before «т. д.» / «т. п.»;
 * - a dash (« – », « — ») and the word before it, so that no line starts with a dash.
 * Spaces already no-break stay; nothing else is touched.
 */

const NBSP = '\u00a0';
/** The spaces tied: each a no-break space, as many as were written (only spaces change). */
const tied = (spaces: string): string => NBSP.repeat(spaces.length);
/** Ordinary spaces (one or more) between two tokens. */
const SP = '[ ]+';

/** Units and words abbreviated after a number. */
const AFTER_NUMBER = ['г\\.', 'гг\\.', 'год\\p{Ll}*', 'лет', 'руб\\.?', 'коп\\.?', 'тыс\\.?', 'млн\\.?', 'млрд\\.?', 'чел\\.?', 'ед\\.?', 'шт\\.?', 'км', 'кг', 'мм', 'см', 'м', 'га', '%', '‰', '°'].join('|');
/** Abbreviations written before a number. */
const BEFORE_NUMBER = ['ст', 'п', 'пп', 'ч', 'гл', 'разд', 'рис', 'табл', 'прил', 'стр', 'с', 'т', 'абз', 'подп'].join('|');
/** Abbreviations written before a name. */
const BEFORE_NAME = ['г', 'ул', 'пр', 'пер', 'пл', 'д', 'им', 'обл', 'пос', 'с', 'пгт'].join('|');

const RULES: Array<[RegExp, (...m: string[]) => string]> = [
  // A dash with spaces around it stays with the word before it.
  [new RegExp(`(?<=\\S)${SP}(?=[–—](?:\\s|$))`, 'gu'), tied],
  // «№ 50», «№№ 5–7», «§ 3».
  [new RegExp(`(?<=[№§])${SP}(?=\\S)`, 'gu'), tied],
  // «2022 г.», «25 %», «100 тыс.»: a number and what follows it.
  [new RegExp(`(?<=\\d)${SP}(?=(?:${AFTER_NUMBER})(?![\\p{L}\\p{N}]))`, 'gu'), tied],
  // «ст. 5», «п. 3».
  [new RegExp(`(?<=(?:^|[^\\p{L}])(?:${BEFORE_NUMBER})\\.)${SP}(?=\\d)`, 'gu'), tied],
  // «г. Хабаровск», «ул. Ленина».
  [new RegExp(`(?<=(?:^|[^\\p{L}])(?:${BEFORE_NAME})\\.)${SP}(?=\\p{Lu})`, 'gu'), tied],
  // «т. е.», «т. д.», «и т. п.».
  [new RegExp(`(?<=(?:^|[^\\p{L}])т\\.)${SP}(?=[едпкн]\\.)`, 'gu'), tied],
  [new RegExp(`(?<=(?:^|[^\\p{L}])и)${SP}(?=т\\.[ ${NBSP}]*[дп]\\.)`, 'gu'), tied],
  // Initials before the surname: «Н.А. Петрова», «Н. А. Петрова».
  [new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\.)(${SP}(?=\\p{Lu}\\.))?(\\p{Lu}\\.)?(${SP})(?=\\p{Lu}\\p{Ll})`, 'gu'), (_m, a, between, b, after) => `${a}${tied(between ?? '')}${b ?? ''}${tied(after)}`],
  // The surname before initials: «Петрова Н.А.», «Петрова Н. А.». (Matched from the character
  // before the surname, not looked behind for: a lookbehind over a word would be tried at every
  // position of a long word, in quadratic time.)
  [new RegExp(`(^|[^\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(${SP})(\\p{Lu}\\.)(${SP}(?=\\p{Lu}\\.))?(?=(?:\\p{Lu}\\.)?(?!\\p{L}))`, 'gu'), (_m, before, surname, sp, a, between) => `${before}${surname}${tied(sp)}${a}${tied(between ?? '')}`],
];

/**
 * `text` with no-break spaces where Russian typesetting ties two tokens together (see above). A
 * text without a space comes back as it is.
 */
export function tieRussianSpaces(text: string): string {
  if (!text.includes(' ')) return text;
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}
