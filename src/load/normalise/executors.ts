/**
 * Executors of a row as written, and each of them looked up in the organisation directory.
 *
 * What is printed is what was written (unless the plan asks for the directory's names): the
 * lookup only serves the checks (`executor-unknown`, `executor-lookalike`) and the directory
 * printing. A string is one executor when it is a key or a short name as a whole («МКУ ИМОЦ»,
 * or a key with a comma in it); otherwise it is split at commas, semicolons and line breaks and
 * each part is looked up («ИМЦ, ОО» finds both keys). A list gives one executor per entry.
 *
 * A part matches a key or a short name exactly, or with only its first letter in the other case:
 * a name starting a cell is capitalised («Муниципалитеты» is the directory's «муниципалитеты»).
 *
 *   executors: 'УО, МКУ ИМОЦ'   →  [{organisation УО}, {organisation МКУ ИМОЦ}]
 *   executors: 'Школы района'   →  [{text Школы района}]
 */
import type { ExecutorRef, Organisation } from '../../model/roadmap.js';
import type { SourceLocation } from '../../model/source.js';

/** What separates executors written in one string. */
const SEPARATORS = /[,;\n]/;

/** The directory key a written name stands for, or undefined. */
export function organisationKeyOf(name: string, organisations: ReadonlyMap<string, Organisation>): string | undefined {
  const exact = (n: string): string | undefined => {
    if (organisations.has(n)) return n;
    for (const org of organisations.values()) if (org.short === n) return org.key;
    return undefined;
  };
  const found = exact(name);
  if (found !== undefined || name === '') return found;
  const first = name.charAt(0);
  const flipped = first === first.toLocaleUpperCase('ru-RU') ? first.toLocaleLowerCase('ru-RU') : first.toLocaleUpperCase('ru-RU');
  return flipped === first ? undefined : exact(flipped + name.slice(1));
}

/**
 * The executors of a row: `written` is the YAML value (a string or a list), `locOf(i)` the place
 * of list entry `i` (undefined: the string itself).
 */
export function lookUpExecutors(
  written: string | readonly string[],
  organisations: ReadonlyMap<string, Organisation>,
  locOf: (index?: number) => SourceLocation | undefined,
): ExecutorRef[] {
  const one = (name: string, loc: SourceLocation | undefined): ExecutorRef => {
    const key = organisationKeyOf(name.trim(), organisations);
    const ref: ExecutorRef = key !== undefined ? { type: 'organisation', key } : { type: 'text', text: name };
    if (loc) ref.loc = loc;
    return ref;
  };
  if (typeof written !== 'string') return written.map((name, i) => one(name, locOf(i)));
  const loc = locOf();
  if (organisationKeyOf(written.trim(), organisations) !== undefined || !SEPARATORS.test(written)) return [one(written, loc)];
  return written
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => one(part, loc));
}
