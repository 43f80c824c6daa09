/**
 * Completion from the roadmap's JSON Schema (GET /v1/schema) in the YAML editor: the keys allowed
 * where the cursor is, with their titles and descriptions, and the allowed values after
 * `key: ` (enums, constants, booleans). Where the cursor is, is read from the indentation of the
 * lines above (YAML's block structure), which works on a half-typed file the parser would refuse.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { LANG } from './i18n.js';

type Schema = { [key: string]: unknown };

interface LineShape {
  /** Columns of the `- ` that open sequence items on this line. */
  dashes: number[];
  /** Column where the key (or value) starts after the dashes. */
  keyCol: number;
  key?: string;
  /** Whether something other than a comment follows `key:` on the line. */
  hasValue: boolean;
}

function shape(text: string): LineShape | undefined {
  let i = 0;
  while (text[i] === ' ') i++;
  const dashes: number[] = [];
  while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === text.length)) {
    dashes.push(i);
    i++;
    while (text[i] === ' ') i++;
  }
  const rest = text.slice(i);
  if ((rest === '' || rest.startsWith('#')) && dashes.length === 0) return undefined;
  const m = /^("[^"]*"|'[^']*'|[^\s:#'"-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s+(.*))?$/.exec(rest);
  const key = m ? m[1]!.replace(/^["']|["']$/g, '') : undefined;
  const after = m?.[2]?.trim() ?? '';
  return { dashes, keyCol: i, ...(key !== undefined ? { key } : {}), hasValue: after !== '' && !after.startsWith('#') };
}

/** The keys (and `[]` for sequence items) from the root down to the mapping the cursor is in. */
export function pathAt(lines: readonly string[], lineIndex: number, prefix: string): string[] {
  const path: string[] = [];
  const here = shape(prefix) ?? { dashes: [], keyCol: prefix.length, hasValue: false };
  let col = here.keyCol;
  // A key at the same column may own a sequence below it (`items:` then `- task:` under it).
  let sameColumnParent = false;
  const enterItems = (s: LineShape) => {
    for (let k = 0; k < s.dashes.length; k++) path.unshift('[]');
    col = s.dashes[0]!;
    sameColumnParent = true;
  };
  if (here.dashes.length > 0) enterItems(here);
  for (let n = lineIndex - 1; n >= 0 && (col > 0 || sameColumnParent); n--) {
    const s = shape(lines[n]!);
    if (!s) continue;
    const parent = s.keyCol < col || (sameColumnParent && s.keyCol === col && s.dashes.length === 0 && s.key !== undefined && !s.hasValue);
    if (parent) {
      if (s.key !== undefined) path.unshift(s.key);
      col = s.keyCol;
      sameColumnParent = false;
      if (s.dashes.length > 0) enterItems(s);
    } else if (!sameColumnParent && s.keyCol === col && s.dashes.length > 0 && s.dashes[0]! < col) {
      // A sibling that opened this sequence item (`- task: …` above `  deadline:`).
      enterItems(s);
    }
  }
  return path;
}

export class SchemaIndex {
  constructor(private readonly root: Schema) {}

  /** Every schema `node` may be (its $ref followed, its branches and conditions taken together). */
  private variants(node: unknown, seen = new Set<unknown>()): Schema[] {
    if (!node || typeof node !== 'object' || seen.has(node)) return [];
    seen.add(node);
    const s = node as Schema;
    const out: Schema[] = [s];
    if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
      const target = s.$ref.slice(2).split('/').reduce<unknown>((o, k) => (o as Schema | undefined)?.[k], this.root);
      out.push(...this.variants(target, seen));
    }
    for (const k of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) out.push(...this.variants(b, seen));
    for (const k of ['then', 'else']) if (s[k]) out.push(...this.variants(s[k], seen));
    return out;
  }

  /** The schemas at `path` from the root. */
  at(path: readonly string[]): Schema[] {
    let nodes = this.variants(this.root);
    for (const seg of path) {
      const next: unknown[] = [];
      for (const n of nodes) {
        if (seg === '[]') {
          if (n.items) next.push(n.items);
        } else {
          const props = n.properties as Record<string, unknown> | undefined;
          if (props?.[seg]) next.push(props[seg]);
          else if (n.additionalProperties && typeof n.additionalProperties === 'object') next.push(n.additionalProperties);
        }
      }
      nodes = next.flatMap((x) => this.variants(x));
      if (nodes.length === 0) return [];
    }
    return nodes;
  }

  keys(path: readonly string[]): Completion[] {
    const seen = new Map<string, Completion>();
    for (const n of this.at(path)) {
      for (const [name, sub] of Object.entries((n.properties as Record<string, Schema> | undefined) ?? {})) {
        if (seen.has(name)) continue;
        const described = this.variants(sub).find((v) => typeof v.title === 'string') ?? sub;
        seen.set(name, {
          label: name,
          type: 'property',
          apply: `${name}: `,
          ...(typeof described.title === 'string' ? { detail: ownLanguage(described.title) } : {}),
          ...(typeof described.description === 'string' ? { info: ownLanguage(described.description) } : {}),
        });
      }
    }
    return [...seen.values()];
  }

  values(path: readonly string[]): Completion[] {
    const out = new Set<string>();
    for (const n of this.at(path)) {
      if (Array.isArray(n.enum)) for (const v of n.enum) out.add(String(v));
      if (n.const !== undefined) out.add(String(n.const));
      if (n.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
    }
    return [...out].map((label) => ({ label, type: 'enum' }));
  }
}

/** «Заголовок / Title» → the part in the page's language. */
function ownLanguage(text: string): string {
  const parts = text.split(' / ');
  return parts.length === 2 ? (LANG === 'ru' ? parts[0]! : parts[1]!) : text;
}

export function schemaCompletion(index: () => SchemaIndex | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    const schema = index();
    if (!schema) return null;
    const line = context.state.doc.lineAt(context.pos);
    const prefix = line.text.slice(0, context.pos - line.from);
    const lines = context.state.doc.toString().split('\n');
    const value = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?):\s+([^\s#]*)$/.exec(prefix);
    if (value) {
      const path = [...pathAt(lines, line.number - 1, prefix.slice(0, value[1]!.length)), value[2]!.replace(/^["']|["']$/g, '')];
      const options = schema.values(path);
      return options.length > 0 ? { from: context.pos - value[3]!.length, options, validFor: /^[\w-]*$/ } : null;
    }
    const key = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(prefix);
    if (!key || (key[2] === '' && !context.explicit)) return null;
    const options = schema.keys(pathAt(lines, line.number - 1, prefix));
    return options.length > 0 ? { from: context.pos - key[2]!.length, options, validFor: /^[\w-]*$/ } : null;
  };
}
