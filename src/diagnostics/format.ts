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
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.pointer !== undefined ? `${d.file}#${d.pointer}` : d.file;
  const lines = [`${paint('1', where)}: ${paint(SEVERITY_COLOR[d.severity], LABELS[lang][d.severity])} [${d.code}]: ${d.message}`];
  const excerpt = sourceText !== undefined && d.line > 0 ? sourceExcerpt(sourceText, d) : undefined;
  if (excerpt) lines.push(...excerpt.map((l, i) => (i === 1 ? l.replace(/\^+/, (m) => paint(SEVERITY_COLOR[d.severity], m)) : l)));
  if (d.hint) lines.push(`${paint('36', LABELS[lang].hint)}: ${d.hint}`);
  return lines.join('\n');
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

/** The offending line and a caret line under the column (tabs kept so the caret aligns). */
function sourceExcerpt(text: string, d: Diagnostic): [string, string] | undefined {
  const line = text.split(/\r\n|\n|\r/)[d.line - 1];
  if (line === undefined) return undefined;
  // Control characters would disturb the terminal: show them as «�», one column each.
  const visible = line.replace(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, '\uFFFD');
  const shown = visible.length > 200 ? visible.slice(0, 200) + '…' : visible;
  const gutter = String(d.line).padStart(5);
  const col = Math.max(1, Math.min(d.column, shown.length + 1));
  const endCol = d.endLine === d.line && d.endColumn !== undefined ? Math.min(d.endColumn, shown.length + 1) : col + 1;
  const prefix = shown.slice(0, col - 1).replace(/[^\t]/g, ' ');
  const width = Math.max(1, endCol - col);
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${prefix}${'^'.repeat(width)}`];
}
