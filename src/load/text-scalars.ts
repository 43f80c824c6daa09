/**
 * Text stays as it was written. YAML reads an unquoted `007`, `0x1F`, `1e3`, `010` or
 * `12345678901234567890` as a number (7, 31, 1000, 10, 12345678901234567000); a document number,
 * a row label (`no:`), a name or a column value written that way must still arrive as its text.
 *
 * The rule, applied to the plain value before the schema check: a number that was written as a
 * plain scalar and stands where the schema allows text (`string`) and no quantity (`number`) is
 * replaced by the text it was written as. Text wins where the schema offers `string` and
 * `integer` side by side (`number: 50`, `no: 3`, `period: 2022`: the integer is there so that
 * editors accept an unquoted number); numbers stay numbers where only numbers are allowed
 * (`width`, `sheets`, `year`) or where the schema asks for a quantity (indicator values, printed
 * with a decimal comma).
 *
 * The text comes from the YAML nodes (`Locator.scalarText`: the fast reader's and `yaml`'s agree,
 * tests/load/fast-yaml.test.ts), and only when it reads back as that very number: a number that
 * came through an alias or a merge key keeps its value.
 *
 * Which schemas apply at a place is found by walking the value and the schema together; every
 * branch of `oneOf`/`anyOf`/`allOf` and both `then` and `else` count (a place allows text when
 * any branch there does).
 */
import { resolvePlain } from './fast-yaml.js';
import type { Locator, PathSegment } from './locate.js';
import type { JsonSchema } from './schema.js';

type Schema = JsonSchema;

export function keepScalarText(value: unknown, root: JsonSchema, locator: Pick<Locator, 'scalarText'>): void {
  const walker = new SchemaWalker(root);
  const path: PathSegment[] = [];
  const visit = (v: unknown, schemas: readonly Schema[]): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child = v[i];
        if (child === null || (typeof child !== 'object' && typeof child !== 'number')) continue;
        path.push(i);
        const childSchemas = walker.child(schemas, i);
        if (typeof child === 'number') {
          const text = textFor(child, childSchemas);
          if (text !== undefined) v[i] = text;
        } else visit(child, childSchemas);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = record[key];
        if (child === null || (typeof child !== 'object' && typeof child !== 'number')) continue;
        path.push(key);
        const childSchemas = walker.child(schemas, key);
        if (typeof child === 'number') {
          const text = textFor(child, childSchemas);
          if (text !== undefined) record[key] = text;
        } else visit(child, childSchemas);
        path.pop();
      }
    }
  };
  const textFor = (n: number, schemas: readonly Schema[]): string | undefined => {
    if (!walker.prefersText(schemas)) return undefined;
    const text = locator.scalarText(path);
    return text !== undefined && Object.is(resolvePlain(text), n) ? text : undefined;
  };
  visit(value, walker.expand([root]));
}

/** The schemas that apply below a place, from those that apply at it (computed once per shape). */
class SchemaWalker {
  /** Flattened lists by the list they were found from and the key (or index, '*' for `items`). */
  private readonly children = new Map<readonly Schema[], Map<string | number, readonly Schema[]>>();
  private readonly textPreferred = new Map<readonly Schema[], boolean>();
  private readonly flat = new Map<Schema, readonly Schema[]>();

  constructor(private readonly root: JsonSchema) {}

  /** Every schema that applies where `schemas` do: references followed, combinators opened. */
  expand(schemas: readonly Schema[]): readonly Schema[] {
    const out = new Set<Schema>();
    for (const s of schemas) for (const x of this.expandOne(s)) out.add(x);
    return [...out];
  }

  private expandOne(s: Schema): readonly Schema[] {
    let list = this.flat.get(s);
    if (list) return list;
    const out = new Set<Schema>();
    const add = (x: unknown): void => {
      if (!x || typeof x !== 'object' || out.has(x as Schema)) return;
      const schema = x as Schema;
      out.add(schema);
      if (typeof schema.$ref === 'string') add(this.resolve(schema.$ref));
      for (const k of ['allOf', 'anyOf', 'oneOf'] as const) for (const b of (schema[k] as unknown[] | undefined) ?? []) add(b);
      add(schema.then);
      add(schema.else);
    };
    add(s);
    list = [...out];
    this.flat.set(s, list);
    return list;
  }

  private resolve(ref: string): Schema | undefined {
    const m = /^#\/\$defs\/(.+)$/.exec(ref);
    return m ? this.root.$defs?.[m[1]!] : ref === '#' ? this.root : undefined;
  }

  /** The schemas of `key` (a property name or a list index) below a place where `schemas` apply. */
  child(schemas: readonly Schema[], key: string | number): readonly Schema[] {
    let byKey = this.children.get(schemas);
    if (!byKey) this.children.set(schemas, (byKey = new Map()));
    const memoKey = typeof key === 'number' && !schemas.some((s) => Array.isArray(s.prefixItems) && key < (s.prefixItems as unknown[]).length) ? '*' : key;
    let list = byKey.get(memoKey);
    if (list) return list;
    const found: Schema[] = [];
    for (const s of schemas) {
      if (typeof key === 'number') {
        const prefix = s.prefixItems as Schema[] | undefined;
        if (prefix && key < prefix.length) found.push(prefix[key]!);
        else if (s.items && typeof s.items === 'object') found.push(s.items as Schema);
      } else {
        const own = s.properties?.[key];
        if (own) {
          found.push(own);
          continue;
        }
        let matched = false;
        for (const [pattern, sub] of Object.entries((s.patternProperties as Record<string, Schema> | undefined) ?? {})) {
          if (new RegExp(pattern, 'u').test(key)) {
            found.push(sub);
            matched = true;
          }
        }
        if (!matched && s.additionalProperties && typeof s.additionalProperties === 'object') found.push(s.additionalProperties as Schema);
      }
    }
    list = this.expand(found);
    byKey.set(memoKey, list);
    return list;
  }

  /** Whether a place allows text and asks for no quantity. */
  prefersText(schemas: readonly Schema[]): boolean {
    let known = this.textPreferred.get(schemas);
    if (known === undefined) {
      const types = new Set<string>();
      for (const s of schemas) for (const t of ([] as unknown[]).concat(s.type ?? [])) types.add(String(t));
      known = types.has('string') && !types.has('number');
      this.textPreferred.set(schemas, known);
    }
    return known;
  }
}
