/**
 * The one-call API: a loaded roadmap → the bytes of each format asked for (DOCX, PDF, XLSX: the
 * registry in src/output-formats.ts), the document model they were written from, and every
 * diagnostic found while composing and writing.
 *
 *   const { roadmap } = await loadRoadmapFile('plan.yaml');
 *   const { docx, pdf, diagnostics } = await render(roadmap, { formats: ['docx', 'pdf'] });
 *
 * Deterministic: the same roadmap and options give byte-identical output (the creation time is
 * `now`, never the clock; see `compose`).
 */
import { measureAppendixSheets } from './appendix-sheets.js';
import { compose, type ComposeOptions } from './compose/index.js';
import type { Diagnostic, Language } from './diagnostics/diagnostic.js';
import type { DocumentModel } from './model/document.js';
import type { Roadmap } from './model/roadmap.js';
import { resolveTheme, type ThemeOverride } from './model/theme.js';
import { loadTemplates } from './templates/load.js';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';
import { writeFormats } from './write-formats.js';
import type { PdfArchiveOptions } from './archive/pdfa-options.js';

export { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat };

export interface RenderOptions {
  /** Formats to write (src/output-formats.ts). Default: `DEFAULT_FORMATS`, docx and pdf. */
  formats?: OutputFormat[];
  /** Layout overrides, deep-merged over the GOST defaults. */
  theme?: ThemeOverride;
  /** Creation time (ISO) written into the files; see `ComposeOptions.now`. */
  now?: string;
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /**
   * A folder of the user's templates (`<name>.hbs`, see templates/README.md); a template it does
   * not have comes from the built-in ones. Compiled templates are cached per folder.
   */
  templates?: string;
  /**
   * Write the PDF as PDF/A-3b, with `pdfa.source` (the roadmap's YAML: `roadmapSourceBytes` of
   * the load result) embedded as its associated file `roadmap.yaml` (src/archive/).
   */
  pdfa?: PdfArchiveOptions;
}

/** The bytes of each format written (`docx`, `pdf`, `xlsx`: one key per format of the registry). */
export type RenderedFiles = Partial<Record<OutputFormat, Uint8Array>>;

export interface RenderResult extends RenderedFiles {
  model: DocumentModel;
  /** Loading templates, composing, and what the writers reported. */
  diagnostics: Diagnostic[];
}

export async function render(roadmap: Roadmap, options: RenderOptions = {}): Promise<RenderResult> {
  const theme = resolveTheme(options.theme);
  const composeOptions: ComposeOptions = { theme };
  if (options.now !== undefined) composeOptions.now = options.now;
  if (options.lang !== undefined) composeOptions.lang = options.lang;
  const loaded = loadTemplates({ ...(options.templates !== undefined ? { dir: options.templates } : {}), lang: options.lang ?? 'ru' });
  composeOptions.templates = loaded.templates;
  let { model, diagnostics, appendixSections } = compose(roadmap, composeOptions);
  // A letter's appendix mark counts the appendices' sheets: render them, then compose again.
  const doc = roadmap.document;
  if (doc.kind === 'letter' && appendixSections && doc.appendixMark?.sheets === undefined) {
    composeOptions.appendixSheets = await measureAppendixSheets(model, theme, appendixSections);
    ({ model, diagnostics } = compose(roadmap, composeOptions));
  }

  const formats = [...new Set(options.formats ?? DEFAULT_FORMATS)];
  // Each writer is loaded only when asked for: pdfmake and its fonts take a while to load.
  const lang = options.lang ?? 'ru';
  const writerOptions = { theme, lang, ...(options.pdfa ? { pdfa: options.pdfa } : {}) };
  const result: RenderResult = { model, diagnostics: [...loaded.diagnostics, ...diagnostics] };
  for (const [format, out] of await writeFormats(model, formats, writerOptions)) {
    if (out.bytes) result[format] = out.bytes;
    result.diagnostics.push(...out.diagnostics);
  }
  return result;
}

export interface DocumentCheckOptions {
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /** The templates folder `render` would be given (`RenderOptions.templates`). */
  templates?: string;
}

export interface DocumentCheck {
  diagnostics: Diagnostic[];
  /** The text of a template file a diagnostic points into (for excerpts), if any. */
  templateSource(file: string): string | undefined;
}

/**
 * What `render` would report beyond loading, without rendering: the problems of the templates
 * (`options.templates`) and of composing the roadmap with them (a `{point:NAME}` no template
 * provides). Everything the roadmap alone can be checked for is reported by loading; with this,
 * `plangraf validate` reports what `render` does. Composing is cheap next to writing.
 */
export function checkDocument(roadmap: Roadmap, options: DocumentCheckOptions = {}): DocumentCheck {
  const lang = options.lang ?? 'ru';
  const loaded = loadTemplates({ ...(options.templates !== undefined ? { dir: options.templates } : {}), lang });
  const { diagnostics } = compose(roadmap, { lang, templates: loaded.templates });
  return { diagnostics: [...loaded.diagnostics, ...diagnostics], templateSource: (file) => loaded.templates.source(file) };
}
