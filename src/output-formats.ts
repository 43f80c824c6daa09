/**
 * The registry of output formats: one line per format, and everything that offers formats is
 * derived from it — `render()` and its result type (`RenderResult.docx`, `.pdf`, `.xlsx`), the
 * CLI's `--format` check, help and messages, `batch`, `serve`'s `format=`, and what `preview`
 * renders and offers for download. A module of its
 * own, with no writer loaded at import time, so that the CLI can check `--format` without loading
 * the renderer: each writer module is imported the first time a document of its format is written.
 *
 * Adding a format: a folder `src/write/<format>/` whose index exports `documentWriter` (the
 * contract in src/write/writer.ts), and one line here. The key is the file extension.
 */
import type { DocumentWriter } from './write/writer.js';

export interface OutputFormatEntry {
  /** The media type of the file (HTTP responses). */
  mediaType: string;
  /** Written when no formats are asked for (render, batch; serve's `format=zip`). */
  byDefault: boolean;
  /**
   * Prints the whole document, page by page (DOCX, PDF). A format that keeps data rather than
   * pages (XLSX: the plan tables only) is not offered for documents without a plan-graph (the
   * status report, the region summary: `PAGE_FORMATS`).
   */
  pages: boolean;
  /**
   * Rendered by `plangraf preview` on every save and offered there for download (`PREVIEW_FORMATS`;
   * the page draws its pages from the PDF, so pdf is among them).
   */
  preview: boolean;
  /** What the file is, for help texts. */
  label: { ru: string; en: string };
  /** The writer, loaded on first use. */
  load(): Promise<DocumentWriter>;
}

export const FORMAT_REGISTRY = {
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    byDefault: true,
    pages: true,
    preview: true,
    label: { ru: 'документ Word', en: 'Word document' },
    load: () => import('./write/docx/index.js').then((m) => m.documentWriter),
  },
  pdf: {
    mediaType: 'application/pdf',
    byDefault: true,
    pages: true,
    preview: true,
    label: { ru: 'PDF для печати и подписи', en: 'PDF to print and sign' },
    load: () => import('./write/pdf/index.js').then((m) => m.documentWriter),
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    byDefault: false,
    pages: false,
    preview: false,
    label: { ru: 'таблица Excel: план и столбцы исполнения', en: 'Excel workbook: the plan and its execution columns' },
    load: () => import('./write/xlsx/index.js').then((m) => m.documentWriter),
  },
} as const satisfies Record<string, OutputFormatEntry>;

/** A format plangraf writes: a key of the registry, which is also the file extension. */
export type OutputFormat = keyof typeof FORMAT_REGISTRY;

/** Every format, in the registry's order. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = Object.keys(FORMAT_REGISTRY) as OutputFormat[];

/** The formats written when none are asked for: docx and pdf (xlsx on request). */
export const DEFAULT_FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.filter((f) => FORMAT_REGISTRY[f].byDefault);

/** The formats that print a whole document (docx, pdf): what a document without a plan-graph is written in. */
export const PAGE_FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.filter((f) => FORMAT_REGISTRY[f].pages);

/** The formats `plangraf preview` renders and offers for download (docx, pdf): it draws the pages from the PDF. */
export const PREVIEW_FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.filter((f) => FORMAT_REGISTRY[f].preview);

export function isOutputFormat(word: string): word is OutputFormat {
  return Object.hasOwn(FORMAT_REGISTRY, word);
}

/**
 * `--format docx,pdf` or `--format docx --format pdf` (any case): the formats, in the order
 * given, each once; the default ones when none are given; the first word not among `allowed`
 * (every format by default) when one is.
 */
export function parseFormatList(value: unknown, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat[] | string {
  const defaults = DEFAULT_FORMATS.filter((f) => allowed.includes(f));
  if (value === undefined) return [...defaults];
  const words = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
  const out: OutputFormat[] = [];
  for (const w of words) {
    if (!isOutputFormat(w) || !allowed.includes(w)) return w;
    if (!out.includes(w)) out.push(w);
  }
  return out.length > 0 ? out : [...defaults];
}

/** The `--format` option as help texts show it, e.g. `--format docx,pdf,xlsx`. */
export function formatOption(allowed: readonly OutputFormat[] = OUTPUT_FORMATS): string {
  return `--format ${allowed.join(',')}`;
}
export const FORMAT_OPTION = formatOption();

/**
 * The help lines of `--format`, its description starting at `column`: what it does with the
 * default formats, then one line per format.
 */
export function formatOptionHelp(lang: 'ru' | 'en', column: number, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): string[] {
  const defaults = DEFAULT_FORMATS.filter((f) => allowed.includes(f)).join(',');
  const what = lang === 'ru' ? `какие форматы записать (по умолчанию ${defaults}):` : `formats to write (default ${defaults}):`;
  const option = `  ${formatOption(allowed)}`;
  const pad = ' '.repeat(column);
  const head = option.length < column ? [option.padEnd(column) + what] : [option, pad + what];
  return [...head, ...allowed.map((f) => `${pad}  ${f.padEnd(5)} ${FORMAT_REGISTRY[f].label[lang]}`)];
}

/**
 * The message for a format word not among `allowed`: one plangraf does not know, or one it knows
 * but this command does not write (xlsx for the status report, which has no plan-graph table).
 */
export function unknownFormatMessage(lang: 'ru' | 'en', word: string, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): string {
  const all = allowed.join(', ');
  if (isOutputFormat(word)) {
    return lang === 'ru' ? `формат «${word}» здесь не записывается: допустимы ${all}` : `format '${word}' is not written here: use ${all}`;
  }
  return lang === 'ru' ? `неизвестный формат «${word}»: допустимы ${all}` : `unknown format '${word}': use ${all}`;
}
