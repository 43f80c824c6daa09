/**
 * ajv errors → diagnostics a person can act on. ajv reports a cloud (every failed branch and
 * keyword); this module keeps one message per mistake:
 *  - `if` errors (which branch failed) are dropped: the branch's own error says what is wrong;
 *  - a missing discriminator tag is reported once, as a missing `kind`;
 *  - a missing key next to an unknown key that looks like its misspelling is dropped: «dedline»
 *    explains the missing «deadline»;
 *  - several `type` errors at one place are merged into one «expected …».
 * Positions: the value for a wrong value, the key for an unknown key, the object (its key) for a
 * missing one. Messages are written per keyword from the catalogue, never ajv's English text.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { MessageArgs, MessageCode } from '../diagnostics/messages.js';
import { TYPE_WORDS } from '../diagnostics/messages.js';
import type { Locator, PathSegment, Target } from './locate.js';
import type { JsonSchema } from './schema.js';
import { nearest } from './suggest.js';

interface Problem {
  code: MessageCode;
  path: PathSegment[];
  target: Target;
  args: MessageArgs;
  /** Identity for de-duplication. */
  key: string;
  /** Where ajv found it (a wrong type there makes every other complaint there moot). */
  instancePath?: string;
}

const TYPE_ORDER = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'];

export function schemaDiagnostics(errors: readonly ErrorObject[], value: unknown, locator: Locator, lang: Language, schema: JsonSchema): Diagnostic[] {
  const root = schema;
  const problems: Problem[] = [];
  const typeErrors = new Map<string, { error: ErrorObject; types: Set<string> }>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.keyword === 'discriminator' && (e.params as { error?: string }).error === 'tag') continue;
    if (e.keyword === 'type') {
      const entry = typeErrors.get(e.instancePath) ?? { error: e, types: new Set<string>() };
      for (const t of ([] as string[]).concat((e.params as { type: string | string[] }).type)) entry.types.add(t);
      typeErrors.set(e.instancePath, entry);
      continue;
    }
    const p = problemOf(e, value, lang, schema);
    if (p) problems.push({ ...p, instancePath: e.instancePath });
  }
  for (const { error, types } of typeErrors.values()) {
    const path = parsePointer(error.instancePath);
    const actual = valueAt(value, path);
    const name = keyName(path, lang);
    // A branch of «a string or a list» (`if: {type: string}, else: …`): the other branch is allowed too.
    const branch = branchOwner(error.parentSchema as JsonSchema | undefined, root);
    for (const t of ([] as string[]).concat((branch?.if as { type?: string | string[] } | undefined)?.type ?? [])) types.add(t);
    const expected = [...types].filter((t) => !(t === 'integer' && types.has('number'))).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
    const words = (l: Language) => expected.map((t) => TYPE_WORDS[t]?.[l] ?? t).join(l === 'ru' ? ' или ' : ' or ');
    problems.push({
      code: 'schema-type', path, target: 'value', key: `type ${error.instancePath}`,
      args: { key: name, expected: words(lang), actual: describe(actual, lang), ...typeHints(path, actual, expected, aboutArgs(error.parentSchema as JsonSchema | undefined)) },
    });
  }

  // A typo explains the missing key it misspells.
  const typoFor = new Set(problems
    .filter((p) => p.code === 'schema-unknown-key' && p.args.suggestion !== undefined)
    .map((p) => JSON.stringify([...p.path.slice(0, -1), p.args.suggestion])));
  const seen = new Set<string>();
  const kept = problems.filter((p) => {
    if (p.code === 'schema-missing-key' && typoFor.has(JSON.stringify(p.path))) return false;
    if (p.instancePath !== undefined && typeErrors.has(p.instancePath)) return false;
    if (seen.has(p.key)) return false;
    seen.add(p.key);
    return true;
  });
  // `loc`, not `position`: in a merged file (extends) the place may be in a base, another file.
  return kept.map((p) => {
    const at = locator.loc(p.path, p.target);
    return createDiagnostic(p.code, lang, at.file, at, p.args);
  });
}

