/**
 * The change sheet of two versions as bytes: `plangraf diff OLD NEW --document docx,pdf` and
 * `renderChangeSheet()`. Composed by src/compose/change-sheet.ts, written by the same writers as
 * every document (each loaded only when asked for).
 *
 *   const comparison = compareRoadmaps(old.roadmap!, neu.roadmap!);
 *   const { pdf } = await renderChangeSheet(comparison, { formats: ['pdf'] });
 */
import { composeChangeSheet } from '../compose/change-sheet.js';
import type { ComposeOptions } from '../compose/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document.js';
import { resolveTheme } from '../model/theme.js';
import { PAGE_FORMATS } from '../output-formats.js';
import { writeFormats } from '../write-formats.js';
import type { RenderedFiles, RenderOptions } from '../render.js';
import { loadTemplates } from '../templates/load.js';
import type { RoadmapComparison } from './compare.js';

/** The bytes of each format written (`PAGE_FORMATS`: the sheet has no plan-graph table for XLSX). */
export interface ChangeSheetResult extends RenderedFiles {
  model: DocumentModel;
  diagnostics: Diagnostic[];
}

/**
 * Options as `render`'s: formats (those that print pages, `PAGE_FORMATS`: docx and pdf, the
 * default), theme, now (default: the new version's date), lang, a templates folder.
 */
export async function renderChangeSheet(comparison: RoadmapComparison, options: RenderOptions = {}): Promise<ChangeSheetResult> {
  const theme = resolveTheme(options.theme);
  const loaded = loadTemplates({ ...(options.templates !== undefined ? { dir: options.templates } : {}), lang: options.lang ?? 'ru' });
  const composeOptions: ComposeOptions = { theme, templates: loaded.templates };
  if (options.now !== undefined) composeOptions.now = options.now;
  if (options.lang !== undefined) composeOptions.lang = options.lang;
  const { model, diagnostics } = composeChangeSheet(comparison, composeOptions);
  // Through the writer registry (src/output-formats.ts), each writer loaded when asked for.
  const formats = [...new Set(options.formats ?? PAGE_FORMATS)];
  const writerOptions = { theme, lang: options.lang ?? 'ru' };
  const result: ChangeSheetResult = { model, diagnostics: [...loaded.diagnostics, ...diagnostics] };
  for (const [format, out] of await writeFormats(model, formats, writerOptions)) {
    if (out.bytes) result[format] = out.bytes;
    result.diagnostics.push(...out.diagnostics);
  }
  return result;
}
