/**
 * Columns of a plan-graph recognised by their headers, in the vocabulary officials use
 * (../shared/docs/DOMAIN.md §2): «№ п/п» → number, «Сроки реализации» → deadline, «Ответственный
 * исполнитель (наименование организации)» → executors, «Прогнозируемый результат …» → result,
 * «Информационное сопровождение» → info, «Наименование мероприятия», «Задачи» → task. A header
 * that names none of these («Уровни реализации», «Примечание») is an extra column, kept with its
 * header under a key made from it («urovni-realizatsii»).
 *
 * The roles are tried in an order that settles overlaps: «Ответственный исполнитель
 * (наименование организации)» names executors although «наименование» also starts a task
 * header; «Срок (период) выполнения отдельного действия» is a deadline although «действия» is a
 * task's word.
 */
import type { ColumnRole } from '../model/roadmap-input.js';

const RULES: readonly [ColumnRole, RegExp][] = [
  ['number', /^(?:№|n|no|номер)\s*(?:п\s*[/\\.]?\s*п\.?|пп)?\.?$|^п\s*\/\s*п$|^№№(?:\s*п\s*\/\s*п)?$/],
  ['info', /информационн|сопровожден|освещени|публикац|размещени[ея] информац/],
  ['deadline', /срок|^дата|дата (?:проведения|исполнения|выполнения)|период (?:исполнения|выполнения|проведения|реализации)|^период|время (?:проведения|исполнения)/],
  ['executors', /исполнител|ответственн|соисполнит|^участник/],
  ['result', /результат|показател|индикатор|ожидаем|итог|отчетн|форма (?:завершения|представления|контроля)/],
  ['task', /мероприяти|задач|содержани|наименовани|действи|работ|направлени|деятельност/],
];

/** The role a header names, or undefined for an extra column. */
export function headerRole(header: string): ColumnRole | undefined {
  const h = header.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  if (h === '') return undefined;
  for (const [role, re] of RULES) if (re.test(h)) return role;
  return undefined;
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/**
 * A key for an extra column from its header: transliterated words joined by «-», at most 24
 * characters at a word's end («Уровни реализации» → «urovni-realizatsii»); «extra» when nothing
 * is left; «-2», «-3» when taken.
 */
export function extraColumnKey(header: string, taken: ReadonlySet<string>): string {
  const words = header
    .toLowerCase()
    .split('')
    .map((c) => TRANSLIT[c] ?? (/[a-z0-9]/.test(c) ? c : ' '))
    .join('')
    .split(/\s+/)
    .filter((w) => w !== '');
  let key = '';
  for (const w of words) {
    const next = key === '' ? w : `${key}-${w}`;
    if (next.length > 24 && key !== '') break;
    key = next.slice(0, 24);
  }
  if (!/^[a-z]/.test(key)) key = key === '' ? 'extra' : `x-${key}`;
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`;
  return unique;
}
