/**
 * Executors of a row as written, and each of them looked up in the organisation directory.
 *
 * What is printed is what was written (unless the plan asks for the directory's names): the
 * lookup serves the checks (`executor-unknown`, `executor-lookalike`) and directory printing.
 * A list gives one executor per entry. A string is split at commas, semicolons and line breaks
 * («ИМЦ, ОО» finds both keys), except where consecutive parts together are one name of the
 * directory («органы местного самоуправления, осуществляющие управление …»).
 *
 * A name is an organisation's key, short name, full name, or «full name (далее – short)» /
 * «full name (short)» as an introduction prints it; compared with whitespace folded, any dash,
 * and the first letter in either case (a name starting a cell is capitalised: «Муниципалитеты»
 * is the directory's «муниципалитеты»).
 *
 *   executors: 'УО, МКУ ИМОЦ'   →  [{organisation УО}, {organisation МКУ ИМОЦ}]
 *   executors: 'Школы района'   →  [{text Школы района}]
 */
import type { ExecutorRef, Organisation } from '../../model/roadmap.js';
import type { SourceLocation } from '../../model/source.js';

/** What separates executors written in one string. */
const SEPARATORS = /[,;\n]/;

/** A name compared: whitespace folded, dashes alike, the first letter lower case. */
function comparable(name: string): string {
  const folded = name.replace(/[\s\u00a0]+/g, ' ').replace(/[–—−‑-]/g, '-').trim();
  return folded.charAt(0).toLocaleLowerCase('ru-RU') + folded.slice(1);
}

/** Every written form of every organisation → its key (the first organisation wins a shared form). */
const directories = new WeakMap<ReadonlyMap<string, Organisation>, Map<string, string>>();
function formsOf(organisations: ReadonlyMap<string, Organisation>): Map<string, string> {
  let forms = directories.get(organisations);
  if (forms) return forms;
  forms = new Map();
  const add = (form: string, key: string) => {
    const c = comparable(form);
    if (c !== '' && !forms!.has(c)) forms!.set(c, key);
  };
  // Keys and short names first: they win over a full name that happens to equal another's key.
  for (const org of organisations.values()) add(org.key, org.key);
  for (const org of organisations.values()) add(org.short, org.key);
  for (const org of organisations.values()) {
    add(org.name, org.key);
    add(`${org.name} (далее - ${org.short})`, org.key);
    add(`${org.name} (${org.short})`, org.key);
  }
  directories.set(organisations, forms);
  return forms;
}

/** The directory key a written name stands for, or undefined. */
export function organisationKeyOf(name: string, organisations: ReadonlyMap<string, Organisation>): string | undefined {
  return formsOf(organisations).get(comparable(name));
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
    const key = organisationKeyOf(name, organisations);
    const ref: ExecutorRef = key !== undefined ? { type: 'organisation', key } : { type: 'text', text: name };
    if (loc) ref.loc = loc;
    return ref;
  };
  if (typeof written !== 'string') return written.map((name, i) => one(name, locOf(i)));
  const loc = locOf();
  if (!SEPARATORS.test(written) || organisationKeyOf(written, organisations) !== undefined) return [one(written, loc)];
  const parts = written.split(SEPARATORS).map((part) => part.trim()).filter((part) => part !== '');
  const out: ExecutorRef[] = [];
  for (let i = 0; i < parts.length; ) {
    // The longest run of parts from here that is one name of the directory, else the part alone.
    let end = i + 1;
    for (let j = parts.length; j > i + 1; j--) {
      if (organisationKeyOf(parts.slice(i, j).join(', '), organisations) !== undefined) {
        end = j;
        break;
      }
    }
    out.push(one(parts.slice(i, end).join(', '), loc));
    i = end;
  }
  return out;
}
