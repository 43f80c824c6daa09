/**
 * The options of a request, from its query string: `format` (a format of the registry,
 * src/output-formats.ts — docx, pdf, xlsx — or zip: the default formats in one zip; default pdf),
 * `now` (ISO 8601, as `plangraf render --now`; default: what the CLI does, the document's date),
 * `lang` (ru or en; default: the service's), `strict` (warnings block rendering) and `name`
 * (what diagnostics and downloads call the input; default `<input>` and `roadmap`).
 */
import type { Language } from '../diagnostics/diagnostic.js';
import { DEFAULT_FORMATS, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../output-formats.js';

export type ResponseFormat = OutputFormat | 'zip';

export interface RequestOptions {
  format: ResponseFormat;
  /** The formats to render for `format`. */
  formats: OutputFormat[];
  now?: string;
  lang: Language;
  strict: boolean;
  /** The input's name in diagnostics. */
  name: string;
  /** The downloads' name without extension. */
  base: string;
}

/** The input's name in diagnostics when the request gives none (the loader's own default). */
export const UNNAMED_INPUT = '<input>';
const UNNAMED_BASE = 'roadmap';

export type RequestOptionsResult = { ok: true; options: RequestOptions } | { ok: false; reason: { ru: string; en: string }; lang: Language };

export function requestOptions(query: Record<string, unknown>, defaultLang: Language): RequestOptionsResult {
  const one = (key: string): string | undefined => {
    const v = query[key];
    return Array.isArray(v) ? String(v[v.length - 1]) : v === undefined ? undefined : String(v);
  };
  const langValue = one('lang');
  const lang: Language = langValue === 'ru' || langValue === 'en' ? langValue : defaultLang;
  const bad = (ru: string, en: string): RequestOptionsResult => ({ ok: false, reason: { ru, en }, lang });
  if (langValue !== undefined && langValue !== lang) return bad(`lang=${langValue}: допустимы ru, en`, `lang=${langValue}: use ru or en`);

  const format = (one('format') ?? 'pdf').toLowerCase();
  if (format !== 'zip' && !isOutputFormat(format)) {
    const all = [...OUTPUT_FORMATS, 'zip'];
    return bad(`format=${format}: допустимы ${all.join(', ')}`, `format=${format}: use ${all.slice(0, -1).join(', ')} or ${all.at(-1)}`);
  }

  const now = one('now');
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    return bad(`now=${now}: не дата ISO 8601 (например, 2022-02-14T00:00:00Z)`, `now=${now}: not an ISO 8601 date (e.g. 2022-02-14T00:00:00Z)`);
  }

  const strictValue = one('strict');
  if (strictValue !== undefined && !['', 'true', 'false', '1', '0'].includes(strictValue)) {
    return bad(`strict=${strictValue}: допустимы true, false`, `strict=${strictValue}: use true or false`);
  }
  const strict = strictValue === '' || strictValue === 'true' || strictValue === '1';

  const name = one('name');
  if (name !== undefined && !isPlainName(name)) {
    return bad('name: нужно имя файла без папок и управляющих символов, до 255 знаков', 'name: give a file name without folders or control characters, up to 255 characters');
  }
  const base = name === undefined ? UNNAMED_BASE : name.replace(/\.(ya?ml|json)$/i, '') || UNNAMED_BASE;
  return {
    ok: true,
    options: {
      format,
      formats: format === 'zip' ? [...DEFAULT_FORMATS] : [format],
      ...(now !== undefined ? { now } : {}),
      lang,
      strict,
      name: name ?? UNNAMED_INPUT,
      base,
    },
  };
}

/** A file name a download may carry: no folders, no control characters, not `.` or `..`. */
function isPlainName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !/[\\/\u0000-\u001f\u007f]/.test(name) && name !== '.' && name !== '..';
}
