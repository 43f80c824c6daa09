/** Numbers with their words in summaries (CLI, batch report): 1 ошибка, 2 ошибки, 5 ошибок; «4,5 с». */

/** Russian plural agreement. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const word = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${word}`;
}

export function pluralEn(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A number of seconds as a reader expects it: «4,5 с» in Russian, «4.5 s» in English. */
export function secondsText(ms: number, lang: 'ru' | 'en'): string {
  const s = (ms / 1000).toFixed(1);
  return lang === 'ru' ? `${s.replace('.', ',')} с` : `${s} s`;
}

/**
 * A size of data as a reader expects it: «512 байт», «3 байта», «1,5 КиБ», «40 МиБ» in Russian;
 * «512 bytes», «1.5 KiB», «40 MiB» in English (binary units, one decimal, «,0» left out).
 */
export function dataSizeText(bytes: number, lang: 'ru' | 'en'): string {
  if (bytes < 1024) return lang === 'ru' ? pluralRu(bytes, 'байт', 'байта', 'байт') : pluralEn(bytes, 'byte', 'bytes');
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, lang === 'ru' ? 'КиБ' : 'KiB'] : [bytes / (1024 * 1024), lang === 'ru' ? 'МиБ' : 'MiB'];
  const text = value.toFixed(1).replace(/\.0$/, '');
  return `${lang === 'ru' ? text.replace('.', ',') : text} ${unit}`;
}
