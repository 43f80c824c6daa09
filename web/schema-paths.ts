/**
 * Where the cursor is in a YAML roadmap and what the schema allows there, for the editor's
 * completion (schema-completion.ts). Where the cursor is, is read from the indentation of the
 * lines above (YAML's block structure), which works on a half-typed file the parser would refuse.
 * No DOM here: tests/web/schema-paths.test.ts runs it in Node.
 */
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

/** A key the schema allows, with its title and description in the page's language. */
export interface SchemaKey {
  name: string;
  title?: string;
  description?: string;
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

  keys(path: readonly string[], lang: 'ru' | 'en'): SchemaKey[] {
    const seen = new Map<string, SchemaKey>();
    for (const n of this.at(path)) {
      for (const [name, sub] of Object.entries((n.properties as Record<string, Schema> | undefined) ?? {})) {
        if (seen.has(name)) continue;
        const described = this.variants(sub).find((v) => typeof v.title === 'string') ?? sub;
        seen.set(name, {
          name,
          ...(typeof described.title === 'string' ? { title: ownLanguage(described.title, lang) } : {}),
          ...(typeof described.description === 'string' ? { description: ownLanguage(described.description, lang) } : {}),
        });
      }
    }
    return [...seen.values()];
  }

  values(path: readonly string[]): string[] {
    const out = new Set<string>();
    for (const n of this.at(path)) {
      if (Array.isArray(n.enum)) for (const v of n.enum) out.add(String(v));
      if (n.const !== undefined) out.add(String(n.const));
      if (n.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
    }
    return [...out];
  }
}

/** «Заголовок / Title» → the part in the page's language. */
function ownLanguage(text: string, lang: 'ru' | 'en'): string {
  const parts = text.split(' / ');
  return parts.length === 2 ? (lang === 'ru' ? parts[0]! : parts[1]!) : text;
}

