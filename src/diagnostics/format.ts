/**
 * Printing a diagnostic for a person:
 *
 *   roadmap.yaml:12:5: ошибка [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?
 *      12 |     dedline: до 22.02.2022
 *         |     ^^^^^^^
 *   подсказка: Здесь допустимы ключи: …
 */
import type { Diagnostic, Language, Severity } from './diagnostic.js';

export interface FormatOptions {
  /** ANSI colours. Default false. */
  color?: boolean;
  /** Language of the labels (ошибка / error). Default 'ru'. */
  lang?: Language;
}

const LABELS: Record<Language, Record<Severity | 'hint', string>> = {
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'замечание', hint: 'подсказка' },
  en: { error: 'error', warning: 'warning', info: 'note', hint: 'hint' },
};
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/**
 * Where the excerpt of a diagnostic comes from: the text of the one file every diagnostic is in,
 * what a load returned (`{ text, bases }`: a diagnostic in a base of `extends` is cut from that
 * base), or a lookup by the diagnostic (a template's diagnostics point into the template).
 */
export type SourceLookup = string | LoadedSources | ((d: Diagnostic) => string | undefined);

/** The texts a load returned (`LoadResult`): the input's, and each base's by its file. */
export interface LoadedSources {
  text?: string;
  bases?: readonly { file: string; text: string }[];
}

export function formatDiagnostic(d: Diagnostic, source?: SourceLookup, options: FormatOptions = {}): string {
  const sourceText = typeof source === 'function' ? source(d) : typeof source === 'object' ? loadedSources(source, undefined)(d) : source;
  const lang = options.lang ?? 'ru';
  const paint = (code: string, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const where = visible(d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.pointer !== undefined ? `${d.file}#${d.pointer}` : d.file);
  const lines = [`${paint('1', where)}: ${paint(SEVERITY_COLOR[d.severity], LABELS[lang][d.severity])} [${visible(d.code)}]: ${visible(d.message, true)}`];
  const excerpt = sourceText !== undefined && d.line > 0 ? sourceExcerpt(sourceText, d) : undefined;
  if (excerpt) lines.push(...excerpt.map((l, i) => (i === 1 ? l.replace(/\^+/, (m) => paint(SEVERITY_COLOR[d.severity], m)) : l)));
  if (d.hint) lines.push(`${paint('36', LABELS[lang].hint)}: ${visible(d.hint, true)}`);
  return lines.join('\n');
}

/**
 * Characters that would act on a terminal instead of showing: C0 and C1 controls (ESC starts
 * colour and cursor sequences), DEL, bidi controls (they reorder what follows: «Trojan source»),
 * line and paragraph separators, noncharacters and lone surrogates. Tabs stay (excerpts align
 * with them); line feeds stay in messages (a few have several lines).
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `s` with every character that would act on a terminal written as a visible escape «\u001B»;
 * `keepLines`: line feeds stay.
 */
export function visible(s: string, keepLines = false): string {
  const shown = s.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return keepLines ? shown : shown.replace(/\n/g, '\\n');
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], source?: SourceLookup, options: FormatOptions = {}): string {
  return diagnostics.map((d) => formatDiagnostic(d, source, options)).join('\n\n');
}

/**
 * The lookup for what a load returned: the input's own text for its diagnostics, each base's text
 * for diagnostics located in that base (`extends`), and `other` for anything else (templates).
 */
export function loadedSources(
  loaded: LoadedSources,
  inputFile: string | undefined,
  other?: (d: Diagnostic) => string | undefined,
): (d: Diagnostic) => string | undefined {
  return (d) => {
    const base = loaded.bases?.find((b) => b.file === d.file);
    if (base) return base.text;
    if (other) {
      const text = other(d);
      if (text !== undefined) return text;
    }
    return inputFile === undefined || d.file === inputFile ? loaded.text : undefined;
  };
}

/**
 * The offending line and a caret line under the column (tabs kept so the caret aligns).
 * Characters that would act on the terminal are shown as escapes («\u001B»); the caret moves
 * with them.
 */
function sourceExcerpt(text: string, d: Diagnostic): [string, string] | undefined {
  const line = text.split(/\r\n|\n|\r/)[d.line - 1];
  if (line === undefined) return undefined;
  const cut = line.length > 200 ? line.slice(0, 200) : line;
  const shown = visible(cut) + (cut.length < line.length ? '…' : '');
  const gutter = String(d.line).padStart(5);
  const col = Math.max(1, Math.min(d.column, cut.length + 1));
  const endCol = d.endLine === d.line && d.endColumn !== undefined ? Math.max(col, Math.min(d.endColumn, cut.length + 1)) : col + 1;
  const prefix = visible(cut.slice(0, col - 1)).replace(/[^\t]/g, ' ');
  const width = Math.max(1, visible(cut.slice(col - 1, endCol - 1)).length);
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${prefix}${'^'.repeat(width)}`];
}

/**
 * `JSON.stringify(value)`, with the characters JSON leaves raw but a terminal would act on (C1
 * controls, bidi controls, line separators) written as `\uXXXX` escapes: the same data.
 */
export function terminalJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