function problemOf(e: ErrorObject, value: unknown, lang: Language, root: JsonSchema): Problem | undefined {
  const path = parsePointer(e.instancePath);
  const parent = e.parentSchema as JsonSchema | undefined;
  const at = (code: MessageCode, p: PathSegment[], target: Target, args: MessageArgs): Problem =>
    ({ code, path: p, target, args, key: `${code} ${JSON.stringify(p)} ${target}` });
  const name = keyName(path, lang);
  const list = (xs: unknown[]) => xs.map((x) => String(x)).join(', ');
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent?.properties ?? {});
      const candidates = isPlanRow(allowed) ? [...new Set([...allowed, ...planRowKeys(root)])] : allowed;
      return at('schema-unknown-key', [...path, extra], 'key', { key: extra, suggestion: nearest(extra, candidates), allowed: allowed.join(', ') });
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      if (path.length === 0 && missing === 'plans') return at('schema-plan-missing', [], 'value', {});
      if (parent !== undefined && parent === esignatureRule(root)) {
        // A draft (no date or number) with an e-signature stamp: the stamp is what is wrong.
        const doc = valueAt(value, path) as { date?: unknown; number?: unknown } | undefined;
        const absent = doc?.date === undefined ? (doc?.number === undefined ? 'both' : 'date') : 'number';
        return at('esignature-draft', [...path, 'esignature'], 'key', { missing: absent });
      }
      if (e.schemaPath.endsWith('/else/required') && missing === 'key') return at('schema-column-without-role', path, 'value', {});
      if (missing === 'kind' && parent?.discriminator) {
        const kinds = deadlineKinds(parent, root).join(', ');
        return at('schema-missing-key', [...path, missing], 'parent', { key: missing, parent: keyName(path, lang), about: `вид срока: ${kinds}`, aboutEn: `the deadline kind: ${kinds}` });
      }
      const owner = parent?.properties ? parent : ownerOf(parent, root);
      const sub = owner?.properties?.[missing];
      const parentName = path.length ? keyName(path, lang) : undefined;
      return at('schema-missing-key', [...path, missing], 'parent', {
        key: missing, parent: parentName,
        about: sub ? explain(sub, 'ru') : undefined,
        aboutEn: sub ? explain(sub, 'en') : undefined,
      });
    }
    case 'not': {
      if (path.length === 0) {
        const keys = value && typeof value === 'object' ? Object.keys(value) : [];
        const second = keys.indexOf('plan') > keys.indexOf('plans') ? 'plan' : 'plans';
        return at('plan-and-plans', [second], 'key', {});
      }
      return at('schema-column-role-and-key', [...path, 'key'], 'key', {});
    }
    case 'enum':
    case 'const': {
      const allowed = e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues : [(e.params as { allowedValue: unknown }).allowedValue];
      const actual = valueAt(value, path);
      const shown = [...new Set(allowed.map(String))];
      return at('schema-enum', path, 'value', {
        key: name, value: String(actual), allowed: list(shown),
        suggestion: typeof actual === 'string' ? nearest(actual, shown) : undefined,
      });
    }
    case 'discriminator': {
      const kinds = deadlineKinds(parent, root);
      const actual = String(valueAt(value, [...path, 'kind']));
      return at('schema-deadline-kind', [...path, 'kind'], 'value', { value: actual, allowed: kinds.join(', '), suggestion: nearest(actual, kinds) });
    }
    case 'format':
    case 'pattern': {
      const actual = String(valueAt(value, path));
      return at('schema-format', path, 'value', { key: name, value: actual, ...formatWords(e, actual, lang) });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      const rel: Record<string, [string, string]> = {
        '>=': ['меньше допустимого', 'is below the minimum'], '<=': ['больше допустимого', 'is above the maximum'],
        '>': ['должно быть больше', 'must be greater than'], '<': ['должно быть меньше', 'must be less than'],
      };
      const [ru, en] = rel[p.comparison] ?? ['вне допустимых пределов', 'is out of range'];
      return at('schema-range', path, 'value', { key: name, value: String(valueAt(value, path)), relationRu: ru, relationEn: en, limit: p.limit, ...aboutArgs(parent) });
    }
    case 'minItems':
    case 'maxItems': {
      const limit = (e.params as { limit: number }).limit;
      const min = e.keyword === 'minItems';
      return at('schema-items-count', path, 'value', {
        key: name,
        relationRu: min ? (limit === 1 ? 'список не может быть пустым' : `в списке нужно не меньше ${limit} элементов`) : `в списке может быть не больше ${limit} элементов`,
        relationEn: min ? (limit === 1 ? 'the list cannot be empty' : `the list needs at least ${limit} elements`) : `the list may hold at most ${limit} elements`,
        ...aboutArgs(parent),
      });
    }
    default:
      return at('schema-invalid', path, 'value', { key: name, keyword: e.keyword, ...aboutArgs(parent) });
  }
}

