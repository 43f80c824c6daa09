/**
 * A small YAML writer for the roadmaps the import produces: block mappings and lists, comments
 * above entries and at the end of a line, and every string written so that YAML reads back
 * exactly that string — plain when nothing in it could be read otherwise, in single quotes when
 * it holds something YAML would take for syntax or for another type («1.», «да: нет», «# …»,
 * «- …», «true»), as a literal block (`|-`) when it has several lines, in double quotes with
 * escapes when nothing else carries it (control characters, spaces at a line's end, a
 * leading blank line). Our own code rather than `yaml`'s stringifier: the file is written once,
 * top to bottom, with comments where we want them, and its strings as the roadmap's own reader
 * (src/load/fast-yaml.ts) reads them fastest.
 */

export type YamlValue = string | number | boolean | YamlMap | YamlSeq;

export interface YamlMap {
  kind: 'map';
  entries: YamlEntry[];
}

export interface YamlEntry {
  key: string;
  value: YamlValue;
  /** Comment lines written above the entry. */
  comment?: string[];
  /** A comment at the end of the entry's line (for a scalar value). */
  note?: string;
}

export interface YamlSeq {
  kind: 'seq';
  items: { value: YamlValue; comment?: string[] }[];
}

export const map = (entries: YamlEntry[]): YamlMap => ({ kind: 'map', entries });
export const seq = (items: YamlSeq['items']): YamlSeq => ({ kind: 'seq', items });

/** The document: header comment lines, then the mapping. */
export function yamlText(root: YamlMap, header: readonly string[] = []): string {
  const out: string[] = header.map(commentLine);
  mapLines(root, 0, out, undefined);
  return `${out.join('\n')}\n`;
}

function commentLine(text: string): string {
  return text === '' ? '#' : `# ${text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')}`;
}

const pad = (n: number) => ' '.repeat(n);

/**
 * The entries of a mapping at `indent`; with `first` the first entry goes on that line instead
 * (after a list's «- »).
 */
function mapLines(m: YamlMap, indent: number, out: string[], first: string | undefined): void {
  if (m.entries.length === 0) {
    out.push(first !== undefined ? `${first}{}` : `${pad(indent)}{}`);
    return;
  }
  m.entries.forEach((e, i) => {
    const lead = i === 0 && first !== undefined ? first : pad(indent);
    if (e.comment) {
      if (i === 0 && first !== undefined) {
        // A comment above a list item's first key goes above the «- ».
        out.push(...e.comment.map((c) => pad(first.length - 2) + commentLine(c)));
      } else out.push(...e.comment.map((c) => pad(indent) + commentLine(c)));
    }
    valueLines(`${lead}${key(e.key)}:`, e.value, indent, out, e.note);
  });
}

/** `head` is «key:» (or «-»); the value follows on its line or below it. */
function valueLines(head: string, value: YamlValue, indent: number, out: string[], note?: string): void {
  const tail = note !== undefined ? `  ${commentLine(note)}` : '';
  if (typeof value === 'number' || typeof value === 'boolean') {
    out.push(`${head} ${String(value)}${tail}`);
    return;
  }
  if (typeof value === 'string') {
    const s = scalar(value, indent + 2);
    if (s.block) {
      out.push(`${head} ${s.head}${tail}`);
      out.push(...s.lines);
    } else out.push(`${head} ${s.head}${tail}`);
    return;
  }
  if (value.kind === 'map') {
    if (value.entries.length === 0) {
      out.push(`${head} {}${tail}`);
      return;
    }
    out.push(`${head}${tail}`);
    mapLines(value, indent + 2, out, undefined);
    return;
  }
  if (value.items.length === 0) {
    out.push(`${head} []${tail}`);
    return;
  }
  out.push(`${head}${tail}`);
  seqLines(value, indent + 2, out);
}

function seqLines(s: YamlSeq, indent: number, out: string[]): void {
  for (const item of s.items) {
    if (item.comment) out.push(...item.comment.map((c) => pad(indent) + commentLine(c)));
    const v = item.value;
    if (typeof v === 'object' && v.kind === 'map' && v.entries.length > 0) mapLines(v, indent + 2, out, `${pad(indent)}- `);
    else valueLines(`${pad(indent)}-`, v, indent, out);
  }
}

/**
 * Keys are the format's own words and extra columns' keys: identifiers, plain (YAML 1.2 reads
 * `no:` as the key «no», as every roadmap writes it); anything else as a value is written.
 */
function key(k: string): string {
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(k)) return k;
  return plainSafe(k) ? k : singleQuoted(k) ?? doubleQuoted(k);
}

interface Scalar {
  head: string;
  block: boolean;
  lines: string[];
}

/** A string as YAML text at `indent` (the indentation of a block's lines). */
export function scalar(s: string, indent: number): Scalar {
  if (plainSafe(s)) return { head: s, block: false, lines: [] };
  if (!/[\n\r]/.test(s)) {
    const single = singleQuoted(s);
    if (single !== undefined) return { head: single, block: false, lines: [] };
    return { head: doubleQuoted(s), block: false, lines: [] };
  }
  const literal = literalBlock(s, indent);
  if (literal) return literal;
  return { head: doubleQuoted(s), block: false, lines: [] };
}

/** Characters no plain, single-quoted or literal scalar should carry: controls, BOM, separators. */
const SPECIAL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Words and numbers YAML (1.2 core, and 1.1 for older readers) reads as another type. */
const OTHER_TYPE = /^(?:~|null|true|false|yes|no|y|n|on|off|[-+]?\.?(?:inf|nan))$/i;
const NUMBER_LIKE = /^[-+]?(?:\d[\d_,]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?$|^[-+]?0[xob][\da-f_]+$|^\d{4}-\d\d?-\d\d?(?:[Tt\s].*)?$|^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/i;

function plainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || /^[\u00a0]|[\u00a0]$/.test(s)) return false;
  if (/[\t\n\r]/.test(s) || SPECIAL_CHARS.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #|^<</.test(s)) return false;
  if (OTHER_TYPE.test(s) || NUMBER_LIKE.test(s)) return false;
  return true;
}

/** 'text' with «'» doubled: any one-line string of printable characters. */
function singleQuoted(s: string): string | undefined {
  if (/[\t\n\r]/.test(s) || SPECIAL_CHARS.test(s) || /^\s|\s$/.test(s)) return undefined;
  return `'${s.replace(/'/g, "''")}'`;
}

/** `|-` (or `|`, `|+`) and the lines at `indent`, when the text's lines allow it. */
function literalBlock(s: string, indent: number): Scalar | undefined {
  if (/[\r\t]/.test(s) || SPECIAL_CHARS.test(s)) return undefined;
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  if (body === '' || trailing > 1) return undefined;
  const lines = body.split('\n');
  // The first line fixes the block's indentation: it cannot start with a space (nor be empty).
  if (lines[0] === '' || /^ /.test(lines[0]!)) return undefined;
  // Spaces at a line's end would be kept by YAML but lost by editors; a blank line's spaces too.
  if (lines.some((l) => / $/.test(l))) return undefined;
  return { head: trailing === 1 ? '|' : '|-', block: true, lines: lines.map((l) => (l === '' ? '' : pad(indent) + l)) };
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0',
  '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P',
};

function doubleQuoted(s: string): string {
  return `"${s.replace(/[\\"\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}"`;
}
