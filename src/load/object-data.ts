/**
 * A roadmap held as data (`loadRoadmapObject`): checked to be JSON data within the limits and
 * copied, so that the loader works on values it owns (the merge, the schema check and the model
 * never see a getter, a prototype or a cycle of the caller's). What the YAML reader checks on
 * text — nesting depth, string length — is checked here on values, located by JSON Pointer.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { LoadLimits } from './limits.js';
import { jsonPointer, type PathSegment } from './locate.js';

const WHAT = {
  ru: {
    function: 'функция',
    symbol: 'символ (Symbol)',
    bigint: 'число BigInt: запишите его обычным числом или строкой',
    undefined: 'undefined в списке: уберите элемент или запишите null',
    number: (n: number) => `число ${String(n)}: допустимы только конечные числа`,
    date: 'объект Date: запишите дату строкой ГГГГ-ММ-ДД',
    instance: (name: string) => `объект ${name}: допустимы только простые объекты и массивы`,
    cycle: 'объект содержит сам себя (цикл)',
  },
  en: {
    function: 'a function',
    symbol: 'a symbol',
    bigint: 'a BigInt: write it as a plain number or a string',
    undefined: 'undefined in a list: drop the item or write null',
    number: (n: number) => `the number ${String(n)}: only finite numbers are allowed`,
    date: 'a Date object: write the date as a YYYY-MM-DD string',
    instance: (name: string) => `a ${name} object: only plain objects and arrays are allowed`,
    cycle: 'the object contains itself (a cycle)',
  },
} as const;

export interface CopiedData {
  value: unknown;
  diagnostics: Diagnostic[];
}

/** A checked copy of `data`, or the diagnostics of what is wrong with it (then no value). */
export function copyData(data: unknown, file: string, lang: Language, limits: Pick<LoadLimits, 'depth' | 'stringLength'>): CopiedData {
  const diagnostics: Diagnostic[] = [];
  const words = WHAT[lang];
  const path: PathSegment[] = [];
  const open = new Set<object>();
  const at = () => ({ line: 0, column: 0, pointer: jsonPointer(path) });
  const notData = (what: string) => {
    diagnostics.push(createDiagnostic('object-not-data', lang, file, at(), { what }));
    return undefined;
  };

  const copy = (v: unknown, depth: number): unknown => {
    switch (typeof v) {
      case 'string':
        if (v.length > limits.stringLength) diagnostics.push(createDiagnostic('limit-string-length', lang, file, at(), { length: v.length, limit: limits.stringLength }));
        return v;
      case 'boolean':
        return v;
      case 'number':
        return Number.isFinite(v) ? v : notData(words.number(v));
      case 'function':
        return notData(words.function);
      case 'symbol':
        return notData(words.symbol);
      case 'bigint':
        return notData(words.bigint);
      case 'undefined':
        return notData(words.undefined);
    }
    if (v === null) return null;
    const obj = v as object;
    if (open.has(obj)) return notData(words.cycle);
    if (depth > limits.depth) {
      diagnostics.push(createDiagnostic('limit-depth', lang, file, at(), { limit: limits.depth }));
      return undefined;
    }
    if (obj instanceof Date) return notData(words.date);
    open.add(obj);
    try {
      if (Array.isArray(obj)) {
        const out: unknown[] = [];
        for (let i = 0; i < obj.length; i++) {
          path.push(i);
          out.push(copy(obj[i], depth + 1));
          path.pop();
        }
        return out;
      }
      const proto = Object.getPrototypeOf(obj) as object | null;
      if (proto !== null && proto !== Object.prototype) return notData(words.instance(proto.constructor?.name || 'Object'));
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(obj)) {
        const item = (obj as Record<string, unknown>)[key];
        if (item === undefined) continue; // absent, as JSON.stringify has it
        path.push(key);
        // Defined, not assigned: a key `__proto__` stays a key (and the schema reports it).
        Object.defineProperty(out, key, { value: copy(item, depth + 1), enumerable: true, writable: true, configurable: true });
        path.pop();
      }
      return out;
    } finally {
      open.delete(obj);
    }
  };

  const value = copy(data, 1);
  return diagnostics.length > 0 ? { value: undefined, diagnostics } : { value, diagnostics };
}