/** `/plan/items/0/task` → ['plan', 'items', 0, 'task'] */
export function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9][0-9]*)$/.test(k) ? Number(k) : k;
  });
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/** The nearest key name in the path: `executors` for ['plan', 'items', 0, 'executors', 1]. */
function keyName(path: readonly PathSegment[], lang: Language): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return lang === 'ru' ? 'файл целиком' : 'the whole file';
}

function describe(v: unknown, lang: Language): string {
  const ru = lang === 'ru';
  if (v === null || v === undefined) return ru ? 'пусто' : 'nothing';
  if (Array.isArray(v)) return ru ? 'список' : 'a list';
  if (typeof v === 'object') return ru ? 'набор ключей' : 'a mapping';
  if (typeof v === 'boolean') return ru ? `логическое значение ${v}` : `the boolean ${v}`;
  if (typeof v === 'number') return ru ? `число ${v}` : `the number ${v}`;
  return ru ? `текст „${String(v)}“` : `the text “${String(v)}”`;
}

/** Russian or English half of a «русский / English» schema text. */
function part(text: string | undefined, lang: Language): string | undefined {
  if (!text) return undefined;
  const i = text.lastIndexOf(' / ');
  return i < 0 ? text : lang === 'ru' ? text.slice(0, i) : text.slice(i + 3);
}

function aboutArgs(schema: JsonSchema | undefined): MessageArgs {
  const sentence = (s: string | undefined) => (s === undefined ? undefined : /[.!?…»)]$/.test(s) ? s : `${s}.`);
  return { about: sentence(part(schema?.description, 'ru')), aboutEn: sentence(part(schema?.description, 'en')) };
}

function typeHints(path: readonly PathSegment[], actual: unknown, expected: string[], base: MessageArgs): MessageArgs {
  const name = typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : '';
  const inList = typeof path[path.length - 1] === 'number' ? String(path[path.length - 2] ?? '') : '';
  if (path.length === 0) {
    return { hintRu: 'Файл плана начинается с ключей верхнего уровня: document:, plan: (см. plangraf init).', hintEn: 'A roadmap file starts with top-level keys: document:, plan: (see plangraf init).' };
  }
  if (inList === 'items' && typeof actual === 'string') {
    return { hintRu: 'Строка плана пишется с ключом: - task: Отбор школ (раздел: - section: Название, items: […]).', hintEn: 'A plan row has keys: - task: … (a group: - section: …, items: […]).' };
  }
  if (expected.includes('string') && actual === null) {
    return { hintRu: 'Впишите значение после двоеточия или удалите ключ.', hintEn: 'Write a value after the colon or delete the key.' };
  }
  if (expected.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean') && name) {
    const codes = /^(okpo|ogrn|inn|kpp|phone|fax|number|no)$/.test(name);
    return {
      hintRu: `Заключите значение в кавычки: ${name}: "${String(actual)}"${codes ? ' (иначе ведущие нули теряются)' : ''}.`,
      hintEn: `Put the value in quotes: ${name}: "${String(actual)}"${codes ? ' (otherwise leading zeros are lost)' : ''}.`,
    };
  }
  if (expected.includes('string') && actual !== null && typeof actual === 'object' && !Array.isArray(actual)) {
    return { hintRu: 'Если в тексте есть двоеточие с пробелом, заключите весь текст в кавычки.', hintEn: 'If the text contains a colon followed by a space, put the whole text in quotes.' };
  }
  if (expected.includes('array') && typeof actual === 'string') {
    return { hintRu: 'Запишите список: каждый элемент с новой строки после «- » или в скобках [ ].', hintEn: 'Write a list: each element on its own line after “- ” or in brackets [ ].' };
  }
  return { hintRu: base.about, hintEn: base.aboutEn };
}

function formatWords(e: ErrorObject, actual: string, lang: Language): MessageArgs {
  void lang;
  const fmt = e.keyword === 'format' ? (e.params as { format: string }).format : patternKind((e.params as { pattern: string }).pattern);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(actual);
  const fix = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : undefined;
  switch (fmt) {
    case 'date':
      if (/^\d{4}-\d{2}-\d{2}$/.test(actual)) return { formatRu: 'такой даты нет', formatEn: 'no such date', hintRu: 'Проверьте число и месяц.', hintEn: 'Check the day and the month.' };
      return {
        formatRu: 'не дата в виде ГГГГ-ММ-ДД', formatEn: 'not a date written YYYY-MM-DD',
        hintRu: fix ? `Запишите так: ${fix}.` : 'Дата пишется так: 2022-02-14 (год-месяц-день).',
        hintEn: fix ? `Write it as ${fix}.` : 'A date is written 2022-02-14 (year-month-day).',
      };
    case 'month':
      return { formatRu: 'не месяц в виде ГГГГ-ММ', formatEn: 'not a month written YYYY-MM', hintRu: 'Месяц пишется так: 2022-03.', hintEn: 'A month is written 2022-03.' };
    case 'date-time':
      return { formatRu: 'не дата и время', formatEn: 'not a date and time', hintRu: 'Например: 2025-09-01T10:30:00+03:00.', hintEn: 'For example: 2025-09-01T10:30:00+03:00.' };
    case 'email':
      return { formatRu: 'не адрес электронной почты', formatEn: 'not an e-mail address', hintRu: 'Например: info@example.ru.', hintEn: 'For example: info@example.ru.' };
    case 'id':
      return { formatRu: 'недопустимый идентификатор', formatEn: 'not a valid identifier', hintRu: 'Идентификатор состоит из латинских букв, цифр и знаков «-», «_», «.», без пробелов.', hintEn: 'An identifier has Latin letters, digits, “-”, “_”, “.”, and no spaces.' };
    case 'key':
      return { formatRu: 'недопустимый ключ колонки', formatEn: 'not a valid column key', hintRu: 'Ключ начинается с латинской буквы и состоит из латинских букв, цифр, «-» и «_».', hintEn: 'A key starts with a Latin letter and has Latin letters, digits, “-” and “_”.' };
    default:
      return { formatRu: 'значение недопустимого вида', formatEn: 'not a value of the allowed form', hintRu: '', hintEn: '' };
  }
}

function patternKind(pattern: string): string {
  if (pattern === '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') return 'date';
  if (pattern === '^[0-9]{4}-[0-9]{2}$') return 'month';
  if (pattern.startsWith('^[A-Za-z0-9_.')) return 'id';
  if (pattern.startsWith('^[A-Za-z][')) return 'key';
  return pattern;
}

/** The rule «a document with `esignature` has a date and a number» (its `then`), by identity. */
function esignatureRule(root: JsonSchema): JsonSchema | undefined {
  const rules = (root.$defs?.Document?.allOf ?? []) as { if?: { required?: string[] }; then?: JsonSchema }[];
  return rules.find((r) => r.if?.required?.includes('esignature'))?.then;
}

/** The kinds a discriminated deadline schema allows, read from its branches. */
function deadlineKinds(schema: JsonSchema | undefined, root: JsonSchema): string[] {
  const branches = (schema?.oneOf ?? []) as { $ref?: string }[];
  return branches
    .map((b) => root.$defs?.[String(b.$ref).replace('#/$defs/', '')]?.properties?.kind?.const)
    .filter((k): k is string => typeof k === 'string');
}

function isPlanRow(allowed: string[]): boolean {
  return allowed.includes('task') || (allowed.includes('section') && allowed.includes('items'));
}

function planRowKeys(root: JsonSchema): string[] {
  const defs = root.$defs ?? {};
  return [...Object.keys(defs.Item?.properties ?? {}), ...Object.keys(defs.Group?.properties ?? {})];
}

/** «Вид документа: order – приказ, …», or the description alone when it already starts with the title. */
function explain(schema: JsonSchema, lang: Language): string | undefined {
  const title = part(schema.title, lang);
  const description = part(schema.description, lang);
  if (!description) return title;
  if (!title || /^\p{Lu}/u.test(description)) return description;
  return `${title}: ${description}`;
}

/** The `$defs` entry that holds a branch subschema (`then` of an `if`), to find its properties. */
function ownerOf(sub: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  if (!sub) return undefined;
  const contains = (node: unknown): boolean => {
    if (node === sub) return true;
    if (!node || typeof node !== 'object') return false;
    return Object.entries(node).some(([k, v]) => k !== 'properties' && contains(v));
  };
  return Object.values(root.$defs ?? {}).find((d) => contains(d));
}

/** The subschema whose `else` branch is `sub` (to read its `if`). */
function branchOwner(sub: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  if (!sub) return undefined;
  let found: JsonSchema | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const other = (node as JsonSchema).else as JsonSchema | undefined;
    const ref = typeof other?.$ref === 'string' ? root.$defs?.[other.$ref.replace('#/$defs/', '')] : undefined;
    if (other === sub || (ref !== undefined && ref === sub)) {
      found = node as JsonSchema;
      return;
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(root);
  return found;
}
